//! `leerroute batch`: a development plan for every row of a workforce file.
//!
//! Rows stream in, are planned in parallel a chunk at a time (rayon keeps
//! the input order), and stream out, so memory stays flat however long the
//! input is. A bad row becomes an `error` plan and never stops the batch.

use std::collections::HashMap;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;
use std::time::Instant;

use rayon::prelude::*;

use super::chunks::Chunks;
use super::documents::{Documents, HtmlDir, Workbook};
use super::input::{self, Refusal};
use super::output::Output;
use super::{Exit, load_for_use, to_stderr, words_for};
use crate::analysis::Grantors;
use crate::cli::{BatchArgs, BatchFormat, Cli, ExtraColumnsArg, InputFormat};
use crate::diagnostic::{shown, suggest};
use crate::graph::ModuleGraph;
use crate::load::bulk::{
    BulkFormat, ExtraColumns, Row, RowFields, Rows, Unreadable, resolve_row, scan,
};
use crate::load::{ImportFailure, with_credentials};
use crate::model::{Curriculum, Date, Passport};

use crate::plan::memo::Room;
use crate::plan::options::Settings;
use crate::plan::planner::{Planner, Target};
use crate::plan::reason::Reason;
use crate::plan::route::Plan;
use crate::render::batch::{CSV_HEADER, Tally, csv_record};
use crate::render::plan::json_line;
use crate::render::xlsx::Book;
use crate::words::{Phrase, Words, phrase, say};

/// Solved tasks remembered over the whole batch, by all profiles together:
/// some 6 MiB at most, however long the input. Tasks met early are the ones
/// met often, so on the 100,000-worker bench workforce (30,787 distinct
/// tasks) this room costs 17% more solves than room for all, and keeps peak
/// memory well within 1.5 times that of 10,000 workers.
pub(super) const REMEMBERED: usize = 1 << 14;

pub fn run(cli: &Cli, args: &BatchArgs) -> anyhow::Result<Exit> {
    let words = words_for(cli)?;
    let curriculum = match load_for_use(cli)? {
        Ok(curriculum) => curriculum,
        Err(exit) => return Ok(exit),
    };
    let settings = match input::settings(cli, &args.options, args.target.as_deref(), &curriculum) {
        Ok(settings) => settings,
        Err(exit) => return Ok(exit),
    };
    let credentials = match Credentials::for_rows(cli, &args.workers)? {
        Ok(credentials) => credentials,
        Err(exit) => return Ok(exit),
    };
    if let Some(target) = &args.target
        && let Err(exit) = input::profile_target(cli, &curriculum, target)
    {
        return Ok(exit);
    }
    let format = match bulk_format(&args.workers, args.input_format) {
        Ok(format) => format,
        Err(refusal) => return Ok(refusal.tell(cli)),
    };
    // Before the input is read (a CSV header can keep a slow producer
    // waiting): a directory or an unwritable place is refused at once.
    let mut output = match Output::open(args.out.as_deref()) {
        Ok(output) => output,
        Err(refusal) => return Ok(refusal.tell(cli)),
    };
    let html_dir = match args.html_dir.as_deref().map(HtmlDir::open).transpose() {
        Ok(dir) => dir,
        Err(refusal) => return Ok(refusal.tell(cli)),
    };
    let mut workbook = match args.xlsx.as_deref().map(|path| Output::open(Some(path))) {
        Some(Ok(output)) => Some(Workbook {
            book: Book::new(words)?,
            output,
        }),
        Some(Err(refusal)) => return Ok(refusal.tell(cli)),
        None => None,
    };
    let documents = html_dir.as_ref().map(|_| Documents {
        words,
        curriculum: &curriculum,
        graph: ModuleGraph::new(&curriculum, &Grantors::new(&curriculum), |_| true),
        today: input::today(),
    });
    let reader = match open_workers(&args.workers) {
        Ok(reader) => reader,
        Err(refusal) => return Ok(refusal.tell(cli)),
    };
    let extra = match args.extra_columns {
        ExtraColumnsArg::Error => ExtraColumns::Refuse,
        ExtraColumnsArg::Ignore => ExtraColumns::Ignore,
    };
    if let Err(problem) = scan_regular_file(&args.workers, format, extra) {
        return Ok(refuse_input(cli, &args.workers, &problem));
    }
    let rows = match Rows::new(reader, format, extra) {
        Ok(rows) => rows,
        Err(problem) => return Ok(refuse_input(cli, &args.workers, &problem)),
    };
    if !cli.quiet {
        note_skipped(words, rows.ignored_columns(), |names| {
            phrase!("commands-skipping-columns", names = names)
        });
    }
    let ignored_keys = rows.ignored_keys();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.map_or(0, usize::from))
        .build()?;
    let progress = progress_bar(cli, args, words);
    let started = Instant::now();
    let planner = RowPlanner {
        curriculum: &curriculum,
        settings: &settings,
        room: Room::new(REMEMBERED),
        credentials,
    };
    let mut chunks = Chunks::read(rows, args.first_line);
    // Read before anything is written, so that an input unreadable from the
    // start writes nothing at all.
    let first = match chunks.next().transpose() {
        Ok(first) => first,
        Err(problem) => return Ok(refuse_input(cli, &args.workers, &problem)),
    };
    let mut tally = Tally::default();
    if args.format == BatchFormat::Csv {
        output.write_all(&csv_lines(&[CSV_HEADER.map(String::from)])?)?;
    }
    let mut targets: HashMap<String, Result<Planner, Phrase>> = HashMap::new();
    let mut unreadable = None;
    // Chunks are read on one thread, planned on every core, and written on
    // a third, so no core waits for input or output, and each chunk's plans
    // go out as soon as they are made.
    std::thread::scope(|scope| -> anyhow::Result<()> {
        let (to_writer, planned) = std::sync::mpsc::sync_channel(1);
        let (curriculum, book) = (&curriculum, workbook.as_mut().map(|w| &mut w.book));
        let writer = scope.spawn(|| {
            let mut sinks = Sinks {
                output: &mut output,
                book,
                curriculum,
            };
            write_chunks(planned, &mut sinks, &mut tally, progress.as_ref())
        });
        for chunk in first.into_iter().map(Ok).chain(chunks) {
            let chunk = match chunk {
                Ok(chunk) => chunk,
                Err(problem) => {
                    unreadable = Some(problem);
                    break;
                }
            };
            planner.add_targets(&chunk, &mut targets);
            // Named in input order, so that a repeated id gets the same file every run.
            let pages: Vec<Option<PathBuf>> = chunk
                .iter()
                .map(|row| {
                    html_dir
                        .as_ref()
                        .map(|dir| dir.name_for(row_id(row), row.line))
                })
                .collect();
            let keep_plans = args.xlsx.is_some();
            let rendered = pool.install(|| {
                chunk
                    .par_iter()
                    .zip(&pages)
                    .map(|(row, page)| {
                        let (plan, passport) = planner.plan_row_with_passport(row, &targets);
                        let (counted, mut text) = render(words, curriculum, &plan, args.format);
                        if let (Some(page), Some(documents)) = (page, &documents)
                            && let Err(error) = planner.write_page(documents, page, &plan, passport)
                        {
                            text = Err(error);
                        }
                        (counted, text, keep_plans.then_some(plan))
                    })
                    .collect::<Vec<_>>()
            });
            // A writer that stopped has failed; its error is returned below.
            if to_writer.send(rendered).is_err() {
                break;
            }
        }
        drop(to_writer);
        writer
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })?;
    if !cli.quiet {
        let keys = ignored_keys.lock().unwrap_or_else(|e| e.into_inner());
        note_skipped(words, &keys, |names| {
            phrase!("commands-skipped-keys", names = names)
        });
    }
    // Part of the plans may be out on a stream already; a file is never
    // put in place.
    if let Some(problem) = unreadable {
        let exit = refuse_input(cli, &args.workers, &problem);
        if let Some(note) = written_before(words, args.first_line, &problem)
            && output.is_stream()
        {
            to_stderr(&note);
        }
        return Ok(exit);
    }
    output.finish()?;
    if let Some(workbook) = workbook {
        workbook.finish()?;
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if !cli.quiet {
        // On a terminal, wrapped at spaces (an amount is never cut).
        let layout = super::layout_of(cli, true);
        let summary = tally.summary(words, started.elapsed());
        to_stderr(
            &summary
                .lines()
                .map(|line| layout.wrap(line, "", "  "))
                .collect::<String>(),
        );
    }
    Ok(if tally.invalid > 0 {
        Exit::InvalidRows
    } else if tally.all_succeeded() {
        Exit::Success
    } else {
        Exit::NoRoute
    })
}

/// "note: skipping the columns `department`, `manager` (--extra-columns
/// ignore)", when there are any: `note` says it of the quoted names.
fn note_skipped(words: &Words, names: &[String], note: impl FnOnce(String) -> Phrase) {
    if names.is_empty() {
        return;
    }
    let names: Vec<String> = names
        .iter()
        .map(|name| format!("`{}`", shown(name)))
        .collect();
    to_stderr(&(note(names.join(", ")).say(words) + "\n"));
}

/// The `--workers` input: standard input for `-`, else the file, which
/// must open.
pub(super) fn open_workers(workers: &Path) -> Result<Box<dyn Read + Send>, Refusal> {
    if workers.as_os_str() == "-" {
        return Ok(Box::new(std::io::stdin()));
    }
    match std::fs::File::open(workers) {
        Ok(file) => Ok(Box::new(file)),
        Err(error) => Err(Refusal {
            message: phrase!(
                "commands-cannot-read-workers",
                path = workers.display().to_string(),
                problem = error.to_string()
            ),
            help: phrase!("commands-cannot-read-workers-help"),
        }),
    }
}

/// A regular file is read once without planning before it is planned, so
/// that a problem anywhere in it (a quote never closed on its last line)
/// refuses it before a plan is written. A pipe cannot be read twice: its
/// plans stream out, and [`written_before`] says how far they got.
pub(super) fn scan_regular_file(
    workers: &std::path::Path,
    format: BulkFormat,
    extra: ExtraColumns,
) -> Result<(), Unreadable> {
    if workers.as_os_str() == "-" || !workers.is_file() {
        return Ok(());
    }
    // Opening worked a moment ago; if it fails now, the real read says why.
    match std::fs::File::open(workers) {
        Ok(file) => scan(file, format, extra),
        Err(_) => Ok(()),
    }
}

/// What a stream that turned out unreadable part way got: the plans of the
/// rows before the problem are out, and cannot be taken back.
fn written_before(words: &Words, first_line: u64, problem: &Unreadable) -> Option<String> {
    let line = problem.unread_from.filter(|&line| line > first_line)?;
    Some(phrase!("rows-written-before", line = line).say(words) + "\n")
}

/// Refuses an input that cannot be read as a whole (exit 1).
pub(super) fn refuse_input(cli: &Cli, workers: &std::path::Path, problem: &Unreadable) -> Exit {
    let message = phrase!(
        "rows-input-problem",
        workers = workers.display().to_string(),
        problem = problem.message.clone()
    );
    input::refuse(cli, &message, &problem.help)
}

/// A chunk's rows as planned: counted, rendered, and the plan itself when
/// a workbook wants it.
type Rendered = (Tally, anyhow::Result<Vec<u8>>, Option<Plan>);

/// Where the plans go: the stream, and the workbook if there is one.
struct Sinks<'a, 'b> {
    output: &'a mut Output,
    book: Option<&'a mut Book>,
    curriculum: &'b Curriculum,
}

/// Writes each chunk's plans as it comes, and flushes them, so that a
/// reader downstream gets them at once.
fn write_chunks(
    planned: Receiver<Vec<Rendered>>,
    sinks: &mut Sinks<'_, '_>,
    tally: &mut Tally,
    progress: Option<&indicatif::ProgressBar>,
) -> anyhow::Result<()> {
    for rendered in planned {
        let written = write_rendered(sinks, tally, rendered)?;
        sinks.output.flush()?;
        if let Some(bar) = progress {
            bar.inc(written);
        }
    }
    Ok(())
}

/// Writes rendered plans in order and counts them; returns how many.
fn write_rendered(
    sinks: &mut Sinks<'_, '_>,
    tally: &mut Tally,
    rendered: Vec<Rendered>,
) -> anyhow::Result<u64> {
    let count = rendered.len() as u64;
    for (counted, text, plan) in rendered {
        tally.merge(&counted);
        sinks.output.write_all(&text?)?;
        if let (Some(book), Some(plan)) = (sinks.book.as_deref_mut(), plan) {
            book.add(sinks.curriculum, &plan)?;
        }
    }
    Ok(count)
}

/// The id a row names, for its file (an invalid row's too).
fn row_id(row: &Row) -> &str {
    match &row.fields {
        Ok(fields) => &fields.id,
        Err(error) => &error.id,
    }
}

/// A plan as counted for the summary, and as written out.
fn render(
    words: &Words,
    curriculum: &Curriculum,
    plan: &Plan,
    format: BatchFormat,
) -> (Tally, anyhow::Result<Vec<u8>>) {
    let mut counted = Tally::default();
    counted.add(plan);
    let text = match format {
        BatchFormat::Csv => csv_lines(&[csv_record(words, curriculum, plan)]),
        BatchFormat::Jsonl => Ok(json_line(words, curriculum, plan)),
    };
    (counted, text)
}

/// CSV text for some records (quoted as needed, no header of its own).
fn csv_lines(records: &[[String; 9]]) -> anyhow::Result<Vec<u8>> {
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new());
    for record in records {
        writer.write_record(record)?;
    }
    Ok(writer.into_inner()?)
}

/// The format of `--workers`: `--input-format`, else the file's extension.
pub(super) fn bulk_format(
    workers: &std::path::Path,
    input_format: Option<InputFormat>,
) -> Result<BulkFormat, Refusal> {
    if let Some(format) = input_format {
        return Ok(match format {
            InputFormat::Csv => BulkFormat::Csv,
            InputFormat::Jsonl => BulkFormat::Jsonl,
        });
    }
    match workers.extension().and_then(|e| e.to_str()) {
        Some("csv") => Ok(BulkFormat::Csv),
        Some("jsonl" | "ndjson") => Ok(BulkFormat::Jsonl),
        _ => Err(Refusal {
            message: phrase!(
                "commands-unknown-format",
                path = workers.display().to_string()
            ),
            help: phrase!("commands-unknown-format-help"),
        }),
    }
}

fn progress_bar(cli: &Cli, args: &BatchArgs, words: &Words) -> Option<indicatif::ProgressBar> {
    if cli.quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    // For a file the total is known up front (a cheap newline count), which
    // gives an ETA; standard input only shows the rate.
    let total = (args.workers.as_os_str() != "-")
        .then(|| std::fs::read(&args.workers).ok())
        .flatten()
        .map(|bytes| bytes.iter().filter(|&&b| b == b'\n').count() as u64);
    let bar = match total {
        Some(total) => indicatif::ProgressBar::new(total),
        None => indicatif::ProgressBar::new_spinner(),
    };
    // indicatif's `{…}` keys are no Fluent: only the words come from the catalogue.
    let plans = say!(words, "commands-progress-plans");
    let template = if total.is_some() {
        let eta = say!(words, "commands-progress-eta");
        format!("{{bar:40}} {{pos}}/{{len}} {plans}  {{rate}}  {eta} {{eta}}")
    } else {
        format!("{{spinner}} {{pos}} {plans}  {{rate}}")
    };
    // Whole plans per second: indicatif's `{per_sec}` shows four decimals.
    let rate = |state: &indicatif::ProgressState, out: &mut dyn std::fmt::Write| {
        let _ = write!(out, "{:.0}/s", state.per_sec());
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(&template) {
        bar.set_style(style.with_key("rate", rate));
    }
    bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
    Some(bar)
}

/// Plans single rows with what all rows share.
pub(super) struct RowPlanner<'a, 's> {
    pub curriculum: &'a Curriculum,
    /// The command line's settings for every row.
    pub settings: &'s Settings,
    /// Shared by the profiles' planners.
    pub room: Room,
    pub credentials: Credentials,
}

/// How a row's `credentials` are read: relative to the input file's folder
/// (the current one for standard input), valid on `as_of`.
#[derive(Clone)]
pub(super) struct Credentials {
    dir: PathBuf,
    as_of: Date,
    words: &'static Words,
}

impl Credentials {
    /// For the rows of `workers` (a file, or `-`), valid on `--as-of`.
    pub fn for_rows(cli: &Cli, workers: &Path) -> anyhow::Result<Result<Credentials, Exit>> {
        let as_of = match input::as_of(cli) {
            Ok(as_of) => as_of,
            Err(exit) => return Ok(Err(exit)),
        };
        let dir = match workers.as_os_str() == "-" {
            true => PathBuf::new(),
            false => workers.parent().map(Path::to_path_buf).unwrap_or_default(),
        };
        Ok(Ok(Credentials {
            dir,
            as_of,
            words: words_for(cli)?,
        }))
    }

    /// The row's passport with what its credentials give; the first problem
    /// in them as the row's error.
    fn add(
        &self,
        curriculum: &Curriculum,
        passport: Passport,
        fields: &RowFields,
    ) -> Result<Passport, Phrase> {
        if fields.credentials.is_empty() {
            return Ok(passport);
        }
        let paths: Vec<PathBuf> = fields
            .credentials
            .iter()
            .map(|path| self.dir.join(path))
            .collect();
        with_credentials(passport, &paths, curriculum, self.as_of).map_err(|failure| {
            let problem = match failure {
                ImportFailure::Credentials(errors) => Phrase::plain(
                    errors
                        .first()
                        .map(|error| crate::render::passport::error_line(self.words, error))
                        .unwrap_or_default(),
                ),
                ImportFailure::Passport(error) => error
                    .diagnostics
                    .first()
                    .map_or_else(|| Phrase::plain(""), |d| d.message.clone()),
            };
            phrase!(
                "rows-column-problem",
                column = "credentials",
                message = problem
            )
        })
    }
}

impl<'a> RowPlanner<'a, '_> {
    /// The language of the rows' output.
    fn words(&self) -> &'static Words {
        self.credentials.words
    }

    /// Resolves and scopes the targets of `rows` not resolved yet: once
    /// per profile, not once per worker.
    pub(super) fn add_targets(
        &self,
        rows: &[Row],
        targets: &mut HashMap<String, Result<Planner<'a>, Phrase>>,
    ) {
        for row in rows {
            if let Ok(fields) = &row.fields
                && let Some(id) = self.settings.target_for(fields.target.as_deref())
                && !targets.contains_key(id)
            {
                targets.insert(id.to_string(), self.resolve_target(id));
            }
        }
    }

    fn resolve_target(&self, id: &str) -> Result<Planner<'a>, Phrase> {
        match self.curriculum.find_profile(id) {
            Some(profile) => {
                let target = Target::from_profile(self.curriculum, profile);
                Ok(Planner::new(self.curriculum, target).remembering(self.room.clone()))
            }
            None => {
                let unknown = phrase!("input-unknown-profile", id = id);
                Err(
                    match suggest(id, self.curriculum.profiles.iter().map(|p| p.id.as_str())) {
                        Some(fix) => phrase!("rows-with-hint", problem = unknown, hint = fix),
                        None => unknown,
                    },
                )
            }
        }
    }

    /// A row's plan, with the line the row starts on.
    pub(super) fn plan_row(
        &self,
        row: &Row,
        targets: &HashMap<String, Result<Planner, Phrase>>,
    ) -> Plan {
        self.plan_row_with_passport(row, targets).0
    }

    /// A row's plan, and the row's passport when it could be read.
    fn plan_row_with_passport(
        &self,
        row: &Row,
        targets: &HashMap<String, Result<Planner, Phrase>>,
    ) -> (Plan, Option<Passport>) {
        let (plan, passport) = self.plan_fields(row, targets);
        (
            Plan {
                line: Some(row.line),
                ..plan
            },
            passport,
        )
    }

    /// Writes a row's development plan; a row without a passport gets one
    /// with just its id and name, so that its page says why there is no plan.
    fn write_page(
        &self,
        documents: &Documents<'_>,
        path: &Path,
        plan: &Plan,
        passport: Option<Passport>,
    ) -> anyhow::Result<()> {
        let passport = passport.unwrap_or_else(|| Passport {
            id: plan.worker.clone(),
            name: plan.name.clone(),
            ..Passport::default()
        });
        documents.write(path, plan, &passport, &self.settings.for_worker(&passport))
    }

    fn plan_fields(
        &self,
        row: &Row,
        targets: &HashMap<String, Result<Planner, Phrase>>,
    ) -> (Plan, Option<Passport>) {
        let minimize = self.settings.objective.as_str();
        let fields = match &row.fields {
            Ok(fields) => fields,
            Err(error) => {
                let target = self
                    .settings
                    .target_for(error.target.as_deref())
                    .unwrap_or("");
                let plan = Plan::error(
                    &error.id,
                    target,
                    minimize,
                    vec![Reason::InvalidInput {
                        line: row.line,
                        message: error.message.say(self.words()),
                    }],
                );
                return (plan, None);
            }
        };
        let target_id = self.settings.target_for(fields.target.as_deref());
        let fail = |message: Phrase| {
            let message = message.say(self.words());
            let plan = Plan {
                name: fields.name.clone().unwrap_or_else(|| fields.id.clone()),
                ..Plan::error(
                    &fields.id,
                    target_id.unwrap_or(""),
                    minimize,
                    vec![Reason::InvalidInput {
                        line: row.line,
                        message,
                    }],
                )
            };
            (plan, None)
        };
        let Some(target_id) = target_id else {
            return fail(phrase!("rows-no-target"));
        };
        let planner = match targets.get(target_id) {
            Some(Ok(planner)) => planner,
            Some(Err(message)) => return fail(message.clone()),
            None => return fail(phrase!("input-unknown-profile", id = target_id)),
        };
        let passport = match resolve_row(self.curriculum, fields)
            .and_then(|passport| self.credentials.add(self.curriculum, passport, fields))
        {
            Ok(passport) => passport,
            Err(message) => return fail(message),
        };
        let plan = planner.plan(&passport, &self.settings.for_worker(&passport));
        (plan, Some(passport))
    }
}

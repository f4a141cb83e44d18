//! One file per subcommand, each a small function over the library.

mod advise;
mod batch;
mod check;
mod chunks;
mod cleanup;
mod completions;
mod diff;
mod documents;
mod export;
mod gap;
mod input;
mod list;
mod map;
mod output;
mod passport;
mod plan;
mod show;
mod staged;
mod stats;
mod workforce;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use crate::cli::{Cli, ColorChoice, Command};
use crate::diagnostic::{Diagnostic, Report, Unchecked, render_problems, render_text};
use crate::load::{LoadError, Origin, load_curriculum};
use crate::model::Curriculum;
use crate::render::layout::Layout;
use crate::source::SourceMap;
use crate::words::{Words, phrase, words};

/// How a command ended; the binary turns it into the documented exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// 0: done.
    Success,
    /// 1: invalid input (curriculum, passport, a bulk input unreadable as a
    /// whole), or `check` found errors.
    Invalid,
    /// 3: no route (unreachable, over budget, or none found in the time limit).
    NoRoute,
    /// 4: `batch` only: at least one row was invalid input (wins over 3).
    InvalidRows,
}

impl Exit {
    pub fn code(self) -> ExitCode {
        match self {
            Exit::Success => ExitCode::SUCCESS,
            Exit::Invalid => ExitCode::from(1),
            Exit::NoRoute => ExitCode::from(3),
            Exit::InvalidRows => ExitCode::from(4),
        }
    }
}

/// Runs the command `cli` names. `Ok` is how it ended, which the binary
/// turns into the exit code (0, 1, 3 or 4); problems in the input have
/// then already been reported on stderr. `Err` is a failure outside the
/// input, such as a config file that cannot be read or output that cannot
/// be written (a closed pipe).
pub fn run(cli: &Cli) -> anyhow::Result<Exit> {
    match &cli.command {
        Command::Check(args) => check::run(cli, args),
        Command::List(args) => list::run(cli, args),
        Command::Show(args) => show::run(cli, args),
        Command::Plan(args) => plan::run(cli, args),
        Command::Gap(args) => gap::run(cli, args),
        Command::Advise(args) => advise::run(cli, args),
        Command::Batch(args) => batch::run(cli, args),
        Command::Map(args) => map::run(cli, args),
        Command::Passport(args) => passport::run(cli, args),
        Command::Export(args) => export::run(cli, args),
        Command::Stats(args) => stats::run(cli, args),
        Command::Diff(args) => diff::run(cli, args),
        Command::Completions(args) => completions::run(cli, args),
    }
}

/// Reads the process's command line. `--help` and the usage errors speak
/// the language that `--lang`, `LEERROUTE_LANG`, the config file or the
/// locale choose, as [`words_for`] does for the command after it; a config
/// file that cannot be read is the command's to report, its help English.
pub fn parse_args() -> Cli {
    let args: Vec<_> = std::env::args_os().collect();
    let asked = crate::cli::lang_in_args(&args, std::env::var_os("LEERROUTE_LANG"));
    let lang = crate::config::language(asked).unwrap_or_default();
    Cli::parse_in(words(lang), args)
}

/// The catalogue in the language the options, the config file or the locale choose.
pub(crate) fn words_for(cli: &Cli) -> anyhow::Result<&'static Words> {
    Ok(words(crate::config::language(cli.lang)?))
}

/// What stdout is drawn for: `COLUMNS` when set, else the terminal's width,
/// else unbounded (a pipe or a file); coloured as `--color` says.
pub(crate) fn layout(cli: &Cli) -> Layout {
    layout_of(cli, false)
}

/// What stdout (or stderr, with `stderr = true`) is drawn for, as [`layout`].
pub(crate) fn layout_of(cli: &Cli, stderr: bool) -> Layout {
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&width| width > 0);
    let terminal = if stderr {
        std::io::stderr().is_terminal()
    } else {
        std::io::stdout().is_terminal()
    };
    let width = columns.or_else(|| terminal.then(textwrap::termwidth));
    Layout {
        width,
        color: use_color(cli, stderr),
    }
}

/// Whether to colour what goes to stdout (or stderr, with `stderr = true`).
pub(crate) fn use_color(cli: &Cli, stderr: bool) -> bool {
    match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none()
                && if stderr {
                    std::io::stderr().is_terminal()
                } else {
                    std::io::stdout().is_terminal()
                }
        }
    }
}

/// Prints problems to stderr as the text report.
fn report_problems(cli: &Cli, sources: &SourceMap, diagnostics: &[Diagnostic], subject: &str) {
    to_stderr(&render_text(
        &problem_report(cli, sources, diagnostics, subject),
        use_color(cli, true),
    ));
}

fn problem_report<'a>(
    cli: &Cli,
    sources: &'a SourceMap,
    diagnostics: &'a [Diagnostic],
    subject: &'a str,
) -> Report<'a> {
    Report {
        sources,
        diagnostics,
        subject,
        show_all: cli.verbose > 0,
        unchecked: &NOTHING_UNCHECKED,
        words: problem_words(cli),
        width: layout_of(cli, true).width,
    }
}

/// The language problems are reported in. A config file that cannot be
/// read fails the command itself (it is read for the curriculum first), so
/// English here only keeps the report from being lost.
fn problem_words(cli: &Cli) -> &'static Words {
    words_for(cli).unwrap_or_else(|_| words(crate::words::Lang::default()))
}

/// Outside `check`, every problem that was found is reported and nothing is
/// said about lints.
static NOTHING_UNCHECKED: Unchecked = Unchecked {
    lints: Vec::new(),
    items: 0,
    part_of: None,
};

/// Prints the problems of a failed load to stderr.
pub(crate) fn report_load_error(cli: &Cli, error: &LoadError, subject: &str) {
    report_problems(cli, &error.sources, &error.diagnostics, subject);
}

/// Prints the problems of a flag's value (`--skills`) to stderr: without the
/// summary line, which counts files.
pub(crate) fn report_flag_error(cli: &Cli, error: &LoadError, flag: &str) {
    let report = problem_report(cli, &error.sources, &error.diagnostics, flag);
    to_stderr(&render_problems(&report, use_color(cli, true)));
}

/// Loads the curriculum the global options point at, for the commands that
/// use one (all but `check`, which reports problems itself). Refuses a
/// curriculum that is unreadable or inconsistent (a hard cycle) and points to
/// `leerroute check`; reachability findings never block.
pub(crate) fn load_for_use(cli: &Cli) -> anyhow::Result<Result<Curriculum, Exit>> {
    Ok(load_origin_for_use(cli, &origin(cli, None)?))
}

/// Where the curriculum comes from: `path` when the command names one
/// (`check PATH`), else the global options, the config file or the
/// embedded one. A `.csv` path is a CurricularAnalytics file, read with
/// `--hours-per-credit`.
pub(crate) fn origin(cli: &Cli, path: Option<&std::path::Path>) -> anyhow::Result<Origin> {
    let origin = match path {
        Some(path) => Origin::Path(path.to_path_buf()),
        None => crate::config::curriculum_origin(cli.curriculum.as_deref())?,
    };
    Ok(match origin {
        Origin::Path(path) => Origin::of_path(path, cli.hours_per_credit),
        other => other,
    })
}

/// [`load_for_use`] for a curriculum the command names itself (`stats PATH`).
pub(crate) fn load_origin_for_use(cli: &Cli, origin: &Origin) -> Result<Curriculum, Exit> {
    let subject = origin.describe();
    let check_command = origin.check_command();
    let curriculum = match load_curriculum(origin) {
        Ok(curriculum) => curriculum,
        Err(error) => {
            report_load_error(cli, &error, &subject);
            let unusable = phrase!(
                "diag-curriculum-unusable",
                subject = subject,
                command = check_command
            );
            to_stderr(&(unusable.say(problem_words(cli)) + "\n"));
            return Err(Exit::Invalid);
        }
    };
    let structural = crate::check::structural(&crate::check::Context::new(&curriculum));
    if !structural.is_empty() {
        report_problems(cli, &curriculum.sources, &structural, &subject);
        let inconsistent = phrase!(
            "diag-curriculum-inconsistent",
            subject = subject,
            command = check_command
        );
        to_stderr(&(inconsistent.say(problem_words(cli)) + "\n"));
        return Err(Exit::Invalid);
    }
    Ok(curriculum)
}

/// Writes to stdout in one go, so that errors (a closed pipe) surface as I/O errors.
pub(crate) fn print(text: &str) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()?;
    Ok(())
}

/// Tells on stderr why a run failed (a file that could not be written after
/// all), in the run's language: `error:`/`fout:` and the failure's chain.
pub fn tell_failure(cli: &Cli, error: &anyhow::Error) {
    let failure = phrase!("commands-failure", message = format!("{error:#}"));
    to_stderr(&(failure.say(problem_words(cli)) + "\n"));
}

/// Writes to stderr, ignoring failures: a full or closed stderr (`2>/dev/full`,
/// a pipe nobody reads) must never stop or crash a run, whose results go to
/// stdout or a file. Everything for stderr goes through here.
pub fn to_stderr(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

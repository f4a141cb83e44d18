//! Turning planning arguments into a passport, a target and options, with a
//! clear message and exit code 1 for anything that does not resolve.
//!
//! - the worker: [`passport`] (a passport file, credentials or a folder of
//!   them, or `--skills`, plus `--completed`), and [`imported`] for several;
//! - the target: [`target`] and [`profile_target`];
//! - the options for every worker: [`settings`] (amounts, dates, holidays,
//!   modules to leave out).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Exit, layout_of, report_flag_error, report_load_error, to_stderr, words_for};
use crate::cli::{Cli, Minimize, ModeArg, PlanOptions, TargetArgs, WorkerArgs};
use crate::diagnostic::{closest, suggest};
use crate::load::{ImportFailure, load_holidays, nearest_file, parse_skill_list, read_worker};
use crate::model::{
    BadAmount, Curriculum, Date, Holiday, Imported, InvalidValue, Mode, ModuleId, Passport,
};
use crate::model::{check_budget, check_hours_per_week, parse_euro, parse_hours};
use crate::plan::calendar::{parse_date, working_start};
use crate::plan::options::{Objective, Options, Settings};
use crate::plan::planner::Target;
use crate::render::layout::Layout;
use crate::words::{Lang, Phrase, Words, phrase, say, words};

/// A user error with its fix, said in the language of `cli` (`error: …`
/// and `help: …`, or `fout: …` and `tip: …`), wrapped to stderr's width.
pub(crate) fn refuse(cli: &Cli, message: &Phrase, help: &Phrase) -> Exit {
    let voice = Voice::of(cli);
    voice.refuse(&message.say(voice.words), &help.say(voice.words))
}

/// Why an input or an output named on the command line cannot be used, and
/// its fix: words not said yet, for [`refuse`].
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Refusal {
    pub message: Phrase,
    pub help: Phrase,
}

impl Refusal {
    pub(crate) fn new(message: Phrase, help: Phrase) -> Refusal {
        Refusal { message, help }
    }

    /// [`refuse`]s with these words.
    pub(crate) fn tell(&self, cli: &Cli) -> Exit {
        refuse(cli, &self.message, &self.help)
    }
}

/// How the messages about the input are told: in the catalogue's language,
/// wrapped to stderr's width at spaces only (an id or an amount is never
/// cut). It reads as the catalogue ([`Words`]) too.
#[derive(Clone, Copy)]
struct Voice {
    words: &'static Words,
    layout: Layout,
}

impl Voice {
    /// The catalogue for messages about the input. The config file was read
    /// before any input is (to find the curriculum), so it cannot fail here;
    /// if it did, English is still a message.
    fn of(cli: &Cli) -> Voice {
        Voice {
            words: words_for(cli).unwrap_or_else(|_| words(Lang::En)),
            layout: layout_of(cli, true),
        }
    }

    /// [`refuse`], in words.
    fn refuse(self, message: &str, help: &str) -> Exit {
        self.tell(&say!(self, "input-refusal", message = message, help = help));
        Exit::Invalid
    }

    /// Writes `text` to stderr, each of its lines wrapped.
    fn tell(self, text: &str) {
        let lines = text.lines().map(|line| self.layout.wrap(line, "", "  "));
        to_stderr(&lines.collect::<String>());
    }
}

impl std::ops::Deref for Voice {
    type Target = Words;
    fn deref(&self) -> &Words {
        self.words
    }
}

/// The worker: their passport file, or the `--skills` list, with the
/// `--completed` modules added to the passport's own.
pub(crate) fn passport(
    cli: &Cli,
    who: &WorkerArgs,
    curriculum: &Curriculum,
) -> Result<Passport, Exit> {
    let voice = Voice::of(cli);
    let mut passport = match &who.worker {
        Some(path) => passport_file(cli, voice, path, curriculum)?,
        None => skills_passport(cli, who.skills.as_deref().unwrap_or_default(), curriculum)?,
    };
    for module in modules(voice, curriculum, "--completed", &who.completed)? {
        if !passport.completed.contains(&module) {
            passport.completed.push(module);
        }
    }
    Ok(passport)
}

/// A passport file (`--worker FILE`): a TOML passport, or the worker's
/// credentials or a folder of them, whose notes go to stderr.
fn passport_file(
    cli: &Cli,
    voice: Voice,
    path: &Path,
    curriculum: &Curriculum,
) -> Result<Passport, Exit> {
    present(voice, path, File::Passport)?;
    let imported = imported(cli, &[path.to_path_buf()], curriculum)?;
    if !cli.quiet {
        to_stderr(&crate::render::passport::stderr_notes(
            voice.words,
            voice.layout,
            curriculum,
            &imported,
            &path.display().to_string(),
        ));
    }
    Ok(imported.passport)
}

/// Reads the passport in `paths` (TOML passports, credentials, folders of
/// them), reporting every problem; credentials count as of `--as-of`.
pub(crate) fn imported(
    cli: &Cli,
    paths: &[PathBuf],
    curriculum: &Curriculum,
) -> Result<Imported, Exit> {
    let as_of = as_of(cli)?;
    read_worker(paths, curriculum, as_of).map_err(|failure| {
        match failure {
            ImportFailure::Passport(error) => {
                let subject = paths.first().map(|p| p.display().to_string());
                report_load_error(cli, &error, &subject.unwrap_or_default());
            }
            ImportFailure::Credentials(errors) => {
                let voice = Voice::of(cli);
                voice.tell(&crate::render::passport::errors(voice.words, &errors));
            }
        }
        Exit::Invalid
    })
}

/// The `--as-of` day, else today (UTC).
pub(crate) fn as_of(cli: &Cli) -> Result<Date, Exit> {
    match &cli.as_of {
        Some(text) => parse_date(text).ok_or_else(|| {
            let voice = Voice::of(cli);
            voice.refuse(
                &say!(voice, "passport-as-of-invalid", text = text.clone()),
                &say!(voice, "passport-as-of-help"),
            )
        }),
        None => Ok(jiff::Timestamp::now()
            .to_zoned(jiff::tz::TimeZone::UTC)
            .date()),
    }
}

/// A worker known only by their skills (`--skills LIST`).
fn skills_passport(cli: &Cli, list: &str, curriculum: &Curriculum) -> Result<Passport, Exit> {
    let skills = parse_skill_list(list, "--skills", curriculum).map_err(|error| {
        report_flag_error(cli, &error, "--skills");
        Exit::Invalid
    })?;
    Ok(Passport {
        id: "worker".to_string(),
        name: "worker".to_string(),
        skills,
        ..Passport::default()
    })
}

/// A file the command line names.
#[derive(Debug, Clone, Copy)]
enum File {
    /// `--worker`.
    Passport,
    /// `--holidays`, or the config file's `holidays`.
    Holidays,
}

/// Refuses a file that is not there, naming the nearest existing file in
/// its folder (`cnc-operator.tml` → `cnc-operator.toml`). Any other problem
/// with it is the loader's to report.
fn present(voice: Voice, path: &Path, file: File) -> Result<(), Exit> {
    let missing = std::fs::symlink_metadata(path)
        .is_err_and(|error| error.kind() == std::io::ErrorKind::NotFound);
    if !missing {
        return Ok(());
    }
    let path = path.display().to_string();
    let message = match file {
        File::Passport => say!(voice, "input-no-passport", path = path.as_str()),
        File::Holidays => say!(voice, "input-no-holidays", path = path.as_str()),
    };
    let help = match (nearest_file(Path::new(&path)), file) {
        (Some(near), _) => say!(
            voice,
            "input-did-you-mean",
            fix = near.display().to_string()
        ),
        (None, File::Passport) => say!(voice, "input-no-passport-help"),
        (None, File::Holidays) => say!(voice, "input-no-holidays-help"),
    };
    Err(voice.refuse(&message, &help))
}

/// A worker's passport, target and options, as `plan` takes them from its
/// flags (and every command that plans one worker the same way).
pub(crate) fn planning(
    cli: &Cli,
    who: &WorkerArgs,
    to: &TargetArgs,
    options: &PlanOptions,
    curriculum: &Curriculum,
) -> Result<(Passport, Target, Options), Exit> {
    let (profile, skills) = (to.target.as_deref(), to.target_skills.as_deref());
    let passport = passport(cli, who, curriculum)?;
    let target = target(cli, curriculum, profile, Some(skills), &passport)?;
    let settings = settings(cli, options, profile, curriculum)?;
    let options = settings.for_worker(&passport);
    Ok((passport, target, options))
}

/// The day a document is made: today (UTC), or the day of
/// `SOURCE_DATE_EPOCH` (seconds since 1970), which makes a document
/// reproducible.
pub(crate) fn today() -> Date {
    let now = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|seconds| seconds.trim().parse::<i64>().ok())
        .and_then(|seconds| jiff::Timestamp::from_second(seconds).ok())
        .unwrap_or_else(jiff::Timestamp::now);
    now.to_zoned(jiff::tz::TimeZone::UTC).date()
}

/// Resolves a profile id, with a did-you-mean for a typo, in the
/// language of `cli`.
pub(crate) fn profile_target(cli: &Cli, curriculum: &Curriculum, id: &str) -> Result<Target, Exit> {
    match curriculum.find_profile(id) {
        Some(profile) => Ok(Target::from_profile(curriculum, profile)),
        None => {
            let help = suggest(id, curriculum.profiles.iter().map(|p| p.id.as_str()))
                .unwrap_or_else(|| phrase!("input-list-profiles"));
            let message = phrase!("input-unknown-profile", id = id);
            Err(refuse(cli, &message, &help))
        }
    }
}

/// The target: a skill list (`skills`, from `--target-skills` where the
/// command has it), else the profile, else the passport's target. `skills`
/// is `None` for a command without `--target-skills`, so that the fix for a
/// missing target names only flags the command takes.
pub(crate) fn target(
    cli: &Cli,
    curriculum: &Curriculum,
    profile: Option<&str>,
    skills: Option<Option<&str>>,
    passport: &Passport,
) -> Result<Target, Exit> {
    if let Some(list) = skills.flatten() {
        let levels = parse_skill_list(list, "--target-skills", curriculum).map_err(|error| {
            report_flag_error(cli, &error, "--target-skills");
            Exit::Invalid
        })?;
        if levels.is_empty() {
            return Err(refuse(
                cli,
                &phrase!("commands-no-target-skills"),
                &phrase!("commands-no-target-skills-help"),
            ));
        }
        return Ok(Target {
            id: list.to_string(),
            levels,
        });
    }
    match profile.or(passport.target.as_deref()) {
        Some(id) => profile_target(cli, curriculum, id),
        None => {
            let voice = Voice::of(cli);
            let help = match skills {
                Some(_) => say!(voice, "input-no-target-help-skills"),
                None => say!(voice, "input-no-target-help"),
            };
            Err(voice.refuse(&say!(voice, "input-no-target"), &help))
        }
    }
}

fn mode(arg: ModeArg) -> Mode {
    match arg {
        ModeArg::Workplace => Mode::Workplace,
        ModeArg::Classroom => Mode::Classroom,
        ModeArg::Online => Mode::Online,
        ModeArg::Blended => Mode::Blended,
        ModeArg::Fieldlab => Mode::Fieldlab,
    }
}

/// What the command line sets for every worker it plans, checked by the
/// rules a passport follows; each worker's options follow from it and the
/// passport by [`Settings::for_worker`].
pub(crate) fn settings(
    cli: &Cli,
    args: &PlanOptions,
    target: Option<&str>,
    curriculum: &Curriculum,
) -> Result<Settings, Exit> {
    let voice = Voice::of(cli);
    let budget = args
        .budget
        .as_deref()
        .map(|text| budget(voice, text))
        .transpose()?;
    let hours_per_week = args
        .hours_per_week
        .as_deref()
        .map(|text| hours_per_week(voice, text))
        .transpose()?;
    let holidays = holidays(cli, voice, args, curriculum)?;
    let start = match &args.start {
        Some(text) => Some(start(cli, voice, text, &holidays)?),
        None => {
            if !args.holidays.is_empty() && !cli.quiet {
                voice.tell(&say!(voice, "calendar-holidays-without-start"));
            }
            None
        }
    };
    Ok(Settings {
        objective: match args.minimize {
            Minimize::Hours => Objective::Hours,
            Minimize::Cost => Objective::Cost,
        },
        budget,
        hours_per_week,
        target: target.map(str::to_string),
        start,
        holidays,
        exclude: modules(voice, curriculum, "--exclude", &args.exclude)?,
        avoid_modes: args.avoid_mode.iter().copied().map(mode).collect(),
        time_limit: std::time::Duration::from_millis(args.time_limit),
    })
}

/// Modules named on the command line (`--exclude`, `--completed`), with a
/// did-you-mean for a typo.
fn modules(
    voice: Voice,
    curriculum: &Curriculum,
    flag: &str,
    ids: &[String],
) -> Result<Vec<ModuleId>, Exit> {
    let mut modules = Vec::with_capacity(ids.len());
    for id in ids.iter().map(|id| id.trim()).filter(|id| !id.is_empty()) {
        match curriculum.find_module(id) {
            Some(module) => modules.push(module),
            None => {
                let ids = curriculum.modules.iter().map(|m| m.id.as_str());
                let help = match closest(id, ids) {
                    Some(fix) => say!(voice, "input-did-you-mean", fix = fix),
                    None => say!(voice, "input-list-modules"),
                };
                let message = say!(voice, "input-unknown-module", id = id, flag = flag);
                return Err(voice.refuse(&message, &help));
            }
        }
    }
    Ok(modules)
}

/// `--hours-per-week`, with a decimal point or comma, in the plan's range.
fn hours_per_week(voice: Voice, text: &str) -> Result<f64, Exit> {
    let help = say!(voice, "input-hours-per-week-help");
    let Some(hours) = parse_hours(text) else {
        let problem = say!(voice, "input-hours-per-week-not-a-number", found = text);
        return Err(voice.refuse(&problem, &help));
    };
    check_hours_per_week(hours)
        .map_err(|problem| voice.refuse(&invalid_value(voice, problem), &help))
}

/// `--budget`, in the amount notation (`2.000`, `€ 2.000,50`), by the
/// budget rule.
fn budget(voice: Voice, text: &str) -> Result<f64, Exit> {
    let euro = parse_euro(text).map_err(|bad| {
        let (message, help) = bad_amount(voice, &bad);
        voice.refuse(&message, &help)
    })?;
    check_budget(euro).map_err(|problem| {
        voice.refuse(
            &invalid_value(voice, problem),
            &say!(voice, "input-budget-help"),
        )
    })
}

/// What is wrong with an amount, and its fix as `--budget` values.
fn bad_amount(voice: Voice, bad: &BadAmount) -> (String, String) {
    // A valid amount as a flag, and as the euro it reads as.
    let flag = |amount: &str| format!("--budget {amount}");
    let money =
        |amount: &str| parse_euro(amount).map_or_else(|_| amount.to_string(), |e| voice.money(e));
    match bad {
        BadAmount::NotAnAmount { written } => (
            say!(voice, "input-not-an-amount", written = written.as_str()),
            say!(voice, "input-budget-help"),
        ),
        BadAmount::CommaThousands {
            written,
            meant: [thousands, decimal],
        } => (
            say!(voice, "input-amount-two-ways", written = written.as_str()),
            say!(
                voice,
                "input-amount-two-ways-help",
                thousands = flag(thousands),
                thousands_euro = money(thousands),
                decimal = flag(decimal),
                decimal_euro = money(decimal)
            ),
        ),
        BadAmount::Separators { written, meant } => (
            say!(voice, "input-amount-separators", written = written.as_str()),
            match meant {
                Some(meant) => say!(
                    voice,
                    "input-amount-write",
                    amount = flag(meant),
                    euro = money(meant)
                ),
                None => say!(voice, "input-budget-help"),
            },
        ),
    }
}

/// A value outside what a plan accepts, in voice: as a passport or a row
/// says it.
fn invalid_value(voice: Voice, problem: InvalidValue) -> String {
    crate::load::refused(problem).say(voice.words)
}

/// The non-learning periods: the curriculum's, and those of the
/// `--holidays` files, else of the config file's `holidays` file.
fn holidays(
    cli: &Cli,
    voice: Voice,
    args: &PlanOptions,
    curriculum: &Curriculum,
) -> Result<Arc<[Holiday]>, Exit> {
    let files = if args.holidays.is_empty() {
        // The config file was read already, to find the curriculum.
        crate::config::holidays_file()
            .ok()
            .flatten()
            .into_iter()
            .collect()
    } else {
        args.holidays.clone()
    };
    let mut holidays = curriculum.holidays.clone();
    for file in &files {
        present(voice, file, File::Holidays)?;
        let read = load_holidays(file).map_err(|error| {
            report_load_error(cli, &error, &file.display().to_string());
            Exit::Invalid
        })?;
        holidays.extend(read);
    }
    Ok(holidays.into())
}

/// `--start`: a date, moved to the next working day when it is none (with
/// a note that says so).
fn start(cli: &Cli, voice: Voice, text: &str, holidays: &[Holiday]) -> Result<Date, Exit> {
    let Some(date) = parse_date(text) else {
        return Err(voice.refuse(
            &say!(voice, "input-bad-start", written = text),
            &say!(voice, "input-bad-start-help"),
        ));
    };
    let start = working_start(date, holidays);
    if start != date && !cli.quiet {
        let day = |date: Date| {
            say!(
                voice,
                "calendar-day",
                weekday = weekday(voice, date),
                date = voice.date(date)
            )
        };
        let note = match holidays.iter().find(|holiday| holiday.contains(date)) {
            Some(holiday) => say!(
                voice,
                "calendar-start-in-holiday",
                start = day(date),
                holiday = holiday.name.as_str(),
                moved = day(start)
            ),
            None => say!(
                voice,
                "calendar-start-moved",
                start = day(date),
                moved = day(start)
            ),
        };
        voice.tell(&note);
    }
    Ok(start)
}

/// "Monday" / "maandag".
fn weekday(voice: Voice, date: Date) -> String {
    use jiff::civil::Weekday;
    match date.weekday() {
        Weekday::Monday => say!(voice, "calendar-monday"),
        Weekday::Tuesday => say!(voice, "calendar-tuesday"),
        Weekday::Wednesday => say!(voice, "calendar-wednesday"),
        Weekday::Thursday => say!(voice, "calendar-thursday"),
        Weekday::Friday => say!(voice, "calendar-friday"),
        Weekday::Saturday => say!(voice, "calendar-saturday"),
        Weekday::Sunday => say!(voice, "calendar-sunday"),
    }
}

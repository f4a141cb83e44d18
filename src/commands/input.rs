//! Turning planning arguments into a passport, a target and options, with a
//! clear message and exit code 1 for anything that does not resolve.

use std::io::IsTerminal;
use std::path::PathBuf;

use super::{Exit, report_flag_error, report_load_error, to_stderr};
use crate::cli::{Cli, Minimize, ModeArg, PlanOptions, WorkerArgs};
use crate::diagnostic::suggest;
use crate::load::{ImportFailure, parse_skill_list, read_worker};
use crate::model::{Curriculum, Imported, Mode, Passport};
use crate::model::{check_budget, check_hours_per_week};
use crate::plan::calendar::Date;
use crate::plan::calendar::parse_date;
use crate::plan::options::{Objective, Settings};
use crate::plan::planner::Target;
use crate::render::layout::Layout;
use crate::words::{Lang, Words, say, words};

/// A user error with its fix, printed as `error: …` and `help: …`.
pub(crate) fn refuse(message: &str, help: &str) -> Exit {
    to_stderr(&format!("error: {message}\nhelp: {help}\n"));
    Exit::Invalid
}

pub(crate) fn passport(
    cli: &Cli,
    who: &WorkerArgs,
    curriculum: &Curriculum,
) -> Result<Passport, Exit> {
    if let Some(path) = &who.worker {
        let imported = imported(cli, std::slice::from_ref(path), curriculum)?;
        if !cli.quiet {
            let words = words_or_english(cli);
            let worker = path.display().to_string();
            // Wrapped to the terminal that shows stderr, if one does.
            let layout = Layout {
                width: std::io::stderr().is_terminal().then(textwrap::termwidth),
                color: false,
            };
            to_stderr(&crate::render::passport::stderr_notes(
                words, layout, curriculum, &imported, &worker,
            ));
        }
        return Ok(imported.passport);
    }
    let list = who.skills.as_deref().unwrap_or_default();
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

/// The catalogue for messages where a command has not asked for one (an
/// unreadable config file is reported by the commands that use words).
fn words_or_english(cli: &Cli) -> &'static Words {
    super::words_for(cli).unwrap_or_else(|_| words(Lang::default()))
}

/// Reads the passport in `paths` (a TOML passport, credentials, folders of
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
                to_stderr(&crate::render::passport::errors(
                    words_or_english(cli),
                    &errors,
                ));
            }
        }
        Exit::Invalid
    })
}

/// The `--as-of` day, else today (UTC).
pub(crate) fn as_of(cli: &Cli) -> Result<Date, Exit> {
    match &cli.as_of {
        Some(text) => parse_date(text).ok_or_else(|| {
            let words = words_or_english(cli);
            refuse(
                &say!(words, "passport-as-of-invalid", text = text.clone()),
                &say!(words, "passport-as-of-help"),
            )
        }),
        None => Ok(jiff::Timestamp::now()
            .to_zoned(jiff::tz::TimeZone::UTC)
            .date()),
    }
}

/// Resolves a profile id, with a did-you-mean for a typo.
pub(crate) fn profile_target(curriculum: &Curriculum, id: &str) -> Result<Target, Exit> {
    match curriculum.find_profile(id) {
        Some(profile) => Ok(Target::from_profile(curriculum, profile)),
        None => {
            let help = suggest(id, curriculum.profiles.iter().map(|p| p.id.as_str()))
                .unwrap_or_else(|| "`leerroute list profiles` shows the profiles".into());
            Err(refuse(&format!("unknown profile `{id}`"), &help))
        }
    }
}

pub(crate) fn target(
    cli: &Cli,
    curriculum: &Curriculum,
    profile: Option<&str>,
    skills: Option<&str>,
    passport: &Passport,
) -> Result<Target, Exit> {
    if let Some(list) = skills {
        let levels = parse_skill_list(list, "--target-skills", curriculum).map_err(|error| {
            report_flag_error(cli, &error, "--target-skills");
            Exit::Invalid
        })?;
        if levels.is_empty() {
            return Err(refuse(
                "`--target-skills` lists no skill-levels",
                "list the target's skill-levels, e.g. `--target-skills cobot-operation@3,robot-safety@2`",
            ));
        }
        return Ok(Target {
            id: list.to_string(),
            levels,
        });
    }
    match profile.or(passport.target.as_deref()) {
        Some(id) => profile_target(curriculum, id),
        None => Err(refuse(
            "no target given",
            "pass `--target PROFILE` (or `--target-skills LIST`), or set `target` in the passport",
        )),
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
    args: &PlanOptions,
    target: Option<&str>,
    curriculum: &Curriculum,
) -> Result<Settings, Exit> {
    let budget = args
        .budget
        .map(check_budget)
        .transpose()
        .map_err(|problem| {
            refuse(
                &problem.to_string(),
                "give the budget in euro as a number of 0 or more, e.g. `--budget 2500`",
            )
        })?;
    let hours_per_week = args.hours_per_week;
    if let Some(Err(problem)) = hours_per_week.map(check_hours_per_week) {
        return Err(refuse(
            &problem.to_string(),
            "give the weekly learning hours, e.g. `--hours-per-week 8` (one day in five)",
        ));
    }
    let start = match &args.start {
        Some(text) => Some(parse_date(text).ok_or_else(|| {
            refuse(
                &format!("invalid start date `{text}`"),
                "write a real date from 1900 to 2999 as YYYY-MM-DD, e.g. `--start 2027-01-04`",
            )
        })?),
        None => None,
    };
    let mut exclude = Vec::new();
    for id in &args.exclude {
        match curriculum.find_module(id) {
            Some(module) => exclude.push(module),
            None => {
                let help = suggest(id, curriculum.modules.iter().map(|m| m.id.as_str()))
                    .unwrap_or_else(|| "`leerroute list modules` shows the modules".into());
                return Err(refuse(
                    &format!("unknown module `{id}` in --exclude"),
                    &help,
                ));
            }
        }
    }
    Ok(Settings {
        objective: match args.minimize {
            Minimize::Hours => Objective::Hours,
            Minimize::Cost => Objective::Cost,
        },
        budget,
        hours_per_week,
        target: target.map(str::to_string),
        start,
        exclude,
        avoid_modes: args.avoid_mode.iter().copied().map(mode).collect(),
        time_limit: std::time::Duration::from_millis(args.time_limit),
    })
}

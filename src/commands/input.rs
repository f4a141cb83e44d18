//! Turning planning arguments into a passport, a target and options, with a
//! clear message and exit code 1 for anything that does not resolve.

use super::{Exit, report_flag_error, report_load_error, to_stderr};
use crate::cli::{Cli, Minimize, ModeArg, PlanOptions, TargetArgs, WorkerArgs};
use crate::diagnostic::suggest;
use crate::load::{load_passport, parse_skill_list};
use crate::model::{Curriculum, Mode, Passport};
use crate::model::{check_budget, check_hours_per_week};
use crate::plan::calendar::{Date, parse_date};
use crate::plan::options::{Objective, Options, Settings};
use crate::plan::planner::Target;

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
        return load_passport(path, curriculum).map_err(|error| {
            report_load_error(cli, &error, &path.display().to_string());
            Exit::Invalid
        });
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
    let target = target(cli, curriculum, profile, skills, &passport)?;
    let settings = settings(options, profile, curriculum)?;
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

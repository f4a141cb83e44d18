//! `leerroute diff OLD NEW [--workers FILE]`: the impact of a new version of
//! a curriculum before it ships: what changed, field by field, and whose
//! optimal route changes and how.

use super::workforce::{WorkforcePlanner, read_rows, report_invalid};
use super::{Exit, layout, load_origin_for_use, origin, print, words_for};
use crate::cli::{Cli, DiffArgs, DiffFormat};
use crate::load::bulk::Row;
use crate::plan::route::{Plan, Status};
use crate::render::diff::{
    self as render, Diff, WorkerChange, WorkforceChanges, curriculum_changes,
};
use crate::words::Words;

pub fn run(cli: &Cli, args: &DiffArgs) -> anyhow::Result<Exit> {
    let words = words_for(cli)?;
    let old = match load_origin_for_use(cli, &origin(cli, Some(&args.old))?) {
        Ok(curriculum) => curriculum,
        Err(exit) => return Ok(exit),
    };
    let new = match load_origin_for_use(cli, &origin(cli, Some(&args.new))?) {
        Ok(curriculum) => curriculum,
        Err(exit) => return Ok(exit),
    };
    let changes = curriculum_changes(&old, &new);
    let rows = match read_rows(cli, &args.workforce) {
        Ok(rows) => rows,
        Err(exit) => return Ok(exit),
    };
    let workforce = match rows {
        None => None,
        Some(rows) => {
            let mut plans = Vec::new();
            for curriculum in [&old, &new] {
                match WorkforcePlanner::new(cli, curriculum, &args.workforce, &rows)? {
                    Ok(planner) => plans.push(planner.plan(&rows.iter().collect::<Vec<&Row>>())),
                    Err(exit) => return Ok(exit),
                }
            }
            let new_plans = plans.pop().unwrap_or_default();
            let old_plans = plans.pop().unwrap_or_default();
            Some(compare(words, old_plans, new_plans))
        }
    };
    let diff = Diff {
        old: &old,
        new: &new,
        changes: &changes,
        workforce: workforce.as_ref(),
    };
    print(&match args.format {
        DiffFormat::Table => render::table(words, layout(cli), &diff),
        DiffFormat::Json => render::json(words, &diff),
    })?;
    Ok(match &workforce {
        Some(workforce) if workforce.invalid > 0 => Exit::InvalidRows,
        Some(workforce) if workforce.lost > 0 => Exit::NoRoute,
        _ => Exit::Success,
    })
}

fn route(plan: &Plan) -> Vec<String> {
    plan.steps
        .iter()
        .map(|step| step.module.to_string())
        .collect()
}

/// Each worker's plan under the old and the new version, compared. A row
/// invalid under either is named on stderr and counted, and one invalid
/// only under the new version (a skill it names was removed) is a change.
fn compare(words: &Words, old_plans: Vec<Plan>, new_plans: Vec<Plan>) -> WorkforceChanges {
    report_invalid(words, &old_plans);
    let newly_invalid = old_plans
        .iter()
        .zip(&new_plans)
        .filter(|(old, _)| old.status != Status::Error)
        .map(|(_, new)| new);
    report_invalid(words, newly_invalid);
    let mut workforce = WorkforceChanges::default();
    for (old, new) in old_plans.into_iter().zip(new_plans) {
        if old.status == Status::Error {
            workforce.invalid += 1;
            continue;
        }
        let (before, after) = (route(&old), route(&new));
        if new.status == Status::Error {
            workforce.invalid += 1;
        } else {
            workforce.workers += 1;
        }
        let both = old.status.is_success() && new.status.is_success();
        let changed = old.status != new.status
            || before != after
            || old.totals.hours != new.totals.hours
            || old.totals.cost != new.totals.cost;
        if !changed {
            workforce.unchanged += 1;
            continue;
        }
        workforce.longer += usize::from(both && new.totals.hours > old.totals.hours);
        workforce.shorter += usize::from(both && new.totals.hours < old.totals.hours);
        workforce.lost += usize::from(
            old.status.is_success() && !new.status.is_success() && new.status != Status::Error,
        );
        workforce.gained += usize::from(!old.status.is_success() && new.status.is_success());
        // Modules in and out compare two routes; a route lost or gained is
        // said by the status.
        let moved = |from: &[String], to: &[String]| -> Vec<String> {
            let kept = to.iter().filter(|m| !from.contains(m));
            if both {
                kept.cloned().collect()
            } else {
                Vec::new()
            }
        };
        workforce.changed.push(WorkerChange {
            modules_in: moved(&before, &after),
            modules_out: moved(&after, &before),
            old,
            new,
        });
    }
    workforce
}

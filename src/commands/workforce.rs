//! A workforce file read whole and planned row by row with `batch`'s
//! machinery (its reader, one scoped planner per profile, one memo of
//! solved tasks for all), for `stats --workers` and `diff --workers`. Every
//! plan is the one `plan` gives the worker.

use std::collections::HashMap;
use std::path::Path;

use rayon::prelude::*;

use super::batch::{
    Credentials, RowPlanner, bulk_format, open_workers, refuse_input, scan_regular_file,
};
use super::{Exit, input, to_stderr};
use crate::cli::{Cli, ExtraColumnsArg, WorkforceArgs};
use crate::load::bulk::{ExtraColumns, Row, Rows, Unreadable, resolve_row};
use crate::model::{Curriculum, ModuleId};
use crate::plan::memo::Room;
use crate::plan::options::Settings;
use crate::plan::planner::Planner;
use crate::plan::reason::Reason;
use crate::plan::route::{Plan, Status};
use crate::words::{Phrase, Words, say};

/// Solved tasks remembered for a whole run: a what-if's tasks differ from
/// the first plans' in the module left out, so there is room for many.
const REMEMBERED: usize = 1 << 17;

/// Every row of `--workers` (`None` without it), read before anything is
/// planned. An input that cannot be read as a whole is refused (exit 1), as
/// `batch` refuses it.
pub(super) fn read_rows(cli: &Cli, args: &WorkforceArgs) -> Result<Option<Vec<Row>>, Exit> {
    match &args.workers {
        Some(workers) => read_file(cli, args, workers).map(Some),
        None => Ok(None),
    }
}

fn read_file(cli: &Cli, args: &WorkforceArgs, workers: &Path) -> Result<Vec<Row>, Exit> {
    let format = bulk_format(workers, args.input_format).map_err(|refusal| refusal.tell(cli))?;
    let extra = match args.extra_columns {
        ExtraColumnsArg::Error => ExtraColumns::Refuse,
        ExtraColumnsArg::Ignore => ExtraColumns::Ignore,
    };
    let reader = open_workers(workers).map_err(|refusal| refusal.tell(cli))?;
    let refuse = |problem: Unreadable| refuse_input(cli, workers, &problem);
    scan_regular_file(workers, format, extra).map_err(refuse)?;
    Rows::new(reader, format, extra)
        .and_then(|rows| rows.collect::<Result<Vec<Row>, _>>())
        .map_err(refuse)
}

/// The planners of one curriculum for a workforce: one per target profile,
/// sharing the memo's room, and the settings of the command line.
pub(super) struct WorkforcePlanner<'c> {
    pub curriculum: &'c Curriculum,
    pub settings: Settings,
    room: Room,
    credentials: Credentials,
    targets: HashMap<String, Result<Planner<'c>, Phrase>>,
    pool: rayon::ThreadPool,
}

impl<'c> WorkforcePlanner<'c> {
    /// Checks the plan options against `curriculum` and scopes the targets
    /// of `rows`.
    pub fn new(
        cli: &Cli,
        curriculum: &'c Curriculum,
        args: &WorkforceArgs,
        rows: &[Row],
    ) -> anyhow::Result<Result<WorkforcePlanner<'c>, Exit>> {
        let settings = match input::settings(cli, &args.options, args.target.as_deref(), curriculum)
        {
            Ok(settings) => settings,
            Err(exit) => return Ok(Err(exit)),
        };
        let workers = args.workers.as_deref().unwrap_or(Path::new("-"));
        let credentials = match Credentials::for_rows(cli, workers)? {
            Ok(credentials) => credentials,
            Err(exit) => return Ok(Err(exit)),
        };
        if let Some(target) = &args.target
            && let Err(exit) = input::profile_target(cli, curriculum, target)
        {
            return Ok(Err(exit));
        }
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(args.jobs.map_or(0, usize::from))
            .build()?;
        let room = Room::new(REMEMBERED);
        let mut workforce = WorkforcePlanner {
            curriculum,
            settings,
            room,
            credentials,
            targets: HashMap::new(),
            pool,
        };
        let mut targets = HashMap::new();
        workforce.row_planner().add_targets(rows, &mut targets);
        workforce.targets = targets;
        Ok(Ok(workforce))
    }

    /// The batch's planner of rows, over this workforce's shared parts.
    fn row_planner(&self) -> RowPlanner<'c, '_> {
        RowPlanner {
            curriculum: self.curriculum,
            settings: &self.settings,
            room: self.room.clone(),
            credentials: self.credentials.clone(),
        }
    }

    /// Each row's plan, in order, under the command line's settings.
    pub fn plan(&self, rows: &[&Row]) -> Vec<Plan> {
        let planner = self.row_planner();
        self.pool.install(|| {
            rows.par_iter()
                .map(|row| planner.plan_row(row, &self.targets))
                .collect()
        })
    }

    /// Each row's route with `module` left out as well (`--exclude` for
    /// every worker), as `(hours, cost)`; `None` without a route or for a
    /// row that is invalid input. The plans' figures, without their words
    /// ([`Planner::totals`]).
    pub fn totals_without(&self, rows: &[&Row], module: ModuleId) -> Vec<Option<(f64, f64)>> {
        let mut settings = self.settings.clone();
        settings.exclude.push(module);
        let totals = |row: &Row| {
            let fields = row.fields.as_ref().ok()?;
            let target = settings.target_for(fields.target.as_deref())?;
            let planner = self.targets.get(target)?.as_ref().ok()?;
            let passport = resolve_row(self.curriculum, fields).ok()?;
            planner.totals(&passport, &settings.for_worker(&passport))
        };
        self.pool
            .install(|| rows.par_iter().map(|row| totals(row)).collect())
    }
}

/// Says on stderr which rows were invalid input (they count in no figure);
/// `true` when there were any, for exit code 4.
pub(super) fn report_invalid<'p>(words: &Words, plans: impl IntoIterator<Item = &'p Plan>) -> bool {
    let mut any = false;
    for plan in plans
        .into_iter()
        .filter(|plan| plan.status == Status::Error)
    {
        for reason in &plan.reasons {
            if let Reason::InvalidInput { line, message } = reason {
                any = true;
                to_stderr(&format!(
                    "{}\n",
                    say!(
                        words,
                        "workforce-invalid-row",
                        line = *line,
                        message = message.as_str()
                    )
                ));
            }
        }
    }
    any
}

//! `leerroute stats [PATH]`: how hard a curriculum is to travel, by
//! CurricularAnalytics' metrics on the module graph; with `--workers`,
//! where a workforce's optimal routes go and what losing a module costs.

use super::input::refuse;
use super::workforce::{WorkforcePlanner, read_rows, report_invalid};
use super::{Exit, layout, load_origin_for_use, origin, print, words_for};
use crate::analysis::Grantors;
use crate::analysis::metrics::{Metrics, earliest_terms};
use crate::cli::{Cli, StatsArgs, StatsFormat, StatsSort};
use crate::graph::ModuleGraph;
use crate::load::bulk::Row;
use crate::model::{Curriculum, ModuleId};
use crate::plan::route::{Plan, Status};
use crate::render::stats::{self as render, LISTED_PATHS, Report, Sort, WhatIf, Workforce};
use crate::words::{Words, phrase};

pub fn run(cli: &Cli, args: &StatsArgs) -> anyhow::Result<Exit> {
    let words = words_for(cli)?;
    let sort = match args.sort {
        None if args.workforce.workers.is_some() => Sort::Routes,
        None | Some(StatsSort::Complexity) => Sort::Complexity,
        Some(StatsSort::Blocking) => Sort::Blocking,
        Some(StatsSort::Delay) => Sort::Delay,
        Some(StatsSort::Centrality) => Sort::Centrality,
        Some(StatsSort::Routes) => Sort::Routes,
        Some(StatsSort::Hours) => Sort::Hours,
    };
    if matches!(sort, Sort::Routes | Sort::Hours) && args.workforce.workers.is_none() {
        let metric = if sort == Sort::Routes {
            "routes"
        } else {
            "hours"
        };
        return Ok(refuse(
            cli,
            &phrase!("stats-sort-needs-workers", metric = metric),
            &phrase!("stats-sort-needs-workers-help"),
        ));
    }
    let curriculum = match load_origin_for_use(cli, &origin(cli, args.path.as_deref())?) {
        Ok(curriculum) => curriculum,
        Err(exit) => return Ok(exit),
    };
    let (metrics, links) = measure(&curriculum);
    let mut exit = Exit::Success;
    let rows = match read_rows(cli, &args.workforce) {
        Ok(rows) => rows,
        Err(exit) => return Ok(exit),
    };
    let workforce = match rows {
        None => None,
        Some(rows) => {
            let planner = match WorkforcePlanner::new(cli, &curriculum, &args.workforce, &rows)? {
                Ok(planner) => planner,
                Err(exit) => return Ok(exit),
            };
            let (workforce, invalid) = travel(words, &planner, &rows, args.what_if);
            if invalid {
                exit = Exit::InvalidRows;
            }
            Some(workforce)
        }
    };
    let report = Report {
        curriculum: &curriculum,
        metrics: &metrics,
        links,
        sort,
        top: args.top,
        workforce: workforce.as_ref(),
    };
    let text = match args.format {
        StatsFormat::Table => render::table(words, layout(cli), &report),
        StatsFormat::Json => render::json(&report),
        StatsFormat::Csv => render::csv(&report)?,
        StatsFormat::Html => render::html(words, &report),
    };
    print(&text)?;
    Ok(exit)
}

/// The metrics of every module on the precedence graph, and its number of links.
fn measure(curriculum: &Curriculum) -> (Metrics, usize) {
    let grantors = Grantors::new(curriculum);
    let graph = ModuleGraph::new(curriculum, &grantors, |_| true);
    let precedence = graph.precedence(curriculum, &earliest_terms(curriculum, &grantors));
    let metrics = Metrics::of_dag(&precedence, LISTED_PATHS)
        .expect("the precedence graph keeps no edge that closes a cycle");
    (metrics, precedence.edge_count())
}

/// The modules of a plan's route.
fn route(curriculum: &Curriculum, plan: &Plan) -> Vec<ModuleId> {
    plan.steps
        .iter()
        .filter_map(|step| curriculum.find_module(&step.module))
        .collect()
}

fn units(amount: f64) -> i64 {
    (amount * 100.0).round() as i64
}

/// Plans every row, counts where the routes go, and re-plans the workers of
/// each of the `what_if` modules on the most routes without it. Also says
/// whether some rows were invalid input (named on stderr, left out).
fn travel(
    words: &Words,
    planner: &WorkforcePlanner<'_>,
    rows: &[Row],
    what_if: usize,
) -> (Workforce, bool) {
    let curriculum = planner.curriculum;
    let all: Vec<&Row> = rows.iter().collect();
    let plans = planner.plan(&all);
    let invalid = report_invalid(words, &plans);
    let routes: Vec<Vec<ModuleId>> = plans.iter().map(|plan| route(curriculum, plan)).collect();
    let mut workforce = Workforce {
        routes: vec![0; curriculum.modules.len()],
        hours: vec![0; curriculum.modules.len()],
        fieldlabs: vec![(0, 0); curriculum.fieldlabs.len()],
        ..Workforce::default()
    };
    for (plan, route) in plans.iter().zip(&routes) {
        match plan.status {
            Status::Error => {
                workforce.invalid += 1;
                continue;
            }
            Status::Planned => workforce.planned += 1,
            Status::Qualified => workforce.qualified += 1,
            Status::Unreachable | Status::OverBudget | Status::Timeout => workforce.no_route += 1,
        }
        workforce.workers += 1;
        let mut at_fieldlab = vec![false; curriculum.fieldlabs.len()];
        for &module in route {
            let hours = units(curriculum.module(module).hours) as u64;
            workforce.routes[module.index()] += 1;
            workforce.hours[module.index()] += hours;
            if let Some(fieldlab) = curriculum.module(module).fieldlab {
                let (participants, spent) = &mut workforce.fieldlabs[fieldlab.index()];
                *participants +=
                    u64::from(!std::mem::replace(&mut at_fieldlab[fieldlab.index()], true));
                *spent += hours;
            }
        }
    }
    let mut busiest: Vec<usize> = (0..curriculum.modules.len())
        .filter(|&m| workforce.routes[m] > 0)
        .collect();
    busiest.sort_by(|&a, &b| {
        let key = |m: usize| (workforce.routes[m], workforce.hours[m]);
        key(b).cmp(&key(a)).then(a.cmp(&b))
    });
    for module in busiest.into_iter().take(what_if) {
        let id = ModuleId(module as u32);
        let users: Vec<usize> = (0..rows.len())
            .filter(|&r| routes[r].contains(&id))
            .collect();
        let again =
            planner.totals_without(&users.iter().map(|&r| &rows[r]).collect::<Vec<_>>(), id);
        let mut loss = WhatIf {
            module,
            routes: users.len() as u64,
            ..WhatIf::default()
        };
        for (&user, after) in users.iter().zip(&again) {
            let before = &plans[user];
            if let Some((hours, cost)) = *after {
                let extra = units(hours) - units(before.totals.hours);
                loss.longer += u64::from(extra > 0);
                loss.extra_hours += extra;
                loss.extra_cost += units(cost) - units(before.totals.cost);
            } else {
                loss.impossible += 1;
            }
        }
        workforce.what_ifs.push(loss);
    }
    (workforce, invalid)
}

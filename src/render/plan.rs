//! A plan for people (table, Markdown) and for scripts (JSON, CSV).

use std::fmt::Write;

use comfy_table::CellAlignment;
use serde::Serialize;

use super::reasons::{self, ReasonJson};
use super::records::new_table;
use super::spreadsheet::text_cell;

use crate::model::Curriculum;
use crate::plan::route::{Gap, Plan, Status, Step, Totals};

/// The `leerroute.plan/v2` document: the plan's fields in the contract's
/// order, with each reason as its code, its sentence and its facts.
#[derive(Serialize)]
struct Document<'p> {
    schema: &'static str,
    worker: &'p str,
    name: &'p str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u64>,
    target: &'p str,
    minimize: &'static str,
    status: Status,
    optimal: bool,
    lower_bound: Option<f64>,
    totals: &'p Totals,
    steps: &'p [Step],
    gap: &'p [Gap],
    reasons: Vec<ReasonJson>,
}

impl<'p> Document<'p> {
    fn new(curriculum: &Curriculum, plan: &'p Plan) -> Document<'p> {
        Document {
            schema: plan.schema,
            worker: &plan.worker,
            name: &plan.name,
            line: plan.line,
            target: &plan.target,
            minimize: plan.minimize,
            status: plan.status,
            optimal: plan.optimal,
            lower_bound: plan.lower_bound,
            totals: &plan.totals,
            steps: &plan.steps,
            gap: &plan.gap,
            reasons: plan
                .reasons
                .iter()
                .map(|reason| reasons::json(curriculum, reason))
                .collect(),
        }
    }
}

/// `plan --format json`: the plan document, pretty-printed.
pub fn json_pretty(curriculum: &Curriculum, plan: &Plan) -> String {
    serde_json::to_string_pretty(&Document::new(curriculum, plan)).unwrap_or_default() + "\n"
}

/// One plan per line, for `batch --format jsonl`.
pub fn json_line(curriculum: &Curriculum, plan: &Plan) -> Vec<u8> {
    // A step takes about 300 bytes; sizing the buffer up front saves the
    // repeated growing that otherwise costs as much as the writing.
    let mut line = Vec::with_capacity(512 + 384 * plan.steps.len());
    // Writing a derived Serialize into a Vec cannot fail.
    if serde_json::to_writer(&mut line, &Document::new(curriculum, plan)).is_ok() {
        line.push(b'\n');
    }
    line
}

/// The reasons' sentences, in order.
pub fn reason_messages<'a>(
    curriculum: &'a Curriculum,
    plan: &'a Plan,
) -> impl Iterator<Item = String> + 'a {
    plan.reasons
        .iter()
        .map(|reason| reasons::message(curriculum, reason))
}

fn number(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.2}").trim_end_matches('0').to_string()
    }
}

/// An amount of euro as every message and table shows it: in cents.
pub(super) fn euro(value: f64) -> String {
    format!("€{value:.2}")
}

fn weeks(step: &Step) -> String {
    if step.start_week == step.end_week {
        step.start_week.to_string()
    } else {
        format!("{}–{}", step.start_week, step.end_week)
    }
}

/// How far the route may be from the optimum, in words.
fn optimality(plan: &Plan) -> String {
    if plan.optimal {
        return format!("proven optimal (minimising {})", plan.minimize);
    }
    let total = match plan.minimize {
        "cost" => plan.totals.cost,
        _ => plan.totals.hours,
    };
    match plan.lower_bound {
        Some(bound) if bound > 0.0 => format!(
            "not proven optimal: within {:.0}% of optimal (the optimum is at least {} {}; the time limit stopped the search)",
            ((total - bound) / bound * 100.0).ceil(),
            number(bound),
            if plan.minimize == "cost" {
                "euro"
            } else {
                "hours"
            }
        ),
        _ => "not proven optimal (the time limit stopped the search)".to_string(),
    }
}

/// The summary under the table: totals, end date, optimality — or why there is no route.
pub fn summary(curriculum: &Curriculum, plan: &Plan) -> String {
    let mut out = String::new();
    match plan.status {
        Status::Qualified => {
            let _ = writeln!(
                out,
                "{} already meets `{}`: nothing to learn.",
                plan.worker, plan.target
            );
        }
        Status::Planned => {
            let end = plan.steps.last().and_then(|s| s.end_date.as_ref());
            let _ = writeln!(
                out,
                "Total: {} hours, {}, {} {}, {} {}{}.",
                number(plan.totals.hours),
                euro(plan.totals.cost),
                plan.totals.modules,
                if plan.totals.modules == 1 {
                    "module"
                } else {
                    "modules"
                },
                plan.totals.weeks,
                if plan.totals.weeks == 1 {
                    "week"
                } else {
                    "weeks"
                },
                end.map(|d| format!(" (ends {d})")).unwrap_or_default()
            );
            let _ = writeln!(out, "Route: {}.", optimality(plan));
        }
        Status::Unreachable | Status::OverBudget | Status::Timeout | Status::Error => {
            let headline = match plan.status {
                Status::Unreachable => format!(
                    "No route: `{}` cannot be reached by {}.",
                    plan.target, plan.worker
                ),
                Status::OverBudget => format!(
                    "No route within the budget for {} toward `{}`.",
                    plan.worker, plan.target
                ),
                Status::Timeout => format!(
                    "No route found in the time limit for {} toward `{}`.",
                    plan.worker, plan.target
                ),
                _ => format!("No plan for {} toward `{}`.", plan.worker, plan.target),
            };
            let _ = writeln!(out, "{headline}");
            for reason in reason_messages(curriculum, plan) {
                let _ = writeln!(out, "  - {reason}");
            }
        }
    }
    out
}

pub fn table(curriculum: &Curriculum, plan: &Plan) -> String {
    let mut out = String::new();
    if !plan.steps.is_empty() {
        let mut table = new_table();
        table.set_header([
            "#", "module", "stage", "line(s)", "hours", "cost", "weeks", "grants", "serves",
        ]);
        for step in &plan.steps {
            table.add_row([
                step.step.to_string(),
                format!("{}\n{}", step.module, step.name),
                step.stage.to_string(),
                step.lines.join(", "),
                number(step.hours),
                euro(step.cost),
                match (&step.start_date, &step.end_date) {
                    (Some(start), Some(end)) => format!("{}\n{start}\n{end}", weeks(step)),
                    _ => weeks(step),
                },
                step.grants.join(", "),
                step.serves.join(", "),
            ]);
        }
        for column in [0, 4, 5, 6] {
            if let Some(column) = table.column_mut(column) {
                column.set_cell_alignment(CellAlignment::Right);
            }
        }
        let _ = writeln!(out, "{table}");
    }
    out.push_str(&summary(curriculum, plan));
    out
}

const CSV_COLUMNS: [&str; 13] = [
    "step",
    "module",
    "name",
    "stage",
    "lines",
    "hours",
    "cost",
    "grants",
    "serves",
    "start_week",
    "end_week",
    "start_date",
    "end_date",
];

/// One row per step; lists `;`-joined. A plan without steps has only the header.
pub fn csv(plan: &Plan) -> anyhow::Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(CSV_COLUMNS)?;
    for step in &plan.steps {
        writer.write_record([
            step.step.to_string(),
            text_cell(&step.module),
            text_cell(&step.name),
            step.stage.to_string(),
            text_cell(&step.lines.join(";")),
            number(step.hours),
            format!("{:.2}", step.cost),
            text_cell(&step.grants.join(";")),
            text_cell(&step.serves.join(";")),
            step.start_week.to_string(),
            step.end_week.to_string(),
            step.start_date.clone().unwrap_or_default(),
            step.end_date.clone().unwrap_or_default(),
        ])?;
    }
    Ok(String::from_utf8(writer.into_inner()?)?)
}

/// A development plan a worker can take home.
pub fn markdown(
    curriculum: &Curriculum,
    plan: &Plan,
    worker_name: &str,
    target_name: &str,
) -> String {
    let mut out = format!("# Ontwikkelplan: {worker_name}\n\n");
    let _ = writeln!(out, "**Target:** {target_name} (`{}`)  ", plan.target);
    let _ = writeln!(out, "**Status:** {}\n", plan.status.as_str());
    if !plan.gap.is_empty() {
        out.push_str("## What is missing\n\n| skill | have | need |\n|---|---:|---:|\n");
        for gap in &plan.gap {
            let _ = writeln!(out, "| `{}` | {} | {} |", gap.skill, gap.have, gap.need);
        }
        out.push('\n');
    }
    if !plan.steps.is_empty() {
        out.push_str("## Route\n\n| # | module | stage | weeks | hours | cost | why |\n|---:|---|---|---|---:|---:|---|\n");
        for step in &plan.steps {
            let when = match (&step.start_date, &step.end_date) {
                (Some(start), Some(end)) => format!("{} ({start} – {end})", weeks(step)),
                _ => weeks(step),
            };
            let _ = writeln!(
                out,
                "| {} | **{}** (`{}`) | {} | {} | {} | {} | grants {}; leads to {} |",
                step.step,
                step.name.replace('|', "\\|"),
                step.module,
                step.stage,
                when,
                number(step.hours),
                euro(step.cost),
                step.grants.join(", "),
                step.serves.join(", ")
            );
        }
        out.push('\n');
    }
    out.push_str("## Summary\n\n");
    out.push_str(&summary(curriculum, plan));
    out
}

//! A plan for people (table, Markdown) and for scripts (JSON, CSV).

use std::fmt::Write;

use comfy_table::CellAlignment;
use serde::Serialize;

use super::layout::{Layout, keep_together, unglue};
use super::reasons::{self, ReasonJson};
use super::records::{keep_whole, new_table, set_header};
use super::spreadsheet::text_cell;
use super::step;
use super::style::{self, paint};

use crate::model::Curriculum;
use crate::plan::calendar::parse_date;
use crate::plan::reason::Reason;
use crate::plan::route::{Gap, Plan, Status, Step, Totals};
use crate::words::{Words, say};

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
    fn new(words: &Words, curriculum: &Curriculum, plan: &'p Plan) -> Document<'p> {
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
                .map(|reason| reasons::json(words, curriculum, reason))
                .collect(),
        }
    }
}

/// `plan --format json`: the plan document, pretty-printed.
pub fn json_pretty(words: &Words, curriculum: &Curriculum, plan: &Plan) -> String {
    serde_json::to_string_pretty(&Document::new(words, curriculum, plan)).unwrap_or_default() + "\n"
}

/// One plan per line, for `batch --format jsonl`.
pub fn json_line(words: &Words, curriculum: &Curriculum, plan: &Plan) -> Vec<u8> {
    // A step takes about 300 bytes; sizing the buffer up front saves the
    // repeated growing that otherwise costs as much as the writing.
    let mut line = Vec::with_capacity(512 + 384 * plan.steps.len());
    // Writing a derived Serialize into a Vec cannot fail.
    if serde_json::to_writer(&mut line, &Document::new(words, curriculum, plan)).is_ok() {
        line.push(b'\n');
    }
    line
}

/// The reasons' sentences, in order.
pub fn reason_messages<'a>(
    words: &'a Words,
    curriculum: &'a Curriculum,
    plan: &'a Plan,
) -> impl Iterator<Item = String> + 'a {
    plan.reasons
        .iter()
        .map(|reason| reasons::message(words, curriculum, reason))
}

fn number(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.2}").trim_end_matches('0').to_string()
    }
}

/// How far the route may be from the optimum, in words.
fn optimality(words: &Words, plan: &Plan) -> String {
    let objective = plan.minimize;
    if plan.optimal {
        return say!(words, "plan-optimal", objective = objective);
    }
    let total = match objective {
        "cost" => plan.totals.cost,
        _ => plan.totals.hours,
    };
    match plan.lower_bound {
        // A route worse than twice the bound says nothing useful as a
        // percentage (`--time-limit 0` gave "within 3900%").
        Some(bound) if bound > 0.0 && total <= 2.0 * bound => say!(
            words,
            "plan-near-optimal",
            percent = ((total - bound) / bound * 100.0).ceil(),
            bound = if objective == "cost" {
                words.money(bound)
            } else {
                words.hours(bound)
            },
        ),
        Some(bound) if bound > 0.0 => say!(
            words,
            "plan-bound-only",
            bound = if objective == "cost" {
                words.money(bound)
            } else {
                words.hours(bound)
            },
        ),
        _ => say!(words, "plan-not-optimal"),
    }
}

/// The summary under the table: totals, end date, optimality — or why there is no route.
pub fn summary(words: &Words, curriculum: &Curriculum, plan: &Plan) -> String {
    let mut out = String::new();
    let (worker, target) = (plan.worker.as_str(), plan.target.as_str());
    match plan.status {
        Status::Qualified => {
            let _ = writeln!(
                out,
                "{}",
                say!(words, "plan-qualified", worker = worker, target = target)
            );
        }
        Status::Planned => {
            let end = plan
                .steps
                .last()
                .and_then(|s| s.end_date.as_deref())
                .and_then(parse_date);
            let (hours, cost) = (
                words.hours(plan.totals.hours),
                words.money(plan.totals.cost),
            );
            let (modules, weeks) = (plan.totals.modules, words.weeks(plan.totals.weeks));
            let total = match end {
                Some(end) => say!(
                    words,
                    "plan-total-until",
                    hours = hours,
                    cost = cost,
                    modules = modules,
                    weeks = weeks,
                    end = words.date(end)
                ),
                None => say!(
                    words,
                    "plan-total",
                    hours = hours,
                    cost = cost,
                    modules = modules,
                    weeks = weeks
                ),
            };
            let _ = writeln!(out, "{total}");
            let _ = writeln!(out, "{}", optimality(words, plan));
        }
        Status::Unreachable | Status::OverBudget | Status::Timeout | Status::Error => {
            let headline = match plan.status {
                Status::Unreachable => {
                    say!(words, "plan-unreachable", worker = worker, target = target)
                }
                Status::OverBudget => {
                    say!(words, "plan-over-budget", worker = worker, target = target)
                }
                Status::Timeout => say!(words, "plan-timeout", worker = worker, target = target),
                _ => say!(words, "plan-error", worker = worker, target = target),
            };
            let _ = writeln!(out, "{headline}");
            // What it would take comes first: that is the advisor's answer;
            // the why-chains after it explain it.
            let advice = |reason: &&Reason| matches!(reason, Reason::Relaxation(_));
            let (first, rest): (Vec<&Reason>, Vec<&Reason>) = plan.reasons.iter().partition(advice);
            for reason in first.into_iter().chain(rest) {
                let _ = writeln!(out, "  - {}", reasons::message(words, curriculum, reason));
            }
        }
    }
    out
}

/// `plan --format table`: the route for a person, as a table when there is
/// room and one block per step below 100 columns, then the summary.
pub fn table(words: &Words, layout: Layout, curriculum: &Curriculum, plan: &Plan) -> String {
    let mut out = String::new();
    if !plan.steps.is_empty() {
        if layout.compact() {
            out.push_str(&blocks(words, layout, curriculum, plan));
        } else {
            out.push_str(&wide_table(words, layout, curriculum, plan));
        }
    }
    let status = if plan.status.is_success() {
        style::GOOD
    } else {
        style::BAD
    };
    for (i, line) in summary(words, curriculum, plan).lines().enumerate() {
        let indent = if line.starts_with("  - ") { "    " } else { "" };
        let line = if i == 0 {
            paint(layout.color, status, line)
        } else {
            line.to_string()
        };
        out.push_str(&layout.wrap(&line, "", indent));
    }
    out
}

/// One block per step: its title, its facts, and the why and how, each
/// wrapped and indented under the step's number.
fn blocks(words: &Words, layout: Layout, curriculum: &Curriculum, plan: &Plan) -> String {
    let mut out = String::new();
    let width = plan.steps.len().to_string().len();
    let indent = " ".repeat(width + 2);
    for step in &plan.steps {
        let number = format!("{:>width$}. ", step.step);
        let title = paint(layout.color, style::STEP, &step::title(step));
        out.push_str(&layout.wrap(&title, &number, &indent));
        out.push_str(&layout.wrap(&step::facts(words, curriculum, step), &indent, &indent));
        for text in step::explained(words, curriculum, plan, step) {
            out.push_str(&layout.wrap(&text, &indent, &indent));
        }
        out.push('\n');
    }
    out
}

/// The headers of a step's columns after its number, as the table and the
/// Markdown plan show them.
fn step_columns(words: &Words) -> [String; 5] {
    [
        say!(words, "plan-column-module"),
        say!(words, "plan-column-when"),
        say!(words, "plan-column-hours"),
        say!(words, "plan-column-cost"),
        say!(words, "plan-column-why"),
    ]
}

fn wide_table(words: &Words, layout: Layout, curriculum: &Curriculum, plan: &Plan) -> String {
    let mut table = new_table(layout);
    let mut header = vec![say!(words, "plan-column-step")];
    header.extend(step_columns(words));
    set_header(&mut table, layout, header);
    for step in &plan.steps {
        let explained = step::explained(words, curriculum, plan, step);
        let stage = step::module_of(curriculum, step).map(|m| step::stage(words, m.stage));
        table.add_row([
            step.step.to_string(),
            format!("{}\n{}", step.name, step.module),
            [
                Some(step::weeks(words, step)),
                step::dates(words, step),
                stage,
            ]
            .into_iter()
            .flatten()
            .map(|text| keep_together(&text))
            .collect::<Vec<_>>()
            .join("\n"),
            words.number(step.hours),
            words.money(step.cost),
            keep_together(&explained.join("\n")),
        ]);
    }
    for column in [0, 3, 4] {
        if let Some(column) = table.column_mut(column) {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
    // Ids and the week ranges must never be split over lines.
    let longest = |of: &dyn Fn(&Step) -> usize| plan.steps.iter().map(of).max().unwrap_or(0);
    keep_whole(&mut table, 1, longest(&|s| s.module.chars().count()));
    let dates = |s: &Step| step::dates(words, s).map_or(0, |d| d.chars().count());
    keep_whole(&mut table, 2, longest(&dates));
    unglue(&format!("{table}\n"))
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

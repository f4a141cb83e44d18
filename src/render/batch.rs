//! `batch` output: the CSV row of a plan, and the end-of-run summary.

use std::time::Duration;

use super::plan::reason_messages;
use super::spreadsheet::text_cell;
use crate::model::Curriculum;
use crate::plan::route::{Plan, Status};
use crate::words::{Words, say};

pub const CSV_HEADER: [&str; 9] = [
    "id", "target", "status", "optimal", "hours", "cost", "weeks", "modules", "reasons",
];

/// Joins several reasons in one CSV cell.
pub const REASON_SEPARATOR: &str = " | ";

/// One CSV row per worker; modules `;`-joined in step order, reasons joined
/// with [`REASON_SEPARATOR`]. A row with no route (unreachable, over budget,
/// an error) leaves hours, cost and weeks empty rather than 0, which would
/// skew every average taken over the column; a qualified worker's 0 is true.
pub fn csv_record(words: &Words, curriculum: &Curriculum, plan: &Plan) -> [String; 9] {
    let has_route = matches!(plan.status, Status::Planned | Status::Qualified);
    let total = |value: String| if has_route { value } else { String::new() };
    [
        text_cell(&plan.worker),
        text_cell(&plan.target),
        plan.status.as_str().to_string(),
        plan.optimal.to_string(),
        total(format!("{}", plan.totals.hours)),
        total(format!("{:.2}", plan.totals.cost)),
        total(plan.totals.weeks.to_string()),
        text_cell(
            &plan
                .steps
                .iter()
                .map(|s| s.module.as_ref())
                .collect::<Vec<_>>()
                .join(";"),
        ),
        text_cell(
            &reason_messages(words, curriculum, plan)
                .collect::<Vec<_>>()
                .join(REASON_SEPARATOR),
        ),
    ]
}

/// Running totals for the summary on stderr.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    pub rows: usize,
    pub planned: usize,
    pub qualified: usize,
    pub unreachable: usize,
    pub over_budget: usize,
    pub timeouts: usize,
    pub errors: usize,
    /// Rows that were invalid input (`error` plans made before planning).
    pub invalid: usize,
    pub optimal: usize,
    pub hours: f64,
    pub cost: f64,
}

impl Tally {
    pub fn add(&mut self, plan: &Plan) {
        self.rows += 1;
        match plan.status {
            Status::Planned => self.planned += 1,
            Status::Qualified => self.qualified += 1,
            Status::Unreachable => self.unreachable += 1,
            Status::OverBudget => self.over_budget += 1,
            Status::Timeout => self.timeouts += 1,
            Status::Error => self.errors += 1,
        }
        self.invalid += usize::from(plan.is_invalid_input());
        if plan.status == Status::Planned {
            self.optimal += usize::from(plan.optimal);
            self.hours += plan.totals.hours;
            self.cost += plan.totals.cost;
        }
    }

    /// Adds the rows counted by `other`, as if they had been added here.
    pub fn merge(&mut self, other: &Tally) {
        self.rows += other.rows;
        self.planned += other.planned;
        self.qualified += other.qualified;
        self.unreachable += other.unreachable;
        self.over_budget += other.over_budget;
        self.timeouts += other.timeouts;
        self.errors += other.errors;
        self.invalid += other.invalid;
        self.optimal += other.optimal;
        self.hours += other.hours;
        self.cost += other.cost;
    }

    pub fn all_succeeded(&self) -> bool {
        self.planned + self.qualified == self.rows
    }

    /// The two lines on stderr after a batch: how many rows, how fast, how
    /// they ended, and the totals of the planned workers.
    pub fn summary(&self, words: &Words, elapsed: Duration) -> String {
        let seconds = elapsed.as_secs_f64();
        let rate = if seconds > 0.0 {
            self.rows as f64 / seconds
        } else {
            0.0
        };
        let planned = self.planned.max(1) as f64;
        let count = |n: usize| words.integer(n as u128);
        let rows = say!(
            words,
            "commands-batch-summary",
            n = self.rows,
            rows = count(self.rows),
            seconds = words.fixed(seconds, 2),
            rate = words.fixed(rate, 0),
            planned = count(self.planned),
            qualified = count(self.qualified),
            unreachable = count(self.unreachable),
            over_budget = count(self.over_budget),
            timeouts = count(self.timeouts),
            errors = count(self.errors),
        );
        let totals = say!(
            words,
            "commands-batch-totals",
            optimal = count(self.optimal),
            planned = count(self.planned),
            hours = words.fixed(self.hours, 0),
            cost = words.money(self.cost),
            hours_each = words.fixed(self.hours / planned, 1),
            cost_each = words.money(self.cost / planned),
        );
        format!("{rows}\n{totals}\n")
    }
}

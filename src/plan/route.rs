//! A planned route: the `leerroute.plan/v1` JSON document (DESIGN.md section 2),
//! which the table, CSV and Markdown renderings are made from.

use std::sync::Arc;

use serde::Serialize;

pub const SCHEMA: &str = "leerroute.plan/v1";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Planned,
    Qualified,
    Unreachable,
    OverBudget,
    Error,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::Qualified => "qualified",
            Status::Unreachable => "unreachable",
            Status::OverBudget => "over-budget",
            Status::Error => "error",
        }
    }

    /// Planned and qualified rows are fine; the rest make `plan`/`batch` exit 3.
    pub fn is_success(self) -> bool {
        matches!(self, Status::Planned | Status::Qualified)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Totals {
    pub hours: f64,
    pub cost: f64,
    pub modules: usize,
    pub weeks: u32,
}

/// One module of a route. The words that come from the curriculum are shared
/// (`Arc`), not copied: a batch writes the same modules for many workers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub step: usize,
    pub module: Arc<str>,
    pub name: Arc<str>,
    pub stage: &'static str,
    pub lines: Arc<[Arc<str>]>,
    pub hours: f64,
    pub cost: f64,
    pub grants: Arc<[Arc<str>]>,
    /// Target skill-levels this step leads to, directly or by enabling a later step.
    pub serves: Vec<Arc<str>>,
    pub start_week: u32,
    pub end_week: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gap {
    pub skill: String,
    pub have: u8,
    pub need: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    pub schema: &'static str,
    pub worker: String,
    pub target: String,
    pub minimize: &'static str,
    pub status: Status,
    pub optimal: bool,
    pub lower_bound: Option<f64>,
    pub totals: Totals,
    pub steps: Vec<Step>,
    pub gap: Vec<Gap>,
    pub reasons: Vec<String>,
}

impl Plan {
    /// The empty plan of a worker who already qualifies: nothing to take.
    pub fn qualified(worker: &str, target: &str, minimize: &'static str) -> Plan {
        Plan {
            schema: SCHEMA,
            worker: worker.to_string(),
            target: target.to_string(),
            minimize,
            status: Status::Qualified,
            optimal: true,
            lower_bound: Some(0.0),
            totals: Totals {
                hours: 0.0,
                cost: 0.0,
                modules: 0,
                weeks: 0,
            },
            steps: Vec::new(),
            gap: Vec::new(),
            reasons: Vec::new(),
        }
    }

    /// A plan that could not be made at all (a bad row in a batch).
    pub fn error(worker: &str, target: &str, minimize: &'static str, reasons: Vec<String>) -> Plan {
        Plan {
            status: Status::Error,
            optimal: false,
            lower_bound: None,
            reasons,
            ..Plan::qualified(worker, target, minimize)
        }
    }
}

//! A planned route: what the `leerroute.plan/v2` JSON document (docs/DESIGN.md)
//! and the table, CSV and Markdown renderings are made from.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use serde::{Serialize, Serializer};
use serde_json::value::RawValue;

use super::reason::Reason;

pub const SCHEMA: &str = "leerroute.plan/v2";

/// How planning one worker ended: the plan's `status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// A route was found: the steps take the worker to the target.
    Planned,
    /// The worker already meets the target: nothing to take.
    Qualified,
    /// No route reaches the target with the modules allowed; the reasons
    /// say what blocks it.
    Unreachable,
    /// Every route costs more than the budget; the reason gives the
    /// cheapest cost.
    OverBudget,
    /// The time limit ran out before any route was found (or ruled out).
    Timeout,
    /// No plan could be made: invalid input (a bad row of a batch), or a
    /// search result that is not a route (a bug).
    Error,
}

impl Status {
    /// The status as the JSON and CSV write it (`over-budget`).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::Qualified => "qualified",
            Status::Unreachable => "unreachable",
            Status::OverBudget => "over-budget",
            Status::Timeout => "timeout",
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

/// A word of a plan that comes from the curriculum (an id, a name, a
/// skill-level). A batch writes the same words for thousands of workers, so
/// each is shared, not copied, and its JSON string (quoted and escaped) is
/// made once and written as it is.
#[derive(Clone)]
pub struct Text(Arc<TextForms>);

struct TextForms {
    text: Box<str>,
    json: Box<RawValue>,
}

impl Text {
    pub fn new(text: &str) -> Text {
        let json = serde_json::value::to_raw_value(text).expect("a string is always valid JSON");
        Text(Arc::new(TextForms {
            text: text.into(),
            json,
        }))
    }

    pub fn as_str(&self) -> &str {
        &self.0.text
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Text::new(text)
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// For serde_json, which writes the made JSON string as it is.
impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.json.serialize(serializer)
    }
}

/// One module of a route. The words that come from the curriculum are
/// [`Text`]s, shared by every step that shows them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub step: usize,
    pub module: Text,
    pub name: Text,
    pub stage: &'static str,
    pub lines: Arc<[Text]>,
    pub hours: f64,
    pub cost: f64,
    pub grants: Arc<[Text]>,
    /// Target skill-levels this step leads to, directly or by enabling a later step.
    pub serves: Vec<Text>,
    /// The later steps (by number) that need this one: it is the first to
    /// grant one of their requirements.
    pub needed_by: Vec<usize>,
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

/// A plan: the route and what it achieves, or why there is none. Its JSON
/// document is made by [`crate::render::plan`], which words the reasons.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// The document's schema: always `leerroute.plan/v2`.
    pub schema: &'static str,
    /// The worker's id, from the passport.
    pub worker: String,
    /// The worker's name, from the passport (its id when it has none).
    pub name: String,
    /// In `batch`: the line of the input the worker's row starts on.
    pub line: Option<u64>,
    /// The target's id: the profile id, or the skill-level list as written.
    pub target: String,
    /// The objective as the document writes it: `hours` or `cost`.
    pub minimize: &'static str,
    /// How planning ended.
    pub status: Status,
    /// Whether the route is proven cheapest: `true` when qualified or when
    /// the search finished, `false` when the time limit cut it short and
    /// whenever there is no route.
    pub optimal: bool,
    /// A proven lower bound on the objective's total (hours or euro): the
    /// total itself when optimal, 0 when qualified, `None` without a route.
    pub lower_bound: Option<f64>,
    /// The route's hours, euro, number of modules and the week its last
    /// step ends; all 0 without a route.
    pub totals: Totals,
    /// The route, in step order (an order the worker can take it in);
    /// empty without one.
    pub steps: Vec<Step>,
    /// Per target skill the worker is short of at the start, in the
    /// target's order: the level held and the level needed.
    pub gap: Vec<Gap>,
    /// Why there is no route (unreachable, over budget, timeout, error);
    /// empty for a planned or qualified plan.
    pub reasons: Vec<Reason>,
}

impl Plan {
    /// The empty plan of a worker who already qualifies: nothing to take.
    pub fn qualified(worker: &str, target: &str, minimize: &'static str) -> Plan {
        Plan {
            schema: SCHEMA,
            worker: worker.to_string(),
            name: worker.to_string(),
            line: None,
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

    /// Whether the plan is the `error` plan of input that could not be used
    /// (a bad row of a batch), rather than the planner's own failure.
    pub fn is_invalid_input(&self) -> bool {
        self.reasons
            .iter()
            .any(|reason| matches!(reason, Reason::InvalidInput { .. }))
    }

    /// A plan that could not be made at all (a bad row in a batch).
    pub fn error(worker: &str, target: &str, minimize: &'static str, reasons: Vec<Reason>) -> Plan {
        Plan {
            status: Status::Error,
            optimal: false,
            lower_bound: None,
            reasons,
            ..Plan::qualified(worker, target, minimize)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text serializes exactly as the plain string would, escapes and all,
    /// and reads as the string everywhere else.
    #[test]
    fn text_is_written_as_its_string() {
        for words in [
            "cobot-operation@3",
            "Lassen \"MIG/MAG\" \\ één\n\tregel",
            "",
        ] {
            let text = Text::new(words);
            assert_eq!(
                serde_json::to_string(&text).expect("serializes"),
                serde_json::to_string(words).expect("serializes")
            );
            assert_eq!(text.to_string(), words);
            assert_eq!(
                [text.clone(), Text::new("x")].join(";"),
                format!("{words};x")
            );
            assert_eq!(
                serde_json::to_value(&text).expect("serializes"),
                serde_json::Value::String(words.to_string())
            );
        }
    }
}

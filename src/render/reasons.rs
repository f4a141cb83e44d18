//! [`Reason`]s in words and as JSON facts: the one place where a plan's
//! failures become sentences.

use serde::Serialize;

use super::plan::euro;
use super::why::unobtainable;
use crate::analysis::{Blocked, Blocker, Blocking, Link};
use crate::model::amounts::{budget_units, from_units, to_units};
use crate::model::{Curriculum, ModuleId, SkillLevel};
use crate::plan::reason::Reason;

/// One sentence for a person.
pub fn message(curriculum: &Curriculum, reason: &Reason) -> String {
    match reason {
        Reason::Unobtainable { level, why } => unobtainable(curriculum, *level, why),
        Reason::Unreachable => "the target cannot be reached with the modules allowed".into(),
        Reason::OverBudget {
            budget,
            cheapest: Some(cheapest),
        } => {
            let qualifier = if cheapest.proven { "" } else { " at most" };
            format!(
                "the cheapest route costs{qualifier} €{:.2}, over the budget of {}; raise the budget by {} or more",
                cheapest.cost,
                budget_shown(*budget),
                euro(shortfall(cheapest.cost, *budget))
            )
        }
        Reason::OverBudget {
            budget,
            cheapest: None,
        } => format!("no route fits the budget of {}", budget_shown(*budget)),
        Reason::Timeout { time_limit } => format!(
            "no route within the budget was found in the time limit of {} ms, and none was ruled out; raise `--time-limit` or the budget",
            time_limit.as_millis()
        ),
        Reason::InvalidRoute => {
            "internal error: the planner returned an invalid route; please report this".into()
        }
        Reason::InvalidInput { line, message } => format!("line {line}: {message}"),
    }
}

/// A budget as given: in cents, unless it has finer digits (`€0.299`), which
/// rounding would turn into a budget the route seems to fit.
fn budget_shown(budget: f64) -> String {
    if from_units(to_units(budget)) == budget {
        euro(budget)
    } else {
        format!("€{budget}")
    }
}

/// How much more a budget must be for a route of `cost` to fit, in euro:
/// whole cents, rounded up, as the planner counts the budget's whole cents.
fn shortfall(cost: f64, budget: f64) -> f64 {
    from_units(to_units(cost).saturating_sub(budget_units(budget)))
}

/// The reason as the plan document carries it: its stable code, the
/// sentence, and the facts behind it as data.
#[derive(Serialize)]
pub struct ReasonJson {
    code: &'static str,
    message: String,
    #[serde(flatten)]
    facts: Facts,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Facts {
    None {},
    Unobtainable {
        skill_level: String,
        why: BlockedJson,
    },
    OverBudget {
        budget: f64,
        /// The cheapest route's cost, when one was found.
        cheapest_cost: Option<f64>,
        /// Whether `cheapest_cost` is proven least.
        proven: bool,
    },
    Timeout {
        time_limit_ms: u128,
    },
    InvalidInput {
        line: u64,
    },
}

pub fn json(curriculum: &Curriculum, reason: &Reason) -> ReasonJson {
    let ids = Ids { curriculum };
    let (code, facts) = match reason {
        Reason::Unobtainable { level, why } => (
            "unobtainable",
            Facts::Unobtainable {
                skill_level: ids.level(*level),
                why: ids.blocked(why),
            },
        ),
        Reason::Unreachable => ("unreachable", Facts::None {}),
        Reason::OverBudget { budget, cheapest } => (
            "over-budget",
            Facts::OverBudget {
                budget: *budget,
                cheapest_cost: cheapest.map(|c| c.cost),
                proven: cheapest.is_some_and(|c| c.proven),
            },
        ),
        Reason::Timeout { time_limit } => (
            "timeout",
            Facts::Timeout {
                time_limit_ms: time_limit.as_millis(),
            },
        ),
        Reason::InvalidRoute => ("invalid-route", Facts::None {}),
        Reason::InvalidInput { line, .. } => ("invalid-input", Facts::InvalidInput { line: *line }),
    };
    ReasonJson {
        code,
        message: message(curriculum, reason),
        facts,
    }
}

/// Why a skill-level cannot be obtained, as a JSON tree.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
enum BlockedJson {
    NoGrantor,
    OnlyLevelUps {
        grantors: Vec<String>,
    },
    NotAllowed {
        grantors: Vec<String>,
    },
    Blocked {
        grantors: Vec<String>,
        groups: Vec<BlockingJson>,
        /// Grantors blocked in other ways, not followed.
        more: usize,
    },
    TooDeep,
}

#[derive(Serialize)]
struct BlockingJson {
    modules: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    requires: Option<LinkJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    requires_one_of: Option<Vec<String>>,
    /// For `requires_one_of`: the chain behind the first alternative.
    #[serde(skip_serializing_if = "Option::is_none")]
    first: Option<LinkJson>,
}

#[derive(Serialize)]
struct LinkJson {
    skill_level: String,
    /// Absent where the chain meets a skill-level it passed before.
    #[serde(skip_serializing_if = "Option::is_none")]
    why: Option<Box<BlockedJson>>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    cycle: bool,
}

/// Facts in ids, as scripts read them.
struct Ids<'c> {
    curriculum: &'c Curriculum,
}

impl Ids<'_> {
    fn level(&self, level: SkillLevel) -> String {
        self.curriculum.format_level(level)
    }

    fn modules(&self, modules: &[ModuleId]) -> Vec<String> {
        modules
            .iter()
            .map(|&m| self.curriculum.module(m).id.clone())
            .collect()
    }

    fn blocked(&self, blocked: &Blocked) -> BlockedJson {
        match blocked {
            Blocked::NoGrantor => BlockedJson::NoGrantor,
            Blocked::OnlyLevelUps { grantors } => BlockedJson::OnlyLevelUps {
                grantors: self.modules(grantors),
            },
            Blocked::NotAllowed { grantors } => BlockedJson::NotAllowed {
                grantors: self.modules(grantors),
            },
            Blocked::Grantors {
                grantors,
                groups,
                more,
            } => BlockedJson::Blocked {
                grantors: self.modules(grantors),
                groups: groups.iter().map(|g| self.blocking(g)).collect(),
                more: *more,
            },
            Blocked::TooDeep => BlockedJson::TooDeep,
        }
    }

    fn blocking(&self, blocking: &Blocking) -> BlockingJson {
        let mut json = BlockingJson {
            modules: self.modules(&blocking.modules),
            requires: None,
            requires_one_of: None,
            first: None,
        };
        match &blocking.by {
            Blocker::Requires(link) => json.requires = Some(self.link(link)),
            Blocker::OneOf {
                alternatives,
                first,
            } => {
                json.requires_one_of = Some(alternatives.iter().map(|&l| self.level(l)).collect());
                json.first = first.as_ref().map(|link| self.link(link));
            }
            Blocker::Nothing => {}
        }
        json
    }

    fn link(&self, link: &Link) -> LinkJson {
        LinkJson {
            skill_level: self.level(link.level),
            why: link.why.as_ref().map(|why| Box::new(self.blocked(why))),
            cycle: link.why.is_none(),
        }
    }
}

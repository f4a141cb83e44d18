//! [`Reason`]s in words and as JSON facts: the one place where a plan's
//! failures, and what would mend them, become sentences.

use serde::Serialize;

use super::why::{list, to_allow, unobtainable};
use crate::analysis::{Blocked, Blocker, Blocking, LeftOut, Link, Unusable};
use crate::model::amounts::{budget_units, from_units, to_units};
use crate::model::{Curriculum, ModuleId, SkillLevel};
use crate::plan::reason::{FirstSteps, Progress, Reason, Relaxation};
use crate::words::{Words, say};

/// One sentence for a person.
pub fn message(words: &Words, curriculum: &Curriculum, reason: &Reason) -> String {
    match reason {
        Reason::Unobtainable { level, why } => unobtainable(words, curriculum, *level, why),
        Reason::Unreachable => say!(words, "reason-unreachable"),
        Reason::OverBudget {
            budget,
            cheapest: Some(cheapest),
        } => {
            let (cost, budget_shown, shortfall) = (
                words.money(cheapest.cost),
                budget_shown(words, *budget),
                words.money(shortfall(cheapest.cost, *budget)),
            );
            if cheapest.proven {
                say!(
                    words,
                    "reason-over-budget",
                    cost = cost,
                    budget = budget_shown,
                    shortfall = shortfall
                )
            } else {
                say!(
                    words,
                    "reason-over-budget-bound",
                    cost = cost,
                    budget = budget_shown,
                    shortfall = shortfall
                )
            }
        }
        Reason::OverBudget {
            budget,
            cheapest: None,
        } => say!(
            words,
            "reason-no-route-in-budget",
            budget = budget_shown(words, *budget)
        ),
        Reason::FirstSteps(first) => first_steps(words, curriculum, first),
        Reason::Relaxation(relaxation) => relaxed(words, curriculum, relaxation),
        Reason::Timeout { time_limit } => say!(
            words,
            "reason-timeout",
            ms = words.number(time_limit.as_millis() as f64)
        ),
        Reason::InvalidRoute => say!(words, "reason-invalid-route"),
        Reason::InvalidInput { line, message } => say!(
            words,
            "reason-invalid-input",
            line = line.to_string(),
            message = message.as_str()
        ),
    }
}

/// "within the budget, the first 3 steps of that route fit: …".
fn first_steps(words: &Words, curriculum: &Curriculum, first: &FirstSteps) -> String {
    let steps = first.steps();
    if steps.is_empty() {
        let next = curriculum.module(first.route[0]);
        return say!(
            words,
            "reason-no-first-step",
            module = next.id.as_str(),
            cost = words.money(next.cost)
        );
    }
    let count = steps.len();
    let progress = if first.progress.is_empty() {
        say!(words, "reason-first-steps-groundwork", count = count)
    } else {
        // What is reached first, then how far the rest get.
        let (done, partly): (Vec<&Progress>, Vec<&Progress>) =
            first.progress.iter().partition(|p| p.reached());
        let reached = done
            .into_iter()
            .chain(partly)
            .map(|p| progress(words, curriculum, p))
            .collect();
        say!(
            words,
            "reason-first-steps-reach",
            count = count,
            reached = list(words, reached)
        )
    };
    say!(
        words,
        "reason-first-steps",
        count = count,
        modules = modules(words, curriculum, steps),
        hours = words.hours(first.hours),
        cost = words.money(first.cost),
        progress = progress
    )
}

/// A target skill-level reached ("`robot-safety@2`"), or how far toward
/// it ("level 2 (basis) of `cobot-operation@3`").
fn progress(words: &Words, curriculum: &Curriculum, progress: &Progress) -> String {
    let target = curriculum.format_level(progress.target);
    if progress.reached() {
        return format!("`{target}`");
    }
    let level = progress.to.to_string();
    match curriculum
        .meta
        .levels
        .get(usize::from(progress.to).wrapping_sub(1))
    {
        Some(name) => say!(
            words,
            "reason-progress-part-named",
            level = level,
            name = name.as_str(),
            target = target
        ),
        None => say!(
            words,
            "reason-progress-part",
            level = level,
            target = target
        ),
    }
}

/// "allow `rob-veiligheid` (classroom): then there is a route of 160 hours, …".
fn relaxed(words: &Words, curriculum: &Curriculum, relaxation: &Relaxation) -> String {
    let allow = relaxation
        .allow
        .iter()
        .map(|unusable| to_allow(words, curriculum, unusable))
        .collect();
    let mut sentence = say!(
        words,
        "reason-relaxation",
        modules = list(words, allow),
        hours = words.hours(relaxation.hours),
        cost = words.money(relaxation.cost)
    );
    if let Some(budget) = relaxation.budget.filter(|_| !relaxation.within_budget) {
        sentence += &say!(
            words,
            "reason-relaxation-over-budget",
            budget = budget_shown(words, budget)
        );
    }
    if !relaxation.proven {
        sentence += &say!(words, "reason-relaxation-unproven");
    }
    sentence
}

/// "`a`, `b` and `c`".
fn modules(words: &Words, curriculum: &Curriculum, modules: &[ModuleId]) -> String {
    let ids = modules
        .iter()
        .map(|&m| format!("`{}`", curriculum.module(m).id))
        .collect();
    list(words, ids)
}

/// A budget as given: in cents, unless it has finer digits (`€0.299`), which
/// rounding would turn into a budget the route seems to fit.
fn budget_shown(words: &Words, budget: f64) -> String {
    if from_units(to_units(budget)) == budget {
        words.money(budget)
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
    FirstSteps {
        /// The cheapest route, in step order.
        route: Vec<String>,
        /// Its first steps that the budget pays for.
        steps: Vec<String>,
        hours: f64,
        cost: f64,
        progress: Vec<ProgressJson>,
    },
    Relaxation {
        allow: Vec<LeftOutJson>,
        route: Vec<String>,
        hours: f64,
        cost: f64,
        within_budget: bool,
        proven: bool,
    },
    Timeout {
        time_limit_ms: u128,
    },
    InvalidInput {
        line: u64,
    },
}

#[derive(Serialize)]
struct ProgressJson {
    skill_level: String,
    from: u8,
    to: u8,
    reached: bool,
}

/// A module a plan may not use: `{"module", "because", "mode"?}`.
#[derive(Serialize)]
struct LeftOutJson {
    module: String,
    because: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    mode: Option<&'static str>,
}

pub fn json(words: &Words, curriculum: &Curriculum, reason: &Reason) -> ReasonJson {
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
        Reason::FirstSteps(first) => (
            "first-steps",
            Facts::FirstSteps {
                route: ids.modules(&first.route),
                steps: ids.modules(first.steps()),
                hours: first.hours,
                cost: first.cost,
                progress: first
                    .progress
                    .iter()
                    .map(|p| ProgressJson {
                        skill_level: ids.level(p.target),
                        from: p.from,
                        to: p.to,
                        reached: p.reached(),
                    })
                    .collect(),
            },
        ),
        Reason::Relaxation(relaxation) => (
            "relaxation",
            Facts::Relaxation {
                allow: ids.left_out(&relaxation.allow),
                route: ids.modules(&relaxation.route),
                hours: relaxation.hours,
                cost: relaxation.cost,
                within_budget: relaxation.within_budget,
                proven: relaxation.proven,
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
        message: message(words, curriculum, reason),
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
        left_out: Vec<LeftOutJson>,
    },
    NotAllowed {
        grantors: Vec<String>,
        left_out: Vec<LeftOutJson>,
    },
    Blocked {
        grantors: Vec<String>,
        groups: Vec<BlockingJson>,
        /// Grantors blocked in other ways, not followed.
        more: usize,
        left_out: Vec<LeftOutJson>,
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

    fn left_out(&self, modules: &[Unusable]) -> Vec<LeftOutJson> {
        modules
            .iter()
            .map(|unusable| {
                let (because, mode) = match unusable.because {
                    LeftOut::Completed => ("completed", None),
                    LeftOut::Excluded => ("excluded", None),
                    LeftOut::AvoidedMode(mode) => ("avoided-mode", Some(mode.as_str())),
                };
                LeftOutJson {
                    module: self.curriculum.module(unusable.module).id.clone(),
                    because,
                    mode,
                }
            })
            .collect()
    }

    fn blocked(&self, blocked: &Blocked) -> BlockedJson {
        match blocked {
            Blocked::NoGrantor => BlockedJson::NoGrantor,
            Blocked::OnlyLevelUps { grantors, left_out } => BlockedJson::OnlyLevelUps {
                grantors: self.modules(grantors),
                left_out: self.left_out(left_out),
            },
            Blocked::NotAllowed { grantors } => BlockedJson::NotAllowed {
                grantors: grantors
                    .iter()
                    .map(|u| self.curriculum.module(u.module).id.clone())
                    .collect(),
                left_out: self.left_out(grantors),
            },
            Blocked::Grantors {
                grantors,
                groups,
                more,
                left_out,
            } => BlockedJson::Blocked {
                grantors: self.modules(grantors),
                groups: groups.iter().map(|g| self.blocking(g)).collect(),
                more: *more,
                left_out: self.left_out(left_out),
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

//! Why a plan has no route, as data: the facts behind each outcome (skill-
//! levels, modules, amounts) and no words. [`crate::render::reasons`] puts
//! them into words and into the plan document, the way pubgrub's `report.rs`
//! tells a failed resolution from its derivation tree.

use std::time::Duration;

use crate::analysis::Blocked;
use crate::model::SkillLevel;

/// One reason of a plan: why there is no route, or no plan at all.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// A skill-level of the target cannot be obtained with the modules
    /// allowed; `why` is the chain of modules and requirements that blocks it.
    Unobtainable { level: SkillLevel, why: Blocked },
    /// The target cannot be reached with the modules allowed, and no single
    /// skill-level of it is the cause (the levels are obtainable one by one).
    Unreachable,
    /// Routes exist, but each costs more than the budget (euros).
    OverBudget {
        budget: f64,
        /// The cheapest route, when one was found in the time limit.
        cheapest: Option<Cheapest>,
    },
    /// The time limit ran out before any route within the budget was found,
    /// and before the budget was shown to rule them all out.
    Timeout { time_limit: Duration },
    /// The optimiser returned modules that cannot be put in order: a bug.
    InvalidRoute,
    /// The worker's input (a row of a batch) could not be used; `message`
    /// is the loader's or validator's description of the problem.
    InvalidInput {
        /// The line of the input file the row starts on.
        line: u64,
        message: String,
    },
}

/// The cheapest route's cost, over budget.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cheapest {
    /// Euros.
    pub cost: f64,
    /// Whether `cost` is proven least; otherwise it is an upper bound.
    pub proven: bool,
}

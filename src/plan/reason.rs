//! Why a plan has no route, and what would give one, as data: the facts
//! behind each outcome (skill-levels, modules, amounts) and no words.
//! [`crate::render::reasons`] puts them into words and into the plan
//! document, the way pubgrub's `report.rs` tells a failed resolution from its
//! derivation tree.

use std::time::Duration;

use crate::analysis::{Blocked, Unusable};
use crate::model::{ModuleId, SkillLevel};

/// One reason of a plan: why there is no route, or no plan at all, or what
/// would change that.
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
        /// The cheapest route's cost, when one was found in the time limit.
        cheapest: Option<Cheapest>,
    },
    /// Over budget: the first steps of the cheapest route that the budget
    /// pays for, and how far they get the worker.
    FirstSteps(FirstSteps),
    /// No route with the modules allowed, but one when these are allowed
    /// too: the fewest such modules, then the least objective.
    Relaxation(Relaxation),
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

/// The longest start of the cheapest route (in its step order) whose cost
/// fits the budget.
#[derive(Debug, Clone, PartialEq)]
pub struct FirstSteps {
    /// The whole cheapest route, in step order; it costs
    /// [`Reason::OverBudget`]'s cheapest cost.
    pub route: Vec<ModuleId>,
    /// How many of its first steps fit the budget (fewer than all).
    pub fit: usize,
    /// The hours and euros of those steps.
    pub hours: f64,
    pub cost: f64,
    /// Per target skill-level (the highest asked of each skill) that those
    /// steps raise: the level they reach.
    pub progress: Vec<Progress>,
}

impl FirstSteps {
    /// The steps that fit.
    pub fn steps(&self) -> &[ModuleId] {
        &self.route[..self.fit]
    }
}

/// How far some steps get one skill-level of the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// The level the target asks for.
    pub target: SkillLevel,
    /// The level held at the start, and after the steps (above `from`;
    /// `to >= target.level`: reached).
    pub from: u8,
    pub to: u8,
}

impl Progress {
    /// Whether the steps reach the level the target asks for.
    pub fn reached(&self) -> bool {
        self.to >= self.target.level
    }
}

/// What it takes to have a route: modules that were left out and that the
/// worker could allow (excluded ones, or of an avoided mode), and the route
/// they give.
#[derive(Debug, Clone, PartialEq)]
pub struct Relaxation {
    /// The modules to allow, each with what left it out, in step order.
    pub allow: Vec<Unusable>,
    /// The route, in step order.
    pub route: Vec<ModuleId>,
    pub hours: f64,
    pub cost: f64,
    /// The budget planned with, if any.
    pub budget: Option<f64>,
    /// Whether the route fits the budget (true without one). With a budget,
    /// a route that fits is preferred; only when allowing modules gives none
    /// that fits is this a route over the budget.
    pub within_budget: bool,
    /// Whether the search proved that no smaller change gives a route, and
    /// that of the routes with this many changes none has a lower objective.
    pub proven: bool,
}

//! A curriculum, a passport and a target, compiled into a planning task.
//!
//! The task lives in the target's [`Scope`]: its modules are the actions of
//! the scope's network, and its facts are "holds skill `s` at level `k` or
//! higher" for the levels something asks for, so a requirement is one fact
//! and a grant adds the facts up to its level. What is the worker's own is
//! small: the facts held at the start, the modules that may be taken, the
//! costs and the budget (see [`Compiled`]).
//! Objective weights are integers (centi-hours or euro cents) so optimality
//! is exact, with the tie-breaks folded in (see [`Weights`]).

use super::options::Objective;
use super::scope::Scope;
use crate::model::amounts::{MAX_ROUTE_UNITS, budget_units};
use crate::model::{Curriculum, ModuleId, SkillLevel};
use leerroute_solver::FactId;
use leerroute_solver::FixedBitSet;
use leerroute_solver::Instance;
use leerroute_solver::relevance_in;

/// How a route is weighed: the objective first, then the other measure, then
/// the number of modules. Folding the three into one integer weight per module
/// makes the tie-breaks exact and the search single-objective. When the
/// folded sums could overflow, the tie-breaks are dropped in turn (the
/// objective itself stays exact).
///
/// Why the objective is always exact: every amount that passes `check` is a
/// whole number of hundredths within its bound, so a module's units are
/// exact, and the units of all of a task's modules together are at most
/// [`MAX_ROUTE_UNITS`], below 2^62. So [`OBJECTIVE_ONLY`] always fits, every
/// route's weight is its exact objective in `u64`, and the search (which adds
/// weights in `u128`) compares routes exactly.
#[derive(Debug, Clone, Copy)]
pub struct Weights {
    /// One unit of the objective is worth this much weight.
    pub scale: u64,
    /// One unit of the other measure is worth this much weight (0: ignored).
    pub other_scale: u64,
    /// What every module adds for the module count (0 or 1).
    pub per_module: u64,
}

/// `(scale, other_scale, per_module)` without tie-breaks: weight = objective.
/// It fits for every task: see [`Weights`].
const OBJECTIVE_ONLY: (u128, u128, u128) = (1, 0, 0);
const _: () = assert!((MAX_ROUTE_UNITS as u128) < (u64::MAX >> 2) as u128);

impl Weights {
    pub(super) fn new(modules: &[(u64, u64)]) -> Weights {
        let count = modules.len() as u128;
        let total_other: u128 = modules.iter().map(|&(_, other)| u128::from(other)).sum();
        let total_main: u128 = modules.iter().map(|&(main, _)| u128::from(main)).sum();
        let fits = |scale: u128, other_scale: u128, per_module: u128| {
            total_main * scale + total_other * other_scale + count * per_module
                < u128::from(u64::MAX >> 2)
        };
        debug_assert!(fits(OBJECTIVE_ONLY.0, OBJECTIVE_ONLY.1, OBJECTIVE_ONLY.2));
        let (scale, other_scale, per_module) = [
            ((total_other + 1) * (count + 1), count + 1, 1),
            (count + 1, 0, 1),
        ]
        .into_iter()
        .find(|&(s, o, p)| fits(s, o, p))
        .unwrap_or(OBJECTIVE_ONLY);
        Weights {
            scale: scale as u64,
            other_scale: other_scale as u64,
            per_module: per_module as u64,
        }
    }

    pub(super) fn weight(&self, main: u64, other: u64) -> u64 {
        main * self.scale + other * self.other_scale + self.per_module
    }

    /// A proven bound on the weight, as a bound on the objective in units:
    /// the tie-break part of any route's weight is below `scale`.
    pub fn objective_bound(&self, weight: u64) -> u64 {
        weight / self.scale
    }
}

/// What to plan: who, toward what, under which constraints.
#[derive(Debug, Clone)]
pub struct Request {
    pub held: Vec<SkillLevel>,
    pub completed: Vec<ModuleId>,
    pub target: Vec<SkillLevel>,
    pub objective: Objective,
    /// Euro cap on the summed cost.
    pub budget: Option<f64>,
    /// Modules that may not be planned (excluded, avoided mode, completed).
    pub forbidden: Vec<bool>,
}

/// A worker's task within a scope, solved by [`Compiled::solve`]. Its
/// actions are the scope's modules: action `a` is module `scope.modules[a]`.
#[derive(Debug, Clone)]
pub struct Compiled {
    /// What the task depends on, within its scope: equal keys, equal tasks.
    pub key: TaskKey,
    pub weights: Weights,
    /// Per skill, the level held at the start (passport and completed modules).
    pub start_levels: Vec<u8>,
    /// Sorted, without duplicates.
    goal: Vec<FactId>,
    /// Per allowed module, in order: (objective, other measure) in hundredths.
    measures: Vec<(u64, u64)>,
}

/// Everything a compiled task is made from besides its scope. Two workers
/// with equal keys toward one target get the same task, so the same route:
/// a batch solves each key once.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TaskKey {
    pub objective: Objective,
    pub budget: Option<u64>,
    /// The scope's facts that hold at the start and can matter, ascending
    /// (what can matter: see `relevant`).
    pub init: Vec<FactId>,
    /// The scope's modules that may be planned and can be of use, by
    /// position in the scope (see `relevant`).
    pub allowed: FixedBitSet,
}

/// Per skill, the level a worker holds at the start: the highest of the
/// passport's and of what the completed modules grant (0: none).
pub fn start_levels(
    curriculum: &Curriculum,
    held: &[SkillLevel],
    completed: &[ModuleId],
) -> Vec<u8> {
    let mut start = vec![0u8; curriculum.skills.len()];
    let completed_grants = completed
        .iter()
        .flat_map(|&m| curriculum.module(m).grants.iter().map(|g| g.value));
    for level in held.iter().copied().chain(completed_grants) {
        let have = &mut start[level.skill.index()];
        *have = (*have).max(level.level);
    }
    start
}

pub fn compile(curriculum: &Curriculum, scope: &Scope, request: &Request) -> Compiled {
    let start_levels = start_levels(curriculum, &request.held, &request.completed);
    let held = held_facts(curriculum, scope, &start_levels);
    let goal = goal_facts(scope, &request.target);
    let (init, allowed) = relevant(curriculum, scope, &request.forbidden, &held, &goal);
    let measures: Vec<(u64, u64)> = allowed
        .ones()
        .map(|i| measures(scope, request.objective, i))
        .collect();
    let budget = request.budget.map(budget_units);
    Compiled {
        key: TaskKey {
            objective: request.objective,
            budget,
            init,
            allowed,
        },
        weights: Weights::new(&measures),
        start_levels,
        goal,
        measures,
    }
}

/// The scope's facts that hold at the start, from the level held of each
/// skill ([`start_levels`]).
pub(super) fn held_facts(
    curriculum: &Curriculum,
    scope: &Scope,
    start_levels: &[u8],
) -> Vec<FactId> {
    curriculum
        .skill_ids()
        .filter(|s| start_levels[s.index()] > 0)
        .flat_map(|skill| {
            scope.facts.up_to(SkillLevel {
                skill,
                level: start_levels[skill.index()],
            })
        })
        .collect()
}

/// The target's facts, sorted, without duplicates.
pub(super) fn goal_facts(scope: &Scope, target: &[SkillLevel]) -> Vec<FactId> {
    let mut goal: Vec<FactId> = target
        .iter()
        .map(|&level| scope.facts.fact(level))
        .collect();
    goal.sort_unstable();
    goal.dedup();
    goal
}

/// A module's (objective, other measure) in hundredths, by its position in
/// the scope.
pub(super) fn measures(scope: &Scope, objective: Objective, position: usize) -> (u64, u64) {
    let (hours, cost) = (scope.hours[position], scope.spend[position]);
    match objective {
        Objective::Hours => (hours, cost),
        Objective::Cost => (cost, hours),
    }
}

/// What of a worker's start and of the modules they may take can matter:
/// backward from the goal facts they lack, the modules that add one (leaving
/// out those a module they may take dominates, which is never worse), then
/// the facts these ask for, and so on. Returns the held facts reached this
/// way, ascending, and the modules reached, by position in the scope.
///
/// Nothing else can be part of a cheapest route, so leaving it out of the
/// task (and so of its key) changes no route, and lets workers who differ
/// only in what cannot matter for them share one solved task: a completed
/// module and holding its grants, say, or a skill only excluded modules ask for.
fn relevant(
    curriculum: &Curriculum,
    scope: &Scope,
    forbidden: &[bool],
    held: &[FactId],
    goal: &[FactId],
) -> (Vec<FactId>, FixedBitSet) {
    let may_take = |position: usize| !forbidden[scope.modules[position].index()];
    let dominators = scope.dominators_among(curriculum, may_take);
    let candidate = |position: usize| may_take(position) && dominators[position].is_none();
    let mut holds = vec![false; scope.facts.count as usize];
    for &f in held {
        holds[f as usize] = true;
    }
    let candidates: Vec<bool> = (0..scope.modules.len()).map(candidate).collect();
    let found = relevance_in(&scope.network, goal, &holds, &candidates, None);
    let init = held
        .iter()
        .copied()
        .filter(|&f| found.held[f as usize])
        .collect();
    let mut allowed = FixedBitSet::with_capacity(scope.modules.len());
    allowed.extend((0..scope.modules.len()).filter(|&m| found.actions[m]));
    (init, allowed)
}

impl Compiled {
    /// Per module of `scope`: whether this worker's task may take it, and
    /// its weight in the task.
    pub fn allowed_and_weights(&self, scope: &Scope) -> (Vec<bool>, Vec<u64>) {
        let count = scope.modules.len();
        let mut allowed = vec![false; count];
        let mut weight = vec![0; count];
        for (position, &(main, other)) in self.key.allowed.ones().zip(&self.measures) {
            allowed[position] = true;
            weight[position] = self.weights.weight(main, other);
        }
        (allowed, weight)
    }

    /// The task as the optimiser takes it: the scope's network, with
    /// `allowed` and `weight` from [`Compiled::allowed_and_weights`].
    pub fn instance<'a>(
        &'a self,
        scope: &'a Scope,
        allowed: &'a [bool],
        weight: &'a [u64],
    ) -> Instance<'a> {
        Instance {
            net: &scope.network,
            allowed,
            weight,
            spend: &scope.spend,
            init: &self.key.init,
            goal: &self.goal,
            budget: self.key.budget,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_order_routes_lexicographically() {
        let weights = Weights::new(&[(800, 45_000), (800, 0), (400, 90_000)]);
        // Fewer hours always wins, whatever the euros.
        assert!(weights.weight(400, 90_000) < weights.weight(800, 0));
        // Equal hours: fewer euros wins.
        assert!(weights.weight(800, 0) < weights.weight(800, 45_000));
        // One module of 800 h beats two of 400 h each: fewer modules.
        assert!(weights.weight(800, 0) < 2 * weights.weight(400, 0));
        assert_eq!(weights.objective_bound(weights.weight(800, 45_000)), 800);
    }

    #[test]
    fn weights_at_the_amount_bounds_tell_a_hundredth_apart() {
        use crate::model::amounts::{MAX_COST, to_units};
        let top = to_units(f64::from(MAX_COST));
        let mut modules = vec![(top, top); 1000];
        modules.push((top - 1, top));
        let weights = Weights::new(&modules);
        assert!(weights.weight(top - 1, top) < weights.weight(top, 0));
        assert_eq!(weights.objective_bound(weights.weight(top, top)), top);
    }

    #[test]
    fn huge_totals_drop_tie_breaks_but_keep_the_objective() {
        let weights = Weights::new(&[(u64::MAX >> 4, 1), (1, u64::MAX >> 4)]);
        assert_eq!(weights.other_scale, 0);
        assert_eq!(weights.objective_bound(weights.weight(7, 9)), 7);
    }
}

//! What would give a route when there is none: the smallest change to what
//! the worker left out ([`relaxation`]), and over budget, what the budget
//! already pays for ([`first_steps`]). Both exact, both data: the words are
//! in [`crate::render::reasons`].

use leerroute_solver::{Instance, Limits, Outcome, Solution, solve_instance};

use super::compile::{Request, Weights, goal_facts, held_facts, measures};
use super::reason::{FirstSteps, Progress, Relaxation};
use super::scope::Scope;
use super::steps::order;
use crate::analysis::{LeftOut, Unusable};
use crate::model::amounts::{budget_units, from_units, to_units};
use crate::model::{Curriculum, ModuleId, SkillLevel};

/// What a worker's failed plan is made of, for working out what would help.
pub(super) struct Failed<'a> {
    pub curriculum: &'a Curriculum,
    pub scope: &'a Scope,
    /// The planner's order of preference among modules ([`super::steps::precedence`]).
    pub rank: &'a [u32],
    pub request: &'a Request,
    /// Per skill, the level held at the start.
    pub start_levels: &'a [u8],
}

/// The smallest set of left-out modules to allow (excluded ones, or of an
/// avoided mode) that gives a route, and that route; `None` when allowing
/// them all gives none, or the time limit ran out first.
///
/// One exact search decides it: every module the worker left out and could
/// allow is allowed at a penalty larger than the weight of all other modules
/// of the task together. A route's weight is then its number of allowed
/// modules times the penalty plus its ordinary weight (below the penalty),
/// so the least weight has the fewest allowed modules first, then the least
/// objective, then the planner's usual tie-breaks. With a budget, a route
/// within it is sought first; only when none exists is the least change
/// without the budget given (marked as over the budget).
///
/// Why nothing overflows: the ordinary weights of all of a task's modules add
/// up to less than 2^62 (see [`Weights`]), so the penalty is at most 2^62 and
/// a penalised weight below 2^63 fits a `u64`; the optimiser adds weights in
/// `u128`, so a route's total is exact too.
pub(super) fn relaxation(
    failed: &Failed<'_>,
    left_out: &[Option<LeftOut>],
    limits: &Limits,
) -> Option<Relaxation> {
    let scope = failed.scope;
    let because = |position: usize| left_out[scope.modules[position].index()];
    let may_allow = |position: usize| because(position).is_some_and(LeftOut::can_be_allowed);
    let positions = 0..scope.modules.len();
    if !positions.clone().any(may_allow) {
        return None;
    }
    let allowed: Vec<bool> = positions
        .clone()
        .map(|p| because(p).is_none_or(LeftOut::can_be_allowed))
        .collect();
    let objective = failed.request.objective;
    let counted: Vec<usize> = positions.filter(|&p| allowed[p]).collect();
    let measured: Vec<(u64, u64)> = counted
        .iter()
        .map(|&p| measures(scope, objective, p))
        .collect();
    let weights = Weights::new(&measured);
    let mut weight = vec![0u64; scope.modules.len()];
    for (&p, &(main, other)) in counted.iter().zip(&measured) {
        weight[p] = weights.weight(main, other);
    }
    let penalty = weight.iter().sum::<u64>() + 1;
    for &p in &counted {
        if may_allow(p) {
            weight[p] += penalty;
        }
    }
    let init = held_facts(failed.curriculum, scope, failed.start_levels);
    let goal = goal_facts(scope, &failed.request.target);
    let instance = |budget: Option<u64>| Instance {
        net: &scope.network,
        allowed: &allowed,
        weight: &weight,
        spend: &scope.spend,
        init: &init,
        goal: &goal,
        budget,
    };
    let budget = failed.request.budget.map(budget_units);
    let (solution, within_budget) = match solve_instance(&instance(budget), limits) {
        Outcome::Planned(solution) => (solution, true),
        Outcome::OverBudget { .. } => match solve_instance(&instance(None), limits) {
            Outcome::Planned(solution) => (solution, false),
            _ => return None,
        },
        _ => return None,
    };
    let route = ordered(failed, &solution)?;
    let allow = route
        .iter()
        .filter_map(|&module| left_out[module.index()].map(|because| Unusable { module, because }))
        .collect();
    let (hours, cost) = totals(failed.curriculum, &route);
    Some(Relaxation {
        allow,
        route,
        hours,
        cost,
        budget: failed.request.budget,
        within_budget,
        proven: solution.optimal,
    })
}

/// The route's modules in the planner's step order.
pub(super) fn ordered(failed: &Failed<'_>, solution: &Solution) -> Option<Vec<ModuleId>> {
    let chosen: Vec<ModuleId> = solution
        .actions
        .iter()
        .map(|&a| failed.scope.modules[a as usize])
        .collect();
    order(failed.curriculum, failed.rank, &chosen, failed.start_levels)
}

/// The hours and euros of some modules, added exactly in hundredths.
fn totals(curriculum: &Curriculum, modules: &[ModuleId]) -> (f64, f64) {
    let sum = |of: fn(&crate::model::Module) -> f64| {
        from_units(
            modules
                .iter()
                .map(|&m| to_units(of(curriculum.module(m))))
                .sum(),
        )
    };
    (sum(|m| m.hours), sum(|m| m.cost))
}

/// The longest start of `route` (in its step order) that `budget` pays
/// for, and how far it gets each skill of the target. `None` when the whole
/// route fits (then it is no route over budget).
pub(super) fn first_steps(
    failed: &Failed<'_>,
    route: Vec<ModuleId>,
    budget: f64,
) -> Option<FirstSteps> {
    let curriculum = failed.curriculum;
    let budget = budget_units(budget);
    let mut spent = 0u64;
    let fit = route
        .iter()
        .take_while(|&&m| {
            spent += to_units(curriculum.module(m).cost);
            spent <= budget
        })
        .count();
    if fit == route.len() {
        return None;
    }
    let mut levels = failed.start_levels.to_vec();
    for &module in &route[..fit] {
        for grant in &curriculum.module(module).grants {
            let held = &mut levels[grant.value.skill.index()];
            *held = (*held).max(grant.value.level);
        }
    }
    let progress = highest_asked(&failed.request.target)
        .into_iter()
        .filter_map(|target| {
            let skill = target.skill.index();
            let (from, to) = (failed.start_levels[skill], levels[skill]);
            (from < target.level && to > from).then_some(Progress { target, from, to })
        })
        .collect();
    let (hours, cost) = totals(curriculum, &route[..fit]);
    Some(FirstSteps {
        route,
        fit,
        hours,
        cost,
        progress,
    })
}

/// Per skill of the target, the highest level it asks for, in the target's order.
pub(super) fn highest_asked(target: &[SkillLevel]) -> Vec<SkillLevel> {
    let mut highest: Vec<SkillLevel> = Vec::new();
    for level in target {
        match highest.iter_mut().find(|h| h.skill == level.skill) {
            Some(known) => known.level = known.level.max(level.level),
            None => highest.push(*level),
        }
    }
    highest
}

//! What would give a route when there is none: the smallest change to what
//! the worker left out ([`relaxation`]), and over budget, what the budget
//! already pays for ([`first_steps`]). Both exact, both data: the words are
//! in [`crate::render::reasons`].

use std::sync::Arc;

use leerroute_solver::{FactId, Instance, Limits, Outcome, Solution, relevance_in, solve_instance};

use super::compile::{Request, Weights, goal_facts, held_facts, measures};
use super::memo::Remembered;
use super::options::Objective;
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
/// them all gives none, or the time limit ran out first. A batch's planner
/// remembers the answers (`memo`): equal relaxed tasks, equal answers.
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
    memo: Option<&Relaxations>,
) -> Option<Relaxation> {
    let scope = failed.scope;
    let because = |position: usize| left_out[scope.modules[position].index()];
    let positions = 0..scope.modules.len();
    let may_take: Vec<bool> = positions
        .clone()
        .map(|p| because(p).is_none_or(LeftOut::can_be_allowed))
        .collect();
    // Only what can matter for the goal (as `compile` keeps, but without
    // leaving out dominated modules: a dominating module may be penalised
    // where the one it dominates is not).
    let held = held_facts(failed.curriculum, scope, failed.start_levels);
    let goal = goal_facts(scope, &failed.request.target);
    let mut holds = vec![false; scope.facts.count as usize];
    for &fact in &held {
        holds[fact as usize] = true;
    }
    let relevant = relevance_in(&scope.network, &goal, &holds, &may_take, None);
    let task = Relaxed {
        objective: failed.request.objective,
        budget: failed.request.budget.map(budget_units),
        init: held
            .into_iter()
            .filter(|&fact| relevant.held[fact as usize])
            .collect(),
        penalised: positions
            .map(|p| relevant.actions[p] && because(p).is_some())
            .collect(),
        allowed: relevant.actions,
        goal,
    };
    if !task.penalised.contains(&true) {
        return None;
    }
    let search = || task.search(failed, limits);
    let found = match memo {
        Some(memo) => memo.find(task.packed(), search),
        None => Arc::new(search().0),
    };
    let found = found.as_ref().as_ref()?;
    let allow = found
        .route
        .iter()
        .filter_map(|&module| left_out[module.index()].map(|because| Unusable { module, because }))
        .collect();
    let (hours, cost) = totals(failed.curriculum, &found.route);
    Some(Relaxation {
        allow,
        route: found.route.clone(),
        hours,
        cost,
        budget: failed.request.budget,
        within_budget: found.within_budget,
        proven: found.proven,
    })
}

/// A worker's task with the left-out modules they could allow allowed at a
/// penalty: all the answer depends on within the target's scope.
struct Relaxed {
    objective: Objective,
    budget: Option<u64>,
    /// The held facts that can matter, ascending.
    init: Vec<FactId>,
    goal: Vec<FactId>,
    /// Per position in the scope: whether the task may take the module,
    /// and whether it is one of the left-out ones (penalised).
    allowed: Vec<bool>,
    penalised: Vec<bool>,
}

/// A relaxation as every worker with its task gets it.
#[derive(Debug)]
pub(super) struct Found {
    /// The route, in step order.
    route: Vec<ModuleId>,
    within_budget: bool,
    proven: bool,
}

impl Relaxed {
    /// The answer, and whether it is settled (no deadline had a say in it).
    fn search(&self, failed: &Failed<'_>, limits: &Limits) -> (Option<Found>, bool) {
        let scope = failed.scope;
        let counted: Vec<usize> = (0..scope.modules.len())
            .filter(|&p| self.allowed[p])
            .collect();
        let measured: Vec<(u64, u64)> = counted
            .iter()
            .map(|&p| measures(scope, self.objective, p))
            .collect();
        let weights = Weights::new(&measured);
        let mut weight = vec![0u64; scope.modules.len()];
        for (&p, &(main, other)) in counted.iter().zip(&measured) {
            weight[p] = weights.weight(main, other);
        }
        let penalty = weight.iter().sum::<u64>() + 1;
        for &p in &counted {
            if self.penalised[p] {
                weight[p] += penalty;
            }
        }
        let instance = |budget: Option<u64>| Instance {
            net: &scope.network,
            allowed: &self.allowed,
            weight: &weight,
            spend: &scope.spend,
            init: &self.init,
            goal: &self.goal,
            budget,
        };
        let (solution, within_budget) = match solve_instance(&instance(self.budget), limits) {
            Outcome::Planned(solution) => (solution, true),
            Outcome::OverBudget { .. } => match solve_instance(&instance(None), limits) {
                Outcome::Planned(solution) => (solution, false),
                // Without a budget there is always a route here.
                _ => return (None, false),
            },
            Outcome::Unreachable { .. } => return (None, true),
            _ => return (None, false),
        };
        let proven = solution.optimal;
        let found = ordered(failed, &solution).map(|route| Found {
            route,
            within_budget,
            proven,
        });
        (found, proven)
    }

    /// The task as one list of numbers: equal lists, equal tasks (within one
    /// scope, so the flags all have its length).
    fn packed(&self) -> Box<[u32]> {
        // Taken apart field by field, so that a field added to `Relaxed`
        // breaks the build here instead of merging tasks that differ in it.
        let Relaxed {
            objective,
            budget,
            init,
            goal,
            allowed,
            penalised,
        } = self;
        let (has_budget, budget) = budget.map_or((0, 0), |b| (1, b));
        let mut packed = vec![
            *objective as u32,
            has_budget,
            budget as u32,
            (budget >> 32) as u32,
        ];
        for facts in [init, goal] {
            packed.push(facts.len() as u32);
            packed.extend_from_slice(facts);
        }
        packed.extend(
            allowed
                .iter()
                .zip(penalised)
                .map(|(&a, &p)| u32::from(a) | u32::from(p) << 1),
        );
        packed.into_boxed_slice()
    }
}

/// The route's modules in the planner's step order.
fn ordered(failed: &Failed<'_>, solution: &Solution) -> Option<Vec<ModuleId>> {
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
/// Relaxations found, by their task, for the rest of a batch, as long as
/// there is [`Room`](super::memo::Room) (shared with the solved tasks);
/// `None`: no relaxation.
pub(super) type Relaxations = Remembered<Option<Found>>;

#[cfg(test)]
mod tests {
    use crate::analysis::LeftOut;
    use crate::load::{Origin, load_curriculum, parse_skill_list};
    use crate::model::{Mode, Passport};
    use crate::plan::memo::Room;
    use crate::plan::options::Options;
    use crate::plan::planner::{Planner, Target};
    use crate::plan::reason::{Reason, Relaxation};
    use crate::plan::route::Plan;

    fn relaxation(plan: &Plan) -> Option<&Relaxation> {
        plan.reasons.iter().find_map(|reason| match reason {
            Reason::Relaxation(relaxation) => Some(relaxation),
            _ => None,
        })
    }

    /// Two workers whose relaxed tasks are equal share one remembered
    /// answer, but each is told their own reason for the module to allow:
    /// one avoided its mode, the other excluded it.
    #[test]
    fn a_remembered_relaxation_keeps_each_workers_reason() {
        let curriculum = load_curriculum(&Origin::Embedded).expect("the shipped curriculum");
        let profile = curriculum
            .find_profile("cobot-operator")
            .expect("a profile");
        let target = Target::from_profile(&curriculum, profile);
        let passport = Passport {
            id: "kees".into(),
            skills: parse_skill_list(
                "cnc-milling@3,workshop-safety@2,technical-drawing@2,teamwork@2,problem-solving@2",
                "test",
                &curriculum,
            )
            .expect("shipped skills"),
            ..Passport::default()
        };
        let classroom: Vec<_> = curriculum
            .module_ids()
            .filter(|&m| curriculum.module(m).mode == Some(Mode::Classroom))
            .collect();
        let avoiding = Options {
            avoid_modes: vec![Mode::Classroom],
            ..Options::default()
        };
        let excluding = Options {
            exclude: classroom,
            ..Options::default()
        };
        let remembering = Planner::new(&curriculum, target.clone()).remembering(Room::new(16));
        let fresh = Planner::new(&curriculum, target);
        let first = remembering.plan(&passport, &avoiding);
        let remembered = remembering.plan(&passport, &excluding);
        // One unreachable task and one relaxation, shared by both workers.
        assert_eq!(
            (
                remembering.remembered(),
                remembering.relaxations_remembered()
            ),
            (1, 1)
        );
        let avoided = relaxation(&first).expect("a relaxation");
        let excluded = relaxation(&remembered).expect("a relaxation");
        assert_eq!(
            Some(excluded),
            relaxation(&fresh.plan(&passport, &excluding))
        );
        assert_eq!(avoided.route, excluded.route);
        let reasons = |r: &Relaxation| r.allow.iter().map(|a| a.because).collect::<Vec<_>>();
        assert_eq!(reasons(avoided), [LeftOut::AvoidedMode(Mode::Classroom)]);
        assert_eq!(reasons(excluded), [LeftOut::Excluded]);
    }
}

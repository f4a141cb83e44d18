//! The planner's entry point: the cheapest route to the goal, with a proof.
//!
//! 1. Reductions ([`crate::reduce`]) settle the easy cases and shrink the task.
//! 2. LM-cut ([`crate::bounds`]) gives a lower bound, seed landmarks, and the
//!    part of each action's weight no landmark charged. At the deadline it stops
//!    with a smaller but valid bound.
//! 3. A greedy plan ([`crate::greedy`]) that prefers fully charged actions
//!    gives an incumbent, so a plan is returned even if the deadline stops
//!    everything else; when it meets the bound it is proven optimal.
//! 4. Otherwise branch and cut over landmarks ([`crate::hitting`]) closes the gap.
//!
//! Everything is deterministic: no hashing order, no randomness, no threads.

use std::time::Instant;

use crate::bounds::lm_cut;
use crate::greedy::greedy_plan;
use crate::hitting::HittingSearch;
use crate::instance::{Instance, TaskInstance};
use crate::order::{supporting, take_in_order};
use crate::reduce::{Reduced, Reduction, reduce};
use crate::relax::Weight;
use crate::task::{ActionId, FactId, Task};

/// How long the planner may search.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Limits {
    /// Stop proving optimality at this instant and return the best plan so far.
    pub deadline: Option<Instant>,
}

/// What the planner concluded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The goal already holds in `init`: the empty plan.
    Qualified,
    /// A route; see [`Solution`].
    Planned(Solution),
    /// No set of actions reaches the goal, even ignoring the budget.
    Unreachable {
        /// The goal facts that cannot be reached (sorted, without duplicates).
        missing: Vec<FactId>,
    },
    /// Routes exist, but every one of them spends more than the budget.
    OverBudget {
        /// The least any route spends, when proven before the deadline.
        cheapest_spend: Option<u64>,
    },
    /// The deadline passed before any route within the budget was found, and
    /// before the budget was shown to rule them all out. Only possible with a
    /// budget: without one the planner always has a route at once.
    Undecided {
        /// A lower bound on the weight of every route within the budget.
        lower_bound: u64,
    },
}

/// A route to the goal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Solution {
    /// The actions, in an order in which each is applicable when taken.
    pub actions: Vec<ActionId>,
    /// The summed weight of `actions` (saturating at `u64::MAX`).
    pub weight: u64,
    /// No route within the budget costs less than this.
    pub lower_bound: u64,
    /// Whether the route is proven cheapest (`lower_bound == weight`).
    pub optimal: bool,
}

/// The cheapest route from `task.init` to `task.goal` within `task.budget`.
///
/// Without a deadline the result is always exact. With one, the search may
/// stop early: the best route found so far is returned with `optimal: false`
/// and the best lower bound proven.
pub fn solve(task: &Task, limits: &Limits) -> Outcome {
    solve_instance(&TaskInstance::new(task).instance(), limits)
}

/// [`solve`] for a task over a network built beforehand; the route's
/// actions are actions of `instance.net`.
pub fn solve_instance(instance: &Instance, limits: &Limits) -> Outcome {
    match reduce(instance) {
        Reduction::Qualified => Outcome::Qualified,
        Reduction::Unreachable(missing) => Outcome::Unreachable { missing },
        Reduction::OverBudget => over_budget(instance, limits),
        Reduction::Remaining(reduced) => optimise(instance, &reduced, limits),
    }
}

/// Every route is over budget: find the least spending one, as far as the
/// deadline allows, by minimising spend without a budget.
fn over_budget(instance: &Instance, limits: &Limits) -> Outcome {
    let by_spend = Instance {
        weight: instance.spend,
        budget: None,
        ..*instance
    };
    let cheapest_spend = match solve_instance(&by_spend, limits) {
        Outcome::Planned(route) if route.optimal => Some(route.weight),
        _ => None,
    };
    Outcome::OverBudget { cheapest_spend }
}

fn optimise(instance: &Instance, reduced: &Reduced, limits: &Limits) -> Outcome {
    let net = &reduced.net;
    let weights = |of: &[u64]| -> Vec<Weight> { of.iter().map(|&w| Weight::from(w)).collect() };
    let weight = weights(&reduced.weight);
    let spend = weights(&reduced.spend);
    let budget = instance.budget.map(Weight::from);
    let total =
        |plan: &[u32], of: &[Weight]| -> Weight { plan.iter().map(|&a| of[a as usize]).sum() };
    let affordable = |plan: &Vec<u32>| budget.is_none_or(|b| total(plan, &spend) <= b);

    // LM-cut first: its residual costs guide the greedy plan. If the bound
    // is the optimum, an optimal plan takes only actions whose weight LM-cut
    // charged in full (residual 0), so a greedy plan that prefers those often
    // proves itself optimal without any search (and is rarely worse than one
    // guided by the costs alone, which is only tried when it found nothing).
    let seeds = lm_cut(net, &weight, limits.deadline).unwrap_or_default();
    // mutants: heuristic — the greedy keys and the choice of greedy plans
    // below only pick the first incumbent; the search proves the optimum
    // from any incumbent or none (an expired deadline may return a worse,
    // still valid, route).
    let charged_first: Vec<Weight> = seeds
        .residual
        .iter()
        .zip(&weight)
        .map(|(r, c)| (r << 64) | c)
        .collect();
    let mut incumbent = None;
    if !seeds.residual.is_empty() {
        incumbent = greedy_plan(net, &charged_first).filter(affordable);
    }
    if incumbent.is_none() {
        incumbent = greedy_plan(net, &weight).filter(affordable);
    }
    if incumbent.is_none() && budget.is_some() {
        // The cheapest-looking plan spends too much: look for a frugal one.
        let frugal: Vec<Weight> = spend
            .iter()
            .zip(&weight)
            .map(|(s, c)| (s << 64) | c)
            .collect();
        incumbent = greedy_plan(net, &frugal).filter(affordable);
    }
    let incumbent_weight = incumbent.as_deref().map(|p| total(p, &weight));
    let (plan, lower_bound, complete) = if incumbent_weight == Some(seeds.bound) {
        (incumbent, seeds.bound, true)
    } else {
        let found = HittingSearch::new(
            net,
            &weight,
            &spend,
            budget,
            limits.deadline,
            incumbent_weight,
            seeds.landmarks,
        )
        .run();
        (
            found.plan.or(incumbent),
            found.lower_bound.max(seeds.bound),
            found.complete,
        )
    };
    match plan {
        Some(plan) => Outcome::Planned(route(instance, reduced, &plan, lower_bound)),
        None if complete => over_budget(instance, limits),
        None => Outcome::Undecided {
            lower_bound: saturate(lower_bound),
        },
    }
}

/// The compact `plan` as a route of the original task: the free prefix plus
/// the plan's actions, ordered, and trimmed to what supports the goal.
fn route(instance: &Instance, reduced: &Reduced, plan: &[u32], lower_bound: Weight) -> Solution {
    let net = instance.net;
    let mut wanted = vec![false; net.num_actions()];
    let members = reduced
        .prefix
        .iter()
        .copied()
        .chain(plan.iter().map(|&a| reduced.origin[a as usize]));
    for a in members {
        wanted[a as usize] = true;
    }
    // Actions the search took to hit landmarks may never become applicable;
    // they are simply not taken.
    let (sequence, reached) = take_in_order(net, instance.init, instance.goal, &wanted);
    debug_assert!(reached, "a compact plan maps to an original plan");
    let actions = supporting(net, instance.init, instance.goal, &sequence);
    let weight: Weight = actions
        .iter()
        .map(|&a| Weight::from(instance.weight[a as usize]))
        .sum();
    Solution {
        actions,
        weight: saturate(weight),
        lower_bound: saturate(lower_bound),
        optimal: lower_bound == weight,
    }
}

fn saturate(w: Weight) -> u64 {
    u64::try_from(w).unwrap_or(u64::MAX)
}

//! The exact answer for tiny tasks, by trying every subset of actions.
//!
//! Deliberately independent of the planner: facts are bits of a `u64`, and a
//! subset is a plan iff the fixpoint of its applicable actions reaches the goal.

use leerroute_solver::{Action, FactId, Task};

/// What any correct planner must conclude.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// The goal holds initially.
    Qualified,
    /// These goal facts (sorted) are unreachable.
    Unreachable(Vec<FactId>),
    /// Every plan spends more than the budget; the least a plan spends.
    OverBudget { cheapest_spend: u64 },
    /// The optimal weight within the budget.
    Optimal(u64),
}

fn mask(facts: &[FactId]) -> u64 {
    facts.iter().fold(0, |m, &f| m | 1 << f)
}

/// Whether `action` can be taken when the facts of `state` hold.
pub fn applicable(action: &Action, state: u64) -> bool {
    let pre = mask(&action.pre);
    state & pre == pre && action.pre_any.iter().all(|g| state & mask(g) != 0)
}

/// The facts holding after taking, as long as any applies, the actions of
/// `subset` (a bitmask over action indices) from `init`.
pub fn fixpoint(task: &Task, subset: u32) -> u64 {
    let mut state = mask(&task.init);
    let mut taken = 0u32;
    loop {
        let before = taken;
        for (i, action) in task.actions.iter().enumerate() {
            let bit = 1 << i;
            if subset & bit != 0 && taken & bit == 0 && applicable(action, state) {
                taken |= bit;
                state |= mask(&action.add);
            }
        }
        if taken == before {
            return state;
        }
    }
}

fn sum(task: &Task, subset: u32, of: fn(&Action) -> u64) -> u64 {
    task.actions
        .iter()
        .enumerate()
        .filter(|(i, _)| subset >> i & 1 == 1)
        .map(|(_, a)| of(a))
        .sum()
}

/// The expected outcome of `task` (at most 32 actions, fact ids below 64).
pub fn brute_force(task: &Task) -> Expected {
    let goal = mask(&task.goal);
    if mask(&task.init) & goal == goal {
        return Expected::Qualified;
    }
    let all = if task.actions.is_empty() {
        0
    } else {
        u32::MAX >> (32 - task.actions.len())
    };
    let reachable = fixpoint(task, all);
    if reachable & goal != goal {
        let mut missing: Vec<FactId> = task
            .goal
            .iter()
            .copied()
            .filter(|&g| reachable >> g & 1 == 0)
            .collect();
        missing.sort_unstable();
        missing.dedup();
        return Expected::Unreachable(missing);
    }
    let plans = (0..=all).filter(|&s| fixpoint(task, s) & goal == goal);
    let mut best: Option<u64> = None;
    let mut cheapest_spend = u64::MAX;
    for subset in plans {
        let spend = sum(task, subset, |a| a.spend);
        cheapest_spend = cheapest_spend.min(spend);
        if task.budget.is_none_or(|b| spend <= b) {
            let weight = sum(task, subset, |a| a.weight);
            best = Some(best.map_or(weight, |b| b.min(weight)));
        }
    }
    match best {
        Some(weight) => Expected::Optimal(weight),
        None => Expected::OverBudget { cheapest_spend },
    }
}

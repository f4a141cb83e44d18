//! Shrinking a task to what can matter, before any search.
//!
//! In order: the goal may already hold; the goal may be out of reach even
//! ignoring the budget; free actions (no cost, no spend) are taken up front,
//! as taking them never hurts; actions the budget cannot pay for go; actions
//! that cannot be reached or cannot contribute to the goal go. What remains
//! is renumbered densely with an empty initial state. (Dominated modules are
//! left out before, once per target: see [`super::scope::Scope::dominators`].)

use super::instance::Instance;
use super::network::Network;
use super::reach::{fact_flags, forward_in, relevance_in};
use super::task::{Action, ActionId, FactId, Task};

/// A compact task equivalent to the original one for optimisation.
#[derive(Debug, Clone)]
pub(crate) struct Reduced {
    /// Dense facts and actions, `init` empty, `budget` as in the original.
    pub task: Task,
    /// The original id of each compact action.
    pub origin: Vec<ActionId>,
    /// Free actions taken before the compact task starts, in applicable order.
    pub prefix: Vec<ActionId>,
}

/// What the reductions found.
#[derive(Debug, Clone)]
pub(crate) enum Reduction {
    /// The goal holds in `init`.
    Qualified,
    /// These goal facts cannot be reached by any actions.
    Unreachable(Vec<FactId>),
    /// The goal is reachable, but not with the actions the budget can pay for.
    OverBudget,
    /// The task left to optimise.
    Remaining(Box<Reduced>),
}

/// Applies every reduction to `instance` (see the module documentation).
pub(crate) fn reduce(instance: &Instance) -> Reduction {
    let net = instance.net;
    let initial = fact_flags(net, instance.init);
    if instance.goal.iter().all(|&g| initial[g as usize]) {
        return Reduction::Qualified;
    }
    let allowed = |a: u32| instance.allowed[a as usize];
    let (anything, _) = forward_in(net, instance.init, allowed);
    let missing: Vec<FactId> = instance
        .goal
        .iter()
        .copied()
        .filter(|&g| !anything[g as usize])
        .collect();
    if !missing.is_empty() {
        return Reduction::Unreachable(missing);
    }

    let affordable = |a: u32| {
        let spend = instance.spend[a as usize];
        allowed(a) && instance.budget.is_none_or(|budget| spend <= budget)
    };
    let free = |a: u32| instance.cost[a as usize] == 0 && instance.spend[a as usize] == 0;
    let (start, prefix) = forward_in(net, instance.init, |a| affordable(a) && free(a));
    let start_facts: Vec<u32> = flagged(&start).collect();
    let (reached, fired) = forward_in(net, &start_facts, affordable);
    if instance.goal.iter().any(|&g| !reached[g as usize]) {
        return Reduction::OverBudget;
    }
    let mut usable = vec![false; net.num_actions()];
    for &a in &fired {
        usable[a as usize] = true;
    }
    let (task, origin) = compact(instance, &start, &usable, &reached);
    Reduction::Remaining(Box::new(Reduced {
        task,
        origin,
        prefix,
    }))
}

fn flagged(flags: &[bool]) -> impl Iterator<Item = u32> + '_ {
    flags
        .iter()
        .enumerate()
        .filter(|(_, on)| **on)
        .map(|(i, _)| i as u32)
}

/// The relevant part of `task`, renumbered: facts holding in `start` are
/// dropped from every list (a group with one of them is satisfied and goes),
/// alternatives outside `possible` are dropped, single-alternative groups
/// become plain preconditions. Returns the task and the kept actions' old ids.
fn compact(
    instance: &Instance,
    start: &[bool],
    usable: &[bool],
    possible: &[bool],
) -> (Task, Vec<u32>) {
    let net: &Network = instance.net;
    let (relevant_fact, relevant_action) =
        relevance_in(net, instance.goal, start, usable, Some(possible));
    let mut fact_id = vec![u32::MAX; net.num_facts];
    let mut num_facts = 0u32;
    for f in flagged(&relevant_fact) {
        fact_id[f as usize] = num_facts;
        num_facts += 1;
    }
    let map = |facts: &[u32]| -> Vec<u32> {
        facts
            .iter()
            .filter(|&&f| relevant_fact[f as usize])
            .map(|&f| fact_id[f as usize])
            .collect()
    };
    let origin: Vec<u32> = flagged(&relevant_action).collect();
    let actions = origin
        .iter()
        .map(|&a| {
            let ai = a as usize;
            let mut pre = map(net.pre.row(ai));
            let mut pre_any = Vec::new();
            for &g in net.groups.row(ai) {
                let alternatives = net.alts.row(g as usize);
                if alternatives.iter().any(|&x| start[x as usize]) {
                    continue;
                }
                match map(alternatives).as_slice() {
                    [single] => pre.push(*single),
                    group => pre_any.push(group.to_vec()),
                }
            }
            pre.sort_unstable();
            pre.dedup();
            Action {
                pre,
                pre_any,
                add: map(net.add.row(ai)),
                cost: instance.cost[ai],
                spend: instance.spend[ai],
            }
        })
        .collect();
    let compacted = Task {
        num_facts,
        actions,
        init: Vec::new(),
        goal: map(instance.goal),
        budget: instance.budget,
    };
    (compacted, origin)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::instance::TaskInstance;
    use crate::plan::task;

    fn reduce_task(task: &Task) -> Reduction {
        reduce(&TaskInstance::new(task).instance())
    }

    fn act(pre: Vec<u32>, pre_any: Vec<Vec<u32>>, add: Vec<u32>, cost: u64, spend: u64) -> Action {
        Action {
            spend,
            ..task::act(pre, pre_any, add, cost)
        }
    }

    #[test]
    fn statuses() {
        let mut t = Task {
            num_facts: 3,
            actions: vec![act(vec![0], vec![], vec![1], 1, 10)],
            init: vec![0],
            goal: vec![0],
            budget: Some(5),
        };
        assert!(matches!(reduce_task(&t), Reduction::Qualified));
        t.goal = vec![2, 1];
        assert!(matches!(reduce_task(&t), Reduction::Unreachable(m) if m == vec![2]));
        t.goal = vec![1];
        assert!(matches!(reduce_task(&t), Reduction::OverBudget));
        t.budget = Some(10);
        assert!(matches!(reduce_task(&t), Reduction::Remaining(_)));
    }

    #[test]
    fn free_actions_become_a_prefix_and_irrelevant_actions_go() {
        let t = Task {
            num_facts: 5,
            actions: vec![
                act(vec![], vec![], vec![0], 0, 0),
                act(vec![0], vec![vec![3, 4]], vec![1], 2, 0),
                act(vec![], vec![], vec![4], 1, 0),
                act(vec![], vec![], vec![2], 1, 0),
                act(vec![5], vec![], vec![1], 1, 0),
            ],
            init: vec![],
            goal: vec![1],
            budget: None,
        };
        let Reduction::Remaining(r) = reduce_task(&t) else {
            panic!("expected a remaining task");
        };
        assert_eq!(r.prefix, vec![0]);
        assert_eq!(r.origin, vec![1, 2]);
        assert_eq!(r.task.num_facts, 2);
        // Fact 3 is unreachable, so the group {3, 4} becomes the plain precondition 4.
        assert_eq!(r.task.actions[0].pre.len(), 1);
        assert!(r.task.actions[0].pre_any.is_empty());
    }
}

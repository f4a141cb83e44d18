//! Shrinking a task to what can matter, before any search.
//!
//! In order: the goal may already hold; the goal may be out of reach even
//! ignoring the budget; free actions (no weight, no spend) are taken up front,
//! as taking them never hurts; actions the budget cannot pay for go; actions
//! that cannot be reached or cannot contribute to the goal go. What remains
//! is renumbered densely with an empty initial state. (Dominated actions are a
//! caller's business: a caller that knows which actions dominate others leaves
//! them out of `allowed`.)

use crate::instance::Instance;
use crate::network::{Builder, Network};
use crate::reach::{fact_flags, forward_in, relevance_in};
use crate::task::{ActionId, FactId};

/// A compact task equivalent to the original one for optimisation.
#[derive(Debug, Clone)]
pub(crate) struct Reduced {
    /// Dense facts and actions, `init` empty.
    pub net: Network,
    /// Per compact action: its objective weight.
    pub weight: Vec<u64>,
    /// Per compact action: what it spends from the budget.
    pub spend: Vec<u64>,
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
    let (anything, reachable) = forward_in(net, instance.init, allowed);
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
    let free = |a: u32| instance.weight[a as usize] == 0 && instance.spend[a as usize] == 0;
    // Usually nothing is free and there is no budget: then the start is the
    // initial state and what is reached within budget is what is reached at
    // all, so the forward passes below are skipped.
    let (start, prefix) = if reachable.iter().any(|&a| affordable(a) && free(a)) {
        forward_in(net, instance.init, |a| affordable(a) && free(a))
    } else {
        (initial, Vec::new())
    };
    let (reached, fired) = if prefix.is_empty() && instance.budget.is_none() {
        (anything, reachable)
    } else {
        let start_facts: Vec<u32> = flagged(&start).collect();
        forward_in(net, &start_facts, affordable)
    };
    if instance.goal.iter().any(|&g| !reached[g as usize]) {
        return Reduction::OverBudget;
    }
    let mut usable = vec![false; net.num_actions()];
    for &a in &fired {
        usable[a as usize] = true;
    }
    Reduction::Remaining(Box::new(compact(
        instance, &start, &usable, &reached, prefix,
    )))
}

fn flagged(flags: &[bool]) -> impl Iterator<Item = u32> + '_ {
    flags
        .iter()
        .enumerate()
        .filter(|(_, on)| **on)
        .map(|(i, _)| i as u32)
}

/// The relevant part of the instance, renumbered: facts holding in `start`
/// are dropped from every list (a group with one of them is satisfied and
/// goes), alternatives outside `possible` are dropped, single-alternative
/// groups become plain preconditions.
fn compact(
    instance: &Instance,
    start: &[bool],
    usable: &[bool],
    possible: &[bool],
    prefix: Vec<ActionId>,
) -> Reduced {
    let net: &Network = instance.net;
    let relevant = relevance_in(net, instance.goal, start, usable, Some(possible));
    let facts = Renumbering::new(relevant.facts);
    let origin: Vec<u32> = flagged(&relevant.actions).collect();
    let mut builder = Builder::new(facts.count);
    for &a in &origin {
        let a = a as usize;
        builder.pre(facts.map(net.pre.row(a)));
        for &g in net.groups.row(a) {
            let alternatives = net.alts.row(g as usize);
            if alternatives.iter().any(|&x| start[x as usize]) {
                continue;
            }
            let mut kept = facts.map(alternatives);
            match (kept.next(), kept.next()) {
                (Some(single), None) => builder.pre([single]),
                _ => builder.group(facts.map(alternatives)),
            }
        }
        builder.add(facts.map(net.add.row(a)));
        builder.end_action();
    }
    let goal: Vec<u32> = facts.map(instance.goal).collect();
    Reduced {
        net: builder.finish(&[], &goal),
        weight: origin
            .iter()
            .map(|&a| instance.weight[a as usize])
            .collect(),
        spend: origin.iter().map(|&a| instance.spend[a as usize]).collect(),
        origin,
        prefix,
    }
}

/// The kept facts, numbered densely in their order.
struct Renumbering {
    kept: Vec<bool>,
    id: Vec<u32>,
    count: usize,
}

impl Renumbering {
    fn new(kept: Vec<bool>) -> Renumbering {
        let mut id = vec![u32::MAX; kept.len()];
        let mut count = 0;
        for f in flagged(&kept) {
            id[f as usize] = count as u32;
            count += 1;
        }
        Renumbering { kept, id, count }
    }

    /// The kept ones of `facts`, renumbered.
    fn map<'a>(&'a self, facts: &'a [u32]) -> impl Iterator<Item = u32> + 'a {
        facts
            .iter()
            .filter(|&&f| self.kept[f as usize])
            .map(|&f| self.id[f as usize])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instance::TaskInstance;
    use crate::task::{self, Action, Task};

    fn reduce_task(task: &Task) -> Reduction {
        reduce(&TaskInstance::new(task).instance())
    }

    fn act(
        pre: Vec<u32>,
        pre_any: Vec<Vec<u32>>,
        add: Vec<u32>,
        weight: u64,
        spend: u64,
    ) -> Action {
        Action {
            spend,
            ..task::act(pre, pre_any, add, weight)
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
        assert_eq!(r.net.num_facts, 2);
        // Fact 3 is unreachable, so the group {3, 4} becomes the plain precondition 4.
        assert_eq!(r.net.pre.row(0).len(), 1);
        assert!(r.net.groups.row(0).is_empty());
    }
}

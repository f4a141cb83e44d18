//! Cost propagation over the relaxed task: h_add and h_max.
//!
//! Both heuristics are the same generalised Dijkstra: a fact costs the cheapest
//! way to add it, an action costs its own weight plus the combined weight of its
//! conditions (summed for h_add, maximised for h_max), and a `pre_any` group
//! costs its cheapest alternative. Weights are `u128` so that sums of `u64`
//! costs never overflow; h_add alone saturates, as it may count shared
//! sub-plans exponentially often.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::network::Network;

/// An exact, overflow-free sum of task costs.
pub(crate) type Weight = u128;

/// Marks a fact, group or action that cannot be reached.
pub(crate) const UNREACHED: Weight = Weight::MAX;

/// Marks "no action" in per-fact action tables.
pub(crate) const NO_ACTION: u32 = u32::MAX;

/// How the costs of an action's conditions combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Combine {
    /// h_add: conditions are assumed independent.
    Sum,
    /// h_max: only the most expensive condition counts (admissible).
    Max,
}

/// A condition of an action: a fact of `pre`, or a group of `pre_any`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Condition {
    /// The action has no condition left to wait for (an initial one).
    Initial,
    Fact(u32),
    Group(u32),
}

/// The result of [`relax`].
#[derive(Debug, Clone)]
pub(crate) struct Relaxation {
    /// Per fact: its weight, or [`UNREACHED`].
    pub fact: Vec<Weight>,
    /// Per group: the weight of its cheapest alternative, or [`UNREACHED`].
    pub group: Vec<Weight>,
    /// Per action: the combined weight of its conditions (without its own weight).
    pub action: Vec<Weight>,
    /// Per fact: the action that gave it its weight, or [`NO_ACTION`].
    pub achiever: Vec<u32>,
    /// Per action: the condition settled last, i.e. a most expensive one.
    pub last: Vec<Condition>,
}

/// Propagates `weight` (per action) from the network's init facts, which weight 0.
pub(crate) fn relax(net: &Network, weight: &[Weight], combine: Combine) -> Relaxation {
    let mut r = Relaxation {
        fact: vec![UNREACHED; net.num_facts],
        group: vec![UNREACHED; net.num_groups()],
        action: vec![UNREACHED; net.num_actions()],
        achiever: vec![NO_ACTION; net.num_facts],
        last: vec![Condition::Initial; net.num_actions()],
    };
    let mut settled = vec![false; net.num_facts];
    let mut missing = net.need.clone();
    let mut acc: Vec<Weight> = vec![0; net.num_actions()];
    let mut heap: BinaryHeap<Reverse<(Weight, u32)>> = BinaryHeap::new();
    for &f in &net.init {
        r.fact[f as usize] = 0;
        heap.push(Reverse((0, f)));
    }
    let fire = |a: u32, r: &mut Relaxation, acc: &[Weight], heap: &mut BinaryHeap<_>| {
        let ai = a as usize;
        r.action[ai] = acc[ai];
        let value = acc[ai].saturating_add(weight[ai]);
        for &f in net.add.row(ai) {
            // mutants: heuristic — `<=` only changes which of equally cheap
            // achievers the greedy plan extracts.
            if value < r.fact[f as usize] {
                r.fact[f as usize] = value;
                r.achiever[f as usize] = a;
                heap.push(Reverse((value, f)));
            }
        }
    };
    for &a in &net.unconditioned {
        fire(a, &mut r, &acc, &mut heap);
    }
    let meet = |a: u32, value: Weight, via: Condition, acc: &mut [Weight], missing: &mut [u32]| {
        let ai = a as usize;
        acc[ai] = match combine {
            Combine::Sum => acc[ai].saturating_add(value),
            Combine::Max => acc[ai].max(value),
        };
        missing[ai] -= 1;
        (missing[ai] == 0).then_some(via)
    };
    while let Some(Reverse((value, f))) = heap.pop() {
        let fi = f as usize;
        // mutants: equivalent — either test alone skips every stale entry:
        // the smallest entry of a fact pops first and settles it, and values
        // only ever drop before that.
        if settled[fi] || value > r.fact[fi] {
            continue;
        }
        settled[fi] = true;
        for &a in net.pre_users.row(fi) {
            if let Some(via) = meet(a, value, Condition::Fact(f), &mut acc, &mut missing) {
                r.last[a as usize] = via;
                fire(a, &mut r, &acc, &mut heap);
            }
        }
        for &g in net.fact_groups.row(fi) {
            if r.group[g as usize] != UNREACHED {
                continue;
            }
            r.group[g as usize] = value;
            for &a in net.group_users.row(g as usize) {
                if let Some(via) = meet(a, value, Condition::Group(g), &mut acc, &mut missing) {
                    r.last[a as usize] = via;
                    fire(a, &mut r, &acc, &mut heap);
                }
            }
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::task::{Task, act};

    #[test]
    fn sum_and_max_differ_on_conjunctions_and_groups_take_the_cheapest() {
        let task = Task {
            num_facts: 4,
            actions: vec![
                act(vec![], vec![], vec![0], 3),
                act(vec![], vec![], vec![1], 5),
                act(vec![0, 1], vec![], vec![2], 1),
                act(vec![], vec![vec![0, 1]], vec![3], 1),
            ],
            init: vec![],
            goal: vec![2],
            budget: None,
        };
        let net = Network::new(&task);
        let weight: Vec<Weight> = task.actions.iter().map(|a| a.weight as Weight).collect();
        let add = relax(&net, &weight, Combine::Sum);
        let max = relax(&net, &weight, Combine::Max);
        assert_eq!(add.fact[2], 9);
        assert_eq!(max.fact[2], 6);
        assert_eq!(max.last[2], Condition::Fact(1));
        assert_eq!(add.fact[3], 4);
        assert_eq!(add.achiever[3], 3);
    }
}

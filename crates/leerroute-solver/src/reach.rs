//! Forward reachability and backward relevance.
//!
//! Forward: which facts and actions can ever be reached from `init`. Backward:
//! which facts and actions can matter for the goal at all. Both ignore costs and
//! the budget; they are the cheap reductions everything else builds on, and the
//! raw material of explanations ("course X is out of reach because ...").

use crate::network::{Network, Propagator};
use crate::task::Task;
use fixedbitset::FixedBitSet;

/// A set of facts and a set of actions, as bitsets over the task's ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reach {
    /// Facts, indexed by `FactId`.
    pub facts: FixedBitSet,
    /// Actions, indexed by `ActionId`.
    pub actions: FixedBitSet,
}

/// Facts reachable from `task.init` using only the actions in `allowed`, and
/// the allowed actions that become applicable on the way.
pub fn forward(task: &Task, allowed: &FixedBitSet) -> Reach {
    let net = Network::new(task);
    let (facts, fired) = forward_in(&net, &net.init, |a| allowed.contains(a as usize));
    Reach {
        facts: bools_to_set(&facts),
        actions: set_of(net.num_actions(), fired.iter().map(|&a| a as usize)),
    }
}

/// Facts and actions relevant to `task.goal` among the `allowed` actions.
///
/// A goal fact not in `init` is relevant; an allowed action adding a relevant
/// fact is relevant; the facts it requires (every `pre` fact and every
/// alternative of a `pre_any` group not already satisfied by `init`) are
/// relevant in turn. Facts in `init` are never relevant: they need no action.
pub fn backward(task: &Task, allowed: &FixedBitSet) -> Reach {
    let net = Network::new(task);
    let initial = fact_flags(&net, &net.init);
    let permitted: Vec<bool> = (0..net.num_actions())
        .map(|a| allowed.contains(a))
        .collect();
    let found = relevance_in(&net, &net.goal, &initial, &permitted, None);
    Reach {
        facts: bools_to_set(&found.facts),
        actions: bools_to_set(&found.actions),
    }
}

/// Flags for the facts of `facts` over the network's fact range.
pub(crate) fn fact_flags(net: &Network, facts: &[u32]) -> Vec<bool> {
    let mut flags = vec![false; net.num_facts];
    for &f in facts {
        flags[f as usize] = true;
    }
    flags
}

fn bools_to_set(flags: &[bool]) -> FixedBitSet {
    set_of(flags.len(), (0..flags.len()).filter(|&i| flags[i]))
}

/// The set of `members` over `0..len`.
fn set_of(len: usize, members: impl IntoIterator<Item = usize>) -> FixedBitSet {
    let mut set = FixedBitSet::with_capacity(len);
    set.extend(members);
    set
}

/// The fixpoint from `init` taking every ready action that `allowed` accepts:
/// the facts that hold, and the actions taken in an applicable order.
pub(crate) fn forward_in(
    net: &Network,
    init: &[u32],
    allowed: impl Fn(u32) -> bool,
) -> (Vec<bool>, Vec<u32>) {
    let mut prop = Propagator::new(net);
    prop.reset(init);
    let mut fired = Vec::with_capacity(net.num_actions());
    let mut cursor = 0;
    prop.saturate(&mut cursor, |a| {
        let take = allowed(a);
        if take {
            fired.push(a);
        }
        take
    });
    (prop.holding().to_vec(), fired)
}

/// What [`relevance_in`] found, as flags over the network's facts and actions.
pub struct Relevance {
    /// Facts not held at the start that can matter for the goal.
    pub facts: Vec<bool>,
    /// Allowed actions that add such a fact.
    pub actions: Vec<bool>,
    /// Facts held at the start that the goal or a relevant action asks for
    /// (for a group already met, its held alternatives).
    pub held: Vec<bool>,
}

/// Backward relevance (see [`backward`]) over a network, toward `goal`.
///
/// `initial` flags the facts that already hold; `allowed` the actions that may
/// be used; `possible`, when given, the facts worth pursuing (alternatives
/// outside it are ignored, e.g. unreachable ones).
pub fn relevance_in(
    net: &Network,
    goal: &[u32],
    initial: &[bool],
    allowed: &[bool],
    possible: Option<&[bool]>,
) -> Relevance {
    let mut found = Relevance {
        facts: vec![false; net.num_facts],
        actions: vec![false; net.num_actions()],
        held: vec![false; net.num_facts],
    };
    let mut stack: Vec<u32> = Vec::new();
    let want = |f: u32, found: &mut Relevance, stack: &mut Vec<u32>| {
        let i = f as usize;
        if initial[i] {
            found.held[i] = true;
        } else if !found.facts[i] && possible.is_none_or(|p| p[i]) {
            found.facts[i] = true;
            stack.push(f);
        }
    };
    for &g in goal {
        want(g, &mut found, &mut stack);
    }
    while let Some(f) = stack.pop() {
        for &a in net.achievers.row(f as usize) {
            let ai = a as usize;
            if !allowed[ai] || found.actions[ai] {
                continue;
            }
            found.actions[ai] = true;
            for &p in net.pre.row(ai) {
                want(p, &mut found, &mut stack);
            }
            for &g in net.groups.row(ai) {
                let alternatives = net.alts.row(g as usize);
                // A group met at the start needs nothing more.
                let met = alternatives.iter().any(|&x| initial[x as usize]);
                for &x in alternatives {
                    if !met || initial[x as usize] {
                        want(x, &mut found, &mut stack);
                    }
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::task::act;

    fn task() -> Task {
        let act = |pre: Vec<u32>, pre_any: Vec<Vec<u32>>, add: Vec<u32>| act(pre, pre_any, add, 1);
        // 0 in init; a0: 0 -> 1; a1: {1|4} -> 2; a2: 3 -> 4 (3 unreachable); a3: 2 -> 5 (irrelevant).
        Task {
            num_facts: 6,
            actions: vec![
                act(vec![0], vec![], vec![1]),
                act(vec![], vec![vec![1, 4]], vec![2]),
                act(vec![3], vec![], vec![4]),
                act(vec![2], vec![], vec![5]),
            ],
            init: vec![0],
            goal: vec![2],
            budget: None,
        }
    }

    #[test]
    fn forward_reaches_through_groups_and_respects_allowed() {
        let t = task();
        let all = forward(&t, &FixedBitSet::from_iter(0..4));
        assert_eq!(all.facts.ones().collect::<Vec<_>>(), vec![0, 1, 2, 5]);
        assert_eq!(all.actions.ones().collect::<Vec<_>>(), vec![0, 1, 3]);
        let without_a0 = forward(&t, &FixedBitSet::from_iter([1, 2, 3]));
        assert_eq!(without_a0.facts.ones().collect::<Vec<_>>(), vec![0]);
    }

    #[test]
    fn backward_follows_every_alternative() {
        let t = task();
        let rel = backward(&t, &FixedBitSet::from_iter(0..4));
        assert_eq!(rel.facts.ones().collect::<Vec<_>>(), vec![1, 2, 3, 4]);
        assert_eq!(rel.actions.ones().collect::<Vec<_>>(), vec![0, 1, 2]);
    }
}

//! Putting a set of actions in an order in which each is applicable.
//!
//! In a delete-free task the order never changes what a set of actions can
//! achieve, so the planner chooses sets; this module turns a set back into a
//! sequence, and trims a sequence to the actions that support the goal.

use crate::network::Network;
use crate::reach::{fact_flags, forward_in};
use crate::task::{ActionId, Task};

/// The `chosen` actions in an order in which each is applicable when taken,
/// starting from `task.init`; `None` if some chosen action can never be taken
/// (within the set), an id is out of range, or the set does not reach the goal.
///
/// Duplicate ids count once. The order is deterministic: actions are taken in
/// waves, each wave being the actions that became applicable in the previous one.
pub fn valid_order(task: &Task, chosen: &[ActionId]) -> Option<Vec<ActionId>> {
    let net = Network::new(task);
    let mut wanted = vec![false; net.num_actions()];
    for &a in chosen {
        *wanted.get_mut(a as usize)? = true;
    }
    let (taken, reached) = take_in_order(&net, &net.init, &net.goal, &wanted);
    let all_taken = taken.len() == wanted.iter().filter(|w| **w).count();
    (all_taken && reached).then_some(taken)
}

/// The actions flagged in `wanted` that can be taken from the facts `init`,
/// in the order [`valid_order`] uses, and whether they reach `goal`.
pub(crate) fn take_in_order(
    net: &Network,
    init: &[u32],
    goal: &[u32],
    wanted: &[bool],
) -> (Vec<u32>, bool) {
    let (facts, taken) = forward_in(net, init, |a| wanted[a as usize]);
    let reached = goal.iter().all(|&g| facts[g as usize]);
    (taken, reached)
}

/// The sub-sequence of `sequence` (applicable in that order from `init`) that
/// is needed to support `goal`: the first achiever of each goal fact, and
/// recursively of each precondition and of one alternative of each `pre_any`
/// group (one already supported if possible, else the earliest to hold). The
/// result is a plan whenever `sequence` is one, and never costs more.
pub(crate) fn supporting(net: &Network, init: &[u32], goal: &[u32], sequence: &[u32]) -> Vec<u32> {
    const NONE: usize = usize::MAX;
    let initial = fact_flags(net, init);
    let mut first = vec![NONE; net.num_facts];
    for (position, &a) in sequence.iter().enumerate() {
        for &f in net.add.row(a as usize) {
            if first[f as usize] == NONE {
                first[f as usize] = position;
            }
        }
    }
    let mut kept = vec![false; sequence.len()];
    let mut stack: Vec<u32> = goal.to_vec();
    // Groups are settled after the plain preconditions, so that an alternative
    // supported anyway is preferred over taking an extra action.
    let mut groups: Vec<(u32, usize)> = Vec::new();
    loop {
        while let Some(f) = stack.pop() {
            let position = first[f as usize];
            // mutants: equivalent — `position == NONE && kept[position]`
            // walks a kept action's conditions again (positions are never
            // NONE for the facts of a valid route), which keeps nothing new.
            if initial[f as usize] || position == NONE || kept[position] {
                continue;
            }
            kept[position] = true;
            let a = sequence[position] as usize;
            stack.extend_from_slice(net.pre.row(a));
            groups.extend(net.groups.row(a).iter().map(|&g| (g, position)));
        }
        let Some((g, owner)) = groups.pop() else {
            break;
        };
        let alternatives = net.alts.row(g as usize);
        let supported = |x: &u32| {
            let at = first[*x as usize];
            initial[*x as usize] || (at < owner && kept[at])
        };
        if !alternatives.iter().any(supported)
            && let Some(&earliest) = alternatives.iter().min_by_key(|&&x| first[x as usize])
        {
            stack.push(earliest);
        }
    }
    sequence
        .iter()
        .zip(&kept)
        .filter(|(_, k)| **k)
        .map(|(&a, _)| a)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::task::{self, Action};

    fn act(pre: Vec<u32>, pre_any: Vec<Vec<u32>>, add: Vec<u32>) -> Action {
        task::act(pre, pre_any, add, 1)
    }

    fn chain() -> Task {
        // a0: -> 0; a1: 0 -> 1; a2: {0|3} -> 2; a3: 1,2 -> 4 (goal)
        Task {
            num_facts: 5,
            actions: vec![
                act(vec![], vec![], vec![0]),
                act(vec![0], vec![], vec![1]),
                act(vec![], vec![vec![0, 3]], vec![2]),
                act(vec![1, 2], vec![], vec![4]),
            ],
            init: vec![],
            goal: vec![4],
            budget: None,
        }
    }

    #[test]
    fn orders_a_plan_and_ignores_duplicates() {
        let t = chain();
        let order = valid_order(&t, &[3, 2, 1, 0, 3]);
        assert_eq!(order, Some(vec![0, 1, 2, 3]));
    }

    #[test]
    fn rejects_non_plans_and_bad_ids() {
        let t = chain();
        assert_eq!(valid_order(&t, &[3, 2, 1]), None);
        assert_eq!(valid_order(&t, &[0, 1, 2]), None);
        assert_eq!(valid_order(&t, &[0, 1, 2, 3, 9]), None);
    }

    #[test]
    fn supporting_drops_useless_actions() {
        let mut t = chain();
        t.actions.push(act(vec![], vec![], vec![3]));
        let net = Network::new(&t);
        let kept = supporting(&net, &net.init, &net.goal, &[4, 0, 1, 2, 3]);
        assert_eq!(kept, vec![0, 1, 2, 3]);
    }

    /// A fact that holds at the start needs no support, even when an action
    /// of the sequence adds it again: only a1 supports the goal here.
    #[test]
    fn an_initial_fact_added_again_keeps_no_action() {
        let task = Task {
            num_facts: 3,
            actions: vec![
                act(vec![], vec![], vec![0, 1]),
                act(vec![0], vec![], vec![2]),
            ],
            ..Task::default()
        };
        let net = Network::new(&task);
        assert_eq!(supporting(&net, &[0], &[2], &[0, 1]), vec![1]);
    }
}

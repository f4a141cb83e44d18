//! A quick, good plan: the incumbent the exact search has to beat.
//!
//! The classic relaxed-plan extraction: compute h_add, support each needed fact
//! with the achiever that gave it its h_add value (and each `pre_any` group
//! with its cheapest alternative), then drop actions the plan can do without,
//! most expensive first.

use crate::network::{Network, Propagator};
use crate::relax::{Combine, NO_ACTION, Weight, relax};

/// An irredundant plan (a set of actions, unordered) for the network's task,
/// guided by `weight`; `None` if the goal is unreachable.
pub(crate) fn greedy_plan(net: &Network, weight: &[Weight]) -> Option<Vec<u32>> {
    let h = relax(net, weight, Combine::Sum);
    let mut chosen = vec![false; net.num_actions()];
    let mut is_init = vec![false; net.num_facts];
    for &f in &net.init {
        is_init[f as usize] = true;
    }
    let mut stack = net.goal.clone();
    while let Some(f) = stack.pop() {
        let fi = f as usize;
        if is_init[fi] {
            continue;
        }
        let a = h.achiever[fi];
        if a == NO_ACTION {
            return None;
        }
        if std::mem::replace(&mut chosen[a as usize], true) {
            continue;
        }
        stack.extend_from_slice(net.pre.row(a as usize));
        for &g in net.groups.row(a as usize) {
            let cheapest = net
                .alts
                .row(g as usize)
                .iter()
                .min_by_key(|&&x| (h.fact[x as usize], x));
            stack.extend(cheapest);
        }
    }
    let mut prop = Propagator::new(net);
    if !is_plan(&mut prop, &chosen) {
        // Cannot happen with exact weights (supports follow the Dijkstra order);
        // fall back on every action so the caller still gets a plan.
        chosen.fill(true);
        if !is_plan(&mut prop, &chosen) {
            return None;
        }
    }
    Some(drop_redundant(net, &mut prop, chosen, weight))
}

/// Whether the actions flagged in `chosen` reach the goal from init.
pub(crate) fn is_plan(prop: &mut Propagator<'_>, chosen: &[bool]) -> bool {
    prop.reset_to_init();
    let mut cursor = 0;
    prop.saturate(&mut cursor, |a| chosen[a as usize]);
    prop.goal_reached()
}

/// Removes, heaviest first, each action the plan `chosen` still works
/// without; returns the remaining actions in increasing id order.
pub(crate) fn drop_redundant(
    net: &Network,
    prop: &mut Propagator<'_>,
    mut chosen: Vec<bool>,
    weight: &[Weight],
) -> Vec<u32> {
    let mut members: Vec<u32> = (0..chosen.len() as u32)
        .filter(|&a| chosen[a as usize])
        .collect();
    members.sort_by_key(|&a| std::cmp::Reverse((weight[a as usize], a)));
    let necessary = necessary_actions(net, &chosen);
    for a in members {
        if necessary[a as usize] {
            continue;
        }
        chosen[a as usize] = false;
        if !is_plan(prop, &chosen) {
            chosen[a as usize] = true;
        }
    }
    (0..chosen.len() as u32)
        .filter(|&a| chosen[a as usize])
        .collect()
}

/// The actions of the plan `chosen` that every plan among its subsets
/// takes, so that [`drop_redundant`] need not try without them: the only one
/// in `chosen` to add a goal fact not held at the start, and then the only one
/// to add a plain precondition (not held at the start) of such an action.
fn necessary_actions(net: &Network, chosen: &[bool]) -> Vec<bool> {
    let mut necessary = vec![false; chosen.len()];
    let mut is_init = vec![false; net.num_facts];
    for &f in &net.init {
        is_init[f as usize] = true;
    }
    let mut needed: Vec<u32> = net.goal.clone();
    while let Some(f) = needed.pop() {
        if is_init[f as usize] {
            continue;
        }
        let mut suppliers = net
            .achievers
            .row(f as usize)
            .iter()
            .filter(|&&a| chosen[a as usize]);
        if let (Some(&only), None) = (suppliers.next(), suppliers.next())
            && !std::mem::replace(&mut necessary[only as usize], true)
        {
            needed.extend_from_slice(net.pre.row(only as usize));
        }
    }
    necessary
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::task::{Task, act};

    #[test]
    fn extracts_and_prunes() {
        // Goal 3 needs 1 and 2 (or 0); a0 gives 1 and 2 at once (weight 5), a1 and
        // a2 give them separately (3 each). h_add supports each fact with its
        // cheapest achiever, so extraction takes a1 and a2.
        let task = Task {
            num_facts: 4,
            actions: vec![
                act(vec![], vec![], vec![1, 2], 5),
                act(vec![], vec![], vec![1], 3),
                act(vec![], vec![], vec![2], 3),
                act(vec![1], vec![vec![2, 0]], vec![3], 1),
            ],
            init: vec![],
            goal: vec![3],
            budget: None,
        };
        let net = Network::new(&task);
        let w: Vec<Weight> = task.actions.iter().map(|a| a.weight as Weight).collect();
        assert_eq!(greedy_plan(&net, &w), Some(vec![1, 2, 3]));
        let mut prop = Propagator::new(&net);
        assert_eq!(
            drop_redundant(&net, &mut prop, vec![true; 4], &w),
            vec![1, 2, 3],
            "the heaviest redundant action goes first"
        );
    }

    /// `a0` alone supplies fact 1, but only to `a1`, which the plan can do
    /// without: neither is necessary, and both go. `a0` is necessary only
    /// once `a1` is the goal's only supplier.
    #[test]
    fn only_what_every_sub_plan_takes_is_necessary() {
        let mut task = Task {
            num_facts: 2,
            actions: vec![
                act(vec![], vec![], vec![1], 5),
                act(vec![1], vec![], vec![0], 1),
                act(vec![], vec![], vec![0], 1),
            ],
            init: vec![],
            goal: vec![0],
            budget: None,
        };
        let net = Network::new(&task);
        assert_eq!(necessary_actions(&net, &[true; 3]), [false; 3]);
        let w: Vec<Weight> = task.actions.iter().map(|a| a.weight as Weight).collect();
        let mut prop = Propagator::new(&net);
        assert_eq!(drop_redundant(&net, &mut prop, vec![true; 3], &w), vec![2]);

        task.actions.pop();
        let net = Network::new(&task);
        assert_eq!(necessary_actions(&net, &[true; 2]), [true; 2]);
    }
}

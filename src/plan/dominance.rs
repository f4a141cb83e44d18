//! Dominated actions: those another action can always replace.
//!
//! Action `b` covers action `a` when `b` costs and spends no more, adds every
//! fact `a` adds, and is applicable whenever `a` is. Then in any plan `a` can be
//! swapped for `b` (or simply dropped if `b` is already there), so `a` is never
//! needed. "Applicable whenever `a` is" uses fact implications: if every
//! achiever of `f` also adds `g` (and nothing holds initially, as in a compact
//! task), then `f` holding implies `g` holding. That catches skill levels:
//! requiring level 3 implies level 2.
//!
//! Covering is a preorder (it is transitive), so removing every action covered
//! by another — among equivalent actions all but the lowest id — always leaves
//! an undominated replacement for each removed action.

use super::network::{Csr, Network};
use super::task::Task;

/// Per action of `task` (whose `init` must be empty): whether it is dominated.
pub(crate) fn dominated(task: &Task, net: &Network) -> Vec<bool> {
    let mut implied = Csr::empty();
    for f in 0..net.num_facts {
        common_effects(net, f, &mut implied);
    }
    let mut implied_pre = Csr::empty();
    for a in 0..net.num_actions() {
        implied_pre.push_normalized_row(
            net.pre
                .row(a)
                .iter()
                .chain(net.pre.row(a).iter().flat_map(|&p| implied.row(p as usize)))
                .copied(),
        );
    }
    let implied_pre = |a: usize| implied_pre.row(a);
    let covers = |b: usize, a: usize| -> bool {
        let (ab, aa) = (&task.actions[b], &task.actions[a]);
        ab.cost <= aa.cost
            && ab.spend <= aa.spend
            && is_subset(net.add.row(a), net.add.row(b))
            && is_subset(net.pre.row(b), implied_pre(a))
            && net.groups.row(b).iter().all(|&gb| {
                let alternatives = net.alts.row(gb as usize);
                alternatives
                    .iter()
                    .any(|x| implied_pre(a).binary_search(x).is_ok())
                    || net
                        .groups
                        .row(a)
                        .iter()
                        .any(|&ga| is_subset(net.alts.row(ga as usize), alternatives))
            })
    };
    (0..net.num_actions())
        .map(|a| {
            let adds = net.add.row(a);
            let Some(&pivot) = adds
                .iter()
                .min_by_key(|&&f| net.achievers.row(f as usize).len())
            else {
                // Adds nothing: never useful.
                return true;
            };
            net.achievers.row(pivot as usize).iter().any(|&b| {
                let b = b as usize;
                b != a && covers(b, a) && (b < a || !covers(a, b))
            })
        })
        .collect()
}

/// Adds the row of the facts added by every achiever of `fact` (sorted;
/// empty if it has none) to `rows`.
fn common_effects(net: &Network, fact: usize, rows: &mut Csr) {
    let (first, others) = match net.achievers.row(fact) {
        [first, others @ ..] => (*first, others),
        [] => {
            rows.push_normalized_row(std::iter::empty());
            return;
        }
    };
    let added_by_all = |f: &u32| {
        others
            .iter()
            .all(|&a| net.add.row(a as usize).binary_search(f).is_ok())
    };
    rows.push_normalized_row(
        net.add
            .row(first as usize)
            .iter()
            .copied()
            .filter(added_by_all),
    );
}

/// Whether sorted `small` is a subset of sorted `large`.
fn is_subset(small: &[u32], large: &[u32]) -> bool {
    let mut rest = large.iter();
    small.iter().all(|x| rest.any(|y| y == x))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::task::act;

    #[test]
    fn level_implication_and_ties() {
        // Facts: 0 = "s >= 1", 1 = "s >= 2", 2 = target.
        let task = Task {
            num_facts: 3,
            actions: vec![
                act(vec![], vec![], vec![0], 1),
                act(vec![], vec![], vec![0, 1], 4),
                act(vec![1], vec![], vec![2], 5),
                act(vec![0], vec![], vec![2], 5),
                act(vec![0], vec![], vec![2], 5),
                act(vec![], vec![vec![0, 2]], vec![2], 6),
            ],
            init: vec![],
            goal: vec![2],
            budget: None,
        };
        let net = Network::new(&task);
        let d = dominated(&task, &net);
        // a2 needs level 2, which implies level 1, so a3 (needs level 1) covers it;
        // a4 equals a3 and loses the tie; a5 costs more than a3 but is
        // applicable in states where a3 is not (fact 2 alone), so it stays.
        assert_eq!(d, vec![false, false, true, false, true, false]);
    }

    #[test]
    fn subset_on_sorted_lists() {
        assert!(is_subset(&[1, 3], &[0, 1, 2, 3]));
        assert!(!is_subset(&[1, 4], &[0, 1, 2, 3]));
        assert!(is_subset(&[], &[]));
    }
}

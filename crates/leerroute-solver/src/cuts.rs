//! New landmarks from action sets that fail to reach the goal.
//!
//! If a fact set `R` contains the initial state but not the whole goal, every
//! plan contains an action that is applicable in `R` and adds a fact outside
//! it: the first action of the plan to leave `R`. So the set of those actions
//! is a landmark. Starting from the closure of a non-plan, `R` is grown by
//! taking further actions one at a time, cheapest first, as long as the goal
//! stays out of reach; an action that would bring the goal within reach stays
//! out of `R` and forms the landmark. Growing `R` this way leaves only actions
//! that each complete a plan, so the landmark is small and its actions
//! expensive (Haslum, Slaney & Thiébaux 2012).

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::network::{Network, Propagator};
use crate::relax::Weight;

/// What [`CutFinder::probe`] found out about a set of actions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Probe {
    /// The set reaches the goal; these of its actions (sorted) are the ones
    /// that can actually be taken, and suffice.
    Plan(Vec<u32>),
    /// The set misses the goal, and also this landmark (sorted).
    Landmark(Vec<u32>),
}

/// Finds a landmark that a given non-plan misses; reuses its buffers.
pub(crate) struct CutFinder<'n> {
    net: &'n Network,
    weight: &'n [Weight],
    prop: Propagator<'n>,
    queue: BinaryHeap<Reverse<(bool, Weight, u32)>>,
    pending: Vec<u32>,
}

impl<'n> CutFinder<'n> {
    pub(crate) fn new(net: &'n Network, weight: &'n [Weight]) -> Self {
        CutFinder {
            net,
            weight,
            prop: Propagator::new(net),
            queue: BinaryHeap::new(),
            pending: Vec::new(),
        }
    }

    /// Whether the actions in `taken` reach the goal, and if not a landmark
    /// containing none of them. Actions in `avoid` are absorbed into `R`
    /// first, so that the landmark consists of other actions where possible.
    pub(crate) fn probe(&mut self, taken: &[bool], avoid: &[bool]) -> Probe {
        self.prop.reset_to_init();
        self.queue.clear();
        let mut cursor = 0;
        let mut fired = Vec::new();
        let (queue, weight) = (&mut self.queue, self.weight);
        let key = |a: u32| Reverse((!avoid[a as usize], weight[a as usize], a));
        self.prop.saturate(&mut cursor, |a| {
            let take = taken[a as usize];
            if take {
                fired.push(a);
            } else {
                queue.push(key(a));
            }
            take
        });
        if self.prop.goal_reached() {
            fired.sort_unstable();
            return Probe::Plan(fired);
        }
        let mut landmark = Vec::new();
        while let Some(Reverse((_, _, a))) = self.queue.pop() {
            if self.prop.holds_all(self.net.add.row(a as usize)) {
                continue;
            }
            let mark = self.prop.mark();
            let resume = cursor;
            self.prop.fire(a);
            let pending = &mut self.pending;
            self.prop.saturate(&mut cursor, |b| {
                let take = taken[b as usize];
                if !take {
                    pending.push(b);
                }
                take
            });
            if self.prop.goal_reached() {
                self.prop.undo(mark);
                cursor = resume;
                landmark.push(a);
            } else {
                self.queue.extend(self.pending.iter().map(|&b| key(b)));
            }
            self.pending.clear();
        }
        landmark.sort_unstable();
        Probe::Landmark(landmark)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::task::{Action, Task, act};

    /// A single-goal task from no facts, and its weights.
    fn task_of(num_facts: u32, actions: Vec<Action>, goal: u32) -> (Task, Vec<Weight>) {
        let weight = actions.iter().map(|a| a.weight as Weight).collect();
        let task = Task {
            num_facts,
            actions,
            init: vec![],
            goal: vec![goal],
            budget: None,
        };
        (task, weight)
    }

    #[test]
    fn landmark_avoids_the_non_plan_and_prefers_expensive_actions() {
        let act = |pre: Vec<u32>, add: Vec<u32>, weight| act(pre, vec![], add, weight);
        // Goal 2 needs 0 and 1. a0 -> 0 (1), a1 -> 1 (5), a2 -> 1 (7), a3 -> 0,1 (20);
        // a5 needs 3, which nobody adds.
        let actions = vec![
            act(vec![], vec![0], 1),
            act(vec![], vec![1], 5),
            act(vec![], vec![1], 7),
            act(vec![], vec![0, 1], 20),
            act(vec![0, 1], vec![2], 1),
            act(vec![3], vec![1], 1),
        ];
        let (task, weight) = task_of(4, actions, 2);
        let net = Network::new(&task);
        let mut finder = CutFinder::new(&net, &weight);
        let nothing = [false; 6];
        // {a4} alone is no plan. Growing takes a0 (cheapest), then a1 would
        // complete the plan, so would a2 and a3: the landmark is {a1, a2, a3}.
        let taken = [false, false, false, false, true, false];
        let expected = Probe::Landmark(vec![1, 2, 3]);
        assert_eq!(finder.probe(&taken, &nothing), expected);
        // Avoiding a0 absorbs it anyway (it alone does not reach the goal).
        let avoid = [true, false, false, false, false, false];
        assert_eq!(finder.probe(&taken, &avoid), expected);
        // A plan with an action that never applies: only the others are needed.
        let with_dead_weight = [true, true, false, false, true, true];
        assert_eq!(
            finder.probe(&with_dead_weight, &nothing),
            Probe::Plan(vec![0, 1, 4])
        );
    }

    /// Actions that become applicable only as `R` grows are candidates too:
    /// a chain a0 → a1 → a2 reaches the goal without the dear a3, so the
    /// landmark must hold a2, which applies only after a0 and a1 were taken.
    #[test]
    fn actions_applicable_only_later_join_the_landmark() {
        let act = |pre: Vec<u32>, add: Vec<u32>, weight| act(pre, vec![], add, weight);
        let actions = vec![
            act(vec![], vec![0], 1),
            act(vec![0], vec![1], 1),
            act(vec![1], vec![2], 1),
            act(vec![], vec![2], 10),
        ];
        let (task, weight) = task_of(3, actions, 2);
        let net = Network::new(&task);
        let nothing = [false; 4];
        let probe = CutFinder::new(&net, &weight).probe(&nothing, &nothing);
        assert_eq!(probe, Probe::Landmark(vec![2, 3]));
    }
}

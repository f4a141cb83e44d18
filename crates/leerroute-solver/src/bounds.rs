//! Admissible lower bounds: LM-cut, and the dual bound of a landmark family.
//!
//! LM-cut (Helmert & Domshlak 2009) repeatedly computes h_max, cuts the
//! justification graph in front of the goal, and charges the cheapest action of
//! the cut. `pre_any` groups are nodes of their own whose h_max is their
//! cheapest alternative; each alternative reaches its group through a free
//! edge, so a cut never separates an alternative from its group and never
//! contains anything but real actions.
//!
//! The cuts it finds are disjunctive action landmarks (every plan contains one
//! of their actions), which seed the exact search.
//!
//! h_max is computed from scratch once; after each cut only the cut actions
//! got cheaper, so values can only drop, and only downstream of those actions
//! (`HMax::cheapen`). That keeps each round to the part of the task the cut
//! changed, instead of a full Dijkstra per landmark. Likewise the cut itself
//! is found by searching back from the few actions that enter the goal zone
//! (`Zone::is_before`), not by walking the whole task forward each round.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::time::Instant;

use crate::network::Network;
use crate::relax::{Combine, Condition, Relaxation, UNREACHED, Weight, relax};

/// The result of [`lm_cut`].
#[derive(Debug, Clone, Default)]
pub(crate) struct LmCut {
    /// A lower bound on the weight of every plan.
    pub bound: Weight,
    /// The cuts found, in order; charging each its cheapest residual weight in
    /// this order reproduces `bound` (see [`dual_bound`]).
    pub landmarks: Vec<Vec<u32>>,
    /// Per action, the part of its weight no cut charged. A plan costs at
    /// least `bound` plus the residuals of its actions, so when `bound` is
    /// the optimum, every optimal plan takes only actions with residual 0.
    pub residual: Vec<Weight>,
}

/// LM-cut for the network's task under `weight`; `None` if the goal is
/// unreachable. Stops early (with a smaller but valid bound) at `deadline`.
pub(crate) fn lm_cut(net: &Network, weight: &[Weight], deadline: Option<Instant>) -> Option<LmCut> {
    let mut residual = weight.to_vec();
    let mut result = LmCut::default();
    let mut zone = Zone::new(net);
    let mut hmax = HMax::new(net, &residual);
    loop {
        let h = &hmax.h;
        let goal = net.goal.iter().copied().max_by_key(|&g| h.fact[g as usize]);
        let Some(goal) = goal else {
            break;
        };
        match h.fact[goal as usize] {
            UNREACHED => return None,
            0 => break,
            _ => {}
        }
        let cut = zone.cut(net, h, &residual, goal);
        let Some(charge) = cut.iter().map(|&a| residual[a as usize]).min() else {
            break;
        };
        if charge == 0 {
            // Cannot happen (cut actions have positive weight); stop rather than loop.
            break;
        }
        for &a in &cut {
            residual[a as usize] -= charge;
        }
        hmax.cheapen(net, &residual, &cut);
        result.bound += charge;
        result.landmarks.push(cut);
        if deadline.is_some_and(|d| Instant::now() >= d) {
            break;
        }
    }
    result.residual = residual;
    Some(result)
}

/// h_max under costs that only ever go down.
struct HMax {
    h: Relaxation,
    heap: BinaryHeap<Reverse<(Weight, u32)>>,
}

impl HMax {
    fn new(net: &Network, weight: &[Weight]) -> HMax {
        HMax {
            h: relax(net, weight, Combine::Max),
            heap: BinaryHeap::new(),
        }
    }

    /// Brings h_max up to date after the `cheapened` actions' costs dropped
    /// to `weight`. Values only drop, so a fact is looked at again only when
    /// it got cheaper, and an action only when one of its conditions did;
    /// each action's critical condition (`last`) is then a most expensive one.
    fn cheapen(&mut self, net: &Network, weight: &[Weight], cheapened: &[u32]) {
        for &a in cheapened {
            self.offer(net, weight, a);
        }
        while let Some(Reverse((value, f))) = self.heap.pop() {
            // mutants: equivalent — skipping stale entries only saves work:
            // a stale entry's users recompute the same values, and its groups
            // already hold the smaller value popped before it.
            if value > self.h.fact[f as usize] {
                continue;
            }
            for &a in net.pre_users.row(f as usize) {
                self.recheck(net, weight, a);
            }
            for &g in net.fact_groups.row(f as usize) {
                // mutants: tie-break — `<=` rechecks users of an unchanged
                // group, which can only pick another, equally expensive
                // critical condition (see `recheck`).
                if value < self.h.group[g as usize] {
                    self.h.group[g as usize] = value;
                    for &a in net.group_users.row(g as usize) {
                        self.recheck(net, weight, a);
                    }
                }
            }
        }
        #[cfg(debug_assertions)]
        {
            let fresh = relax(net, weight, Combine::Max);
            debug_assert_eq!(self.h.fact, fresh.fact, "incremental h_max drifted");
            debug_assert_eq!(self.h.action, fresh.action, "incremental h_max drifted");
        }
    }

    /// Recomputes an action's value from its conditions; offers its effects
    /// if it got cheaper.
    fn recheck(&mut self, net: &Network, weight: &[Weight], a: u32) {
        let ai = a as usize;
        if self.h.action[ai] == UNREACHED {
            // Cheaper costs never make anything reachable that was not.
            return;
        }
        let facts = net
            .pre
            .row(ai)
            .iter()
            .map(|&f| (self.h.fact[f as usize], Condition::Fact(f)));
        let groups = net
            .groups
            .row(ai)
            .iter()
            .map(|&g| (self.h.group[g as usize], Condition::Group(g)));
        let mut value = 0;
        let mut last = Condition::Initial;
        // mutants: tie-break — `>=` keeps the last of equally expensive
        // conditions instead of the first. LM-cut may take any most
        // expensive condition as the critical one: the cut stays a landmark
        // and the bound admissible, so no answer of the solver depends on it.
        for (weight, condition) in facts.chain(groups) {
            if weight > value || last == Condition::Initial {
                (value, last) = (weight, condition);
            }
        }
        self.h.last[ai] = last;
        // mutants: equivalent — offering an unchanged value lowers nothing.
        if value < self.h.action[ai] {
            self.h.action[ai] = value;
            self.offer(net, weight, a);
        }
    }

    /// Lowers the facts `a` adds to what `a` now costs, where that is cheaper.
    fn offer(&mut self, net: &Network, weight: &[Weight], a: u32) {
        let ai = a as usize;
        if self.h.action[ai] == UNREACHED {
            return;
        }
        let value = self.h.action[ai].saturating_add(weight[ai]);
        for &f in net.add.row(ai) {
            // mutants: tie-break — `<=` also re-queues a fact at an unchanged
            // value (LM-cut never reads `achiever`), whose users may then
            // pick another equally expensive critical condition.
            if value < self.h.fact[f as usize] {
                self.h.fact[f as usize] = value;
                self.h.achiever[f as usize] = a;
                self.heap.push(Reverse((value, f)));
            }
        }
    }
}

/// Where a node of the justification graph lies in the current round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Unseen,
    /// The goal zone: the node reaches the goal through zero-weight edges.
    Goal,
    /// Reached from the initial state without passing the goal zone.
    Before,
    /// Reached from the initial state only through the goal zone.
    Beyond,
}

/// Scratch space for the cuts of the justification graph. Its nodes are the
/// facts, then the `pre_any` groups (group `g` is node `num_facts + g`).
struct Zone {
    num_facts: usize,
    /// Per node: where it lies in the current round.
    side: Vec<Side>,
    /// Per node: the last query of [`Zone::is_before`] that visited it.
    visited_by: Vec<u32>,
    /// Per node: the node that query reached it from, which a justification
    /// edge leads to from this one.
    toward: Vec<usize>,
    query: u32,
    in_cut: Vec<bool>,
    is_init: Vec<bool>,
    /// The facts of the goal zone, in the order they entered it.
    goal_zone: Vec<u32>,
    stack: Vec<usize>,
    visited: Vec<usize>,
}

impl Zone {
    fn new(net: &Network) -> Self {
        let nodes = net.num_facts + net.num_groups();
        let mut is_init = vec![false; net.num_facts];
        for &f in &net.init {
            is_init[f as usize] = true;
        }
        Zone {
            num_facts: net.num_facts,
            side: vec![Side::Unseen; nodes],
            visited_by: vec![0; nodes],
            toward: vec![0; nodes],
            query: 0,
            in_cut: vec![false; net.num_actions()],
            is_init,
            goal_zone: Vec::new(),
            stack: Vec::new(),
            visited: Vec::new(),
        }
    }

    /// The node of a condition; `None` for the initial one.
    fn node(&self, condition: Condition) -> Option<usize> {
        match condition {
            Condition::Initial => None,
            Condition::Fact(f) => Some(f as usize),
            Condition::Group(g) => Some(self.num_facts + g as usize),
        }
    }

    /// The actions whose most expensive condition lies before the goal zone
    /// and that add a fact inside it. The goal zone holds `goal` and every
    /// node from which it is reached through zero-weight justification edges;
    /// "before" it is every node reached from the initial state through
    /// justification edges without passing the goal zone.
    ///
    /// Only the conditions of the goal zone's achievers need to be placed,
    /// and each is placed by a search back from it ([`Zone::is_before`]),
    /// which usually ends after a few steps: far cheaper than walking the
    /// whole before-zone forward in every round.
    fn cut(&mut self, net: &Network, h: &Relaxation, residual: &[Weight], goal: u32) -> Vec<u32> {
        self.side.fill(Side::Unseen);
        self.goal_zone.clear();
        self.stack.clear();
        self.enter_goal_zone(goal as usize);
        while let Some(n) = self.stack.pop() {
            if n < self.num_facts {
                for &a in net.achievers.row(n) {
                    if residual[a as usize] == 0
                        && h.action[a as usize] != UNREACHED
                        && let Some(condition) = self.node(h.last[a as usize])
                    {
                        self.enter_goal_zone(condition);
                    }
                }
            } else {
                for &x in net.alts.row(n - self.num_facts) {
                    if h.fact[x as usize] != UNREACHED {
                        self.enter_goal_zone(x as usize);
                    }
                }
            }
        }

        let mut cut = Vec::new();
        for i in 0..self.goal_zone.len() {
            for &a in net.achievers.row(self.goal_zone[i] as usize) {
                let ai = a as usize;
                if h.action[ai] == UNREACHED || self.in_cut[ai] {
                    continue;
                }
                let before = match self.node(h.last[ai]) {
                    None => true,
                    Some(condition) => self.is_before(net, h, condition),
                };
                if before {
                    self.in_cut[ai] = true;
                    cut.push(a);
                }
            }
        }
        let cut = self.finish(cut);
        #[cfg(debug_assertions)]
        {
            for side in &mut self.side {
                if matches!(*side, Side::Before | Side::Beyond) {
                    *side = Side::Unseen;
                }
            }
            let walked = self.cut_by_walk(net, h);
            debug_assert_eq!(cut, walked, "the cut differs from a full forward walk");
        }
        cut
    }

    fn enter_goal_zone(&mut self, n: usize) {
        if self.side[n] == Side::Unseen {
            self.side[n] = Side::Goal;
            // mutants: equivalent — `<=` would also list group 0, node
            // `num_facts`, as a fact of the zone; `achievers.row` of that
            // index is empty, so the cut is the same.
            if n < self.num_facts {
                self.goal_zone.push(n as u32);
            }
            self.stack.push(n);
        }
    }

    /// Whether node `start` is reached from the initial state without
    /// passing the goal zone: a depth-first search back along justification
    /// edges, through nodes outside the zone, for the initial state or a node
    /// already known to be before it. The answer is remembered for the round:
    /// on success for the path found, on failure for every node visited
    /// (none of them can be reached either).
    fn is_before(&mut self, net: &Network, h: &Relaxation, start: usize) -> bool {
        match self.side[start] {
            Side::Before => return true,
            Side::Goal | Side::Beyond => return false,
            Side::Unseen => {}
        }
        self.query += 1;
        self.visited.clear();
        self.stack.clear();
        self.visit(start, start);
        let mut found = None;
        'search: while let Some(n) = self.stack.pop() {
            if n < self.num_facts {
                if self.is_init[n] {
                    found = Some(n);
                    break;
                }
                for &a in net.achievers.row(n) {
                    if h.action[a as usize] == UNREACHED {
                        continue;
                    }
                    let reached = match self.node(h.last[a as usize]) {
                        None => Some(n),
                        Some(condition) => self.step(condition, n),
                    };
                    if reached.is_some() {
                        found = reached;
                        break 'search;
                    }
                }
            } else {
                for &x in net.alts.row(n - self.num_facts) {
                    if h.fact[x as usize] != UNREACHED {
                        let reached = self.step(x as usize, n);
                        if reached.is_some() {
                            found = reached;
                            break 'search;
                        }
                    }
                }
            }
        }
        match found {
            Some(mut n) => {
                loop {
                    self.side[n] = Side::Before;
                    if n == start {
                        break;
                    }
                    n = self.toward[n];
                }
                true
            }
            None => {
                for &n in &self.visited {
                    self.side[n] = Side::Beyond;
                }
                false
            }
        }
    }

    /// A justification edge leads from node `from` to node `to`, which the
    /// search reached: `Some(from)` if `from` is known to be before the zone,
    /// else `from` is searched next if it may be.
    fn step(&mut self, from: usize, to: usize) -> Option<usize> {
        match self.side[from] {
            Side::Before => {
                self.toward[from] = to;
                Some(from)
            }
            Side::Unseen if self.visited_by[from] != self.query => {
                self.visit(from, to);
                None
            }
            _ => None,
        }
    }

    fn visit(&mut self, n: usize, toward: usize) {
        self.visited_by[n] = self.query;
        self.toward[n] = toward;
        self.visited.push(n);
        self.stack.push(n);
    }

    /// Sorts a finished cut and clears its `in_cut` flags for the next one.
    fn finish(&mut self, mut cut: Vec<u32>) -> Vec<u32> {
        for &a in &cut {
            self.in_cut[a as usize] = false;
        }
        cut.sort_unstable();
        cut
    }

    /// The cut by the textbook method, to check [`Zone::cut`] in debug
    /// builds: walk the whole before-zone forward from the initial state.
    #[cfg(debug_assertions)]
    fn cut_by_walk(&mut self, net: &Network, h: &Relaxation) -> Vec<u32> {
        let mut cut = Vec::new();
        for &a in &net.unconditioned {
            self.reach_through(net, a, &mut cut);
        }
        for &f in &net.init {
            if self.side[f as usize] == Side::Unseen {
                self.side[f as usize] = Side::Before;
                self.stack.push(f as usize);
            }
        }
        // Only reached actions have a fact or group as their `last`
        // condition, so `last == node` needs no check for reachability.
        while let Some(n) = self.stack.pop() {
            if n < self.num_facts {
                let node = Condition::Fact(n as u32);
                for &a in net.pre_users.row(n) {
                    if h.last[a as usize] == node {
                        self.reach_through(net, a, &mut cut);
                    }
                }
                for &g in net.fact_groups.row(n) {
                    let group = self.num_facts + g as usize;
                    if self.side[group] == Side::Unseen {
                        self.side[group] = Side::Before;
                        self.stack.push(group);
                    }
                }
            } else {
                let g = n - self.num_facts;
                let node = Condition::Group(g as u32);
                for &a in net.group_users.row(g) {
                    if h.last[a as usize] == node {
                        self.reach_through(net, a, &mut cut);
                    }
                }
            }
        }
        self.finish(cut)
    }

    /// `a`'s most expensive condition is before the goal zone: `a` is in the
    /// cut if it adds into the zone, and its other effects are before it.
    #[cfg(debug_assertions)]
    fn reach_through(&mut self, net: &Network, a: u32, cut: &mut Vec<u32>) {
        for &f in net.add.row(a as usize) {
            match self.side[f as usize] {
                Side::Goal => {
                    if !self.in_cut[a as usize] {
                        self.in_cut[a as usize] = true;
                        cut.push(a);
                    }
                }
                Side::Unseen => {
                    self.side[f as usize] = Side::Before;
                    self.stack.push(f as usize);
                }
                Side::Before | Side::Beyond => {}
            }
        }
    }
}

/// The dual bound of a landmark family: landmarks in order, each charged the
/// smallest residual weight among its usable actions, which is then deducted
/// from all of them. This is a feasible solution of the dual of the hitting-set
/// LP, hence a lower bound on the weight of any hitting set.
///
/// Actions flagged in `banned` are not usable. Returns `None` if some landmark has no usable
/// action. `residual` must hold the weights on entry and holds the reduced
/// weights on exit: any hitting set containing action `a` weighs at least
/// the bound plus `residual[a]`.
pub(crate) fn dual_bound<'l>(
    landmarks: impl IntoIterator<Item = &'l [u32]>,
    banned: &[bool],
    residual: &mut [Weight],
) -> Option<Weight> {
    let mut total: Weight = 0;
    for landmark in landmarks {
        let charge = landmark
            .iter()
            .filter(|&&a| !banned[a as usize])
            .map(|&a| residual[a as usize])
            .min()?;
        // mutants: equivalent — charging 0 deducts and adds nothing.
        if charge > 0 {
            for &a in landmark {
                if !banned[a as usize] {
                    residual[a as usize] -= charge;
                }
            }
            total += charge;
        }
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use fixedbitset::FixedBitSet;
    use proptest::prelude::*;

    use super::*;
    use crate::task::{Action, Task, act, small_task};

    fn weights(task: &Task) -> Vec<Weight> {
        task.actions.iter().map(|a| a.weight as Weight).collect()
    }

    /// LM-cut of a single-goal task without init facts or budget.
    fn lm_cut_of(num_facts: u32, actions: Vec<Action>, goal: u32) -> Option<LmCut> {
        lm_cut_from(num_facts, actions, &[], goal)
    }

    /// LM-cut of a single-goal task from the `init` facts, without budget.
    fn lm_cut_from(num_facts: u32, actions: Vec<Action>, init: &[u32], goal: u32) -> Option<LmCut> {
        let task = Task {
            num_facts,
            actions,
            init: init.to_vec(),
            goal: vec![goal],
            budget: None,
        };
        lm_cut(&Network::new(&task), &weights(&task), None)
    }

    #[test]
    fn lm_cut_is_exact_on_a_chain_with_alternatives() {
        // 0 via a0 (2) or a1 (3); 1 needs {0|2}, via a2 (4); 2 via a3 (10).
        let actions = vec![
            act(vec![], vec![], vec![0], 2),
            act(vec![], vec![], vec![0], 3),
            act(vec![], vec![vec![0, 2]], vec![1], 4),
            act(vec![], vec![], vec![2], 10),
        ];
        let costs: Vec<Weight> = actions.iter().map(|a| a.weight as Weight).collect();
        let lm = lm_cut_of(3, actions, 1).expect("reachable");
        assert_eq!(lm.bound, 6);
        // The bound is the optimum (a0 then a2): both are charged in full,
        // while a1 and a3, in no optimal plan, keep part of their weight.
        assert_eq!(lm.residual[0], 0);
        assert_eq!(lm.residual[2], 0);
        assert!(
            lm.residual[1] > 0 && lm.residual[3] > 0,
            "{:?}",
            lm.residual
        );
        let mut residual = costs;
        let replay = dual_bound(
            lm.landmarks.iter().map(Vec::as_slice),
            &[false; 4],
            &mut residual,
        );
        assert_eq!(replay, Some(6));
    }

    /// Fact 2 is reached only through fact 1, which a free action puts in
    /// the goal zone: the action from 2 into the zone is no part of the cut,
    /// which holds exactly the action before the zone.
    #[test]
    fn a_cut_leaves_out_actions_reached_only_through_the_goal_zone() {
        let actions = vec![
            act(vec![], vec![], vec![1], 1),
            act(vec![1], vec![], vec![0], 0),
            act(vec![1], vec![], vec![2], 1),
            act(vec![2], vec![], vec![0], 5),
        ];
        let lm = lm_cut_of(3, actions, 0).expect("reachable");
        assert_eq!(lm.landmarks, vec![vec![0]]);
        assert_eq!(lm.bound, 1);
    }

    #[test]
    fn lm_cut_reports_unreachable_and_trivial_goals() {
        let mut task = Task {
            num_facts: 2,
            actions: vec![act(vec![1], vec![], vec![0], 1)],
            init: vec![],
            goal: vec![0],
            budget: None,
        };
        let net = Network::new(&task);
        assert!(lm_cut(&net, &weights(&task), None).is_none());
        task.goal.clear();
        let net = Network::new(&task);
        assert_eq!(
            lm_cut(&net, &weights(&task), None).map(|l| l.bound),
            Some(0)
        );
    }

    /// The dual bound of the landmarks {a0, a1} and {a1} under weights 5
    /// and 3, and the residual weights it leaves.
    fn dual_bound_of(banned: &[bool]) -> (Option<Weight>, Vec<Weight>) {
        let landmarks = [vec![0u32, 1], vec![1]];
        let mut residual = vec![5, 3];
        let bound = dual_bound(landmarks.iter().map(Vec::as_slice), banned, &mut residual);
        (bound, residual)
    }

    #[test]
    fn dual_bound_reports_empty_landmarks() {
        assert_eq!(dual_bound_of(&[false, true]).0, None);
    }

    /// A goal that free actions reach from the initial state costs nothing:
    /// LM-cut stops at once, and never charges the dear way to it.
    #[test]
    fn a_goal_reached_for_free_has_bound_zero() {
        let actions = vec![
            act(vec![0], vec![], vec![1], 0),
            act(vec![], vec![], vec![1], 5),
        ];
        let lm = lm_cut_from(2, actions, &[0], 1).expect("reachable");
        assert_eq!(lm.bound, 0);
        assert!(lm.landmarks.is_empty(), "{:?}", lm.landmarks);
        assert_eq!(lm.residual, [0, 5]);
    }

    /// From a non-empty initial state the cuts follow the chain back to it.
    #[test]
    fn lm_cut_starts_from_the_initial_facts() {
        // 0 holds; a0 needs 0 and adds 1 (3), a1 needs 1 and adds 2 (4).
        let actions = vec![
            act(vec![0], vec![], vec![1], 3),
            act(vec![1], vec![], vec![2], 4),
        ];
        let lm = lm_cut_from(3, actions, &[0], 2).expect("reachable");
        assert_eq!(lm.landmarks, vec![vec![1], vec![0]]);
        assert_eq!(lm.bound, 7);
    }

    /// Each landmark is charged what is left of its cheapest action: after
    /// {a0, a1} took 3 from both, {a1} has nothing left to charge.
    #[test]
    fn dual_bound_charges_what_earlier_landmarks_left() {
        assert_eq!(dual_bound_of(&[false, false]), (Some(3), vec![2, 0]));
    }

    /// A deadline that has not passed leaves LM-cut as it is without one:
    /// every cut is made, not just the first.
    #[test]
    fn a_deadline_still_ahead_changes_nothing() {
        let actions = vec![
            act(vec![], vec![], vec![0], 2),
            act(vec![0], vec![], vec![1], 3),
            act(vec![1], vec![], vec![2], 4),
        ];
        let task = Task {
            num_facts: 3,
            actions,
            goal: vec![2],
            ..Task::default()
        };
        let net = Network::new(&task);
        let ahead = Instant::now() + std::time::Duration::from_secs(3600);
        let unhurried = lm_cut(&net, &weights(&task), None).expect("reachable");
        let hurried = lm_cut(&net, &weights(&task), Some(ahead)).expect("reachable");
        assert_eq!(unhurried.landmarks, vec![vec![2], vec![1], vec![0]]);
        assert_eq!(unhurried.bound, 9);
        assert_eq!(hurried.landmarks, unhurried.landmarks);
        assert_eq!(hurried.bound, unhurried.bound);
    }

    /// Each `pre_any` group is a node of its own, after the facts: whether
    /// the goal's achiever waits on its first group or its second, the cut
    /// in front of that group holds the actions adding its facts.
    #[test]
    fn a_cut_in_front_of_a_group_holds_its_alternatives() {
        // Goal 4 via a4, which needs {0|1} (cheap) and {2|3} (dearer).
        let (cheap, dear) = (vec![0, 1], vec![2, 3]);
        for groups in [vec![cheap.clone(), dear.clone()], vec![dear, cheap]] {
            let actions = vec![
                act(vec![], vec![], vec![0], 1),
                act(vec![], vec![], vec![1], 1),
                act(vec![], vec![], vec![2], 5),
                act(vec![], vec![], vec![3], 6),
                act(vec![], groups.clone(), vec![4], 1),
            ];
            let lm = lm_cut_of(5, actions, 4).expect("reachable");
            assert_eq!(lm.landmarks[..2], [vec![4], vec![2, 3]], "{groups:?}");
            assert_eq!(lm.bound, 1 + 5 + 1, "{groups:?}");
        }
    }

    proptest! {
        /// After any actions got cheaper, `HMax::cheapen` leaves h_max as a
        /// fresh computation under the new weights has it: the contract
        /// LM-cut relies on, checked here even where LM-cut never cheapens
        /// that way.
        #[test]
        fn cheapened_h_max_equals_a_fresh_one(
            task in small_task(),
            rounds in proptest::collection::vec(proptest::collection::vec((0..8usize, 1..10u128), 1..=3), 1..=4),
        ) {
            let net = Network::new(&task);
            let mut weight = weights(&task);
            let mut hmax = HMax::new(&net, &weight);
            for round in rounds {
                let mut cheapened = Vec::new();
                for (a, by) in round {
                    let a = a % weight.len();
                    weight[a] = weight[a].saturating_sub(by);
                    cheapened.push(a as u32);
                }
                hmax.cheapen(&net, &weight, &cheapened);
                let fresh = relax(&net, &weight, Combine::Max);
                prop_assert_eq!(&hmax.h.fact, &fresh.fact);
                prop_assert_eq!(&hmax.h.group, &fresh.group);
                prop_assert_eq!(&hmax.h.action, &fresh.action);
            }
        }

        /// Every cut is a landmark: without its actions the goal is out of
        /// reach. (Debug builds also check each cut against a full forward
        /// walk of the justification graph.)
        #[test]
        fn every_cut_is_a_landmark(task in small_task()) {
            let net = Network::new(&task);
            let Some(lm) = lm_cut(&net, &weights(&task), None) else {
                return Ok(());
            };
            for cut in &lm.landmarks {
                let mut allowed = FixedBitSet::with_capacity(task.actions.len());
                allowed.insert_range(..);
                for &a in cut {
                    allowed.remove(a as usize);
                }
                let reach = crate::reach::forward(&task, &allowed);
                prop_assert!(
                    !task.goal.iter().all(|&g| reach.facts.contains(g as usize)),
                    "{:?} is no landmark of {:?}", cut, task
                );
            }
        }
    }
}

//! Exact search: branch and bound over hitting sets of landmarks, with lazily
//! generated landmarks (branch and cut).
//!
//! Every plan hits every landmark, so the cheapest plan is the cheapest
//! hitting set of *all* landmarks that happens to be a plan. The search keeps
//! a growing family of landmarks and enumerates hitting sets by branching on
//! an unhit landmark: take its first action; or forbid it and take another.
//! When the taken actions hit every known landmark but are no plan, a new
//! landmark they miss is generated (see [`crate::cuts`]) and the search goes
//! on in place, rather than restarting as the textbook implicit-hitting-set
//! loop does.
//!
//! Pruning, at every node: the dual bound of the unhit landmarks (weight, and
//! spend against the budget), and reduced-weight fixing, which forbids every
//! action whose reduced weight alone would reach the incumbent's weight.

use std::time::Instant;

use crate::bounds::dual_bound;
use crate::cuts::{CutFinder, Probe};
use crate::network::Network;
use crate::relax::Weight;

/// What the search found.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    /// The best plan (sorted action ids), if any beat the initial incumbent.
    pub plan: Option<Vec<u32>>,
    /// A lower bound on the weight of every plan within the budget.
    pub lower_bound: Weight,
    /// Whether the search ran to completion (so the best plan is optimal).
    pub complete: bool,
}

/// The problem and the search state.
pub(crate) struct HittingSearch<'n> {
    weight: &'n [Weight],
    spend: &'n [Weight],
    budget: Option<Weight>,
    deadline: Option<Instant>,
    cuts: CutFinder<'n>,
    landmarks: Vec<Vec<u32>>,
    /// Per action: the landmarks containing it.
    occurs: Vec<Vec<u32>>,
    /// Per landmark: how many taken actions it contains.
    hits: Vec<u32>,
    taken: Vec<bool>,
    banned: Vec<bool>,
    taken_cost: Weight,
    taken_spend: Weight,
    /// The weight to beat.
    best_cost: Weight,
    best: Option<Vec<u32>>,
    residual: Vec<Weight>,
    /// Scratch: unhit landmarks as (usable actions, id), in charging order.
    order: Vec<(usize, usize)>,
    /// The actions banned at the nodes on the current path, deepest last.
    bans: Vec<u32>,
    /// The branching options of the nodes on the current path, deepest last.
    options: Vec<u32>,
    timed_out: bool,
}

impl<'n> HittingSearch<'n> {
    /// A search for plans strictly cheaper than `incumbent` (`None`: any plan),
    /// starting from the landmarks `seeds`.
    pub(crate) fn new(
        net: &'n Network,
        weight: &'n [Weight],
        spend: &'n [Weight],
        budget: Option<Weight>,
        deadline: Option<Instant>,
        incumbent: Option<Weight>,
        seeds: Vec<Vec<u32>>,
    ) -> Self {
        let n = net.num_actions();
        let mut search = HittingSearch {
            weight,
            spend,
            budget,
            deadline,
            cuts: CutFinder::new(net, weight),
            landmarks: Vec::new(),
            occurs: vec![Vec::new(); n],
            hits: Vec::new(),
            taken: vec![false; n],
            banned: vec![false; n],
            taken_cost: 0,
            taken_spend: 0,
            best_cost: incumbent.unwrap_or(Weight::MAX),
            best: None,
            residual: vec![0; n],
            order: Vec::new(),
            bans: Vec::new(),
            options: Vec::new(),
            timed_out: false,
        };
        for landmark in seeds {
            search.add_landmark(landmark);
        }
        search
    }

    /// Runs the search to completion or to the deadline.
    pub(crate) fn run(mut self) -> Found {
        self.explore();
        let root = self.cost_bound().unwrap_or(self.best_cost);
        let complete = !self.timed_out;
        Found {
            lower_bound: if complete { self.best_cost } else { root },
            plan: self.best,
            complete,
        }
    }

    fn add_landmark(&mut self, landmark: Vec<u32>) {
        let id = self.landmarks.len() as u32;
        let hit = landmark.iter().filter(|&&a| self.taken[a as usize]).count();
        for &a in &landmark {
            self.occurs[a as usize].push(id);
        }
        self.hits.push(hit as u32);
        self.landmarks.push(landmark);
    }

    fn take(&mut self, a: u32) {
        self.taken[a as usize] = true;
        self.taken_cost += self.weight[a as usize];
        self.taken_spend += self.spend[a as usize];
        for &l in &self.occurs[a as usize] {
            self.hits[l as usize] += 1;
        }
    }

    fn untake(&mut self, a: u32) {
        self.taken[a as usize] = false;
        self.taken_cost -= self.weight[a as usize];
        self.taken_spend -= self.spend[a as usize];
        for &l in &self.occurs[a as usize] {
            self.hits[l as usize] -= 1;
        }
    }

    /// The dual bound of the unhit landmarks under `weights`, leaving the
    /// reduced weights in `self.residual`. Landmarks with fewer usable
    /// actions are charged first: they constrain the most, and charging them
    /// early gives markedly stronger bounds than the order of discovery.
    fn bound_with(&mut self, weights: &[Weight]) -> Option<Weight> {
        let mut order = std::mem::take(&mut self.order);
        order.clear();
        for (l, landmark) in self.landmarks.iter().enumerate() {
            if self.hits[l] == 0 {
                // mutants: equivalent — the count only orders the landmarks
                // (a heuristic); the bound and the branching stay exact.
                let usable = landmark.iter().filter(|&&a| !self.banned[a as usize]);
                order.push((usable.count(), l));
            }
        }
        order.sort_unstable();
        let mut residual = std::mem::take(&mut self.residual);
        residual.copy_from_slice(weights);
        let unhit = order.iter().map(|&(_, l)| self.landmarks[l].as_slice());
        let bound = dual_bound(unhit, &self.banned, &mut residual);
        self.residual = residual;
        self.order = order;
        bound
    }

    fn cost_bound(&mut self) -> Option<Weight> {
        self.bound_with(self.weight)
    }

    fn out_of_time(&mut self) -> bool {
        if !self.timed_out && self.deadline.is_some_and(|d| Instant::now() >= d) {
            self.timed_out = true;
        }
        self.timed_out
    }

    /// Whether the budget rules out every completion of the taken actions.
    fn over_budget(&mut self) -> bool {
        let Some(budget) = self.budget else {
            return false;
        };
        if self.taken_spend > budget {
            return true;
        }
        match self.bound_with(self.spend) {
            Some(more) => self.taken_spend + more > budget,
            None => true,
        }
    }

    /// Forbids every free action whose reduced weight alone closes the gap to
    /// the incumbent; returns how many were forbidden (pushed on `bans`).
    // mutants: equivalent — returning 0 (fixing nothing) only prunes less:
    // a forbidden action could only lead to plans no better than the best.
    fn fix_by_reduced_cost(&mut self, bound: Weight) -> usize {
        let Some(gap) = self
            .best_cost
            .checked_sub(self.taken_cost)
            .and_then(|g| g.checked_sub(bound))
        else {
            return 0;
        };
        let before = self.bans.len();
        // mutants: heuristic — with `!` deleted below, only taken actions are
        // banned (which changes what probes avoid), so nothing is fixed.
        for a in 0..self.taken.len() {
            if !self.taken[a] && !self.banned[a] && self.residual[a] >= gap {
                self.banned[a] = true;
                self.bans.push(a as u32);
            }
        }
        self.bans.len() - before
    }

    /// The unhit landmark with the fewest usable actions, or `None` if all
    /// are hit (as ordered by the last bound computed).
    fn branching_landmark(&self) -> Option<usize> {
        self.order.first().map(|&(_, l)| l)
    }

    fn explore(&mut self) {
        if self.out_of_time() {
            return;
        }
        // This node's bans and branching options live on shared stacks above
        // the parent's, so a node allocates nothing.
        let bans_from = self.bans.len();
        if let Some(l) = self.settle() {
            let options_from = self.options.len();
            let landmark = &self.landmarks[l];
            let usable = landmark.iter().filter(|&&a| !self.banned[a as usize]);
            self.options.extend(usable);
            let weight = self.weight;
            self.options[options_from..].sort_by_key(|&a| (weight[a as usize], a));
            for next in options_from..self.options.len() {
                let a = self.options[next];
                self.take(a);
                self.explore();
                self.untake(a);
                if self.timed_out {
                    break;
                }
                self.banned[a as usize] = true;
                self.bans.push(a);
            }
            self.options.truncate(options_from);
        }
        for a in self.bans.drain(bans_from..) {
            self.banned[a as usize] = false;
        }
    }

    /// Bounds, fixes and extends the landmarks at the current node until it is
    /// pruned (`None`), yields a plan (`None`, recorded), or has a landmark to
    /// branch on.
    fn settle(&mut self) -> Option<usize> {
        loop {
            if self.out_of_time() {
                return None;
            }
            let bound = self.cost_bound()?;
            if self.taken_cost + bound >= self.best_cost {
                return None;
            }
            if self.fix_by_reduced_cost(bound) > 0 {
                continue;
            }
            if self.over_budget() {
                return None;
            }
            if let Some(l) = self.branching_landmark() {
                return Some(l);
            }
            match self.cuts.probe(&self.taken, &self.banned) {
                Probe::Landmark(landmark) => self.add_landmark(landmark),
                Probe::Plan(plan) => {
                    self.best_cost = plan.iter().map(|&a| self.weight[a as usize]).sum();
                    self.best = Some(plan);
                    return None;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use fixedbitset::FixedBitSet;
    use proptest::prelude::*;

    use super::*;
    use crate::task::{Task, small_task};

    /// The least weight of an action set that reaches the goal within the
    /// budget, by trying every subset; `None` if there is none.
    fn brute_force(task: &Task) -> Option<Weight> {
        let n = task.actions.len();
        (0..1u32 << n)
            .filter(|&subset| {
                let spend: u64 = (0..n)
                    .filter(|&a| subset >> a & 1 == 1)
                    .map(|a| task.actions[a].spend)
                    .sum();
                task.budget.is_none_or(|b| spend <= b)
            })
            .filter(|&subset| {
                let mut allowed = FixedBitSet::with_capacity(n);
                allowed.extend((0..n).filter(|&a| subset >> a & 1 == 1));
                let reach = crate::reach::forward(task, &allowed);
                task.goal.iter().all(|&g| reach.facts.contains(g as usize))
            })
            .map(|subset| {
                (0..n)
                    .filter(|&a| subset >> a & 1 == 1)
                    .map(|a| Weight::from(task.actions[a].weight))
                    .sum()
            })
            .min()
    }

    /// A task whose actions need nothing and add `adds`; the tests below
    /// pass their weights and spends to the search themselves.
    fn task_adding(num_facts: u32, adds: &[&[u32]], goal: &[u32]) -> Task {
        let act = |add: &&[u32]| crate::task::act(vec![], vec![], add.to_vec(), 1);
        Task {
            num_facts,
            actions: adds.iter().map(act).collect(),
            goal: goal.to_vec(),
            ..Task::default()
        }
    }

    /// Taking an action counts it in the cost, the spend and every landmark
    /// holding it; untaking it restores all three exactly.
    #[test]
    fn untake_undoes_take() {
        let net = Network::new(&task_adding(1, &[&[0], &[0]], &[0]));
        let (weight, spend): (Vec<Weight>, Vec<Weight>) = (vec![4, 6], vec![2, 3]);
        let seeds = vec![vec![0, 1], vec![1]];
        let mut search = HittingSearch::new(&net, &weight, &spend, None, None, None, seeds);
        let state = |s: &HittingSearch<'_>| (s.hits.clone(), s.taken_cost, s.taken_spend);
        assert_eq!(state(&search), (vec![0, 0], 0, 0));
        search.take(1);
        assert_eq!(state(&search), (vec![1, 1], 6, 3));
        search.take(0);
        assert_eq!(state(&search), (vec![2, 1], 10, 5));
        search.untake(1);
        assert_eq!(state(&search), (vec![1, 0], 4, 2));
        search.untake(0);
        assert_eq!(state(&search), (vec![0, 0], 0, 0));
    }

    /// The budget bounds what the taken actions spend plus what the rest
    /// must spend at least: two goal facts at 3 each fit a budget of 7.
    #[test]
    fn spends_add_up_against_the_budget() {
        let net = Network::new(&task_adding(2, &[&[0], &[1]], &[0, 1]));
        let (weight, spend): (Vec<Weight>, Vec<Weight>) = (vec![1, 1], vec![3, 3]);
        for (budget, plan) in [(7, Some(vec![0, 1])), (6, Some(vec![0, 1])), (5, None)] {
            let found =
                HittingSearch::new(&net, &weight, &spend, Some(budget), None, None, Vec::new())
                    .run();
            assert_eq!(found.plan, plan, "budget {budget}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        /// On its own, without an incumbent or seed landmarks, the search
        /// finds an optimal plan within the budget, proves it, and reports
        /// nothing when no plan fits.
        #[test]
        fn the_search_alone_is_exact(task in small_task()) {
            let net = Network::new(&task);
            let weight: Vec<Weight> = task.actions.iter().map(|a| a.weight.into()).collect();
            let spend: Vec<Weight> = task.actions.iter().map(|a| a.spend.into()).collect();
            let budget = task.budget.map(Weight::from);
            let search = |deadline| {
                HittingSearch::new(&net, &weight, &spend, budget, deadline, None, Vec::new()).run()
            };
            // A deadline still ahead changes nothing; one already passed
            // stops the search before it proves anything.
            let ahead = Instant::now() + std::time::Duration::from_secs(3600);
            let (found, unhurried) = (search(Some(ahead)), search(None));
            prop_assert_eq!(&found.plan, &unhurried.plan);
            prop_assert!(found.complete);
            let expired = search(Some(Instant::now()));
            prop_assert!(!expired.complete);
            prop_assert!(expired.plan.is_none());
            let plan_weight = found
                .plan
                .as_ref()
                .map(|plan| plan.iter().map(|&a| weight[a as usize]).sum::<Weight>());
            prop_assert_eq!(plan_weight, brute_force(&task));
            if let Some(plan) = &found.plan {
                let spent: Weight = plan.iter().map(|&a| spend[a as usize]).sum();
                prop_assert!(budget.is_none_or(|b| spent <= b), "{:?} over budget", plan);
                prop_assert_eq!(Some(found.lower_bound), plan_weight);
            }
        }
    }
}

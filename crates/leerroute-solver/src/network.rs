//! The task as flat adjacency arrays, and an incremental forward propagator.
//!
//! Every algorithm of the planner walks the same graph: facts enable actions
//! (directly through `pre`, or through a disjunctive group of `pre_any`),
//! actions add facts. Building it once as compressed rows keeps the hot loops
//! free of allocation and of the duplicates a hand-written task may contain.

use std::collections::BTreeMap;

use crate::task::{ActionId, FactId, Task};

/// Rows of small integers stored back to back (compressed sparse rows).
#[derive(Debug, Clone, Default)]
pub(crate) struct Csr {
    start: Vec<usize>,
    items: Vec<u32>,
}

impl Csr {
    /// No rows yet.
    fn empty() -> Self {
        Csr {
            start: vec![0],
            items: Vec::new(),
        }
    }

    /// Ends the row made of the items pushed since the last row ended,
    /// sorted and without duplicates.
    fn close_normalized_row(&mut self) {
        let from = self.start.last().copied().unwrap_or(0);
        let kept = normalize_in_place(&mut self.items[from..]);
        self.items.truncate(from + kept);
        self.start.push(self.items.len());
    }

    /// The reverse relation: row `j` of the result lists every `i` whose row holds `j`.
    fn transpose(&self, num_rows: usize) -> Csr {
        let mut count = vec![0usize; num_rows + 1];
        for &j in &self.items {
            count[j as usize + 1] += 1;
        }
        for j in 0..num_rows {
            count[j + 1] += count[j];
        }
        let mut fill = count.clone();
        let mut items = vec![0u32; self.items.len()];
        for i in 0..self.num_rows() {
            for &j in self.row(i) {
                items[fill[j as usize]] = i as u32;
                fill[j as usize] += 1;
            }
        }
        Csr {
            start: count,
            items,
        }
    }

    pub(crate) fn num_rows(&self) -> usize {
        self.start.len() - 1
    }

    /// Row `i`; empty when `i` is out of range.
    pub(crate) fn row(&self, i: usize) -> &[u32] {
        match (self.start.get(i), self.start.get(i + 1)) {
            (Some(&from), Some(&to)) => &self.items[from..to],
            _ => &[],
        }
    }
}

/// Sorted, duplicate-free copy of a fact list.
fn normalized(facts: &[u32]) -> Vec<u32> {
    let mut facts = facts.to_vec();
    let kept = normalize_in_place(&mut facts);
    facts.truncate(kept);
    facts
}

/// Sorts `items` and moves one copy of each value to the front; returns how
/// many there are.
fn normalize_in_place(items: &mut [u32]) -> usize {
    items.sort_unstable();
    let mut kept = 0;
    for read in 0..items.len() {
        if kept == 0 || items[read] != items[kept - 1] {
            items[kept] = items[read];
            kept += 1;
        }
    }
    kept
}

/// The adjacency structure of a [`Task`], with duplicates removed.
///
/// Identical `pre_any` groups of different actions share one group id, so a
/// group is satisfied (and counted) once.
#[derive(Debug, Clone)]
pub struct Network {
    pub(crate) num_facts: usize,
    /// Action -> facts that must all hold.
    pub(crate) pre: Csr,
    /// Action -> groups that must each have one holding fact.
    pub(crate) groups: Csr,
    /// Action -> facts it adds.
    pub(crate) add: Csr,
    /// Group -> its alternative facts.
    pub(crate) alts: Csr,
    /// Fact -> actions with that fact in `pre`.
    pub(crate) pre_users: Csr,
    /// Fact -> groups it belongs to.
    pub(crate) fact_groups: Csr,
    /// Group -> actions requiring it.
    pub(crate) group_users: Csr,
    /// Fact -> actions adding it.
    pub(crate) achievers: Csr,
    /// Per action: the number of conditions (facts plus groups) to satisfy.
    pub(crate) need: Vec<u32>,
    /// Actions without any condition.
    pub(crate) unconditioned: Vec<u32>,
    /// Goal facts, sorted and without duplicates.
    pub(crate) goal: Vec<u32>,
    /// Init facts, sorted and without duplicates.
    pub(crate) init: Vec<u32>,
}

impl Network {
    /// Builds the network; fact ids beyond `task.num_facts` widen the fact range
    /// instead of being rejected, so a malformed task cannot cause a panic.
    pub fn new(task: &Task) -> Self {
        let mut builder = Builder::new(task.num_facts as usize);
        for action in &task.actions {
            builder.pre(action.pre.iter().copied());
            for alternatives in &action.pre_any {
                builder.group(alternatives.iter().copied());
            }
            builder.add(action.add.iter().copied());
            builder.end_action();
        }
        builder.finish(&task.init, &task.goal)
    }

    /// Whether `action` asks for `fact`, as a plain precondition or as one
    /// alternative of a group.
    pub fn needs(&self, action: ActionId, fact: FactId) -> bool {
        let action = action as usize;
        self.pre.row(action).contains(&fact)
            || self
                .groups
                .row(action)
                .iter()
                .any(|&group| self.alts.row(group as usize).contains(&fact))
    }

    pub(crate) fn num_actions(&self) -> usize {
        self.need.len()
    }

    pub(crate) fn num_groups(&self) -> usize {
        self.alts.num_rows()
    }
}

/// A [`Network`] built one action at a time, straight into its rows (no
/// [`Task`] in between): push an action's `pre` and `add` facts and its
/// groups, then [`Builder::end_action`].
pub(crate) struct Builder {
    num_facts: usize,
    pre: Csr,
    groups: Csr,
    add: Csr,
    alts: Csr,
    /// Identical groups of different actions share one id.
    group_ids: BTreeMap<Vec<u32>, u32>,
    scratch: Vec<u32>,
}

impl Builder {
    /// A builder for at least `num_facts` facts.
    pub(crate) fn new(num_facts: usize) -> Builder {
        Builder {
            num_facts,
            pre: Csr::empty(),
            groups: Csr::empty(),
            add: Csr::empty(),
            alts: Csr::empty(),
            group_ids: BTreeMap::new(),
            scratch: Vec::new(),
        }
    }

    /// Adds facts to the current action's `pre`.
    pub(crate) fn pre(&mut self, facts: impl IntoIterator<Item = u32>) {
        self.pre.items.extend(facts);
    }

    /// Adds facts to the current action's `add`.
    pub(crate) fn add(&mut self, facts: impl IntoIterator<Item = u32>) {
        self.add.items.extend(facts);
    }

    /// Adds a `pre_any` group of the current action.
    pub(crate) fn group(&mut self, alternatives: impl IntoIterator<Item = u32>) {
        self.scratch.clear();
        self.scratch.extend(alternatives);
        let kept = normalize_in_place(&mut self.scratch);
        self.scratch.truncate(kept);
        let id = match self.group_ids.get(&self.scratch) {
            Some(&id) => id,
            None => {
                let id = self.alts.num_rows() as u32;
                self.alts.items.extend_from_slice(&self.scratch);
                self.alts.start.push(self.alts.items.len());
                self.group_ids.insert(self.scratch.clone(), id);
                id
            }
        };
        self.groups.items.push(id);
    }

    /// Ends the current action: what was pushed since the last one is its.
    pub(crate) fn end_action(&mut self) {
        self.pre.close_normalized_row();
        self.groups.close_normalized_row();
        self.add.close_normalized_row();
    }

    pub(crate) fn finish(self, init: &[u32], goal: &[u32]) -> Network {
        let Builder {
            pre,
            groups,
            add,
            alts,
            ..
        } = self;
        let mentioned = pre
            .items
            .iter()
            .chain(&add.items)
            .chain(&alts.items)
            .chain(init)
            .chain(goal)
            .map(|&f| f as usize + 1)
            .max()
            .unwrap_or(0);
        let num_facts = self.num_facts.max(mentioned);
        let num_groups = alts.num_rows();
        let num_actions = pre.num_rows();
        let need: Vec<u32> = (0..num_actions)
            .map(|a| (pre.row(a).len() + groups.row(a).len()) as u32)
            .collect();
        let unconditioned = (0..num_actions as u32)
            .filter(|&a| need[a as usize] == 0)
            .collect();
        Network {
            num_facts,
            pre_users: pre.transpose(num_facts),
            fact_groups: alts.transpose(num_facts),
            group_users: groups.transpose(num_groups),
            achievers: add.transpose(num_facts),
            pre,
            groups,
            add,
            alts,
            need,
            unconditioned,
            goal: normalized(goal),
            init: normalized(init),
        }
    }
}

/// What a propagator did, so it can be undone.
#[derive(Debug, Clone, Copy)]
enum Change {
    Fact(u32),
    Group(u32),
}

/// A point to roll a [`Propagator`] back to.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mark {
    changes: usize,
    ready: usize,
}

/// Forward propagation of facts with per-action counters of unmet conditions.
///
/// The propagator never decides which actions to take: it reports, in order,
/// the actions whose conditions have all become true (`ready`), and the caller
/// fires the ones it wants. Every change is logged so that a tentative step can
/// be undone in time proportional to its own work.
pub(crate) struct Propagator<'n> {
    net: &'n Network,
    holds: Vec<bool>,
    satisfied: Vec<bool>,
    missing: Vec<u32>,
    is_goal: Vec<bool>,
    goal_left: usize,
    changes: Vec<Change>,
    ready: Vec<u32>,
}

impl<'n> Propagator<'n> {
    /// A propagator in the empty state (see [`Propagator::reset`]).
    pub(crate) fn new(net: &'n Network) -> Self {
        let mut is_goal = vec![false; net.num_facts];
        for &g in &net.goal {
            is_goal[g as usize] = true;
        }
        let mut prop = Propagator {
            net,
            holds: vec![false; net.num_facts],
            satisfied: vec![false; net.num_groups()],
            missing: net.need.clone(),
            is_goal,
            goal_left: net.goal.len(),
            // Room for every fact, group and action at once: growing these
            // step by step weight more than the propagation itself.
            changes: Vec::with_capacity(net.num_facts + net.num_groups()),
            ready: Vec::with_capacity(net.num_actions()),
        };
        prop.reset(&[]);
        prop
    }

    /// Back to a state where exactly `facts` hold and nothing was fired.
    pub(crate) fn reset(&mut self, facts: &[u32]) {
        self.holds.fill(false);
        self.satisfied.fill(false);
        self.missing.copy_from_slice(&self.net.need);
        self.goal_left = self.net.goal.len();
        self.changes.clear();
        self.ready.clear();
        self.ready.extend_from_slice(&self.net.unconditioned);
        for &f in facts {
            self.set(f);
        }
    }

    /// Back to the network's initial state.
    pub(crate) fn reset_to_init(&mut self) {
        let net = self.net;
        self.reset(&net.init);
    }

    /// Makes `fact` hold, updating every counter it affects.
    pub(crate) fn set(&mut self, fact: u32) {
        let f = fact as usize;
        if self.holds[f] {
            return;
        }
        self.holds[f] = true;
        self.changes.push(Change::Fact(fact));
        if self.is_goal[f] {
            self.goal_left -= 1;
        }
        let net = self.net;
        for &a in net.pre_users.row(f) {
            self.meet(a);
        }
        for &g in net.fact_groups.row(f) {
            if !self.satisfied[g as usize] {
                self.satisfied[g as usize] = true;
                self.changes.push(Change::Group(g));
                for &a in net.group_users.row(g as usize) {
                    self.meet(a);
                }
            }
        }
    }

    fn meet(&mut self, action: u32) {
        let left = &mut self.missing[action as usize];
        *left -= 1;
        if *left == 0 {
            self.ready.push(action);
        }
    }

    /// Adds the effects of `action` (whether or not it is ready: the caller decides).
    pub(crate) fn fire(&mut self, action: u32) {
        for &f in self.net.add.row(action as usize) {
            self.set(f);
        }
    }

    /// Fires, from position `cursor` of the ready list on, every ready action
    /// that `take` accepts, including those that become ready on the way; the
    /// cursor ends past the last ready action.
    pub(crate) fn saturate(&mut self, cursor: &mut usize, mut take: impl FnMut(u32) -> bool) {
        while let Some(&a) = self.ready.get(*cursor) {
            *cursor += 1;
            if take(a) {
                self.fire(a);
            }
        }
    }

    pub(crate) fn holds(&self, fact: u32) -> bool {
        self.holds.get(fact as usize).copied().unwrap_or(false)
    }

    /// Whether every fact of `facts` holds.
    pub(crate) fn holds_all(&self, facts: &[u32]) -> bool {
        facts.iter().all(|&f| self.holds(f))
    }

    pub(crate) fn goal_reached(&self) -> bool {
        self.goal_left == 0
    }

    pub(crate) fn holding(&self) -> &[bool] {
        &self.holds
    }

    pub(crate) fn mark(&self) -> Mark {
        Mark {
            changes: self.changes.len(),
            ready: self.ready.len(),
        }
    }

    /// Undoes everything done since `mark`.
    pub(crate) fn undo(&mut self, mark: Mark) {
        let net = self.net;
        while self.changes.len() > mark.changes {
            match self.changes.pop() {
                Some(Change::Fact(f)) => {
                    self.holds[f as usize] = false;
                    if self.is_goal[f as usize] {
                        self.goal_left += 1;
                    }
                    for &a in net.pre_users.row(f as usize) {
                        self.missing[a as usize] += 1;
                    }
                }
                Some(Change::Group(g)) => {
                    self.satisfied[g as usize] = false;
                    for &a in net.group_users.row(g as usize) {
                        self.missing[a as usize] += 1;
                    }
                }
                None => break,
            }
        }
        self.ready.truncate(mark.ready);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::task::{self, Action};

    fn action(pre: &[u32], pre_any: &[&[u32]], add: &[u32]) -> Action {
        let pre_any = pre_any.iter().map(|g| g.to_vec()).collect();
        task::act(pre.to_vec(), pre_any, add.to_vec(), 1)
    }

    #[test]
    fn duplicates_and_shared_groups_are_counted_once() {
        let task = Task {
            num_facts: 4,
            actions: vec![
                action(&[0, 0], &[&[1, 2], &[2, 1, 1]], &[3, 3]),
                action(&[], &[&[2, 1]], &[0]),
            ],
            init: vec![],
            goal: vec![3],
            budget: None,
        };
        let net = Network::new(&task);
        assert_eq!(net.num_groups(), 1);
        assert_eq!(net.need, vec![2, 1]);
        assert_eq!(net.add.row(0), &[3]);
    }

    #[test]
    fn undo_restores_counters() {
        let task = Task {
            num_facts: 3,
            actions: vec![action(&[0], &[&[1, 2]], &[2])],
            init: vec![],
            goal: vec![2],
            budget: None,
        };
        let net = Network::new(&task);
        let mut prop = Propagator::new(&net);
        let ready = |prop: &mut Propagator<'_>| {
            let mut seen = Vec::new();
            let mut cursor = 0;
            prop.saturate(&mut cursor, |a| {
                seen.push(a);
                false
            });
            seen
        };
        prop.set(0);
        let mark = prop.mark();
        prop.set(1);
        assert_eq!(ready(&mut prop), vec![0]);
        prop.undo(mark);
        assert!(ready(&mut prop).is_empty());
        assert!(!prop.holds(1));
        prop.set(2);
        assert!(prop.goal_reached());
        assert_eq!(ready(&mut prop), vec![0]);
    }

    #[test]
    fn out_of_range_facts_widen_the_fact_range() {
        let task = Task {
            num_facts: 1,
            actions: vec![action(&[5], &[], &[7])],
            init: vec![5],
            goal: vec![7],
            budget: None,
        };
        let net = Network::new(&task);
        assert_eq!(net.num_facts, 8);
        let mut prop = Propagator::new(&net);
        prop.reset(&net.init);
        let mut cursor = 0;
        prop.saturate(&mut cursor, |_| true);
        assert!(prop.goal_reached());
    }

    /// `needs` sees plain preconditions and every alternative of a group,
    /// and nothing an action only adds.
    #[test]
    fn needs_sees_preconditions_and_alternatives() {
        let task = Task {
            num_facts: 4,
            actions: vec![action(&[0], &[&[1, 2]], &[3]), action(&[], &[], &[0])],
            ..Task::default()
        };
        let net = Network::new(&task);
        let needed: Vec<Vec<bool>> = (0..2)
            .map(|a| (0..4).map(|f| net.needs(a, f)).collect())
            .collect();
        assert_eq!(needed, [[true, true, true, false], [false; 4]]);
    }
}

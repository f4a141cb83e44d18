//! The planning task in flat integer form: what the exact search works on.
//!
//! A [`Task`] has facts (propositions, numbered densely) and actions that
//! need some facts and add others. The task is delete-free: taking an action
//! only ever adds facts. Weights are integers so that bounds and optimality
//! proofs are exact (no float ties).

/// Index of a fact in a [`Task`].
pub type FactId = u32;
/// Index of an action in a [`Task`].
pub type ActionId = u32;

/// One action, as the search sees it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Action {
    /// Every one of these facts must hold before the action can be taken.
    pub pre: Vec<FactId>,
    /// For each group, at least one of its facts must hold.
    pub pre_any: Vec<Vec<FactId>>,
    /// Facts the action adds (already closed under "a level implies the lower ones").
    pub add: Vec<FactId>,
    /// The objective weight of the action; the planner minimises the sum.
    pub weight: u64,
    /// What the action spends from the budget; capped by [`Task::budget`].
    pub spend: u64,
}

/// A delete-free planning task with action costs, disjunctive preconditions
/// and an optional budget on a second resource.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Task {
    /// Facts are `0..num_facts`.
    pub num_facts: u32,
    /// The actions; an [`ActionId`] is an index into this list.
    pub actions: Vec<Action>,
    /// Facts that hold at the start.
    pub init: Vec<FactId>,
    /// Facts that must all hold at the end.
    pub goal: Vec<FactId>,
    /// Hard cap on the summed `spend` of the chosen actions.
    pub budget: Option<u64>,
}

/// An action for the unit tests of the search: spends nothing.
#[cfg(test)]
pub(crate) fn act(
    pre: Vec<FactId>,
    pre_any: Vec<Vec<FactId>>,
    add: Vec<FactId>,
    weight: u64,
) -> Action {
    Action {
        pre,
        pre_any,
        add,
        weight,
        spend: 0,
    }
}

/// Small random tasks for the unit tests: `pre`, `pre_any` groups and
/// effects over at most 6 facts, some of them initial, some goals, at most
/// 8 actions with weights and spends that may be 0, and sometimes a budget.
#[cfg(test)]
pub(crate) fn small_task() -> impl proptest::strategy::Strategy<Value = Task> {
    use proptest::collection::vec;
    use proptest::prelude::*;
    (2..=6u32).prop_flat_map(|n| {
        let fact = 0..n;
        let action = (
            vec(fact.clone(), 0..=2),
            vec(vec(fact.clone(), 1..=3), 0..=2),
            vec(fact.clone(), 1..=2),
            0..10u64,
            0..6u64,
        )
            .prop_map(|(pre, pre_any, add, weight, spend)| Action {
                spend,
                ..act(pre, pre_any, add, weight)
            });
        let facts = vec(fact, 0..=2);
        let budget = prop_oneof![Just(None), (0..15u64).prop_map(Some)];
        (vec(action, 1..=8), facts.clone(), facts, budget).prop_map(
            move |(actions, init, goal, budget)| Task {
                num_facts: n,
                actions,
                init,
                goal,
                budget,
            },
        )
    })
}

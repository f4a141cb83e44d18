//! Random small planning tasks, shaped like curricula but deliberately odd.
//!
//! Facts form level chains (a fact may be "the next level" of the previous
//! one, and adding a level adds the levels below it), actions have plain and
//! disjunctive requirements, and the generator freely produces what real data
//! rarely has but the planner must survive: zero costs, empty effects,
//! duplicated facts, cycles, facts nobody adds, goals out of reach, goals
//! already holding, empty goals, tight budgets.

use leerroute_solver::{Action, FactId, Task};
use proptest::collection::vec;
use proptest::prelude::*;

/// At most this many actions, so that brute force over subsets stays cheap.
pub const MAX_ACTIONS: usize = 14;

/// `facts` plus every lower level of each of its facts (per `continues`,
/// fact `i` is the level above fact `i - 1` when `continues[i]`).
fn closed_downward(mut facts: Vec<FactId>, continues: &[bool]) -> Vec<FactId> {
    let mut i = 0;
    while i < facts.len() {
        let f = facts[i] as usize;
        if f > 0 && continues[f] {
            facts.push(f as FactId - 1);
        }
        i += 1;
    }
    facts
}

fn action(num_facts: u32, continues: Vec<bool>) -> impl Strategy<Value = Action> {
    let fact = 0..num_facts;
    (
        prop_oneof![
            2 => Just(Vec::new()),
            2 => vec(fact.clone(), 1..=1),
            1 => vec(fact.clone(), 0..=3),
        ],
        prop_oneof![
            4 => Just(Vec::new()),
            3 => vec(vec(fact.clone(), 1..=3), 1..=1),
            1 => vec(vec(fact.clone(), 0..=3), 0..=2),
        ],
        prop_oneof![8 => vec(fact.clone(), 1..=2), 1 => vec(fact, 0..=3)],
        prop_oneof![1 => Just(0u64), 3 => 1..20u64],
        prop_oneof![1 => Just(0u64), 2 => 0..12u64],
    )
        .prop_map(move |(pre, pre_any, add, weight, spend)| Action {
            add: closed_downward(add, &continues),
            pre,
            pre_any,
            weight,
            spend,
        })
}

/// A random task with at most [`MAX_ACTIONS`] actions and at most 9 facts.
pub fn task() -> impl Strategy<Value = Task> {
    (2..=9u32)
        .prop_flat_map(|num_facts| (Just(num_facts), vec(any::<bool>(), num_facts as usize)))
        .prop_flat_map(|(num_facts, continues)| {
            let fact = 0..num_facts;
            (
                Just(num_facts),
                prop_oneof![1 => vec(action(num_facts, continues.clone()), 0..=4), 3 => vec(action(num_facts, continues), 5..=MAX_ACTIONS)],
                prop_oneof![2 => Just(Vec::new()), 1 => vec(fact.clone(), 1..=2)],
                prop_oneof![1 => Just(Vec::new()), 8 => vec(fact.clone(), 1..=2), 4 => vec(fact, 3..=3)],
                prop_oneof![1 => Just(None), 1 => (0..30u64).prop_map(Some)],
            )
        })
        .prop_map(|(num_facts, actions, init, goal, budget)| Task {
            num_facts,
            actions,
            init,
            goal,
            budget,
        })
}

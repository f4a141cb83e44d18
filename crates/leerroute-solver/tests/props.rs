//! The exact planner against brute force on small random tasks, plus the
//! tricky cases spelled out.

#[path = "support/brute_force.rs"]
mod brute_force;
#[path = "support/random_task.rs"]
mod random_task;

use std::time::Instant;

use brute_force::{Expected, applicable, brute_force, fixpoint};
use leerroute_solver::FixedBitSet;
use leerroute_solver::forward;
use leerroute_solver::valid_order;
use leerroute_solver::{Action, Task};
use leerroute_solver::{Limits, Outcome, Solution, solve};
use proptest::prelude::*;

/// Checks, independently of the planner, that `route` is a valid plan of
/// `task` in its order, within the budget, and that its numbers add up.
fn assert_valid_route(task: &Task, route: &Solution) {
    let mut state = task.init.iter().fold(0u64, |m, &f| m | 1 << f);
    let mut seen = vec![false; task.actions.len()];
    for &a in &route.actions {
        let action = &task.actions[a as usize];
        assert!(!seen[a as usize], "action {a} taken twice");
        seen[a as usize] = true;
        assert!(applicable(action, state), "action {a} not applicable");
        state |= action.add.iter().fold(0u64, |m, &f| m | 1 << f);
    }
    assert!(
        task.goal.iter().all(|&g| state >> g & 1 == 1),
        "goal missed"
    );
    let weight: u64 = route
        .actions
        .iter()
        .map(|&a| task.actions[a as usize].weight)
        .sum();
    let spend: u64 = route
        .actions
        .iter()
        .map(|&a| task.actions[a as usize].spend)
        .sum();
    assert_eq!(route.weight, weight);
    assert!(task.budget.is_none_or(|b| spend <= b), "over budget");
    assert!(route.lower_bound <= route.weight);
    assert_eq!(route.optimal, route.lower_bound == route.weight);
}

/// Checks an outcome against the brute-force answer; `exact` demands a proof.
fn assert_agrees(task: &Task, outcome: &Outcome, expected: &Expected, exact: bool) {
    match (outcome, expected) {
        (Outcome::Qualified, Expected::Qualified) => {}
        (Outcome::Unreachable { missing }, Expected::Unreachable(want)) => {
            assert_eq!(missing, want)
        }
        (Outcome::OverBudget { cheapest_spend }, Expected::OverBudget { cheapest_spend: s }) => {
            if exact {
                assert_eq!(*cheapest_spend, Some(*s));
            } else {
                assert!(cheapest_spend.is_none_or(|c| c == *s));
            }
        }
        (Outcome::Planned(route), Expected::Optimal(best)) => {
            assert_valid_route(task, route);
            assert!(route.lower_bound <= *best);
            assert!(route.weight >= *best);
            if exact {
                assert!(route.optimal);
                assert_eq!(route.weight, *best);
            }
        }
        (Outcome::Undecided { lower_bound }, Expected::Optimal(best)) if !exact => {
            assert!(task.budget.is_some());
            assert!(lower_bound <= best);
        }
        (Outcome::Undecided { .. }, Expected::OverBudget { .. }) if !exact => {
            assert!(task.budget.is_some());
        }
        (got, want) => panic!("planner said {got:?}, brute force {want:?}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn solve_is_exact(task in random_task::task()) {
        let outcome = solve(&task, &Limits::default());
        assert_agrees(&task, &outcome, &brute_force(&task), true);
        prop_assert_eq!(solve(&task, &Limits::default()), outcome, "not deterministic");
    }

    #[test]
    fn an_expired_deadline_still_gives_a_sound_answer(task in random_task::task()) {
        let limits = Limits { deadline: Some(Instant::now()) };
        let outcome = solve(&task, &limits);
        assert_agrees(&task, &outcome, &brute_force(&task), false);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn valid_order_accepts_exactly_the_plans(task in random_task::task(), subset in any::<u32>()) {
        let subset = subset & ((1u64 << task.actions.len()) - 1) as u32;
        let chosen: Vec<u32> = (0..task.actions.len() as u32).filter(|i| subset >> i & 1 == 1).collect();
        let goal = task.goal.iter().fold(0u64, |m, &f| m | 1 << f);
        // A plan iff every chosen action gets taken and the goal is reached.
        let all_taken = chosen.iter().all(|&a| {
            applicable(&task.actions[a as usize], fixpoint(&task, subset))
        });
        let is_plan = all_taken && fixpoint(&task, subset) & goal == goal;
        match valid_order(&task, &chosen) {
            Some(order) => {
                prop_assert!(is_plan);
                let mut sorted = order.clone();
                sorted.sort_unstable();
                prop_assert_eq!(&sorted, &chosen);
                let route = Solution { weight: 0, lower_bound: 0, optimal: true, actions: order };
                let free = Task {
                    actions: task.actions.iter().map(|a| Action { weight: 0, spend: 0, ..a.clone() }).collect(),
                    ..task.clone()
                };
                assert_valid_route(&free, &route);
            }
            None => prop_assert!(!is_plan),
        }
    }

    #[test]
    fn forward_reach_matches_the_fixpoint(task in random_task::task(), subset in any::<u32>()) {
        let n = task.actions.len();
        let subset = subset & ((1u64 << n) - 1) as u32;
        let mut allowed = FixedBitSet::with_capacity(n);
        allowed.extend((0..n).filter(|i| subset >> i & 1 == 1));
        let reach = forward(&task, &allowed);
        let state = fixpoint(&task, subset);
        for f in 0..task.num_facts as usize {
            prop_assert_eq!(reach.facts.contains(f), state >> f & 1 == 1);
        }
        for (i, action) in task.actions.iter().enumerate() {
            prop_assert_eq!(reach.actions.contains(i), allowed.contains(i) && applicable(action, state));
        }
    }
}

fn act(pre: &[u32], pre_any: &[&[u32]], add: &[u32], weight: u64, spend: u64) -> Action {
    Action {
        pre: pre.to_vec(),
        pre_any: pre_any.iter().map(|g| g.to_vec()).collect(),
        add: add.to_vec(),
        weight,
        spend,
    }
}

fn task(num_facts: u32, actions: Vec<Action>, init: &[u32], goal: &[u32]) -> Task {
    Task {
        num_facts,
        actions,
        init: init.to_vec(),
        goal: goal.to_vec(),
        budget: None,
    }
}

fn planned(outcome: Outcome) -> Solution {
    match outcome {
        Outcome::Planned(route) => route,
        other => panic!("expected a route, got {other:?}"),
    }
}

#[test]
fn a_cycle_is_broken_only_through_a_pre_any_alternative() {
    // a0 needs 1, gives 0; a1 needs 0, gives 1: a cycle nobody can enter.
    // a2 needs {0 | 2} and gives the goal 3; a3 gives 2 at a price.
    let mut t = task(
        4,
        vec![
            act(&[1], &[], &[0], 1, 0),
            act(&[0], &[], &[1], 1, 0),
            act(&[], &[&[0, 2]], &[3], 1, 0),
            act(&[], &[], &[2], 7, 0),
        ],
        &[],
        &[3],
    );
    let route = planned(solve(&t, &Limits::default()));
    assert_eq!(route.actions, vec![3, 2]);
    assert_eq!((route.weight, route.optimal), (8, true));
    // Without a3 the cycle makes the goal unreachable.
    t.actions.truncate(3);
    assert_eq!(
        solve(&t, &Limits::default()),
        Outcome::Unreachable { missing: vec![3] }
    );
}

#[test]
fn zero_cost_actions_are_free_but_only_kept_when_needed() {
    let t = task(
        4,
        vec![
            act(&[], &[], &[0], 0, 0),
            act(&[0], &[], &[1], 0, 0),
            act(&[], &[], &[2], 0, 5),
            act(&[1], &[&[2, 0]], &[3], 4, 0),
        ],
        &[],
        &[3],
    );
    let route = planned(solve(&t, &Limits::default()));
    assert_eq!(route.actions, vec![0, 1, 3]);
    assert_eq!(
        (route.weight, route.lower_bound, route.optimal),
        (4, 4, true)
    );
}

#[test]
fn a_goal_in_init_or_an_empty_goal_qualifies() {
    let t = task(2, vec![act(&[], &[], &[1], 3, 0)], &[1, 0], &[1, 1]);
    assert_eq!(solve(&t, &Limits::default()), Outcome::Qualified);
    let t = task(2, vec![act(&[], &[], &[1], 3, 0)], &[], &[]);
    assert_eq!(solve(&t, &Limits::default()), Outcome::Qualified);
}

#[test]
fn duplicated_facts_and_groups_count_once() {
    let t = task(
        3,
        vec![
            act(&[0, 0], &[&[1, 1], &[1]], &[2, 2, 2], 2, 0),
            act(&[], &[], &[0, 1, 0], 3, 0),
        ],
        &[],
        &[2, 2],
    );
    let route = planned(solve(&t, &Limits::default()));
    assert_eq!(route.actions, vec![1, 0]);
    assert_eq!(route.weight, 5);
}

#[test]
fn unreachable_goals_are_listed_once_and_sorted() {
    let t = task(
        5,
        vec![act(&[4], &[], &[3], 1, 0), act(&[], &[], &[], 1, 0)],
        &[0],
        &[3, 0, 2, 3],
    );
    assert_eq!(
        solve(&t, &Limits::default()),
        Outcome::Unreachable {
            missing: vec![2, 3]
        }
    );
}

#[test]
fn the_budget_trades_cost_for_spend_and_can_rule_everything_out() {
    // The cheap route spends 10, the dear one 2.
    let mut t = task(
        1,
        vec![act(&[], &[], &[0], 1, 10), act(&[], &[], &[0], 9, 2)],
        &[],
        &[0],
    );
    t.budget = Some(5);
    let route = planned(solve(&t, &Limits::default()));
    assert_eq!((route.actions, route.optimal), (vec![1], true));
    t.budget = Some(1);
    assert_eq!(
        solve(&t, &Limits::default()),
        Outcome::OverBudget {
            cheapest_spend: Some(2)
        }
    );
}

#[test]
fn huge_costs_do_not_overflow() {
    let t = task(
        3,
        vec![
            act(&[], &[], &[0], u64::MAX / 2, 0),
            act(&[], &[], &[1], u64::MAX / 2, 0),
            act(&[0, 1], &[], &[2], 1, 0),
            act(&[], &[], &[2], u64::MAX, 0),
        ],
        &[],
        &[2],
    );
    let route = planned(solve(&t, &Limits::default()));
    assert_eq!(route.weight, u64::MAX);
    assert!(route.optimal);
}

/// Goal facts 0 and 1: a0 and a1 add one each (spend 2 apiece), a2 adds
/// both (spend 3, dearer). Within a budget of 3 only a2 fits, and the greedy
/// plans (cheapest, then most frugal, per fact) take a0 and a1: only the
/// search finds a2. Cut short before it can, the answer is "undecided",
/// never "over budget", since a route within the budget exists.
#[test]
fn a_search_cut_short_before_any_affordable_route_is_undecided() {
    let mut t = task(
        2,
        vec![
            act(&[], &[], &[0], 1, 2),
            act(&[], &[], &[1], 1, 2),
            act(&[], &[], &[0, 1], 5, 3),
        ],
        &[],
        &[0, 1],
    );
    t.budget = Some(3);
    let route = planned(solve(&t, &Limits::default()));
    assert_eq!((route.actions, route.optimal), (vec![2], true));
    let hurried = solve(
        &t,
        &Limits {
            deadline: Some(Instant::now()),
        },
    );
    assert!(matches!(hurried, Outcome::Undecided { .. }), "{hurried:?}");
}

//! `Planner::plan` end to end against brute force over module subsets, on
//! tiny random curricula: the whole curriculum side (scope, dominance,
//! relevance, compile, memo, ordering) and the optimiser together.
//!
//! The oracle knows only the contract: a set of modules is a route when, from
//! the passport's skills and the grants of its completed modules, taking the
//! modules whose requirements hold, again and again, reaches the target; it
//! may use no excluded module, no module of an avoided mode and no completed
//! one; its cost must fit the budget. The optimum is the least objective over
//! all such sets. Everything is a whole number, so comparisons are exact.
//!
//! When there is no route, the reasons that say what would give one are held
//! to the same oracle: the smallest relaxation (the fewest excluded or
//! avoided modules to allow, then the least objective) and, over budget, the
//! cheapest route and the first steps of it that the budget pays for.

use leerroute::Objective;
use leerroute::Options;
use leerroute::Room;
use leerroute::{Curriculum, Mode, ModuleId, Passport, SkillLevel};
use leerroute::{Lang, json_line, words};
use leerroute::{Plan, Status};
use leerroute::{Planner, Target};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use serde_json::Value;

use crate::support::tiny::{Level, SKILLS, header, list, load};

const LEVELS: u8 = 3;
const MODES: [Mode; 3] = [Mode::Workplace, Mode::Classroom, Mode::Online];

#[derive(Debug, Clone)]
struct ModuleSpec {
    hours: u32,
    cost: u32,
    mode: usize,
    requires: Vec<Level>,
    requires_any: Vec<Vec<Level>>,
    grants: Vec<Level>,
}

#[derive(Debug, Clone)]
struct Case {
    modules: Vec<ModuleSpec>,
    held: Vec<Level>,
    completed: Vec<usize>,
    exclude: Vec<usize>,
    avoid: Vec<usize>,
    budget: Option<u32>,
    cost_objective: bool,
    target: Vec<Level>,
}

fn level() -> impl Strategy<Value = Level> {
    (0..SKILLS, 1..=LEVELS)
}

/// Requirements lean to low levels, so that modules build on each other.
fn requirement() -> impl Strategy<Value = Level> {
    (
        0..SKILLS,
        prop_oneof![3 => Just(1u8), 2 => Just(2u8), 1 => Just(3u8)],
    )
}

fn module() -> impl Strategy<Value = ModuleSpec> {
    (
        1..40u32,
        prop_oneof![Just(0u32), 0..600u32],
        0..MODES.len(),
        prop_oneof![Just(Vec::new()), prop::collection::vec(requirement(), 1..3)],
        prop_oneof![
            2 => Just(Vec::new()),
            1 => prop::collection::vec(prop::collection::vec(requirement(), 2..=3), 1..=2),
        ],
        prop::collection::vec(level(), 1..3),
    )
        .prop_map(
            |(hours, cost, mode, requires, requires_any, grants)| ModuleSpec {
                hours,
                cost,
                mode,
                requires,
                requires_any,
                grants,
            },
        )
}

fn case() -> impl Strategy<Value = Case> {
    prop::collection::vec(module(), 1..10).prop_flat_map(|modules| {
        let n = modules.len();
        // Targets drawn from what some module grants are reachable often
        // enough to exercise routes; an arbitrary level keeps the rest honest.
        let granted: Vec<Level> = modules.iter().flat_map(|m| m.grants.clone()).collect();
        let target_level = prop_oneof![4 => prop::sample::select(granted), 1 => level()];
        let total_cost: u32 = modules.iter().map(|m| m.cost).sum();
        (
            Just(modules),
            prop::collection::vec(requirement(), 0..2),
            prop::collection::vec(0..n, 0..2),
            prop::collection::vec(0..n, 0..2),
            prop::collection::vec(0..MODES.len(), 0..2),
            // Tight budgets too, so that routes over budget (and what of
            // them the budget pays for) come up often.
            prop_oneof![
                2 => Just(None),
                2 => (0..=total_cost).prop_map(Some),
                1 => (0..=total_cost / 4).prop_map(Some),
            ],
            any::<bool>(),
            prop::collection::vec(target_level, 1..4),
        )
            .prop_map(
                |(modules, held, completed, exclude, avoid, budget, cost_objective, target)| Case {
                    modules,
                    held,
                    completed,
                    exclude,
                    avoid,
                    budget,
                    cost_objective,
                    target,
                },
            )
    })
}

fn curriculum_text(case: &Case) -> String {
    let mut text = header("oracle");
    for (index, module) in case.modules.iter().enumerate() {
        let groups: Vec<String> = module.requires_any.iter().map(|g| list(g)).collect();
        text += &format!(
            "\n[[module]]\nid = \"m{index}\"\nname = \"M{index}\"\nstage = \"line\"\n\
             hours = {}\ncost = {}\nmode = \"{}\"\nrequires = {}\nrequires_any = [{}]\ngrants = {}\n",
            module.hours,
            module.cost,
            MODES[module.mode].as_str(),
            list(&module.requires),
            groups.join(", "),
            list(&module.grants),
        );
    }
    text
}

/// The curriculum, or `None` when the random one is not a valid curriculum.
fn load_case(case: &Case) -> Option<Curriculum> {
    load("oracle.toml", curriculum_text(case))
}

/// Holding per skill: the highest level held (0: none).
type Held = [u8; SKILLS];

fn holds(held: &Held, (skill, level): Level) -> bool {
    held[skill] >= level
}

fn grant(held: &mut Held, levels: &[Level]) {
    for &(skill, level) in levels {
        held[skill] = held[skill].max(level);
    }
}

fn can_take(held: &Held, module: &ModuleSpec) -> bool {
    module.requires.iter().all(|&r| holds(held, r))
        && module
            .requires_any
            .iter()
            .all(|group| group.iter().any(|&r| holds(held, r)))
}

fn start(case: &Case) -> Held {
    let mut held = [0; SKILLS];
    grant(&mut held, &case.held);
    for &done in &case.completed {
        grant(&mut held, &case.modules[done].grants);
    }
    held
}

/// What the oracle concludes: the status and, when planned, the optimum.
#[derive(Debug, PartialEq)]
enum Expected {
    Qualified,
    Planned(u64),
    Unreachable,
    OverBudget,
}

fn usable(case: &Case, index: usize) -> bool {
    !case.exclude.contains(&index)
        && !case.completed.contains(&index)
        && !case.avoid.contains(&case.modules[index].mode)
}

fn objective(case: &Case, module: &ModuleSpec) -> u64 {
    u64::from(if case.cost_objective {
        module.cost
    } else {
        module.hours
    })
}

/// Calls `found` with every subset of `pool` (module indices) that reaches
/// the target, taking its modules whenever their requirements hold.
fn each_route(case: &Case, pool: &[usize], mut found: impl FnMut(&[usize])) {
    let initial = start(case);
    for subset in 0u32..1 << pool.len() {
        let chosen: Vec<usize> = (0..pool.len())
            .filter(|bit| subset >> bit & 1 == 1)
            .map(|bit| pool[bit])
            .collect();
        let mut held = initial;
        let mut taken = vec![false; chosen.len()];
        while let Some(next) =
            (0..chosen.len()).find(|&i| !taken[i] && can_take(&held, &case.modules[chosen[i]]))
        {
            taken[next] = true;
            grant(&mut held, &case.modules[chosen[next]].grants);
        }
        if case.target.iter().all(|&t| holds(&held, t)) {
            found(&chosen);
        }
    }
}

fn spend(case: &Case, modules: &[usize]) -> u32 {
    modules.iter().map(|&m| case.modules[m].cost).sum()
}

fn fits(case: &Case, modules: &[usize]) -> bool {
    case.budget
        .is_none_or(|budget| spend(case, modules) <= budget)
}

fn value(case: &Case, modules: &[usize]) -> u64 {
    modules
        .iter()
        .map(|&m| objective(case, &case.modules[m]))
        .sum()
}

fn usable_modules(case: &Case) -> Vec<usize> {
    (0..case.modules.len())
        .filter(|&i| usable(case, i))
        .collect()
}

fn brute_force(case: &Case) -> Expected {
    if case.target.iter().all(|&t| holds(&start(case), t)) {
        return Expected::Qualified;
    }
    let (mut reachable, mut best) = (false, None::<u64>);
    each_route(case, &usable_modules(case), |route| {
        reachable = true;
        if fits(case, route) {
            let value = value(case, route);
            best = Some(best.map_or(value, |b: u64| b.min(value)));
        }
    });
    match (best, reachable) {
        (Some(value), _) => Expected::Planned(value),
        (None, true) => Expected::OverBudget,
        (None, false) => Expected::Unreachable,
    }
}

/// A module the worker left out and could allow: excluded, or of an
/// avoided mode, and not completed.
fn relaxable(case: &Case, index: usize) -> bool {
    !usable(case, index) && !case.completed.contains(&index)
}

/// The smallest relaxation by brute force: the least (modules allowed,
/// objective) over the routes within the budget, else over all routes
/// (`false`: over the budget); `None` when allowing every relaxable module
/// gives no route.
fn least_relaxation(case: &Case) -> Option<((usize, u64), bool)> {
    let pool: Vec<usize> = (0..case.modules.len())
        .filter(|&i| !case.completed.contains(&i))
        .collect();
    let (mut within, mut over) = (None, None);
    each_route(case, &pool, |route| {
        let allowed = route.iter().filter(|&&m| relaxable(case, m)).count();
        let key = (allowed, value(case, route));
        let best = if fits(case, route) {
            &mut within
        } else {
            &mut over
        };
        *best = Some(best.map_or(key, |b: (usize, u64)| b.min(key)));
    });
    within
        .map(|key| (key, true))
        .or(over.map(|key| (key, false)))
}

fn skill_level(curriculum: &Curriculum, (skill, level): Level) -> SkillLevel {
    SkillLevel {
        skill: curriculum.find_skill(&format!("s{skill}")).unwrap(),
        level,
    }
}

fn module_id(index: usize) -> ModuleId {
    ModuleId(index as u32)
}

fn plan_case(planner: &Planner<'_>, curriculum: &Curriculum, case: &Case) -> Plan {
    let passport = Passport {
        id: "w".into(),
        skills: case
            .held
            .iter()
            .map(|&l| skill_level(curriculum, l))
            .collect(),
        completed: case.completed.iter().map(|&i| module_id(i)).collect(),
        ..Passport::default()
    };
    let options = Options {
        objective: if case.cost_objective {
            Objective::Cost
        } else {
            Objective::Hours
        },
        budget: case.budget.map(f64::from),
        exclude: case.exclude.iter().map(|&i| module_id(i)).collect(),
        avoid_modes: case.avoid.iter().map(|&m| MODES[m]).collect(),
        time_limit: std::time::Duration::from_secs(60),
        ..Options::default()
    };
    planner.plan(&passport, &options)
}

/// `modules`, in this order, by the oracle's rules: each may be used and
/// can be taken when its turn comes. Returns the levels held after them, and
/// their hours and cost.
fn walk(
    case: &Case,
    modules: &[usize],
    may_use: impl Fn(usize) -> bool,
) -> Result<(Held, u64, u64), TestCaseError> {
    let mut held = start(case);
    let (mut hours, mut cost) = (0u64, 0u64);
    for &index in modules {
        let module = &case.modules[index];
        prop_assert!(may_use(index), "m{index} may not be used");
        prop_assert!(can_take(&held, module), "m{index} taken too early");
        grant(&mut held, &module.grants);
        hours += u64::from(module.hours);
        cost += u64::from(module.cost);
    }
    Ok((held, hours, cost))
}

/// A walk that reaches the target.
fn route(
    case: &Case,
    modules: &[usize],
    may_use: impl Fn(usize) -> bool,
) -> Result<(u64, u64), TestCaseError> {
    let (held, hours, cost) = walk(case, modules, may_use)?;
    prop_assert!(
        case.target.iter().all(|&t| holds(&held, t)),
        "the route misses the target"
    );
    Ok((hours, cost))
}

fn index_of(id: &Value) -> usize {
    id.as_str().expect("a module id")[1..]
        .parse()
        .expect("an oracle module id")
}

fn indices(ids: &Value) -> Vec<usize> {
    ids.as_array()
        .expect("a list of ids")
        .iter()
        .map(index_of)
        .collect()
}

/// The plan's steps are a route by the oracle's rules: usable modules, each
/// takeable when it starts, reaching the target, within the budget, with
/// totals that add up.
fn assert_route(case: &Case, plan: &Plan) -> Result<(), TestCaseError> {
    let steps: Vec<usize> = plan
        .steps
        .iter()
        .map(|step| step.module.as_ref()[1..].parse().unwrap())
        .collect();
    let (hours, cost) = route(case, &steps, |i| usable(case, i))?;
    prop_assert!(
        case.budget.is_none_or(|b| cost <= u64::from(b)),
        "over the budget"
    );
    prop_assert_eq!(plan.totals.hours, hours as f64);
    prop_assert_eq!(plan.totals.cost, cost as f64);
    prop_assert_eq!(plan.totals.modules, plan.steps.len());
    Ok(())
}

/// The reason with `code`, if the plan document has one.
fn reason<'a>(document: &'a Value, code: &str) -> Option<&'a Value> {
    document["reasons"]
        .as_array()?
        .iter()
        .find(|reason| reason["code"] == code)
}

/// What the reasons of a plan without a route say would give one, found
/// again by brute force. Returns which kinds of answer the case exercised.
fn check_reasons(case: &Case, document: &Value) -> Result<Covered, TestCaseError> {
    let mut covered = Covered::default();
    match document["status"].as_str() {
        Some("unreachable") => match (least_relaxation(case), reason(document, "relaxation")) {
            (None, found) => prop_assert!(found.is_none(), "a relaxation where none exists"),
            (Some(((allowed, optimum), within_budget)), found) => {
                let found = found.ok_or_else(|| TestCaseError::fail("no relaxation"))?;
                let modules = indices(&found["route"]);
                let (hours, cost) = route(case, &modules, |i| !case.completed.contains(&i))?;
                let relaxed: Vec<usize> = modules
                    .iter()
                    .copied()
                    .filter(|&m| relaxable(case, m))
                    .collect();
                let allow: Vec<usize> = found["allow"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| index_of(&a["module"]))
                    .collect();
                prop_assert_eq!(&allow, &relaxed, "allow lists the route's left-out modules");
                prop_assert_eq!(allow.len(), allowed, "the fewest modules to allow");
                prop_assert_eq!(value(case, &modules), optimum, "then the least objective");
                prop_assert_eq!(&found["within_budget"], &Value::Bool(within_budget));
                prop_assert_eq!(fits(case, &modules), within_budget);
                prop_assert_eq!(&found["proven"], &Value::Bool(true));
                prop_assert_eq!(found["hours"].as_f64(), Some(hours as f64));
                prop_assert_eq!(found["cost"].as_f64(), Some(cost as f64));
                covered.relaxations += 1;
                covered.over_budget_relaxations += usize::from(!within_budget);
            }
        },
        Some("over-budget") => {
            let mut cheapest = None::<u32>;
            each_route(case, &usable_modules(case), |route| {
                let spend = spend(case, route);
                cheapest = Some(cheapest.map_or(spend, |c| c.min(spend)));
            });
            let over = reason(document, "over-budget").expect("an over-budget reason");
            prop_assert_eq!(over["cheapest_cost"].as_f64(), cheapest.map(f64::from));
            prop_assert_eq!(&over["proven"], &Value::Bool(true));
            let first = reason(document, "first-steps")
                .ok_or_else(|| TestCaseError::fail("no first steps"))?;
            let modules = indices(&first["route"]);
            let (_, cost) = route(case, &modules, |i| usable(case, i))?;
            prop_assert_eq!(Some(cost), cheapest.map(u64::from), "the cheapest route");
            // The longest start of it that the budget pays for.
            let budget = case.budget.expect("over budget has a budget");
            let mut spent = 0;
            let fit = modules
                .iter()
                .take_while(|&&m| {
                    spent += case.modules[m].cost;
                    spent <= budget
                })
                .count();
            let steps = indices(&first["steps"]);
            prop_assert_eq!(&steps[..], &modules[..fit]);
            let (held, hours, cost) = walk(case, &steps, |i| usable(case, i))?;
            prop_assert_eq!(first["hours"].as_f64(), Some(hours as f64));
            prop_assert_eq!(first["cost"].as_f64(), Some(cost as f64));
            // How far they get each skill of the target: every skill they
            // raise that the worker lacked, to the level they reach.
            let initial = start(case);
            let mut expected: Vec<(String, u8, u8)> = Vec::new();
            for skill in 0..SKILLS {
                let Some(need) = case
                    .target
                    .iter()
                    .filter(|t| t.0 == skill)
                    .map(|t| t.1)
                    .max()
                else {
                    continue;
                };
                if initial[skill] < need && held[skill] > initial[skill] {
                    expected.push((format!("s{skill}@{need}"), initial[skill], held[skill]));
                }
            }
            let mut progress: Vec<(String, u8, u8)> = first["progress"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| {
                    let level = |key: &str| p[key].as_u64().unwrap() as u8;
                    let reached = p["reached"].as_bool().unwrap();
                    let to = level("to");
                    let target = p["skill_level"].as_str().unwrap().to_string();
                    let need: u8 = target[target.len() - 1..].parse().unwrap();
                    assert_eq!(reached, to >= need, "{p}");
                    (target, level("from"), to)
                })
                .collect();
            progress.sort();
            prop_assert_eq!(progress, expected);
            covered.first_steps += 1;
            covered.some_steps_fit += usize::from(fit > 0);
        }
        _ => {}
    }
    Ok(covered)
}

/// How many cases exercised each kind of answer when there is no route.
#[derive(Debug, Default)]
struct Covered {
    relaxations: usize,
    over_budget_relaxations: usize,
    first_steps: usize,
    /// First steps of which at least one fits the budget.
    some_steps_fit: usize,
}

fn check_case(case: &Case) -> Result<Covered, TestCaseError> {
    let Some(curriculum) = load_case(case) else {
        return Err(TestCaseError::reject("not a valid curriculum"));
    };
    let target = Target {
        id: "t".into(),
        levels: case
            .target
            .iter()
            .map(|&l| skill_level(&curriculum, l))
            .collect(),
    };
    let expected = brute_force(case);
    let fresh = Planner::new(&curriculum, target.clone());
    let remembering = Planner::new(&curriculum, target).remembering(Room::new(64));
    // The second plan of a remembering planner comes from its memo.
    let plans = [
        plan_case(&fresh, &curriculum, case),
        plan_case(&remembering, &curriculum, case),
        plan_case(&remembering, &curriculum, case),
    ];
    for plan in &plans {
        let status = plan.status;
        match expected {
            Expected::Qualified => prop_assert_eq!(status, Status::Qualified),
            Expected::Unreachable => prop_assert_eq!(status, Status::Unreachable),
            Expected::OverBudget => prop_assert_eq!(status, Status::OverBudget),
            Expected::Planned(optimum) => {
                prop_assert_eq!(status, Status::Planned);
                prop_assert!(plan.optimal);
                assert_route(case, plan)?;
                let value = if case.cost_objective {
                    plan.totals.cost
                } else {
                    plan.totals.hours
                };
                prop_assert_eq!(value, optimum as f64);
                prop_assert_eq!(plan.lower_bound, Some(optimum as f64));
            }
        }
    }
    prop_assert_eq!(plans[0].steps.len(), plans[2].steps.len());
    let english = words(Lang::En);
    let document = |plan: &Plan| -> Value {
        serde_json::from_slice(&json_line(english, &curriculum, plan)).expect("a plan document")
    };
    let covered = check_reasons(case, &document(&plans[0]))?;
    // The reasons do not depend on where the route came from.
    prop_assert_eq!(
        document(&plans[0])["reasons"].clone(),
        document(&plans[2])["reasons"].clone()
    );
    Ok(covered)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn plans_are_the_brute_force_optimum(case in case()) {
        check_case(&case)?;
    }
}

/// The generator makes the answers above common enough to be tested: on a
/// fixed sequence of cases, many relaxations (some only over the budget) and
/// routes over budget with first steps, some of which fit.
#[test]
fn the_cases_exercise_relaxations_and_first_steps() {
    let mut runner = TestRunner::deterministic();
    let mut total = Covered::default();
    for _ in 0..400 {
        let case = case().new_tree(&mut runner).expect("a case").current();
        match check_case(&case) {
            Ok(covered) => {
                total.relaxations += covered.relaxations;
                total.over_budget_relaxations += covered.over_budget_relaxations;
                total.first_steps += covered.first_steps;
                total.some_steps_fit += covered.some_steps_fit;
            }
            Err(TestCaseError::Fail(why)) => panic!("{why}: {case:?}"),
            Err(TestCaseError::Reject(_)) => {}
        }
    }
    assert!(total.relaxations >= 20, "{total:?}");
    assert!(total.over_budget_relaxations >= 2, "{total:?}");
    assert!(total.first_steps >= 10, "{total:?}");
    assert!(total.some_steps_fit >= 5, "{total:?}");
}

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

use std::borrow::Cow;

use leerroute::from_sources;

use leerroute::Objective;
use leerroute::Options;
use leerroute::Room;
use leerroute::SourceMap;
use leerroute::{Curriculum, Mode, ModuleId, Passport, SkillLevel};
use leerroute::{Plan, Status};
use leerroute::{Planner, Target};
use proptest::prelude::*;

const SKILLS: usize = 4;
const LEVELS: u8 = 3;
const MODES: [Mode; 3] = [Mode::Workplace, Mode::Classroom, Mode::Online];

/// A skill-level as indices: skill `s{skill}` at `level` (1..=LEVELS).
type Level = (usize, u8);

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
            prop_oneof![Just(None), (0..=total_cost).prop_map(Some)],
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

fn list(levels: &[Level]) -> String {
    let items: Vec<String> = levels
        .iter()
        .map(|(s, l)| format!("\"s{s}@{l}\""))
        .collect();
    format!("[{}]", items.join(", "))
}

fn curriculum_text(case: &Case) -> String {
    let mut text = String::from(
        "[curriculum]\nid = \"oracle\"\nname = \"Oracle\"\nlevels = [\"a\", \"b\", \"c\"]\n",
    );
    for skill in 0..SKILLS {
        text += &format!("\n[[skill]]\nid = \"s{skill}\"\nname = \"S{skill}\"\n");
    }
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

/// The curriculum, or `None` when the random one is not a valid curriculum
/// (a hard cycle, a duplicate): planning refuses those, so they are no case.
fn load(case: &Case) -> Option<Curriculum> {
    let mut sources = SourceMap::default();
    sources.add("oracle.toml".into(), Cow::Owned(curriculum_text(case)));
    let curriculum = from_sources(sources, Vec::new()).ok()?;
    let context = leerroute::Context::new(&curriculum);
    leerroute::structural(&context)
        .is_empty()
        .then_some(curriculum)
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

fn brute_force(case: &Case) -> Expected {
    let initial = start(case);
    if case.target.iter().all(|&t| holds(&initial, t)) {
        return Expected::Qualified;
    }
    let usable: Vec<usize> = (0..case.modules.len())
        .filter(|&i| usable(case, i))
        .collect();
    let (mut reachable, mut best) = (false, None::<u64>);
    for subset in 0u32..1 << usable.len() {
        let chosen: Vec<&ModuleSpec> = (0..usable.len())
            .filter(|bit| subset >> bit & 1 == 1)
            .map(|bit| &case.modules[usable[bit]])
            .collect();
        let mut held = initial;
        let mut taken = vec![false; chosen.len()];
        while let Some(next) = (0..chosen.len()).find(|&i| !taken[i] && can_take(&held, chosen[i]))
        {
            taken[next] = true;
            grant(&mut held, &chosen[next].grants);
        }
        if !case.target.iter().all(|&t| holds(&held, t)) {
            continue;
        }
        reachable = true;
        let spend: u32 = chosen.iter().map(|m| m.cost).sum();
        if case.budget.is_some_and(|budget| spend > budget) {
            continue;
        }
        let value = chosen.iter().map(|m| objective(case, m)).sum();
        best = Some(best.map_or(value, |b: u64| b.min(value)));
    }
    match (best, reachable) {
        (Some(value), _) => Expected::Planned(value),
        (None, true) => Expected::OverBudget,
        (None, false) => Expected::Unreachable,
    }
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

/// The plan's steps are a route by the oracle's rules: usable modules, each
/// takeable when it starts, reaching the target, within the budget, with
/// totals that add up.
fn assert_route(case: &Case, plan: &Plan) {
    let mut held = start(case);
    let (mut hours, mut cost) = (0u64, 0u64);
    for step in &plan.steps {
        let index: usize = step.module.as_ref()[1..].parse().unwrap();
        let module = &case.modules[index];
        assert!(
            usable(case, index),
            "step {} may not be used",
            step.module.as_ref()
        );
        assert!(
            can_take(&held, module),
            "step {} taken too early",
            step.module.as_ref()
        );
        grant(&mut held, &module.grants);
        hours += u64::from(module.hours);
        cost += u64::from(module.cost);
    }
    assert!(
        case.target.iter().all(|&t| holds(&held, t)),
        "the route misses the target"
    );
    assert!(
        case.budget.is_none_or(|b| cost <= u64::from(b)),
        "over the budget"
    );
    assert_eq!(plan.totals.hours, hours as f64);
    assert_eq!(plan.totals.cost, cost as f64);
    assert_eq!(plan.totals.modules, plan.steps.len());
}

fn check_case(case: &Case) -> Result<(), TestCaseError> {
    let Some(curriculum) = load(case) else {
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
                assert_route(case, plan);
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
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn plans_are_the_brute_force_optimum(case in case()) {
        check_case(&case)?;
    }
}

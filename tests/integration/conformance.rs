//! The planner against the conformance sets in `tests/fixtures/conformance/`:
//! generated curricula whose optima were proven by an independent MILP solver
//! (see the README there). Every case is planned through the library for both
//! objectives and must get the status right, reach the optimum exactly with
//! `optimal: true`, give a valid route, and be deterministic.
//!
//! All mismatches of a set are collected and reported in one failure.

use std::path::{Path, PathBuf};
use std::time::Duration;

use leerroute::Objective;
use leerroute::Options;
use leerroute::Room;
use leerroute::json_line;
use leerroute::{Curriculum, Passport, SkillLevel};
use leerroute::{Lang, words};
use leerroute::{Origin, load_curriculum, load_passport};
use leerroute::{Plan, Status};
use leerroute::{Planner, Target, plan};
use serde_json::Value;

/// A generous bound: the conformance answers must be proven, not guessed.
const TIME_LIMIT: Duration = Duration::from_secs(60);

fn set_dir(set: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/conformance")
        .join(set)
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    serde_json::from_str(&text)
        .unwrap_or_else(|error| panic!("invalid JSON in {}: {error}", path.display()))
}

/// `value` in hundredths, the exact unit of hours and euro in the curricula.
fn hundredths(value: f64) -> i64 {
    (value * 100.0).round() as i64
}

/// The skill-levels a worker holds before any step: the passport's skills
/// and the grants of its completed modules, as the highest level per skill.
fn start_levels(curriculum: &Curriculum, passport: &Passport) -> Vec<u8> {
    let mut levels = vec![0u8; curriculum.skills.len()];
    let completed = passport
        .completed
        .iter()
        .flat_map(|&m| curriculum.module(m).grants.iter().map(|g| g.value));
    for level in passport.skills.iter().copied().chain(completed) {
        let held = &mut levels[level.skill.index()];
        *held = (*held).max(level.level);
    }
    levels
}

fn holds(levels: &[u8], level: &SkillLevel) -> bool {
    levels[level.skill.index()] >= level.level
}

/// Replays `plan`'s steps in order from the passport and returns every way
/// the route is not valid: an unknown, completed or repeated module, a step
/// whose `requires` or `requires_any` are not held when it starts, or a
/// target skill-level not held at the end. Empty when the route is valid.
fn route_problems(
    curriculum: &Curriculum,
    passport: &Passport,
    target: &[SkillLevel],
    plan: &Plan,
) -> Vec<String> {
    let mut problems = Vec::new();
    let mut levels = start_levels(curriculum, passport);
    let mut taken = Vec::new();
    for step in &plan.steps {
        let Some(id) = curriculum.find_module(&step.module) else {
            problems.push(format!(
                "step {}: unknown module `{}`",
                step.step, step.module
            ));
            continue;
        };
        if passport.completed.contains(&id) {
            problems.push(format!(
                "step {}: `{}` was already completed",
                step.step, step.module
            ));
        }
        if taken.contains(&id) {
            problems.push(format!("step {}: `{}` repeats", step.step, step.module));
        }
        taken.push(id);
        let module = curriculum.module(id);
        for required in &module.requires {
            if !holds(&levels, &required.value) {
                problems.push(format!(
                    "step {}: `{}` needs `{}`, not held when it starts",
                    step.step,
                    step.module,
                    curriculum.format_level(required.value)
                ));
            }
        }
        for group in &module.requires_any {
            if !group.iter().any(|r| holds(&levels, &r.value)) {
                let names: Vec<String> = group
                    .iter()
                    .map(|r| curriculum.format_level(r.value))
                    .collect();
                problems.push(format!(
                    "step {}: `{}` needs one of [{}], none held when it starts",
                    step.step,
                    step.module,
                    names.join(", ")
                ));
            }
        }
        for grant in &module.grants {
            let held = &mut levels[grant.value.skill.index()];
            *held = (*held).max(grant.value.level);
        }
    }
    for level in target {
        if !holds(&levels, level) {
            problems.push(format!(
                "target `{}` not held at the end",
                curriculum.format_level(*level)
            ));
        }
    }
    problems
}

/// The objective's total of the route, from the curriculum's own numbers.
fn route_total(curriculum: &Curriculum, plan: &Plan, objective: Objective) -> i64 {
    plan.steps
        .iter()
        .filter_map(|step| curriculum.find_module(&step.module))
        .map(|id| {
            let module = curriculum.module(id);
            hundredths(match objective {
                Objective::Hours => module.hours,
                Objective::Cost => module.cost,
            })
        })
        .sum()
}

/// Checks one case for one objective against its expectation; returns the
/// mismatches, each prefixed with the case.
fn check_case(
    curriculum: &Curriculum,
    passport: &Passport,
    target: &Target,
    objective: Objective,
    expected: &Value,
) -> Vec<String> {
    let options = Options {
        objective,
        time_limit: TIME_LIMIT,
        ..Default::default()
    };
    let planned = plan(curriculum, passport, target, &options);
    let mut problems = Vec::new();
    let expected_status = expected["status"].as_str().expect("a `status` string");
    let status = planned.status;
    let status_ok = match expected_status {
        "optimal" => status == Status::Planned,
        "qualified" => status == Status::Qualified,
        "unreachable" => status == Status::Unreachable,
        other => panic!("unknown expected status `{other}`"),
    };
    if !status_ok {
        problems.push(format!(
            "status {} (expected {expected_status}); reasons: {:?}",
            status.as_str(),
            planned.reasons
        ));
    }
    if status == Status::Planned {
        let reported = hundredths(match objective {
            Objective::Hours => planned.totals.hours,
            Objective::Cost => planned.totals.cost,
        });
        let recomputed = route_total(curriculum, &planned, objective);
        if reported != recomputed {
            problems.push(format!(
                "totals say {reported} hundredths, the steps add up to {recomputed}"
            ));
        }
        if let Some(optimum) = expected["optimum"].as_f64() {
            let optimum = hundredths(optimum);
            if recomputed != optimum {
                problems.push(format!(
                    "total {:.2}, optimum {:.2}",
                    recomputed as f64 / 100.0,
                    optimum as f64 / 100.0
                ));
            }
        }
        if !planned.optimal {
            problems.push("not reported optimal".to_string());
        }
        if planned.lower_bound.map(hundredths) != Some(reported) {
            problems.push(format!(
                "lower_bound {:?} differs from the total {:.2}",
                planned.lower_bound,
                reported as f64 / 100.0
            ));
        }
        problems.extend(route_problems(
            curriculum,
            passport,
            &target.levels,
            &planned,
        ));
    }
    // Planned again, twice, by a planner that remembers solved tasks as a
    // batch does: the fresh plan, the solved one and the remembered one must
    // be the same document.
    let remembering = Planner::new(curriculum, target.clone()).remembering(Room::new(4));
    let solved = remembering.plan(passport, &options);
    let remembered = remembering.plan(passport, &options);
    let english = words(Lang::En);
    let first = json_line(english, curriculum, &planned);
    for (how, again) in [("solved again", &solved), ("remembered", &remembered)] {
        let second = json_line(english, curriculum, again);
        if first != second {
            problems.push(format!(
                "not deterministic ({how}):\n  first:  {}\n  second: {}",
                String::from_utf8_lossy(&first),
                String::from_utf8_lossy(&second)
            ));
        }
    }
    let settled = planned.status != Status::Planned || planned.optimal;
    if settled && remembering.remembered() != 1 {
        problems.push(format!(
            "a settled outcome was not remembered ({} entries)",
            remembering.remembered()
        ));
    }
    problems
}

/// The passport and the profile target of one case of `expected.json`.
fn case_inputs(curriculum: &Curriculum, dir: &Path, case: &Value) -> (Passport, Target) {
    let worker = case["worker"].as_str().expect("a `worker` path");
    let profile = case["target"].as_str().expect("a `target` profile");
    let passport = load_passport(&dir.join(worker), curriculum)
        .unwrap_or_else(|error| panic!("{worker} loads: {:?}", error.diagnostics));
    let profile_id = curriculum
        .find_profile(profile)
        .unwrap_or_else(|| panic!("unknown profile `{profile}`"));
    (passport, Target::from_profile(curriculum, profile_id))
}

/// Plans every case of a conformance set for both objectives and fails once
/// with every mismatch.
fn conformance(set: &str) {
    let dir = set_dir(set);
    let curriculum = load_curriculum(&Origin::Path(dir.join("curriculum")))
        .unwrap_or_else(|error| panic!("{set}: the curriculum loads: {:?}", error.diagnostics));
    let expected = read_json(&dir.join("expected.json"));
    let cases = expected.as_array().expect("expected.json is an array");
    assert!(!cases.is_empty(), "{set}: no cases");
    let mut failures = Vec::new();
    let mut checked = 0;
    for case in cases {
        let (passport, target) = case_inputs(&curriculum, &dir, case);
        let worker = case["worker"].as_str().unwrap_or_default();
        for (name, objective) in [("hours", Objective::Hours), ("cost", Objective::Cost)] {
            checked += 1;
            for problem in check_case(&curriculum, &passport, &target, objective, &case[name]) {
                failures.push(format!(
                    "{set} {worker} → {} ({name}): {problem}",
                    target.id
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches in {checked} plans of the `{set}` set:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The cases list and the expectations name the same worker/profile pairs.
fn cases_match_expectations(set: &str) {
    let dir = set_dir(set);
    let pairs = |value: &Value| -> Vec<(String, String)> {
        value
            .as_array()
            .expect("an array")
            .iter()
            .map(|c| (c["worker"].to_string(), c["target"].to_string()))
            .collect()
    };
    assert_eq!(
        pairs(&read_json(&dir.join("cases.json"))),
        pairs(&read_json(&dir.join("expected.json"))),
        "{set}: cases.json and expected.json differ"
    );
}

#[test]
fn small_set_is_solved_exactly() {
    cases_match_expectations("small");
    conformance("small");
}

#[test]
fn medium_set_is_solved_exactly() {
    cases_match_expectations("medium");
    conformance("medium");
}

/// The validator itself: a route with a step missing, a repeated step, or a
/// step moved before what it needs is caught.
#[test]
fn the_route_validator_catches_invalid_routes() {
    let dir = set_dir("small");
    let curriculum = load_curriculum(&Origin::Path(dir.join("curriculum"))).expect("loads");
    let expected = read_json(&dir.join("expected.json"));
    let options = Options {
        time_limit: TIME_LIMIT,
        ..Default::default()
    };
    let mut moved_one = false;
    for case in expected.as_array().unwrap() {
        if case["hours"]["status"] != "optimal" {
            continue;
        }
        let (passport, target) = case_inputs(&curriculum, &dir, case);
        let problems = |plan: &Plan| route_problems(&curriculum, &passport, &target.levels, plan);
        let planned = plan(&curriculum, &passport, &target, &options);
        assert!(problems(&planned).is_empty(), "{:?}", problems(&planned));
        let mut short = planned.clone();
        short.steps.pop();
        assert!(!problems(&short).is_empty(), "a missing last step");
        let mut repeated = planned.clone();
        repeated.steps.push(planned.steps[0].clone());
        assert!(!problems(&repeated).is_empty(), "a repeated step");
        // A step that needs a grant of an earlier step, moved to the front.
        let start = start_levels(&curriculum, &passport);
        let dependent = planned.steps.iter().position(|step| {
            let module = curriculum.module(curriculum.find_module(&step.module).unwrap());
            !module.requires.iter().all(|r| holds(&start, &r.value))
        });
        if let Some(index) = dependent {
            let mut moved = planned.clone();
            let step = moved.steps.remove(index);
            moved.steps.insert(0, step);
            assert!(
                problems(&moved)
                    .iter()
                    .any(|p| p.contains("not held when it starts")),
                "a step moved before what it needs"
            );
            moved_one = true;
        }
    }
    assert!(moved_one, "no route has a step that depends on another");
}

//! `leerroute plan` and `leerroute gap` end to end: the real binary on the
//! example passports in `examples/workers/` and the shipped (embedded)
//! curriculum, with every output format pinned as an insta snapshot, and the
//! behaviour (the JSON schema, totals, weeks, objectives, options, exit codes
//! and error messages) asserted explicitly so that a failure says what broke.
//!
//! Every run uses the repository root as current directory and relative
//! paths, so the file names in messages and snapshots are stable. Small
//! curricula and passports for the error paths are in `tests/fixtures/plan/`.

use std::collections::BTreeSet;

use leerroute::Mode;
use leerroute::{Origin, load_curriculum};
use serde_json::Value;

use crate::support::generator::example_worker_paths;
use crate::support::test::{Test, assert_contains};

/// `leerroute plan <args…>`.
fn plan(args: &[&str]) -> Test {
    Test::new().arg("plan").args(args)
}

/// `leerroute plan --worker <path> <extra…>`.
fn worker(path: &str, extra: &[&str]) -> Test {
    plan(&["--worker", path]).args(extra)
}

/// The plan document of `test` run with `--format json`, with the exit code
/// checked against the status and the document checked against the schema.
pub(crate) fn plan_json(test: Test) -> Value {
    let run = test.args(["--format", "json"]).output();
    let json = run.json();
    let status = json["status"].as_str().unwrap_or_default();
    let expected_code = if matches!(status, "planned" | "qualified") {
        0
    } else {
        3
    };
    let what = &run.command;
    assert_eq!(
        run.code, expected_code,
        "{what}: exit code for status `{status}`; stderr:\n{}",
        run.stderr
    );
    assert_plan_document(&json, what);
    json
}

/// Every example passport, as `(stem, relative path)`, sorted.
fn example_workers() -> Vec<(String, String)> {
    let workers: Vec<(String, String)> = example_worker_paths()
        .into_iter()
        .map(|path| {
            let stem = path.file_stem().expect("a file name");
            let stem = stem.to_string_lossy().into_owned();
            let relative = format!("examples/workers/{stem}.toml");
            (stem, relative)
        })
        .collect();
    assert!(workers.len() >= 5, "example workers: {workers:?}");
    workers
}

fn string_list(value: &Value, what: &str) {
    let list = value
        .as_array()
        .unwrap_or_else(|| panic!("{what}: not an array: {value}"));
    assert!(
        list.iter().all(Value::is_string),
        "{what}: not all strings: {value}"
    );
}

/// A key of a JSON object and the check of its type.
type Field<'a> = (&'a str, fn(&Value) -> bool);

/// Asserts that `object` has exactly the `keys` (plus `optional` ones) and
/// that each has the JSON type its checker accepts.
fn assert_fields(object: &Value, keys: &[Field], optional: &[&str], what: &str) {
    let map = object
        .as_object()
        .unwrap_or_else(|| panic!("{what}: not an object: {object}"));
    for (key, is_type) in keys {
        let value = map
            .get(*key)
            .unwrap_or_else(|| panic!("{what}: no `{key}` in {object}"));
        assert!(
            is_type(value),
            "{what}: `{key}` has the wrong type: {value}"
        );
    }
    for key in map.keys() {
        assert!(
            keys.iter().any(|(k, _)| k == key) || optional.contains(&key.as_str()),
            "{what}: unexpected key `{key}`"
        );
    }
}

fn is_count(value: &Value) -> bool {
    value.is_u64()
}

fn is_nullable_number(value: &Value) -> bool {
    value.is_null() || value.is_number()
}

/// `value` in hundredths, the exact unit of hours and euro.
pub(crate) fn hundredths(value: &Value) -> i64 {
    (value.as_f64().expect("a number") * 100.0).round() as i64
}

/// The keys of the `leerroute.plan/v2` document (docs/DESIGN.md) and their JSON types.
const PLAN_FIELDS: &[Field] = &[
    ("schema", Value::is_string),
    ("worker", Value::is_string),
    ("name", Value::is_string),
    ("target", Value::is_string),
    ("minimize", Value::is_string),
    ("status", Value::is_string),
    ("optimal", Value::is_boolean),
    ("lower_bound", is_nullable_number),
    ("totals", Value::is_object),
    ("steps", Value::is_array),
    ("gap", Value::is_array),
    ("reasons", Value::is_array),
];
/// Every reason has these; the facts that follow depend on the code.
const REASON_FIELDS: &[Field] = &[("code", Value::is_string), ("message", Value::is_string)];
/// Each reason code with the facts it carries.
const REASON_FACTS: &[(&str, &[Field])] = &[
    (
        "unobtainable",
        &[("skill_level", Value::is_string), ("why", Value::is_object)],
    ),
    ("unreachable", &[]),
    (
        "over-budget",
        &[
            ("budget", Value::is_number),
            ("cheapest_cost", is_nullable_number),
            ("proven", Value::is_boolean),
        ],
    ),
    (
        "first-steps",
        &[
            ("route", Value::is_array),
            ("steps", Value::is_array),
            ("hours", Value::is_number),
            ("cost", Value::is_number),
            ("progress", Value::is_array),
        ],
    ),
    (
        "relaxation",
        &[
            ("allow", Value::is_array),
            ("route", Value::is_array),
            ("hours", Value::is_number),
            ("cost", Value::is_number),
            ("within_budget", Value::is_boolean),
            ("proven", Value::is_boolean),
        ],
    ),
    ("timeout", &[("time_limit_ms", is_count)]),
    ("invalid-route", &[]),
    ("invalid-input", &[("line", is_count)]),
];
const TOTALS_FIELDS: &[Field] = &[
    ("hours", Value::is_number),
    ("cost", Value::is_number),
    ("modules", is_count),
    ("weeks", is_count),
];
const GAP_FIELDS: &[Field] = &[
    ("skill", Value::is_string),
    ("have", is_count),
    ("need", is_count),
];
/// A step's keys; `start_date` and `end_date` only come with `--start`.
const STEP_FIELDS: &[Field] = &[
    ("step", is_count),
    ("module", Value::is_string),
    ("name", Value::is_string),
    ("stage", Value::is_string),
    ("lines", Value::is_array),
    ("hours", Value::is_number),
    ("cost", Value::is_number),
    ("grants", Value::is_array),
    ("serves", Value::is_array),
    ("needed_by", Value::is_array),
    ("start_week", is_count),
    ("end_week", is_count),
];
const STATUSES: [&str; 6] = [
    "planned",
    "qualified",
    "unreachable",
    "over-budget",
    "timeout",
    "error",
];

/// The plan document against `leerroute.plan/v2`: every key with its JSON
/// type, each reason with its code and sentence, and the totals and weeks
/// consistent with the steps.
fn assert_plan_document(plan: &Value, what: &str) {
    assert_fields(plan, PLAN_FIELDS, &[], what);
    assert_eq!(plan["schema"], "leerroute.plan/v2", "{what}");
    assert!(
        ["hours", "cost"].contains(&plan["minimize"].as_str().unwrap()),
        "{what}: minimize {}",
        plan["minimize"]
    );
    let status = plan["status"].as_str().unwrap();
    assert!(STATUSES.contains(&status), "{what}: status {status}");
    assert_fields(
        &plan["totals"],
        TOTALS_FIELDS,
        &[],
        &format!("{what} totals"),
    );
    for reason in plan["reasons"].as_array().unwrap() {
        let code = reason["code"].as_str().unwrap_or_default();
        let facts = REASON_FACTS
            .iter()
            .find(|(known, _)| *known == code)
            .unwrap_or_else(|| panic!("{what}: unknown reason code in {reason}"))
            .1;
        let fields: Vec<Field> = REASON_FIELDS.iter().chain(facts).copied().collect();
        assert_fields(reason, &fields, &[], &format!("{what} reason"));
    }
    for gap in plan["gap"].as_array().unwrap() {
        assert_fields(gap, GAP_FIELDS, &[], &format!("{what} gap"));
        assert!(
            gap["have"].as_u64() < gap["need"].as_u64(),
            "{what}: gap {gap}"
        );
    }
    let steps = plan["steps"].as_array().unwrap();
    let mut previous_start = 0;
    for (index, step) in steps.iter().enumerate() {
        let what = format!("{what} step {}", index + 1);
        assert_fields(step, STEP_FIELDS, &["start_date", "end_date"], &what);
        for list in ["lines", "grants", "serves"] {
            string_list(&step[list], &format!("{what} {list}"));
        }
        assert_eq!(step["step"].as_u64(), Some(index as u64 + 1), "{what}");
        for later in step["needed_by"].as_array().unwrap() {
            let later = later.as_u64().unwrap() as usize;
            assert!(
                later > index + 1 && later <= steps.len(),
                "{what}: needed by step {later}, which is not a later step"
            );
        }
        let start = step["start_week"].as_u64().unwrap();
        let end = step["end_week"].as_u64().unwrap();
        assert!(start >= 1, "{what}: start_week {start}");
        assert!(
            start >= previous_start,
            "{what}: starts before the step before"
        );
        assert!(end >= start, "{what}: ends in week {end}, before {start}");
        previous_start = start;
    }
    let totals = &plan["totals"];
    let sum = |key: &str| steps.iter().map(|s| hundredths(&s[key])).sum::<i64>();
    assert_eq!(hundredths(&totals["hours"]), sum("hours"), "{what}: hours");
    assert_eq!(hundredths(&totals["cost"]), sum("cost"), "{what}: cost");
    assert_eq!(
        totals["modules"].as_u64(),
        Some(steps.len() as u64),
        "{what}"
    );
    let last_end = steps.last().map_or(0, |s| s["end_week"].as_u64().unwrap());
    assert_eq!(totals["weeks"].as_u64(), Some(last_end), "{what}: weeks");
    match status {
        "planned" => {
            assert!(!steps.is_empty(), "{what}: planned without steps");
            assert!(
                !plan["gap"].as_array().unwrap().is_empty(),
                "{what}: no gap"
            );
            if plan["optimal"] == true {
                let total = &totals[plan["minimize"].as_str().unwrap()];
                assert_eq!(
                    plan["lower_bound"]
                        .as_f64()
                        .map(|b| (b * 100.0).round() as i64),
                    Some(hundredths(total)),
                    "{what}: lower_bound of an optimal plan"
                );
            }
        }
        "qualified" => {
            assert!(steps.is_empty(), "{what}: qualified with steps");
            assert!(plan["gap"].as_array().unwrap().is_empty(), "{what}: gap");
        }
        _ => {
            assert!(steps.is_empty(), "{what}: {status} with steps");
            assert!(
                !plan["reasons"].as_array().unwrap().is_empty(),
                "{what}: {status} without reasons"
            );
        }
    }
}

/// A budget no route in the shipped curriculum comes near.
const NO_BUDGET: &str = "1000000";

fn modules_of(plan: &Value) -> Vec<String> {
    plan["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["module"].as_str().unwrap().to_string())
        .collect()
}

fn total(plan: &Value, key: &str) -> i64 {
    hundredths(&plan["totals"][key])
}

// ---------------------------------------------------------------------------
// Snapshots

#[test]
fn every_example_worker_in_every_format() {
    for (stem, path) in example_workers() {
        for format in ["table", "json", "csv", "markdown"] {
            let run = worker(&path, &["--format", format]).stderr("").run();
            insta::assert_snapshot!(format!("plan__{stem}__{format}"), run.stdout);
        }
    }
}

#[test]
fn start_date_puts_the_steps_on_the_calendar() {
    let path = "examples/workers/anna.toml";
    for format in ["table", "markdown"] {
        let run = worker(path, &["--start", "2027-01-04", "--format", format]).run();
        insta::assert_snapshot!(format!("plan__anna__start__{format}"), run.stdout);
    }
    let json = plan_json(worker(path, &["--start", "2027-01-04"]));
    let steps = json["steps"].as_array().unwrap();
    assert_eq!(steps[0]["start_date"], "2027-01-04");
    for step in steps {
        // Week n runs from Monday 2027-01-04 + 7(n-1) days to the Sunday after.
        let start = step["start_date"].as_str().expect("a start_date");
        let end = step["end_date"].as_str().expect("an end_date");
        assert!(start < end, "{step}");
    }
    let last = steps.last().unwrap();
    // 15 weeks from Monday 4 January end on Sunday 18 April.
    assert_eq!(json["totals"]["weeks"], 15, "{json}");
    assert_eq!(last["end_date"], "2027-04-18");
    // Without --start there are no dates at all.
    let plain = plan_json(worker(path, &[]));
    assert!(plain["steps"][0].get("start_date").is_none());
}

#[test]
fn gap_for_two_workers() {
    for stem in ["anna", "cnc-machinist"] {
        let path = format!("examples/workers/{stem}.toml");
        let run = Test::new().args(["gap", "--worker", &path]).run();
        insta::assert_snapshot!(format!("gap__{stem}"), run.stdout);
    }
}

#[test]
fn gap_csv_keeps_the_lone_dash_for_no_level() {
    let run = Test::new()
        .args([
            "gap",
            "--worker",
            "examples/workers/anna.toml",
            "--format",
            "csv",
        ])
        .run();
    let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
    let have_names: Vec<String> = reader
        .records()
        .map(|r| r.expect("the output is valid CSV")[3].to_string())
        .collect();
    assert!(have_names.iter().any(|name| name == "-"), "{have_names:?}");
    assert!(!run.stdout.contains("'-"), "{}", run.stdout);
}

// ---------------------------------------------------------------------------
// Behaviour

#[test]
fn example_plans_follow_the_schema_and_add_up() {
    for (stem, path) in example_workers() {
        for objective in ["hours", "cost"] {
            let json = plan_json(worker(&path, &["--minimize", objective]));
            assert_eq!(json["status"], "planned", "{stem} {objective}: {json}");
            assert_eq!(json["optimal"], true, "{stem} {objective}");
            assert_eq!(json["minimize"], objective);
            let csv = worker(&path, &["--minimize", objective, "--format", "csv"]).run();
            assert_eq!(
                csv.stdout.lines().count(),
                json["steps"].as_array().unwrap().len() + 1,
                "{stem}: one CSV row per step, after the header:\n{}",
                csv.stdout
            );
        }
    }
}

#[test]
fn each_objective_wins_on_its_own_measure() {
    for (stem, path) in example_workers() {
        let by_hours = plan_json(worker(&path, &["--minimize", "hours"]));
        let by_cost = plan_json(worker(&path, &["--minimize", "cost"]));
        assert!(
            total(&by_cost, "cost") <= total(&by_hours, "cost"),
            "{stem}: --minimize cost costs more than --minimize hours"
        );
        assert!(
            total(&by_hours, "hours") <= total(&by_cost, "hours"),
            "{stem}: --minimize hours takes more hours than --minimize cost"
        );
    }
}

/// Plans with `option value` added for each value, and checks that each
/// answer leaves out what `is_gone` rejects (or is unreachable), and is never
/// shorter than the plan without the option. The passport's budget is lifted,
/// so that a longer route is never refused for its cost.
fn assert_restricts(
    path: &str,
    option: &str,
    values: &[String],
    is_gone: impl Fn(&str, &str) -> bool,
) {
    let base = plan_json(worker(path, &["--budget", NO_BUDGET]));
    for value in values {
        let json = plan_json(worker(path, &["--budget", NO_BUDGET, option, value]));
        let what = format!("{path} {option} {value}");
        match json["status"].as_str().unwrap() {
            "planned" => {
                for module in modules_of(&json) {
                    assert!(!is_gone(&module, value), "{what}: the route has `{module}`");
                }
                assert!(
                    total(&json, "hours") >= total(&base, "hours"),
                    "{what}: a shorter route than without the option"
                );
            }
            "unreachable" => {
                assert_eq!(json["optimal"], false, "{what}");
                assert!(json["lower_bound"].is_null(), "{what}");
            }
            other => panic!("{what}: status {other}"),
        }
    }
}

#[test]
fn excluding_a_module_of_the_route_never_gives_a_cheaper_route() {
    for (_, path) in example_workers() {
        let route = modules_of(&plan_json(worker(&path, &[])));
        assert_restricts(&path, "--exclude", &route, |module, excluded| {
            module == excluded
        });
    }
}

#[test]
fn avoiding_a_mode_never_gives_a_cheaper_route() {
    let curriculum = load_curriculum(&Origin::Embedded).expect("the embedded curriculum loads");
    let mode_of = |module: &str| {
        let id = curriculum.find_module(module).expect("a known module");
        curriculum.module(id).mode.map(Mode::as_str)
    };
    let modes: Vec<String> = Mode::ALL.iter().map(|m| m.as_str().to_string()).collect();
    let mut avoided_one_in_use = false;
    for (_, path) in example_workers() {
        let route = modules_of(&plan_json(worker(&path, &[])));
        avoided_one_in_use |= route.iter().any(|m| mode_of(m).is_some());
        assert_restricts(&path, "--avoid-mode", &modes, |module, mode| {
            mode_of(module) == Some(mode)
        });
    }
    assert!(avoided_one_in_use, "no route uses a module with a mode");
}

#[test]
fn a_budget_below_the_cheapest_route_is_over_budget() {
    for (stem, path) in example_workers() {
        let cheapest = plan_json(worker(&path, &["--minimize", "cost"]));
        let cents = total(&cheapest, "cost");
        let exact = format!("{:.2}", cents as f64 / 100.0);
        let below = format!("{:.2}", (cents - 1) as f64 / 100.0);
        worker(&path, &["--budget", &below])
            .code(3)
            .stdout_contains(format!("€{exact}"))
            .run();
        let json = plan_json(worker(&path, &["--budget", &below]));
        assert_eq!(json["status"], "over-budget", "{stem}: {json}");
        assert!(json["lower_bound"].is_null(), "{stem}");
        let reasons = json["reasons"].to_string();
        assert_contains(&reasons, &format!("€{exact}"));
        // The same facts as data, for scripts.
        let reason = &json["reasons"][0];
        assert_eq!(reason["code"], "over-budget", "{stem}: {reason}");
        assert_eq!(hundredths(&reason["cheapest_cost"]), cents, "{stem}");
        assert_eq!(hundredths(&reason["budget"]), cents - 1, "{stem}");
        assert_eq!(reason["proven"], true, "{stem}");
        // Exactly the cheapest cost is within the budget, for either objective.
        for objective in ["hours", "cost"] {
            let fits = plan_json(worker(
                &path,
                &["--budget", &exact, "--minimize", objective],
            ));
            assert_eq!(fits["status"], "planned", "{stem} {objective}: {fits}");
            assert!(total(&fits, "cost") <= cents, "{stem} {objective}");
        }
    }
}

#[test]
fn budget_messages_show_the_budget_as_given_and_round_the_shortfall_up() {
    let anna = "examples/workers/anna.toml";
    let cheapest = plan_json(worker(anna, &["--minimize", "cost"]));
    let cents = total(&cheapest, "cost");
    let just_below = format!("{:.3}", (cents as f64 - 0.1) / 100.0);
    worker(anna, &["--budget", &just_below])
        .code(3)
        .stdout_contains(format!(
            "over the budget of €{just_below}; raise the budget by €0.01 or more"
        ))
        .run();
    let zero = worker(anna, &["--budget", "-0"])
        .code(3)
        .stdout_contains("over the budget of €0.00;")
        .run();
    assert!(!zero.stdout.contains("-0"), "{}", zero.stdout);
    let json = plan_json(worker(anna, &["--budget", "-0"]));
    assert_eq!(json["reasons"][0]["budget"].to_string(), "0.0");
    worker(anna, &["--budget", "inf"])
        .code(1)
        .stderr_contains("`inf` is not an amount of euro")
        .run();
    // Digits beyond any float are still refused, as no finite amount.
    worker(anna, &["--budget", &format!("1{}", "0".repeat(400))])
        .code(1)
        .stderr_contains("the budget must be a finite amount of euro, found inf")
        .run();
}

/// A passport's empty `target` is no target, as an empty bulk cell: the
/// command line's `--target` applies, and without one the fix is named.
#[test]
fn an_empty_passport_target_falls_back_to_the_command_line() {
    let passport =
        "[worker]\nid = \"anna\"\nname = \"\"\nskills = [\"robotics@1\"]\ntarget = \"\"\n";
    let empty_target =
        |extra: &[&str]| worker("empty-target.toml", extra).tree([("empty-target.toml", passport)]);
    let json = plan_json(empty_target(&["--target", "cobot-operator"]));
    assert_eq!(json["target"], "cobot-operator");
    assert_eq!(json["worker"], "anna");
    empty_target(&[])
        .code(1)
        .stderr_contains("no target given")
        .stderr_contains("--target")
        .run();
}

/// A time limit that runs out before any route within the budget is found
/// (or ruled out) is `timeout` with exit 3, not `error`: the input was fine.
#[test]
fn a_time_limit_that_ends_before_any_route_is_a_timeout() {
    let args = [
        "--skills",
        "digital-skills@1",
        "--target",
        "mechatronics-technician",
        "--budget",
        "3000",
        "--time-limit",
        "0",
    ];
    let json = plan_json(plan(&args));
    assert_eq!(json["status"], "timeout", "{json}");
    assert_eq!(json["optimal"], false);
    assert_contains(&json["reasons"].to_string(), "--time-limit");
    plan(&args)
        .code(3)
        .stdout_contains("No route found in the time limit")
        .run();
}

#[test]
fn a_worker_who_holds_a_profile_is_qualified() {
    let profiles = Test::new()
        .args(["list", "profiles", "--format", "json"])
        .run()
        .json();
    let profiles = profiles.as_array().expect("an array of profiles");
    assert!(!profiles.is_empty());
    for profile in profiles {
        let id = profile["id"].as_str().expect("an id");
        let requires: Vec<&str> = profile["requires"]
            .as_array()
            .expect("requires")
            .iter()
            .map(|r| r.as_str().expect("a skill-level"))
            .collect();
        let skills = requires.join(",");
        let json = plan_json(plan(&["--skills", &skills, "--target", id]));
        assert_eq!(json["status"], "qualified", "{id}: {json}");
        assert_eq!(json["target"], id);
        plan(&["--skills", &skills, "--target", id])
            .stdout_contains("nothing to learn")
            .run();
    }
}

#[test]
fn target_skills_are_a_target_too() {
    let target = "robotics@2,robot-safety@1";
    let json = plan_json(plan(&["--skills", "teamwork@2", "--target-skills", target]));
    assert_eq!(json["status"], "planned", "{json}");
    assert_eq!(json["target"], target);
    let gap: BTreeSet<&str> = json["gap"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["skill"].as_str().unwrap())
        .collect();
    assert_eq!(gap, BTreeSet::from(["robot-safety", "robotics"]));
    let grants = json["steps"].to_string();
    assert_contains(&grants, "\"robotics@2\"");
    assert_contains(&grants, "\"robot-safety@");
    // A skill list that is already held is qualified.
    let held = plan_json(plan(&[
        "--skills",
        "robotics@2,robot-safety@1",
        "--target-skills",
        "robotics",
    ]));
    assert_eq!(held["status"], "qualified", "{held}");
}

#[test]
fn fewer_hours_per_week_take_at_least_as_many_weeks() {
    for (stem, path) in example_workers() {
        let slow = plan_json(worker(&path, &["--hours-per-week", "4"]));
        let fast = plan_json(worker(&path, &["--hours-per-week", "16"]));
        assert_eq!(
            modules_of(&slow),
            modules_of(&fast),
            "{stem}: the route changed"
        );
        let weeks = |plan: &Value| plan["totals"]["weeks"].as_u64().unwrap();
        assert!(
            weeks(&slow) >= weeks(&fast),
            "{stem}: {} < {}",
            weeks(&slow),
            weeks(&fast)
        );
        for (plan, per_week) in [(&slow, 4), (&fast, 16)] {
            let needed = (total(plan, "hours") as u64).div_ceil(per_week * 100);
            assert!(
                weeks(plan) >= needed,
                "{stem}: {} hours in {} weeks at {per_week} a week",
                total(plan, "hours") as f64 / 100.0,
                weeks(plan)
            );
        }
    }
}

#[test]
fn a_step_lasts_at_least_its_minimum_weeks() {
    let curriculum = load_curriculum(&Origin::Embedded).expect("the embedded curriculum loads");
    let mut spread = 0;
    for (stem, path) in example_workers() {
        // At 40 hours a week the hours alone fit in fewer weeks than a fieldlab block.
        let json = plan_json(worker(&path, &["--hours-per-week", "40"]));
        for step in json["steps"].as_array().unwrap() {
            let module = step["module"].as_str().unwrap();
            let id = curriculum.find_module(module).expect("a known module");
            let minimum = u64::from(curriculum.module(id).weeks.unwrap_or(1));
            let span =
                step["end_week"].as_u64().unwrap() - step["start_week"].as_u64().unwrap() + 1;
            assert!(
                span >= minimum,
                "{stem}: `{module}` spans {span} < {minimum} weeks"
            );
            spread += usize::from(minimum > 1);
        }
    }
    assert!(
        spread > 0,
        "no route has a module with a minimum number of weeks"
    );
}

/// At the bounds on `hours`, `cost` and `weeks`, alternatives a hundredth
/// apart are still told apart: the plan is the best one for its objective,
/// proven optimal, with finite totals equal to its lower bound.
#[test]
fn plans_at_the_amount_bounds_are_exact_and_optimal() {
    let curriculum = "tests/fixtures/plan/curricula/at-bounds";
    for (objective, route, hours, cost) in [
        (
            "hours",
            ["weld-short", "inspect-short"],
            1_999_998,
            200_000_000,
        ),
        (
            "cost",
            ["weld-cheap", "inspect-cheap"],
            2_000_000,
            199_999_998,
        ),
    ] {
        let plan = plan_json(plan(&[
            "--curriculum",
            curriculum,
            "--skills",
            "",
            "--target",
            "inspector",
            "--minimize",
            objective,
        ]));
        assert_eq!(plan["status"], "planned", "{objective}");
        assert_eq!(plan["optimal"], true, "{objective}");
        assert_eq!(modules_of(&plan), route, "{objective}");
        assert_eq!((total(&plan, "hours"), total(&plan, "cost")), (hours, cost));
        let objective_total = if objective == "hours" { hours } else { cost };
        assert_eq!(hundredths(&plan["lower_bound"]), objective_total);
        assert_eq!(plan["totals"]["weeks"], 2500, "{objective}");
    }
}

/// Amounts beyond the bounds (`hours = 1e308`; alternatives of 3e17 and
/// 2e17 hours, which the planner could not tell apart) never reach it.
#[test]
fn plan_refuses_amounts_beyond_the_bounds() {
    for (fixture, needle) in [
        ("hours-huge", "has hours 1e308"),
        ("alternatives-huge", "has hours 3e17"),
    ] {
        let curriculum = format!("tests/fixtures/bad/{fixture}");
        plan(&["--curriculum", &curriculum, "--skills", ""])
            .args(["--target-skills", "welding", "--format", "json"])
            .code(1)
            .stderr_contains("cannot be used")
            .stdout("")
            .run();
        Test::new()
            .args(["check", &curriculum])
            .code(1)
            .stdout_contains(needle)
            .run();
    }
}

#[test]
fn plans_are_deterministic() {
    for (stem, path) in example_workers() {
        let first = worker(&path, &["--format", "json"]).run();
        let second = worker(&path, &["--format", "json"]).run();
        assert_eq!(first.stdout, second.stdout, "{stem}");
    }
}

// ---------------------------------------------------------------------------
// Error paths

#[test]
fn unknown_profile_suggests_the_closest() {
    plan(&["--skills", "teamwork@2", "--target", "cobot-operater"])
        .code(1)
        .stderr_contains("unknown profile `cobot-operater`")
        .stderr_contains("did you mean `cobot-operator`?")
        .stdout("")
        .run();
}

#[test]
fn unknown_skill_in_skills_points_at_it() {
    plan(&["--skills", "teamwork@2,plc-programing@2"])
        .args(["--target", "cobot-operator"])
        .code(1)
        .stderr_contains("unknown skill `plc-programing`")
        .stderr_contains("--skills:1:12")
        .stderr_contains("did you mean `plc-programming@2`?")
        // The caret sits under the misspelt entry (after the 11 bytes of `teamwork@2,`).
        .stderr_contains(format!("{}^^^^^^^^^^^^^^^^", " ".repeat(11)))
        .run();
}

#[test]
fn problems_in_a_flag_have_no_summary_line_about_files() {
    for flag in ["--skills", "--target-skills"] {
        let mut args = vec![flag, "nope@1"];
        if flag == "--skills" {
            args.extend(["--target", "cobot-operator"]);
        } else {
            args.extend(["--skills", "teamwork@2"]);
        }
        let run = plan(&args)
            .code(1)
            .stderr_contains("unknown skill `nope`")
            .run();
        assert!(
            !run.stderr.contains(" in 1 file"),
            "{flag}:\n{}",
            run.stderr
        );
    }
}

#[test]
fn a_directory_given_as_the_passport_is_told_to_pass_one_file() {
    let run = plan(&["--worker", "examples/workers", "--target", "cobot-operator"])
        .code(1)
        .stderr_contains_all(&[
            "`examples/workers` is a directory, not a passport",
            "a passport is one `.toml` file",
            "`--worker examples/workers/anna.toml`",
        ])
        .run();
    assert!(!run.stderr.contains("rename it"), "{}", run.stderr);
}

#[test]
fn bad_worker_files_point_at_the_place() {
    for (file, needles) in [
        (
            "unknown-field",
            &[
                "unknown field `hour_per_week`",
                ":7:1",
                "did you mean `hours_per_week`?",
            ][..],
        ),
        (
            "bad-type",
            &["must be a number, found a string", ":7:18"][..],
        ),
        (
            "unknown-completed",
            &[
                "unknown module `rob-intr`",
                ":6:27",
                "did you mean `rob-intro`?",
            ][..],
        ),
    ] {
        let path = format!("tests/fixtures/plan/workers/{file}.toml");
        worker(&path, &[])
            .code(1)
            .stderr_contains_all(needles)
            .stderr_contains(format!("{path}:"))
            .stdout("")
            .run();
        Test::new()
            .args(["gap", "--worker", &path])
            .code(1)
            .stderr_contains_all(needles)
            .run();
    }
}

#[test]
fn a_missing_worker_file_is_invalid_input() {
    worker("tests/fixtures/plan/workers/no-such-worker.toml", &[])
        .code(1)
        .stderr_contains("no-such-worker.toml")
        .run();
}

#[test]
fn invalid_options_are_refused() {
    let anna = "examples/workers/anna.toml";
    for (extra, needles) in [
        (
            &["--start", "2027-02-30"][..],
            &["invalid start date `2027-02-30`", "YYYY-MM-DD"][..],
        ),
        (
            &["--exclude", "no-such-module"],
            &["unknown module `no-such-module`"],
        ),
        (
            &["--exclude", "rob-intr"],
            &["unknown module `rob-intr`", "did you mean `rob-intro`?"],
        ),
        (
            &["--budget=-5"],
            &["the budget must be 0 or more euro, found -5"],
        ),
    ] {
        worker(anna, extra)
            .code(1)
            .stderr_contains_all(needles)
            .run();
    }
    // Written with a space, clap reads `-5` as a flag; whatever the code,
    // the budget must be refused and nothing planned.
    let run = worker(anna, &["--budget", "-5"]).output();
    assert!(matches!(run.code, 1 | 2), "--budget -5: exit {}", run.code);
    assert_eq!(run.stdout, "");
    for per_week in ["0", "abc"] {
        let run = worker(anna, &["--hours-per-week", per_week]).output();
        assert!(
            matches!(run.code, 1 | 2),
            "--hours-per-week {per_week}: {}",
            run.code
        );
    }
}

#[test]
fn a_target_is_needed() {
    plan(&["--skills", "teamwork"])
        .code(1)
        .stderr_contains("no target given")
        .stderr_contains("--target")
        .run();
}

#[test]
fn worker_and_skills_exclude_each_other() {
    worker("examples/workers/anna.toml", &["--skills", "teamwork"])
        .code(2)
        .stderr_contains("cannot be used with")
        .run();
}

/// Small curricula for the error paths.
const CURRICULA: &str = "tests/fixtures/plan/curricula";

/// `plan --curriculum tests/fixtures/plan/curricula/<name> --skills <skills>
/// --target <profile>`.
fn plan_in(name: &str, skills: &str, profile: &str) -> Test {
    let path = format!("{CURRICULA}/{name}");
    plan(&[
        "--curriculum",
        &path,
        "--skills",
        skills,
        "--target",
        profile,
    ])
}

#[test]
fn a_broken_curriculum_is_refused_with_a_pointer_to_check() {
    plan_in("broken", "welding", "welder")
        .code(1)
        .stderr_contains("curriculum.toml:16:9")
        .stderr_contains("unknown skill `weldin`")
        .stderr_contains(format!("run `leerroute check {CURRICULA}/broken`"))
        .stdout("")
        .run();
}

#[test]
fn a_curriculum_with_a_hard_cycle_is_refused() {
    plan_in("hard-cycle", "alpha", "both")
        .code(1)
        .stderr_contains("hard-cycle")
        .stderr_contains(format!("leerroute check {CURRICULA}/hard-cycle"))
        .stdout("")
        .run();
}

#[test]
fn an_unreachable_profile_is_explained_and_others_still_plan() {
    let unreachable = |profile| plan_in("unreachable-profile", "electrical-basics", profile);
    Test::new()
        .args(["check", &format!("{CURRICULA}/unreachable-profile")])
        .code(1)
        .stdout_contains("error[unreachable-profile]: profile `cobot-operator`")
        .run();
    unreachable("cobot-operator")
        .code(3)
        // The why-chain, pubgrub style: the missing skill-level and the module it blocks.
        .stdout_contains(
            "`cobot-operation@2` is granted only by `cobot-advanced`, which requires \
             `plc-programming@2`, which is granted by no module",
        )
        .run();
    let json = plan_json(unreachable("cobot-operator"));
    assert_eq!(json["status"], "unreachable", "{json}");
    assert_eq!(json["optimal"], false);
    assert!(json["lower_bound"].is_null());
    let reasons = json["reasons"].to_string();
    for needle in [
        "`cobot-operation@2`",
        "`cobot-advanced`",
        "`plc-programming@2`",
    ] {
        assert_contains(&reasons, needle);
    }
    // Another profile of the same curriculum still plans.
    let json = plan_json(unreachable("plc-operator"));
    assert_eq!(json["status"], "planned", "{json}");
    assert_eq!(modules_of(&json), ["plc-basis"]);
}

/// `--hours-per-week` takes a Dutch decimal comma as well as a point: `2,5`
/// plans exactly as `2.5`; what is no number of hours is refused, naming
/// what was given, in the chosen language (exit 1, as a bad `--budget`).
#[test]
fn hours_per_week_takes_a_decimal_comma() {
    let anna = "examples/workers/anna.toml";
    let comma = plan_json(worker(anna, &["--hours-per-week", "2,5"]));
    let point = plan_json(worker(anna, &["--hours-per-week", "2.5"]));
    assert_eq!(comma, point);
    assert_eq!(comma["totals"]["weeks"], 48, "120 hours at 2.5 a week");
    for bad in ["2,5,1", "abc", "2.", ",5"] {
        worker(anna, &["--hours-per-week", bad])
            .code(1)
            .stderr_contains(format!("`{bad}` is not a number of hours"))
            .stderr_contains("--hours-per-week 8")
            .run();
    }
    worker(anna, &["--hours-per-week", "abc", "--lang", "nl"])
        .code(1)
        .stderr_contains("`abc` is geen aantal uren")
        .run();
}

// ---------------------------------------------------------------------------
// Regressions found in review.

#[test]
fn a_tiny_weekly_time_is_refused_or_planned_without_a_panic() {
    // No panic, as in every run.
    let run = worker(
        "examples/workers/anna.toml",
        &["--hours-per-week", "1e-300"],
    )
    .output();
    assert!(
        matches!(run.code, 0 | 1),
        "exit {}:\n{}",
        run.code,
        run.stderr
    );
}

#[test]
fn an_empty_target_skill_list_is_refused() {
    worker("examples/workers/anna.toml", &["--target-skills="])
        .code(1)
        .stderr_contains("--target-skills")
        .run();
}

#[test]
fn an_excluded_module_is_named_in_the_why_chain() {
    let json = plan_json(worker(
        "examples/workers/anna.toml",
        &["--exclude", "rob-intro"],
    ));
    assert_eq!(json["status"], "unreachable", "{json}");
    // `robotics@2`, which `rob-cobot-bedienen` needs, is granted only by `rob-intro`.
    let reasons = json["reasons"].to_string();
    assert_contains(&reasons, "`robotics@2`");
    assert_contains(&reasons, "`rob-intro`");
    // The chain as data: some target skill-level is blocked, down the tree,
    // by `robotics@2`, whose only grantor may not be used.
    let reason = &json["reasons"][0];
    assert_eq!(reason["code"], "unobtainable", "{reason}");
    let mut links = vec![&reason["why"]];
    let mut found = false;
    while let Some(why) = links.pop() {
        for group in why["groups"].as_array().into_iter().flatten() {
            let link = &group["requires"];
            if link["skill_level"] == "robotics@2" {
                assert_eq!(link["why"]["kind"], "not-allowed", "{link}");
                assert_eq!(link["why"]["grantors"], serde_json::json!(["rob-intro"]));
                found = true;
            }
            links.push(&link["why"]);
        }
    }
    assert!(found, "no `robotics@2` link in {reason}");
}

/// A passport value is checked by the same rule wherever it comes from, and
/// the passport file's own error says where it is and how to write it there.
#[test]
fn passport_values_follow_one_rule_in_the_file_a_row_and_a_flag() {
    // `plan --worker <name>`, a passport holding `fields`.
    let passport = |name: &str, fields: &str| {
        let passport = format!(
            "[worker]\nid = \"anna\"\nskills = [\"robotics@1\"]\ntarget = \"cobot-operator\"\n{fields}"
        );
        worker(name, &[]).tree([(name, passport)])
    };
    let rule = "hours per week must be between 0.5 and 168 (a week has 168 hours), found 500";
    let run = passport("week.toml", "hours_per_week = 500\n")
        .code(1)
        .stderr_contains(rule)
        .stderr_contains("week.toml:5:18")
        .stderr_contains("write it as `hours_per_week = 8`")
        .run();
    assert!(!run.stderr.contains("--hours-per-week"), "{}", run.stderr);
    worker("examples/workers/anna.toml", &["--hours-per-week", "500"])
        .code(1)
        .stderr_contains(rule)
        .stderr_contains("--hours-per-week 8")
        .run();
    Test::new()
        .args(["batch", "--workers", "-", "--input-format", "csv"])
        .stdin("id,skills,target,hours_per_week\nanna,robotics@1,cobot-operator,500\n")
        .code(4)
        .stdout_contains(format!("`hours_per_week`: {rule}"))
        .run();
    // A budget of 0 is a budget: nothing may be spent.
    let json = plan_json(passport("zero.toml", "budget = 0\n"));
    assert_eq!(json["status"], "over-budget", "{json}");
    passport("negative.toml", "budget = -5\n")
        .code(1)
        .stderr_contains("the budget must be 0 or more euro, found -5")
        .stderr_contains("`budget = 3000.0`")
        .run();
}

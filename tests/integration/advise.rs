//! `leerroute advise` end to end: every figure it gives for a profile is the
//! one `plan --target <profile>` gives with the same options (for every
//! shipped profile and every example worker), the held share is what `gap`
//! says is not missing, the ranking follows its rule, the shared modules are
//! those of the best routes, and the table reads at 80 columns in Dutch and
//! English with every id whole.

use std::collections::BTreeSet;
use std::path::Path;

use leerroute::{Origin, load_curriculum};
use serde_json::Value;

use crate::support::test::Test;

/// Every example passport, relative to the repository root, sorted.
fn example_workers() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/workers");
    let mut workers: Vec<String> = std::fs::read_dir(&dir)
        .expect("examples/workers is readable")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .map(|path| {
            let name = path.file_name().expect("a file name").to_string_lossy();
            format!("examples/workers/{name}")
        })
        .collect();
    workers.sort();
    assert!(workers.len() >= 7, "example workers: {workers:?}");
    workers
}

/// The ids of the shipped profiles, in curriculum order.
fn shipped_profiles() -> Vec<String> {
    let curriculum = load_curriculum(&Origin::Embedded).expect("the shipped curriculum");
    curriculum.profiles.iter().map(|p| p.id.clone()).collect()
}

/// The advise document for `args`, with the exit code checked: 0 when some
/// profile has a route, else 3.
#[track_caller]
fn advise_json(args: &[&str]) -> Value {
    let run = Test::new()
        .arg("advise")
        .args(args)
        .args(["--format", "json"])
        .output();
    let json = run.json();
    let any_route = profiles(&json)
        .iter()
        .any(|p| matches!(p["status"].as_str(), Some("planned" | "qualified")));
    assert_eq!(
        run.code,
        if any_route { 0 } else { 3 },
        "{}: {}",
        run.command,
        run.stderr
    );
    assert_eq!(json["schema"], "leerroute.advise/v1");
    json
}

fn profiles(json: &Value) -> &Vec<Value> {
    json["profiles"].as_array().expect("a `profiles` array")
}

/// `plan --format json` with the same worker and options (all but
/// `--targets`), toward `profile`.
fn plan_json(args: &[&str], profile: &str) -> Value {
    let options: Vec<&str> = args
        .chunks(2)
        .filter(|pair| pair[0] != "--targets")
        .flatten()
        .copied()
        .collect();
    Test::new()
        .arg("plan")
        .args(options)
        .args(["--target", profile, "--format", "json"])
        .output()
        .json()
}

fn gap_json(args: &[&str], profile: &str) -> Value {
    let who: Vec<&str> = args
        .chunks(2)
        .filter(|pair| matches!(pair[0], "--worker" | "--skills"))
        .flatten()
        .copied()
        .collect();
    Test::new()
        .arg("gap")
        .args(who)
        .args(["--target", profile, "--format", "json"])
        .run()
        .json()
}

/// Every profile's figures in the advise document of `args` are the plan's
/// for that profile with the same `args`, and its held levels and skills
/// are what `gap` says is there.
#[track_caller]
fn assert_figures_equal_plan(args: &[&str], expected_profiles: &[String]) {
    let json = advise_json(args);
    let ranked = profiles(&json);
    let ids: BTreeSet<&str> = ranked
        .iter()
        .map(|p| p["profile"].as_str().expect("a profile id"))
        .collect();
    let expected: BTreeSet<&str> = expected_profiles.iter().map(String::as_str).collect();
    assert_eq!(ids, expected, "{args:?}: the profiles compared");
    for (rank, fit) in (1..).zip(ranked) {
        let id = fit["profile"].as_str().expect("a profile id");
        let what = format!("{args:?} → {id}");
        assert_eq!(fit["rank"], rank, "{what}");
        let plan = plan_json(args, id);
        for key in ["status", "optimal", "lower_bound", "totals", "reasons"] {
            assert_eq!(fit[key], plan[key], "{what}: `{key}`");
        }
        let steps: Vec<&Value> = plan["steps"]
            .as_array()
            .expect("steps")
            .iter()
            .map(|s| &s["module"])
            .collect();
        let route: Vec<&Value> = fit["route"].as_array().expect("a route").iter().collect();
        assert_eq!(route, steps, "{what}: the route");
        assert_eq!(json["minimize"], plan["minimize"], "{what}");
        assert_eq!(json["worker"], plan["worker"], "{what}");
        assert_eq!(json["name"], plan["name"], "{what}");
        // Held: every level `gap` does not list as missing.
        let gap = gap_json(args, id);
        let gap = gap.as_array().expect("the gap rows");
        let need: u64 = gap.iter().map(|g| g["need"].as_u64().unwrap()).sum();
        let held: u64 = gap
            .iter()
            .map(|g| g["have"].as_u64().unwrap().min(g["need"].as_u64().unwrap()))
            .sum();
        let met = gap
            .iter()
            .filter(|g| g["have"].as_u64() >= g["need"].as_u64());
        assert_eq!(fit["target_levels"], need, "{what}");
        assert_eq!(fit["held_levels"], held, "{what}");
        assert_eq!(fit["target_skills"], gap.len(), "{what}");
        assert_eq!(fit["held_skills"], met.count(), "{what}");
    }
    assert_ranked(&json);
    assert_shared(&json);
}

/// Routes first, by the objective's total, then the other measure, then
/// fewer modules; then no route: over budget by the cheapest cost, then
/// timeout, unreachable (a relaxation within the budget first, then the
/// fewest modules to allow, then the relaxed route's total), error.
#[track_caller]
fn assert_ranked(json: &Value) {
    let status_rank = |status: &str| {
        [
            "qualified",
            "planned",
            "over-budget",
            "timeout",
            "unreachable",
            "error",
        ]
        .iter()
        .position(|s| *s == status)
        .expect("a known status")
    };
    let cost_first = json["minimize"] == "cost";
    let ordered = |hours: f64, cost: f64| {
        if cost_first {
            (cost, hours)
        } else {
            (hours, cost)
        }
    };
    let key = |fit: &Value| {
        let totals = &fit["totals"];
        let reasons = fit["reasons"].as_array().unwrap();
        let code = |code: &str| reasons.iter().find(|r| r["code"] == code);
        let miss = if let Some(over) = code("over-budget") {
            (
                0,
                0,
                over["cheapest_cost"].as_f64().unwrap_or(f64::INFINITY),
            )
        } else if let Some(relaxed) = code("relaxation") {
            let total = ordered(
                relaxed["hours"].as_f64().unwrap(),
                relaxed["cost"].as_f64().unwrap(),
            );
            (
                u8::from(relaxed["within_budget"] != true),
                relaxed["allow"].as_array().unwrap().len(),
                total.0,
            )
        } else if matches!(fit["status"].as_str(), Some("planned" | "qualified")) {
            (0, 0, 0.0)
        } else {
            (2, 0, 0.0)
        };
        let (first, second) = ordered(
            totals["hours"].as_f64().unwrap(),
            totals["cost"].as_f64().unwrap(),
        );
        (
            status_rank(fit["status"].as_str().unwrap()),
            miss,
            first,
            second,
            totals["modules"].as_u64().unwrap(),
        )
    };
    let keys: Vec<_> = profiles(json).iter().map(key).collect();
    for pair in keys.windows(2) {
        assert!(
            pair[0].partial_cmp(&pair[1]).is_some_and(|o| o.is_le()),
            "out of order: {pair:?}"
        );
    }
}

/// `best` are the first three profiles with steps; `shared` lists exactly
/// the modules that two or more of their routes take, with those profiles.
#[track_caller]
fn assert_shared(json: &Value) {
    let with_steps: Vec<&Value> = profiles(json)
        .iter()
        .filter(|p| !p["route"].as_array().unwrap().is_empty())
        .take(3)
        .collect();
    let best: Vec<&Value> = with_steps.iter().map(|p| &p["profile"]).collect();
    let listed: Vec<&Value> = json["best"].as_array().unwrap().iter().collect();
    assert_eq!(listed, best);
    let mut expected = BTreeSet::new();
    for fit in &with_steps {
        for module in fit["route"].as_array().unwrap() {
            let taking: Vec<&Value> = with_steps
                .iter()
                .filter(|other| other["route"].as_array().unwrap().contains(module))
                .map(|other| &other["profile"])
                .collect();
            if taking.len() >= 2 {
                expected.insert((module.to_string(), format!("{taking:?}")));
            }
        }
    }
    let shared: BTreeSet<(String, String)> = json["shared"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let taking: Vec<&Value> = s["profiles"].as_array().unwrap().iter().collect();
            (s["module"].to_string(), format!("{taking:?}"))
        })
        .collect();
    assert_eq!(shared, expected);
    let counts: Vec<usize> = json["shared"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["profiles"].as_array().unwrap().len())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
}

#[test]
fn every_figure_equals_plan_for_every_shipped_profile_and_example_worker() {
    let all = shipped_profiles();
    assert_eq!(all.len(), 12);
    for worker in example_workers() {
        assert_figures_equal_plan(&["--worker", &worker], &all);
    }
}

/// Plan's options reach every plan that advise makes: the objective, the
/// budget, the pace, the calendar, exclusions and avoided modes.
#[test]
fn plans_options_apply_to_every_profile_as_in_plan() {
    let all = shipped_profiles();
    for args in [
        &[
            "--worker",
            "examples/workers/cnc-machinist.toml",
            "--minimize",
            "cost",
        ][..],
        &[
            "--worker",
            "examples/workers/school-leaver.toml",
            "--budget",
            "3000",
        ],
        &[
            "--worker",
            "examples/workers/logistics-career-changer.toml",
            "--avoid-mode",
            "classroom",
            "--exclude",
            "flm-cobotcel,rob-cobot-toepassing",
            "--hours-per-week",
            "4",
            "--start",
            "2027-01-04",
        ],
        &["--skills", "robotics@1,teamwork@2", "--budget", "2500.5"],
    ] {
        assert_figures_equal_plan(args, &all);
    }
}

#[test]
fn targets_compare_the_profiles_given_each_once() {
    let json = advise_json(&[
        "--worker",
        "examples/workers/anna.toml",
        "--targets",
        "plc-programmer,cobot-operator",
        "--targets",
        "plc-programmer",
    ]);
    let ids: Vec<&str> = profiles(&json)
        .iter()
        .map(|p| p["profile"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["cobot-operator", "plc-programmer"]);
    assert_figures_equal_plan(
        &[
            "--worker",
            "examples/workers/anna.toml",
            "--targets",
            "plc-programmer,cobot-operator",
        ],
        &["cobot-operator".into(), "plc-programmer".into()],
    );
}

#[test]
fn an_unknown_target_is_refused_with_a_did_you_mean() {
    Test::new()
        .args([
            "advise",
            "--skills",
            "robotics@1",
            "--targets",
            "cobot-operator,cobot-oprator",
        ])
        .code(1)
        .stdout("")
        .stderr_contains("unknown profile `cobot-oprator`")
        .stderr_contains("did you mean `cobot-operator`?")
        .run();
    // Who is advised is required, as for `plan`.
    Test::new()
        .args(["advise"])
        .code(2)
        .stderr_contains("--worker")
        .run();
}

/// No route to any profile exits 3 and still ranks every profile; a worker
/// who already holds a profile has it first, qualified, fully held.
#[test]
fn exit_codes_and_a_qualified_profile() {
    let json = advise_json(&["--skills", "robotics@1", "--budget", "0"]);
    assert!(profiles(&json).iter().all(|p| p["status"] == "over-budget"));
    let held = "cobot-operation@3,robot-safety@2,sensors-actuators@2,workshop-safety@2,problem-solving@2,teamwork@2";
    let json = advise_json(&["--skills", held]);
    let first = &profiles(&json)[0];
    assert_eq!(first["profile"], "cobot-operator");
    assert_eq!(first["status"], "qualified");
    assert_eq!(first["held_levels"], first["target_levels"]);
    assert_figures_equal_plan(&["--skills", held], &shipped_profiles());
}

/// The CSV has the stable columns, one row per profile in rank order, with
/// the JSON's figures; without a route its totals are empty, as in `batch`.
#[test]
fn csv_holds_the_json_figures_in_stable_columns() {
    let args = ["--worker", "examples/workers/anna.toml"];
    let json = advise_json(&args);
    let run = Test::new()
        .arg("advise")
        .args(args)
        .args(["--format", "csv"])
        .run();
    let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("a header")
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(
        header.join(","),
        "rank,profile,name,status,optimal,hours,cost,weeks,modules,held_levels,target_levels,held_skills,target_skills,route,reasons"
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(rows.len(), profiles(&json).len());
    for (row, fit) in rows.iter().zip(profiles(&json)) {
        let cell = |name: &str| &row[header.iter().position(|h| h == name).unwrap()];
        assert_eq!(cell("rank"), fit["rank"].to_string());
        assert_eq!(cell("profile"), fit["profile"].as_str().unwrap());
        assert_eq!(cell("status"), fit["status"].as_str().unwrap());
        let route: Vec<&str> = fit["route"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m.as_str().unwrap())
            .collect();
        assert_eq!(cell("route"), route.join(";"));
        assert_eq!(cell("held_levels"), fit["held_levels"].to_string());
        if fit["status"] == "planned" {
            let totals = &fit["totals"];
            assert_eq!(cell("hours").parse::<f64>().ok(), totals["hours"].as_f64());
            assert_eq!(cell("cost").parse::<f64>().ok(), totals["cost"].as_f64());
            assert_eq!(cell("weeks"), totals["weeks"].to_string());
            assert_eq!(cell("modules"), totals["modules"].to_string());
        } else {
            assert_eq!([cell("hours"), cell("cost"), cell("weeks")], ["", "", ""]);
            assert!(!cell("reasons").is_empty());
        }
    }
}

/// `advise --format table` at `columns`, in `lang`.
fn table(worker: &str, lang: &str, columns: &str) -> String {
    Test::new()
        .args(["--lang", lang, "advise", "--worker", worker])
        .env("COLUMNS", columns)
        .run()
        .stdout
}

/// At 80 columns every line fits, in both languages and for every example
/// worker, and every profile id and every shared module id is whole on one
/// line.
#[test]
fn the_table_reads_at_80_columns_with_every_id_whole() {
    let curriculum = load_curriculum(&Origin::Embedded).expect("the shipped curriculum");
    for worker in example_workers() {
        let json = advise_json(&["--worker", &worker]);
        for lang in ["en", "nl"] {
            let text = table(&worker, lang, "80");
            for line in text.lines() {
                assert!(
                    line.chars().count() <= 80,
                    "{worker} ({lang}): a line of {} columns:\n{line}",
                    line.chars().count()
                );
            }
            let words: BTreeSet<&str> = text.split_whitespace().collect();
            for profile in &curriculum.profiles {
                assert!(
                    words.contains(profile.id.as_str()),
                    "{worker}: {}",
                    profile.id
                );
            }
            for shared in json["shared"].as_array().unwrap() {
                let id = shared["module"].as_str().unwrap();
                assert!(words.contains(id), "{worker} ({lang}): {id}");
            }
        }
    }
}

#[test]
fn the_table_in_dutch_and_english() {
    for lang in ["nl", "en"] {
        let text = table("examples/workers/school-leaver.toml", lang, "80");
        insta::assert_snapshot!(format!("advise__school-leaver__{lang}"), text);
    }
    let text = table("examples/workers/anna.toml", "nl", "80");
    insta::assert_snapshot!("advise__anna__nl", text);
}

/// Too narrow for the columns, each profile's figures get a line of their
/// own; still nothing is broken and no line is wider than the terminal.
#[test]
fn a_narrow_terminal_gets_the_figures_under_each_id() {
    let text = table("examples/workers/logistics-career-changer.toml", "nl", "60");
    for line in text.lines() {
        assert!(line.chars().count() <= 60, "{line}");
    }
    insta::assert_snapshot!("advise__logistics-career-changer__nl__60", text);
}

/// The ranking people can believe (issue 11, item 10): a school leaver is
/// closest to the operator roles, not to the workplace mentor, whose
/// profile asks five skills at `zelfstandig` and the craft of a mentor; the
/// senior mechanic who wants to be one has it first.
#[test]
fn a_school_leaver_is_closest_to_an_operator_role_and_a_senior_to_mentoring() {
    let ranked = |worker: &str| -> Vec<String> {
        profiles(&advise_json(&["--worker", worker]))
            .iter()
            .map(|p| p["profile"].as_str().unwrap().to_string())
            .collect()
    };
    let sem = ranked("examples/workers/school-leaver.toml");
    assert_eq!(sem[0], "cobot-operator", "{sem:?}");
    let mentor = sem.iter().position(|p| p == "workplace-mentor");
    assert!(mentor > Some(2), "{sem:?}");
    let ria = ranked("examples/workers/senior-mentor.toml");
    assert_eq!(ria[0], "workplace-mentor", "{ria:?}");
}

//! Input as advisors type it: `--completed` for re-planning, level names
//! where level numbers go, amounts in Dutch notation (read as meant, or
//! refused with the fix), and the messages for a missing target or a
//! mistyped passport file.

use serde_json::Value;

use crate::support::test::Test;

const ANNA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/workers/anna.toml");

fn json(test: Test) -> Value {
    test.args(["--format", "json"]).run().json()
}

fn plan(args: &[&str]) -> Test {
    Test::new().arg("plan").args(args)
}

fn modules(plan: &Value) -> Vec<String> {
    plan["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .map(|s| s["module"].as_str().unwrap().to_string())
        .collect()
}

// ---------------------------------------------------------------------------
// --completed

/// After two modules the advisor re-plans: they are not planned again,
/// what they grant counts as held, and the flag says the same as the
/// passport's `completed`, comma-separated or repeated.
#[test]
fn completed_modules_are_not_planned_again() {
    let before = json(plan(&["--worker", ANNA]));
    let done = &modules(&before)[..2];
    assert_eq!(done, ["auto-sensoren", "rob-intro"]);
    let comma = json(plan(&["--worker", ANNA, "--completed", &done.join(",")]));
    assert_eq!(modules(&comma), &modules(&before)[2..]);
    let repeated = json(plan(&[
        "--worker",
        ANNA,
        "--completed",
        &done[0],
        "--completed",
        &done[1],
    ]));
    assert_eq!(comma, repeated);
    // As the passport's own `completed`, merged with it.
    let passport = std::fs::read_to_string(ANNA)
        .unwrap()
        .replace("completed = [", "completed = [\"rob-intro\", ");
    assert!(passport.contains("\"rob-intro\", "), "{passport}");
    let merged = json(
        plan(&[
            "--worker",
            "anna.toml",
            "--completed",
            "auto-sensoren,rob-intro",
        ])
        .tree([("anna.toml", passport.as_str())]),
    );
    let in_passport = json(
        plan(&["--worker", "anna.toml", "--completed", "auto-sensoren"])
            .tree([("anna.toml", passport.as_str())]),
    );
    assert_eq!(merged, comma);
    assert_eq!(in_passport, comma);
    // `gap` counts their grants as held.
    let gap = |extra: &[&str]| {
        json(Test::new().args(["gap", "--worker", ANNA]).args(extra))
            .as_array()
            .unwrap()
            .iter()
            .filter(|row| row["missing"].as_array().is_some_and(|m| !m.is_empty()))
            .count()
    };
    assert_eq!(gap(&[]), 3);
    assert_eq!(gap(&["--completed", "auto-sensoren"]), 2);
}

#[test]
fn a_mistyped_completed_module_gets_a_did_you_mean() {
    plan(&["--worker", ANNA, "--completed", "auto-sensoren,rob-intr"])
        .code(1)
        .stderr(
            "error: unknown module `rob-intr` in --completed\nhelp: did you mean `rob-intro`?\n",
        )
        .run();
    Test::new()
        .args(["--lang", "nl", "gap", "--worker", ANNA, "--completed", "auto-sensorn"])
        .code(1)
        .stderr("fout: onbekende module `auto-sensorn` bij --completed\ntip: bedoel je `auto-sensoren`?\n")
        .run();
}

// ---------------------------------------------------------------------------
// Level names

/// `cnc-milling@zelfstandig` is `cnc-milling@3`, in any case, in a flag, a
/// passport and a bulk row.
#[test]
fn level_names_are_read_wherever_a_level_number_is() {
    let target = ["--target", "cobot-operator"];
    let numbers = json(plan(&["--skills", "cnc-milling@3,workshop-safety@2"]).args(target));
    for skills in [
        "cnc-milling@zelfstandig,workshop-safety@basis",
        "cnc-milling@Zelfstandig,workshop-safety@BASIS",
        "cnc-milling@3,workshop-safety@ basis",
    ] {
        assert_eq!(
            json(plan(&["--skills", skills]).args(target)),
            numbers,
            "{skills}"
        );
    }
    let passport = |skills: &str| {
        format!("[worker]\nid = \"worker\"\nskills = [{skills}]\ntarget = \"cobot-operator\"\n")
    };
    let named = passport("\"cnc-milling@zelfstandig\", \"workshop-safety@Basis\"");
    assert_eq!(
        json(plan(&["--worker", "w.toml"]).tree([("w.toml", named.as_str())])),
        numbers
    );
    let rows =
        "id,skills,target\nworker,cnc-milling@zelfstandig;workshop-safety@basis,cobot-operator\n";
    let batch = Test::new()
        .args(["batch", "--workers", "w.csv"])
        .tree([("w.csv", rows)])
        .run();
    let row: Value = serde_json::from_str(batch.stdout.lines().next().unwrap()).unwrap();
    assert_eq!(row["steps"], numbers["steps"]);
    // The target's skill-levels may be named too.
    let named_target = json(plan(&[
        "--skills",
        "teamwork@basis",
        "--target-skills",
        "robotics@basis,robot-safety@kennismaken",
    ]));
    let numbered_target = json(plan(&[
        "--skills",
        "teamwork@2",
        "--target-skills",
        "robotics@2,robot-safety@1",
    ]));
    assert_eq!(named_target["steps"], numbered_target["steps"]);
}

#[test]
fn a_misspelt_or_too_high_level_name_is_refused_with_the_fix() {
    plan(&[
        "--skills",
        "cnc-milling@zelfstandg",
        "--target",
        "cobot-operator",
    ])
    .code(1)
    .stderr_contains_all(&[
        "level `zelfstandg` of `cnc-milling` is not a whole number or a level name",
        "help: did you mean `cnc-milling@zelfstandig`?",
    ])
    .run();
    // `workshop-safety` has levels 1 to 3; `expert` is 4.
    plan(&[
        "--skills",
        "workshop-safety@expert",
        "--target",
        "cobot-operator",
    ])
    .code(1)
    .stderr_contains_all(&[
        "level `expert` (4) of `workshop-safety` is out of range",
        "`workshop-safety` has levels 1 to 3",
    ])
    .run();
    plan(&["--skills", "cnc-milling@vlot", "--target", "cobot-operator"])
        .code(1)
        .stderr_contains(
            "help: write the level as a number from 1 to 4 or by its name (kennismaken, basis, zelfstandig, expert), e.g. `cnc-milling@4`",
        )
        .run();
}

// ---------------------------------------------------------------------------
// Amounts

/// The budget a plan was made with, as its over-budget reason says.
fn budget_read(budget: &str) -> Value {
    let run = plan(&[
        "--skills",
        "cad",
        "--target",
        "cobot-operator",
        "--format",
        "json",
    ])
    .args(["--budget", budget])
    .code(3)
    .run();
    run.json()["reasons"][0]["budget"].clone()
}

#[test]
fn dutch_amounts_are_read_as_advisors_mean_them() {
    for (written, euro) in [
        ("2.000", 2000.0),
        ("2.000,50", 2000.5),
        ("€ 2.000", 2000.0),
        ("€2000", 2000.0),
        ("2000,50", 2000.5),
        ("€ 2.000,-", 2000.0),
        ("1.500", 1500.0),
        ("2000", 2000.0),
        ("2000.5", 2000.5),
        ("2.5", 2.5),
    ] {
        assert_eq!(budget_read(written), euro, "--budget {written}");
    }
}

#[test]
fn ambiguous_or_malformed_amounts_are_refused_with_the_fix() {
    let refused = |budget: &str| plan(&["--worker", ANNA, "--budget", budget]).code(1);
    refused("2,000")
        .stderr("error: `2,000` can be read two ways: a comma is the decimal separator, but the three digits after it look like thousands\nhelp: write `--budget 2000` for €2000.00, or `--budget 2,00` for €2.00\n")
        .run();
    refused("1,234.56")
        .stderr_contains("help: write `--budget 1234.56` (€1234.56)")
        .run();
    refused("2 000")
        .stderr_contains("help: write `--budget 2000` (€2000.00)")
        .run();
    refused("veel")
        .stderr("error: `veel` is not an amount of euro\nhelp: give the budget in euro, e.g. `--budget 2500`, `--budget 2.500` or `--budget 2.500,50`\n")
        .run();
    Test::new()
        .args(["--lang", "nl", "plan", "--worker", ANNA, "--budget", "2,000"])
        .code(1)
        .stderr("fout: `2,000` is op twee manieren te lezen: de komma staat voor de centen, maar de drie cijfers erna lijken duizendtallen\ntip: schrijf `--budget 2000` voor € 2.000,00, of `--budget 2,00` voor € 2,00\n")
        .run();
}

/// In a passport a budget may be a number or a text in the notation; a
/// TOML float that the notation reads otherwise (`2.000`) is refused.
#[test]
fn passport_budgets_follow_the_notation() {
    let passport = |budget: &str| {
        format!(
            "[worker]\nid = \"a\"\nskills = [\"cad\"]\ntarget = \"cobot-operator\"\nbudget = {budget}\n"
        )
    };
    let run = |budget: &str| {
        plan(&["--worker", "a.toml", "--format", "json"]).tree([("a.toml", passport(budget))])
    };
    for (budget, euro) in [
        ("\"€ 2.000,50\"", 2000.5),
        ("\"2.000\"", 2000.0),
        ("2000", 2000.0),
        ("2_000", 2000.0),
        ("2.5", 2.5),
    ] {
        let read = run(budget).code(3).run().json();
        assert_eq!(read["reasons"][0]["budget"], euro, "budget = {budget}");
    }
    run("2.000")
        .code(1)
        .stderr_contains_all(&[
            "`budget = 2.000` can be read two ways: as 2 euro (TOML's decimal point) or as 2000 euro (a Dutch thousands point)",
            "a.toml:5:10",
            "help: write `budget = 2000` for 2000 euro, or `budget = 2.00` for 2 euro",
        ])
        .run();
    run("\"2,000\"")
        .code(1)
        .stderr_contains(
            "help: write `budget = 2000` for 2000 euro, or `budget = \"2,00\"` for euro and cents",
        )
        .run();
}

/// Bulk rows read budgets as passports and flags do; `batch --budget`
/// takes the notation too and plans as `plan` does.
#[test]
fn bulk_budgets_follow_the_notation() {
    let rows = "id,skills,target,budget\na,cad,cobot-operator,\"2.000,50\"\nb,cad,cobot-operator,\"2,000\"\n";
    let run = Test::new()
        .args(["batch", "--workers", "w.csv"])
        .tree([("w.csv", rows)])
        .code(4)
        .run();
    let lines: Vec<Value> = run
        .stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines[0]["reasons"][0]["budget"], 2000.5);
    assert_eq!(lines[1]["status"], "error");
    let message = lines[1]["reasons"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("`budget`: `2,000` can be read two ways"),
        "{message}"
    );
    assert!(
        message.contains("write `2000` for 2000 euro, or `2,00`"),
        "{message}"
    );
    let jsonl = "{\"id\":\"a\",\"skills\":[\"cad\"],\"target\":\"cobot-operator\",\"budget\":\"€ 2.000,50\"}\n";
    let run = Test::new()
        .args(["batch", "--workers", "w.jsonl"])
        .tree([("w.jsonl", jsonl)])
        .code(3)
        .run();
    let row: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(row["reasons"][0]["budget"], 2000.5);
    // `batch --budget 3.000` is `batch --budget 3000`.
    let batch = |budget: &str| {
        Test::new()
            .args([
                "batch",
                "--workers",
                "examples/workers.csv",
                "--budget",
                budget,
            ])
            .output()
            .stdout
    };
    assert_eq!(batch("3.000"), batch("3000"));
    assert_ne!(batch("3.000"), batch("3"));
}

// ---------------------------------------------------------------------------
// The smaller bugs

/// `gap` has no `--target-skills`: its fix for a missing target does not
/// name it, and `plan`'s does.
#[test]
fn a_missing_target_names_only_flags_the_command_takes() {
    let gap = Test::new()
        .args(["gap", "--skills", "cad"])
        .code(1)
        .stderr("error: no target given\nhelp: pass `--target PROFILE`, or set `target` in the passport\n")
        .run();
    assert!(!gap.stderr.contains("--target-skills"));
    plan(&["--skills", "cad"])
        .code(1)
        .stderr_contains("(or `--target-skills LIST`)")
        .run();
}

/// A mistyped `--worker` says the passport is missing and names the
/// nearest file there, never `--curriculum`.
#[test]
fn a_mistyped_passport_file_names_the_nearest_file() {
    let passport = std::fs::read_to_string(ANNA).unwrap();
    let tree = [("cnc-operator.toml", passport.as_str()), ("notes.txt", "")];
    let run = plan(&["--worker", "cnc-operator.tml", "--target", "cobot-operator"])
        .tree(tree)
        .code(1)
        .stderr("error: there is no passport file `cnc-operator.tml`\nhelp: did you mean `cnc-operator.toml`?\n")
        .run();
    assert!(!run.stderr.contains("--curriculum"));
    Test::new()
        .args(["--lang", "nl", "gap", "--worker", "werkers/cnc-operator.tml"])
        .tree([("werkers/cnc-operator.toml", passport.as_str())])
        .code(1)
        .stderr("fout: het paspoortbestand `werkers/cnc-operator.tml` bestaat niet\ntip: bedoel je `werkers/cnc-operator.toml`?\n")
        .run();
    // Nothing near: how to name a passport.
    plan(&["--worker", "zzz.toml"])
        .tree(tree)
        .code(1)
        .stderr_contains(
            "help: check the name: `--worker` takes the path of a passport file (`.toml`)",
        )
        .run();
}

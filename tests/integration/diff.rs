//! `leerroute diff OLD NEW [--workers FILE]`: the changes field by field, and
//! each worker's route under both versions, equal to what `plan` gives.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::stats::{passports, plan_of, route_of};
use crate::support::test::Test;

const SHIPPED: &str = "curricula/smart-industry";
const WORKERS: &str = "tests/fixtures/stats/workers.csv";

/// `curricula/smart-industry` as 2027.1: `n-cobot-grijpers` removed, a new
/// nanomodule, `rob-intro` longer and ten times dearer (Sanne's budget of
/// €3250 no longer holds), a fieldlab moved, a profile renamed.
fn version_2027(dir: &Path) -> PathBuf {
    let root = dir.join("2027.1");
    std::fs::create_dir_all(&root).expect("a directory");
    let edits: &[(&str, &str, &str)] = &[
        (
            "curriculum.toml",
            "version = \"2026.1\"",
            "version = \"2027.1\"",
        ),
        (
            "nanomodules.toml",
            "[[module]]\nid = \"n-cobot-grijpers\"\nname = \"Grijpers kiezen en wisselen\"\nstage = \"nanomodule\"\nhours = 8\ncost = 95.0\nmode = \"workplace\"\nprovider = \"leerbedrijf\"\nrequires = [\"cobot-operation@2\", \"pneumatics@2\"]\ngrants = [\"cobot-operation@3\"]\n\n",
            "[[module]]\nid = \"n-teamoverleg\"\nname = \"Teamoverleg voeren\"\nstage = \"nanomodule\"\nhours = 40\ncost = 950.0\ngrants = [\"teamwork@1\"]\n\n",
        ),
        (
            "lines-robots.toml",
            "id = \"rob-intro\"\nname = \"Robotica: kennismaken en veilig werken\"\nstage = \"line\"\nhours = 16\ncost = 295.0",
            "id = \"rob-intro\"\nname = \"Robotica: kennismaken en veilig werken\"\nstage = \"line\"\nhours = 20\ncost = 2995.0",
        ),
        (
            "fieldlabs.toml",
            "name = \"Fieldlab Additieve Productie\"\nlocation = \"Eindhoven\"",
            "name = \"Fieldlab Additieve Productie\"\nlocation = \"Helmond\"",
        ),
        (
            "profiles.toml",
            "name = \"Cobot-operator\"",
            "name = \"Cobot-operator (MBO 3)\"",
        ),
    ];
    for entry in std::fs::read_dir(SHIPPED).expect("the shipped curriculum") {
        let path = entry.expect("an entry").path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let mut text = std::fs::read_to_string(&path).expect("a curriculum file");
        for (file, from, to) in edits.iter().filter(|(file, _, _)| *file == name) {
            assert!(text.contains(from), "{file} holds the text to change");
            text = text.replacen(from, to, 1);
        }
        std::fs::write(root.join(&name), text).expect("a curriculum file");
    }
    root
}

fn diff_json(old: &Path, new: &Path, extra: &[&str], code: i32) -> Value {
    Test::new()
        .arg("diff")
        .arg(old)
        .arg(new)
        .args(["--format", "json"])
        .args(extra)
        .code(code)
        .run()
        .json()
}

#[test]
fn a_curriculum_against_itself_has_no_changes() {
    Test::new()
        .args(["diff", SHIPPED, SHIPPED])
        .stdout("Changes from `smart-industry 2026.1` to `smart-industry 2026.1`:\nNo changes.\n")
        .run();
    let document = diff_json(
        Path::new(SHIPPED),
        Path::new(SHIPPED),
        &["--workers", WORKERS],
        4,
    );
    assert_eq!(document["schema"], "leerroute.diff/v1");
    assert_eq!(document["workers"]["summary"]["changed"], 0);
    assert_eq!(document["workers"]["summary"]["unchanged"], 11);
}

#[test]
fn changes_are_reported_field_by_field() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let new = version_2027(dir.path());
    let document = diff_json(Path::new(SHIPPED), &new, &[], 0);
    let changes = &document["changes"];
    assert_eq!(
        changes["curriculum"],
        json!([{"field": "version", "old": "2026.1", "new": "2027.1"}])
    );
    assert_eq!(changes["modules"]["added"], json!(["n-teamoverleg"]));
    assert_eq!(changes["modules"]["removed"], json!(["n-cobot-grijpers"]));
    assert_eq!(
        changes["modules"]["changed"],
        json!([{"id": "rob-intro", "fields": [
            {"field": "cost", "old": 295.0, "new": 2995.0},
            {"field": "hours", "old": 16.0, "new": 20.0},
        ]}])
    );
    assert_eq!(
        changes["fieldlabs"]["changed"],
        json!([{"id": "fl-additief", "fields": [
            {"field": "location", "old": "Eindhoven", "new": "Helmond"},
        ]}])
    );
    assert_eq!(changes["profiles"]["changed"][0]["id"], "cobot-operator");
    assert_eq!(
        changes["skills"],
        json!({"added": [], "removed": [], "changed": []})
    );
    assert_eq!(
        changes["lines"],
        json!({"added": [], "removed": [], "changed": []})
    );
    Test::new()
        .arg("diff")
        .arg(SHIPPED)
        .arg(&new)
        .stdout_contains("modules: 1 added, 1 removed, 1 changed\n")
        .stdout_contains("  + module n-teamoverleg\n  - module n-cobot-grijpers\n")
        .stdout_contains("  ~ module rob-intro: cost 295 → 2995; hours 16 → 20\n")
        .stdout_contains("  ~ fieldlab fl-additief: location Eindhoven → Helmond\n")
        .run();
}

/// Every worker's before and after are `plan` under the old and the new
/// version; a worker whose route is lost makes the exit code 3 (4 here, as
/// the fixture has an invalid row, which wins).
#[test]
fn each_workers_change_is_what_plan_gives() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let new = version_2027(dir.path());
    let document = diff_json(Path::new(SHIPPED), &new, &["--workers", WORKERS], 4);
    let workers = &document["workers"];
    let passports = passports(WORKERS, dir.path());
    let (mut changed, mut longer, mut lost, mut valid) = (Vec::new(), 0, 0, 0);
    for (id, passport) in &passports {
        let Some(before) = plan_of(passport, &[]) else {
            continue;
        };
        valid += 1;
        let after = plan_of(passport, &["--curriculum", new.to_str().unwrap()]).expect("valid");
        let success = |plan: &Value| plan["status"] == "planned" || plan["status"] == "qualified";
        if route_of(&before) == route_of(&after)
            && before["totals"] == after["totals"]
            && before["status"] == after["status"]
        {
            continue;
        }
        let reported = workers["changed"]
            .as_array()
            .unwrap()
            .iter()
            .find(|w| w["worker"] == id.as_str())
            .unwrap_or_else(|| panic!("{id} changes but is not reported"));
        assert_eq!(
            reported["status"],
            json!({"old": before["status"], "new": after["status"]}),
            "{id}"
        );
        let total = |plan: &Value, key: &str| {
            if success(plan) {
                plan["totals"][key].clone()
            } else {
                Value::Null
            }
        };
        assert_eq!(
            reported["hours"],
            json!({"old": total(&before, "hours"), "new": total(&after, "hours")}),
            "{id}"
        );
        assert_eq!(
            reported["cost"],
            json!({"old": total(&before, "cost"), "new": total(&after, "cost")}),
            "{id}"
        );
        let (old_route, new_route) = (route_of(&before), route_of(&after));
        let both = success(&before) && success(&after);
        let moved = |from: &[String], to: &[String]| -> Vec<String> {
            to.iter()
                .filter(|m| both && !from.contains(m))
                .cloned()
                .collect()
        };
        let (modules_in, modules_out) =
            (moved(&old_route, &new_route), moved(&new_route, &old_route));
        assert_eq!(reported["modules_in"], json!(modules_in), "{id}");
        assert_eq!(reported["modules_out"], json!(modules_out), "{id}");
        longer += usize::from(
            success(&before)
                && success(&after)
                && after["totals"]["hours"].as_f64() > before["totals"]["hours"].as_f64(),
        );
        lost += usize::from(success(&before) && !success(&after));
        changed.push(id.clone());
    }
    let summary = &workers["summary"];
    assert_eq!(summary["workers"], valid);
    assert_eq!(summary["changed"], changed.len());
    assert_eq!(summary["unchanged"], valid - changed.len());
    assert_eq!(summary["longer"], longer);
    assert_eq!(summary["no_longer_reachable"], lost);
    assert_eq!(summary["invalid"], 1);
    assert!(lost >= 1, "Sanne's budget no longer holds");
    assert!(changed.len() >= 2, "{changed:?}");

    // Without the invalid row, a lost route is exit code 3.
    let valid_rows: String = std::fs::read_to_string(WORKERS)
        .unwrap()
        .lines()
        .filter(|line| !line.starts_with("kees,"))
        .map(|line| format!("{line}\n"))
        .collect();
    let rows = dir.path().join("valid.csv");
    std::fs::write(&rows, valid_rows).unwrap();
    Test::new()
        .arg("diff")
        .arg(SHIPPED)
        .arg(&new)
        .arg("--workers")
        .arg(&rows)
        .code(3)
        .stdout_contains("no longer reachable")
        .run();
}

/// A row that names a skill the new version no longer has is invalid there:
/// a change for that worker, named on stderr, exit code 4.
#[test]
fn a_row_invalid_under_the_new_version_is_reported() {
    let old = "[curriculum]\nid = \"t\"\nname = \"T\"\nlevels = [\"basis\"]\n[[skill]]\nid = \"a\"\nname = \"A\"\n[[skill]]\nid = \"b\"\nname = \"B\"\n[[module]]\nid = \"m\"\nname = \"M\"\nstage = \"line\"\nhours = 8\nrequires = [\"a\"]\ngrants = [\"b\"]\n[[profile]]\nid = \"p\"\nname = \"P\"\nrequires = [\"b\"]\n";
    let new = old
        .replace("[[skill]]\nid = \"a\"\nname = \"A\"\n", "")
        .replace("requires = [\"a\"]\n", "");
    let run = Test::new()
        .tree([
            ("old.toml", old.to_string()),
            ("new.toml", new),
            ("w.csv", "id,skills,target\nanna,a,p\n".to_string()),
        ])
        .args([
            "diff",
            "old.toml",
            "new.toml",
            "--workers",
            "w.csv",
            "--format",
            "json",
        ])
        .code(4)
        .stderr_contains("note: line 2 left out: `skills`: unknown skill `a`")
        .run();
    let document = run.json();
    assert_eq!(document["changes"]["skills"]["removed"], json!(["a"]));
    let anna = &document["workers"]["changed"][0];
    assert_eq!(anna["status"], json!({"old": "planned", "new": "error"}));
    assert_eq!(anna["hours"], json!({"old": 8.0, "new": null}));
    assert_eq!(document["workers"]["summary"]["invalid"], 1);
}

#[test]
fn a_curriculum_that_cannot_be_used_is_refused() {
    Test::new()
        .args(["diff", SHIPPED, "tests/fixtures/lints/hard-cycle"])
        .code(1)
        .stderr_contains("is inconsistent; run `leerroute check tests/fixtures/lints/hard-cycle`")
        .run();
    Test::new()
        .args(["diff", "no/such/curriculum", SHIPPED])
        .code(1)
        .stderr_contains("no/such/curriculum")
        .run();
}

//! `leerroute check` on a real, messy catalogue: the UC San Diego course
//! catalogue (7,375 modules, 7,585 skills; see `../shared/realdata/README.md`).
//! It is not copied into the repository: the path comes from
//! `LEERROUTE_UCSD`, else `../shared/realdata/ucsd/curriculum` next to the
//! crate (`generator::ucsd_catalogue`). Without it, these tests print a note
//! and pass, except under `CI=true`, where they fail and name the path.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::generator;
use crate::support::test::Test;

/// The only lints the catalogue may trigger, and why each is expected:
/// - `never-granted`: 209 prerequisite courses are referenced but missing
///   from the scrape;
/// - `untakeable-module`: the courses that need them (directly or through a
///   chain) can never be taken;
/// - `unused-skill`: one missing course (`fmph-243a`) is declared as a skill
///   but nothing requires or grants it.
const EXPECTED_KINDS: [&str; 3] = ["never-granted", "untakeable-module", "unused-skill"];

/// `leerroute check <path> <extra…>`: the catalogue has only warnings.
fn check(path: &Path, extra: &[&str]) -> String {
    Test::new().arg("check").arg(path).args(extra).run().stdout
}

/// The first `quoted` name in a message: the skill-level of a
/// `never-granted` diagnostic, the module of an `untakeable-module` one.
fn first_quoted(message: &str) -> &str {
    message.split('`').nth(1).unwrap_or(message)
}

fn diagnostics_by_code(report: &Value) -> BTreeMap<String, Vec<&Value>> {
    let mut by_code: BTreeMap<String, Vec<&Value>> = BTreeMap::new();
    for diagnostic in report["diagnostics"]
        .as_array()
        .expect("a `diagnostics` array")
    {
        let code = diagnostic["code"].as_str().expect("a `code` string");
        by_code
            .entry(code.to_string())
            .or_default()
            .push(diagnostic);
    }
    by_code
}

#[test]
fn the_catalogue_checks_clean_but_for_expected_warnings() {
    let Some(path) = generator::ucsd_catalogue() else {
        return;
    };
    let stdout = check(&path, &["--format", "json"]);
    let report: Value = serde_json::from_str(&stdout).expect("check --format json prints JSON");
    assert_eq!(report["errors"], 0, "errors in {report:#}");
    let by_code = diagnostics_by_code(&report);
    let total: usize = by_code.values().map(Vec::len).sum();
    assert_eq!(report["warnings"].as_u64(), Some(total as u64));
    for (code, diagnostics) in &by_code {
        assert!(
            EXPECTED_KINDS.contains(&code.as_str()),
            "unexpected `{code}` warnings, such as {:#}",
            diagnostics[0]
        );
        for diagnostic in diagnostics {
            assert_eq!(diagnostic["severity"], "warning", "{diagnostic:#}");
            assert!(diagnostic["file"].is_string(), "no place: {diagnostic:#}");
            assert!(diagnostic["line"].as_u64() > Some(0), "{diagnostic:#}");
        }
    }

    // One diagnostic per missing skill-level, however many modules need it.
    let never_granted = by_code.get("never-granted").cloned().unwrap_or_default();
    assert!(
        !never_granted.is_empty(),
        "the catalogue has missing courses"
    );
    let mut seen = BTreeSet::new();
    for diagnostic in &never_granted {
        let message = diagnostic["message"].as_str().expect("a message");
        let level = first_quoted(message);
        assert!(seen.insert(level), "`{level}` reported twice");
    }

    // The same findings, computed independently from the TOML.
    let expected = Independent::read(&path);
    assert_eq!(
        seen,
        expected.never_granted.iter().map(String::as_str).collect(),
        "never-granted skill-levels"
    );
    let untakeable: BTreeSet<&str> = by_code
        .get("untakeable-module")
        .into_iter()
        .flatten()
        .map(|d| first_quoted(d["message"].as_str().expect("a message")))
        .collect();
    assert_eq!(
        untakeable,
        expected.untakeable.iter().map(String::as_str).collect(),
        "untakeable modules"
    );
}

#[test]
fn the_text_report_stays_short() {
    let Some(path) = generator::ucsd_catalogue() else {
        return;
    };
    let json = check(&path, &["--format", "json"]);
    let report: Value = serde_json::from_str(&json).expect("JSON");
    let counts: BTreeMap<String, usize> = diagnostics_by_code(&report)
        .into_iter()
        .map(|(code, diagnostics)| (code, diagnostics.len()))
        .collect();

    let text = check(&path, &[]);
    let lines = text.lines().count();
    assert!(lines < 300, "{lines} lines without -v:\n{text}");
    let summary = text.lines().last().expect("a summary line");
    assert!(
        summary.ends_with(&format!(
            ": 0 errors, {} warnings in 4 files",
            report["warnings"]
        )),
        "summary: {summary}"
    );
    for (code, count) in &counts {
        let shown = text
            .lines()
            .filter(|line| line.starts_with(&format!("warning[{code}]:")))
            .count();
        assert!(shown > 0, "no `{code}` shown");
        let more = format!("… and {} more `{code}` warning", count - shown);
        if shown < *count {
            let lines_for_code = text.lines().filter(|line| line.starts_with(&more)).count();
            assert_eq!(lines_for_code, 1, "want one `{more}…` line:\n{text}");
        } else {
            assert!(
                !text.contains(&format!("more `{code}`")),
                "all {count} `{code}` shown, yet an \"and more\" line"
            );
        }
    }
    // A big lint is cut short: the catalogue has 100+ of each of these two.
    for code in ["never-granted", "untakeable-module"] {
        assert!(
            counts.get(code).copied().unwrap_or(0) > 100,
            "{code}: {counts:?}"
        );
        assert!(text.contains(&format!("more `{code}` warnings (run with -v to see all)")));
    }
}

/// Never-granted skill-levels and untakeable modules, computed from the raw
/// TOML with a naive fixpoint, independently of `leerroute`'s code.
struct Independent {
    never_granted: BTreeSet<String>,
    untakeable: BTreeSet<String>,
}

impl Independent {
    fn read(dir: &Path) -> Independent {
        let mut modules: Vec<toml::Table> = Vec::new();
        let mut profiles: Vec<toml::Table> = Vec::new();
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .expect("read the catalogue")
            .map(|entry| entry.expect("an entry").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
            .collect();
        files.sort();
        for file in files {
            let text = std::fs::read_to_string(&file).expect("read a file");
            let table: toml::Table = toml::from_str(&text).expect("valid TOML");
            let items = |key: &str| -> Vec<toml::Table> {
                table
                    .get(key)
                    .and_then(toml::Value::as_array)
                    .map(|items| {
                        items
                            .iter()
                            .filter_map(|item| item.as_table().cloned())
                            .collect()
                    })
                    .unwrap_or_default()
            };
            modules.extend(items("module"));
            profiles.extend(items("profile"));
        }
        let levels = |table: &toml::Table, key: &str| -> Vec<(String, u8)> {
            table
                .get(key)
                .and_then(toml::Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(toml::Value::as_str)
                .map(parse_level)
                .collect()
        };
        let groups = |table: &toml::Table| -> Vec<Vec<(String, u8)>> {
            table
                .get("requires_any")
                .and_then(toml::Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(toml::Value::as_array)
                .map(|group| {
                    group
                        .iter()
                        .filter_map(toml::Value::as_str)
                        .map(parse_level)
                        .collect()
                })
                .collect()
        };

        let mut granted: BTreeMap<String, u8> = BTreeMap::new();
        for module in &modules {
            for (skill, level) in levels(module, "grants") {
                let top = granted.entry(skill).or_default();
                *top = (*top).max(level);
            }
        }
        let is_granted = |(skill, level): &(String, u8)| granted.get(skill) >= Some(level);
        let mut never_granted = BTreeSet::new();
        for module in &modules {
            let all = levels(module, "requires")
                .into_iter()
                .chain(groups(module).into_iter().flatten());
            never_granted.extend(all.filter(|r| !is_granted(r)).map(format_level));
        }
        for profile in &profiles {
            let all = levels(profile, "requires").into_iter();
            never_granted.extend(all.filter(|r| !is_granted(r)).map(format_level));
        }

        let mut held: BTreeMap<String, u8> = BTreeMap::new();
        let mut taken = vec![false; modules.len()];
        loop {
            let before = taken.iter().filter(|&&t| t).count();
            for (index, module) in modules.iter().enumerate() {
                if taken[index] {
                    continue;
                }
                let holds = |(skill, level): &(String, u8)| held.get(skill) >= Some(level);
                let can = levels(module, "requires").iter().all(holds)
                    && groups(module).iter().all(|group| group.iter().any(holds));
                if can {
                    taken[index] = true;
                    for (skill, level) in levels(module, "grants") {
                        let top = held.entry(skill).or_default();
                        *top = (*top).max(level);
                    }
                }
            }
            if taken.iter().filter(|&&t| t).count() == before {
                break;
            }
        }
        let untakeable = modules
            .iter()
            .zip(&taken)
            .filter(|(_, taken)| !**taken)
            .filter_map(|(module, _)| module.get("id").and_then(toml::Value::as_str))
            .map(str::to_string)
            .collect();
        Independent {
            never_granted,
            untakeable,
        }
    }
}

fn parse_level(text: &str) -> (String, u8) {
    match text.split_once('@') {
        Some((skill, level)) => (skill.to_string(), level.parse().expect("a level")),
        None => (text.to_string(), 1),
    }
}

fn format_level((skill, level): (String, u8)) -> String {
    format!("{skill}@{level}")
}

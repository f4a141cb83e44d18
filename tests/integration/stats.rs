//! `leerroute stats`: CurricularAnalytics' metrics against values worked out
//! by hand on small fixtures (one with OR groups, a cycle through an
//! alternative and a level-up), the formats and options, and the real UCSD
//! catalogue.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};

use crate::support::generator;
use crate::support::test::Test;

/// `stats --format json` of a fixture curriculum.
fn stats_json(path: &str, extra: &[&str]) -> Value {
    Test::new()
        .args(["stats", path, "--format", "json"])
        .args(extra)
        .run()
        .json()
}

/// (module, blocking, delay, centrality, complexity) per row, in order.
fn rows(document: &Value) -> Vec<(String, u64, u64, u64, u64)> {
    document["metrics"]
        .as_array()
        .expect("a `metrics` array")
        .iter()
        .map(|row| {
            let n = |key: &str| row[key].as_u64().expect("a whole number");
            let module = row["module"].as_str().expect("a module id").to_string();
            (
                module,
                n("blocking"),
                n("delay"),
                n("centrality"),
                n("complexity"),
            )
        })
        .collect()
}

fn sorted_by_module(
    mut rows: Vec<(String, u64, u64, u64, u64)>,
) -> Vec<(String, u64, u64, u64, u64)> {
    rows.sort();
    rows
}

/// a → b → c → e, a → d → e, f alone. Paths from a source to a sink:
/// a-b-c-e (4 modules), a-d-e (3), f (1). So c(b) = c(c) = 4, c(d) = 3.
#[test]
fn an_and_only_curriculum_by_hand() {
    let document = stats_json("tests/fixtures/stats/and", &[]);
    let expected = [
        ("a", 4, 4, 0, 8),
        ("b", 2, 4, 4, 6),
        ("c", 1, 4, 4, 5),
        ("d", 1, 3, 3, 4),
        ("e", 0, 4, 0, 4),
        ("f", 0, 1, 0, 1),
    ]
    .map(|(m, b, d, c, h)| (m.to_string(), b, d, c, h));
    assert_eq!(sorted_by_module(rows(&document)), expected);
    assert_eq!(document["links"], 5);
    assert_eq!(
        document["totals"],
        json!({"blocking": 8, "delay": 20, "centrality": 11, "complexity": 28})
    );
    assert_eq!(
        document["longest_paths"],
        json!({"length": 4, "count": 1, "paths": [["a", "b", "c", "e"]]})
    );
    assert_eq!(
        document["maxima"]["blocking"],
        json!({"value": 4, "modules": ["a"]})
    );
    assert_eq!(
        document["maxima"]["delay"],
        json!({"value": 4, "modules": ["a", "b", "c", "e"]})
    );
    assert_eq!(
        document["maxima"]["centrality"],
        json!({"value": 4, "modules": ["b", "c"]})
    );
}

/// The precedence graph x → y → z → w, x → v, y → v, y → y2 (see the
/// fixture): z's group "y or w" leads in from y only, since w needs z
/// first; both of v's alternatives lead in; the level-up y2 leads nowhere.
/// Paths: x-y-z-w (4), x-y-v (3), x-y-y2 (3), x-v (2).
#[test]
fn or_groups_by_hand() {
    let document = stats_json("tests/fixtures/stats/or", &[]);
    let expected = [
        ("v", 0, 3, 0, 3),
        ("w", 0, 4, 0, 4),
        ("x", 5, 4, 0, 9),
        ("y", 4, 4, 10, 8),
        ("y2", 0, 3, 0, 3),
        ("z", 1, 4, 4, 5),
    ]
    .map(|(m, b, d, c, h)| (m.to_string(), b, d, c, h));
    assert_eq!(sorted_by_module(rows(&document)), expected);
    assert_eq!(document["links"], 6);
    assert_eq!(
        document["totals"],
        json!({"blocking": 10, "delay": 22, "centrality": 14, "complexity": 32})
    );
    assert_eq!(
        document["longest_paths"],
        json!({"length": 4, "count": 1, "paths": [["x", "y", "z", "w"]]})
    );
}

#[test]
fn sort_and_top_choose_the_rows_but_not_the_totals() {
    let all = stats_json("tests/fixtures/stats/and", &[]);
    let top = stats_json(
        "tests/fixtures/stats/and",
        &["--sort", "centrality", "--top", "3"],
    );
    let order: Vec<String> = rows(&top).into_iter().map(|row| row.0).collect();
    // Ties keep the curriculum order: b before c, then a (0) before e and f.
    assert_eq!(order, ["b", "c", "d"]);
    assert_eq!(top["sort"], "centrality");
    assert_eq!(top["totals"], all["totals"]);
    let by_complexity: Vec<String> = rows(&all).into_iter().map(|row| row.0).collect();
    assert_eq!(by_complexity, ["a", "b", "c", "d", "e", "f"]);
}

#[test]
fn csv_and_table_hold_the_same_figures() {
    Test::new()
        .args(["stats", "tests/fixtures/stats/or", "--format", "csv", "--sort", "blocking"])
        .stdout(
            "module,name,blocking,delay,centrality,complexity\n\
             x,X,5,4,0,9\ny,Y,4,4,10,8\nz,Z,1,4,4,5\nw,W,0,4,0,4\nv,V,0,3,0,3\ny2,Y verder,0,3,0,3\n",
        )
        .run();
    Test::new()
        .args(["stats", "tests/fixtures/stats/or", "--top", "2"])
        .env("COLUMNS", "100")
        .stdout_contains("Curriculum metrics of `or-groups`: 6 modules, 6 prerequisite links.")
        .stdout_contains("The first 2 of 6 modules, by complexity.")
        .stdout_contains("Totals: blocking 10, delay 22, centrality 14, complexity 32.")
        .stdout_contains("Highest centrality: 10 (`y`).")
        .stdout_contains("Highest delay: 4 (`x`, `y`, `z`, 1 more).")
        .stdout_contains("Longest path: 4 modules: x → y → z → w")
        .run();
}

#[test]
fn the_report_speaks_dutch() {
    Test::new()
        .args(["--lang", "nl", "stats", "tests/fixtures/stats/or"])
        .stdout_contains("Kengetallen van `or-groups`: 6 modules, 6 voorkennisrelaties.")
        .stdout_contains("Hoogste vertragingsfactor: 4 (`x`, `y`, `z`, nog 1).")
        .run();
}

#[test]
fn the_shipped_curriculum_is_measured() {
    let document = Test::new().args(["stats", "--format", "json"]).run().json();
    assert_eq!(document["curriculum"]["id"], "smart-industry");
    let rows = rows(&document);
    // Every module of the shipped curriculum has a row.
    let modules = Test::new()
        .args(["list", "modules", "--format", "json"])
        .run()
        .json();
    assert_eq!(rows.len(), modules.as_array().expect("modules").len());
    let sum = |pick: fn(&(String, u64, u64, u64, u64)) -> u64| rows.iter().map(pick).sum::<u64>();
    assert_eq!(document["totals"]["blocking"], sum(|r| r.1));
    assert_eq!(document["totals"]["delay"], sum(|r| r.2));
    assert_eq!(document["totals"]["centrality"], sum(|r| r.3));
    assert_eq!(document["totals"]["complexity"], sum(|r| r.4));
    for row in &rows {
        assert_eq!(
            row.4,
            row.1 + row.2,
            "complexity = delay + blocking for {}",
            row.0
        );
    }
}

/// A curriculum that cannot be used is refused as `plan` refuses it.
#[test]
fn a_broken_curriculum_is_refused() {
    Test::new()
        .args(["stats", "tests/fixtures/lints/hard-cycle"])
        .code(1)
        .stderr_contains("is inconsistent; run `leerroute check tests/fixtures/lints/hard-cycle`")
        .run();
}

/// The real catalogue, 7,375 modules with thousands of OR groups: every
/// module is measured, the longest path is a chain of real prerequisites,
/// and the counts are exact (no `null`).
#[test]
fn the_ucsd_catalogue_is_measured() {
    let Some(path) = generator::ucsd_catalogue() else {
        return;
    };
    let document = Test::new()
        .arg("stats")
        .arg(&path)
        .args(["--format", "json", "--sort", "blocking", "--top", "5"])
        .run()
        .json();
    assert_eq!(document["modules"], 7375);
    assert!(
        document["totals"]["centrality"].is_u64(),
        "{:#}",
        document["totals"]
    );
    let longest = &document["longest_paths"];
    let first = longest["paths"][0].as_array().expect("a longest path");
    assert_eq!(first.len() as u64, longest["length"].as_u64().unwrap());
    let top = rows(&document);
    assert_eq!(top.len(), 5);
    assert_eq!(document["maxima"]["blocking"]["value"], top[0].1);
}

// ---------------------------------------------------------------------------
// `stats --workers`: every figure is what `plan` gives each worker.

/// The workers of a bulk CSV fixture (no quoted cells) as TOML passports in
/// `dir`: (id, path), for `plan --worker`.
pub fn passports(csv: &str, dir: &std::path::Path) -> Vec<(String, std::path::PathBuf)> {
    let text = std::fs::read_to_string(csv).expect("the workers fixture");
    let list = |cell: &str| {
        let items: Vec<String> = cell
            .split(';')
            .filter(|item| !item.is_empty())
            .map(|item| format!("\"{item}\""))
            .collect();
        format!("[{}]", items.join(", "))
    };
    text.lines()
        .skip(1)
        .map(|line| {
            let cells: Vec<&str> = line.split(',').collect();
            let mut passport = format!(
                "[worker]\nid = \"{}\"\nname = \"{}\"\nskills = {}\ncompleted = {}\ntarget = \"{}\"\n",
                cells[0],
                cells[1],
                list(cells[2]),
                list(cells[3]),
                cells[4]
            );
            for (key, value) in [("hours_per_week", cells[5]), ("budget", cells[6])] {
                if !value.is_empty() {
                    passport += &format!("{key} = {value}\n");
                }
            }
            let path = dir.join(format!("{}.toml", cells[0]));
            std::fs::write(&path, passport).expect("a passport file");
            (cells[0].to_string(), path)
        })
        .collect()
}

/// `plan --worker FILE --format json [extra]`; `None` when the passport is
/// invalid input (exit 1).
pub fn plan_of(passport: &std::path::Path, extra: &[&str]) -> Option<Value> {
    let run = Test::new()
        .arg("plan")
        .arg("--worker")
        .arg(passport)
        .args(["--format", "json"])
        .args(extra)
        .output();
    (run.code != 1).then(|| run.json())
}

pub fn route_of(plan: &Value) -> Vec<String> {
    plan["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .map(|step| step["module"].as_str().expect("a module").to_string())
        .collect()
}

fn hundredths(value: &Value) -> i64 {
    (value.as_f64().expect("a number") * 100.0).round() as i64
}

#[test]
fn workforce_figures_equal_each_workers_plan() {
    const WORKERS: &str = "tests/fixtures/stats/workers.csv";
    let run = Test::new()
        .args([
            "stats",
            "--workers",
            WORKERS,
            "--what-if",
            "4",
            "--format",
            "json",
        ])
        .code(4)
        .stderr_contains("note: line 12 left out: `skills`: unknown skill `plc-programing`")
        .run();
    let document = run.json();
    let dir = tempfile::tempdir().expect("a temporary directory");
    let plans: Vec<(String, Value)> = passports(WORKERS, dir.path())
        .into_iter()
        .filter_map(|(id, path)| plan_of(&path, &[]).map(|plan| (id, plan)))
        .collect();
    let workforce = &document["workforce"];
    assert_eq!(workforce["workers"], plans.len());
    assert_eq!(workforce["invalid"], 1);
    let status = |plan: &Value| plan["status"].as_str().unwrap().to_string();
    let count = |wanted: &[&str]| {
        plans
            .iter()
            .filter(|(_, p)| wanted.contains(&status(p).as_str()))
            .count()
    };
    assert_eq!(workforce["planned"], count(&["planned"]));
    assert_eq!(workforce["qualified"], count(&["qualified"]));
    assert_eq!(
        workforce["no_route"],
        count(&["unreachable", "over-budget", "timeout"])
    );
    assert!(
        workforce["no_route"].as_u64() >= Some(1),
        "Bea's budget is too small"
    );

    // Routes and learner-hours per module; participants and hours per fieldlab.
    let modules = Test::new()
        .args(["list", "modules", "--format", "json"])
        .run()
        .json();
    let module = |id: &str| {
        modules
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["id"] == id)
            .unwrap()
            .clone()
    };
    let mut routes: BTreeMap<String, (u64, i64)> = BTreeMap::new();
    let mut fieldlabs: BTreeMap<String, (u64, i64)> = BTreeMap::new();
    for (_, plan) in &plans {
        let mut seen = BTreeSet::new();
        for step in plan["steps"].as_array().unwrap() {
            let id = step["module"].as_str().unwrap();
            let entry = routes.entry(id.to_string()).or_default();
            entry.0 += 1;
            entry.1 += hundredths(&step["hours"]);
            if let Some(fieldlab) = module(id)["fieldlab"].as_str() {
                let entry = fieldlabs.entry(fieldlab.to_string()).or_default();
                entry.0 += u64::from(seen.insert(fieldlab.to_string()));
                entry.1 += hundredths(&step["hours"]);
            }
        }
    }
    for row in document["metrics"].as_array().unwrap() {
        let id = row["module"].as_str().unwrap();
        let (expected_routes, expected_hours) = routes.get(id).copied().unwrap_or_default();
        assert_eq!(row["routes"], expected_routes, "{id}");
        assert_eq!(hundredths(&row["learner_hours"]), expected_hours, "{id}");
    }
    for fieldlab in workforce["fieldlabs"].as_array().unwrap() {
        let id = fieldlab["fieldlab"].as_str().unwrap();
        let (participants, hours) = fieldlabs.get(id).copied().unwrap_or_default();
        assert_eq!(fieldlab["participants"], participants, "{id}");
        assert_eq!(hundredths(&fieldlab["hours"]), hours, "{id}");
    }

    // The what-ifs: the modules on the most routes, and each one's users
    // planned again with `--exclude`.
    let mut busiest: Vec<(&String, &(u64, i64))> = routes.iter().collect();
    busiest.sort_by_key(|(_, counts)| std::cmp::Reverse(**counts));
    let what_ifs = workforce["what_if"].as_array().unwrap();
    assert_eq!(what_ifs.len(), 4);
    for what_if in what_ifs {
        let id = what_if["module"].as_str().unwrap();
        assert!(
            busiest.iter().take(6).any(|(m, _)| *m == id),
            "{id} is among the busiest"
        );
        let (mut longer, mut extra_hours, mut extra_cost, mut impossible, mut users) =
            (0, 0, 0, 0, 0);
        for (worker, before) in plans
            .iter()
            .filter(|(_, plan)| route_of(plan).iter().any(|m| m == id))
        {
            users += 1;
            let after = plan_of(
                &dir.path().join(format!("{worker}.toml")),
                &["--exclude", id],
            )
            .expect("a valid passport");
            if after["status"] == "planned" || after["status"] == "qualified" {
                let extra =
                    hundredths(&after["totals"]["hours"]) - hundredths(&before["totals"]["hours"]);
                longer += u64::from(extra > 0);
                extra_hours += extra;
                extra_cost +=
                    hundredths(&after["totals"]["cost"]) - hundredths(&before["totals"]["cost"]);
            } else {
                impossible += 1;
            }
        }
        assert_eq!(what_if["routes"], users, "{id}");
        assert_eq!(what_if["longer"], longer, "{id}");
        assert_eq!(hundredths(&what_if["extra_hours"]), extra_hours, "{id}");
        assert_eq!(hundredths(&what_if["extra_cost"]), extra_cost, "{id}");
        assert_eq!(what_if["impossible"], impossible, "{id}");
    }
}

#[test]
fn sorting_by_routes_needs_workers() {
    Test::new()
        .args(["stats", "--sort", "routes"])
        .code(1)
        .stderr_contains("error: `--sort routes` needs a workforce")
        .run();
    Test::new()
        .args(["stats", "--workers", "tests/fixtures/stats/missing.csv"])
        .code(1)
        .stderr_contains("cannot read `tests/fixtures/stats/missing.csv`")
        .run();
}

/// The HTML report is one self-contained page: the metrics table holds the
/// rows the JSON holds, the bottleneck chart one bar per row shown (up to
/// 15), and with a workforce the fieldlab and what-if charts; nothing is
/// fetched from elsewhere.
#[test]
fn the_html_report_holds_the_table_and_the_charts() {
    let html = Test::new()
        .args(["stats", "--format", "html", "--top", "12"])
        .run()
        .stdout;
    let json = Test::new()
        .args(["stats", "--format", "json", "--top", "12"])
        .run()
        .json();
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"),
        "{html}"
    );
    assert!(html.trim_end().ends_with("</html>"));
    assert!(!html.contains("src=") && !html.contains("href=") && !html.contains("<script"));
    assert_eq!(html.matches("<svg").count(), 1);
    for row in json["metrics"].as_array().unwrap() {
        let id = row["module"].as_str().unwrap();
        assert!(
            html.contains(&format!("<td>{id}<br>")),
            "{id} is in the table"
        );
        assert!(html.contains(&format!("{id} — ")), "{id} has a bar");
    }
    assert_eq!(html.matches("<tr>").count(), 1 + 12);
    assert_eq!(html.matches("<rect").count(), 12);
    // Each bar is as long as its figure, relative to the longest.
    let widths: Vec<f64> = html
        .split("<rect ")
        .skip(1)
        .map(|rect| {
            let width = rect.split("width=\"").nth(1).expect("a width");
            width[..width.find('"').unwrap()].parse().expect("a number")
        })
        .collect();
    let figures: Vec<f64> = json["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row["complexity"].as_f64().unwrap())
        .collect();
    for (width, figure) in widths.iter().zip(&figures) {
        let (bar, value) = (width / widths[0], figure / figures[0]);
        assert!((bar - value).abs() < 1e-9, "bar {bar} for {value}");
    }

    let workforce = Test::new()
        .args([
            "--lang",
            "nl",
            "stats",
            "--format",
            "html",
            "--workers",
            "tests/fixtures/stats/workers.csv",
        ])
        .args(["--what-if", "3", "--top", "5"])
        .code(4)
        .run()
        .stdout;
    assert!(workforce.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
    assert_eq!(
        workforce.matches("<svg").count(),
        3,
        "bottlenecks, fieldlabs, what-ifs"
    );
    assert!(workforce.contains("Vraag per fieldlab"));
    assert!(workforce.contains("Wat het kost als een drukke module wegvalt"));
}

/// Below 100 columns each module is a block, as `list` draws its items:
/// no table to squeeze, so no id or amount is split.
#[test]
fn a_narrow_terminal_gets_one_block_per_module() {
    let run = Test::new()
        .args([
            "stats",
            "--top",
            "2",
            "--workers",
            "tests/fixtures/stats/workers.csv",
        ])
        .args(["--what-if", "2"])
        .env("COLUMNS", "80")
        .code(4)
        .run();
    assert!(!run.stdout.contains('┆'), "{}", run.stdout);
    assert!(
        run.stdout.lines().all(|line| line.chars().count() <= 80),
        "{}",
        run.stdout
    );
    let top = Test::new()
        .args(["stats", "--top", "1", "--format", "json"])
        .run()
        .json();
    let first = top["metrics"][0]["module"].as_str().unwrap().to_string();
    Test::new()
        .args(["stats", "--top", "1"])
        .env("COLUMNS", "80")
        .stdout_contains(format!(
            "1. Veilig starten in de werkplaats ({first})\n  blocking: 116 · delay: 13"
        ))
        .run();
}

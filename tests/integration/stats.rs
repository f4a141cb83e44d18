//! `leerroute stats`: CurricularAnalytics' metrics against values worked out
//! by hand on small fixtures (one with OR groups, a cycle through an
//! alternative and a level-up), the formats and options, and the real UCSD
//! catalogue.

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
        .stdout_contains("Hoogste vertraging: 4 (`x`, `y`, `z`, nog 1).")
        .run();
}

#[test]
fn the_shipped_curriculum_is_measured() {
    let document = Test::new().args(["stats", "--format", "json"]).run().json();
    assert_eq!(document["curriculum"]["id"], "smart-industry");
    let rows = rows(&document);
    assert_eq!(rows.len(), 177);
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

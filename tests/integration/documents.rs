//! `batch --html-dir` and `batch --xlsx`: a development plan per worker,
//! under safe names, and a workbook with typed numbers, euro and date
//! formats, frozen headers and autofilters, rows in input order and error
//! rows with their reason; neither changes the stream, and an input that
//! turns out unreadable leaves no workbook behind.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use serde_json::Value;

use crate::support::test::Test;

const WORKERS: &str = "id,name,skills,completed,target,hours_per_week,budget
anna,Anna de Vries,teamwork@2;robotics@1,basis-vca,cobot-operator,8,3000
../../etc/passwd,Sneaky Path,digital-skills@1,,cobot-operator,8,
con,Device Name,digital-skills@1,,cobot-operator,8,
anna,Anna again,digital-skills@1,,cobot-operator,8,
bad-skill,Unknown Skill,digital-skils@1,,cobot-operator,8,
poor,No Money,digital-skills@1,,cobot-operator,8,0
";

fn batch(dir: &Path, extra: &[&str], code: i32) -> String {
    std::fs::write(dir.join("workers.csv"), WORKERS).expect("the input is written");
    Test::new()
        .current_dir(dir)
        .args(["batch", "--workers", "workers.csv", "--start", "2027-01-04"])
        .args(extra)
        .code(code)
        .run()
        .stdout
}

#[test]
fn every_worker_gets_a_page_under_a_safe_name() {
    let dir = tempfile::tempdir().expect("a directory");
    let plain = batch(dir.path(), &[], 4);
    let with_pages = batch(dir.path(), &["--html-dir", "plans"], 4);
    assert_eq!(plain, with_pages, "the stream is the same");
    let mut names: Vec<String> = std::fs::read_dir(dir.path().join("plans"))
        .expect("the directory is made")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "_.._etc_passwd.html",
            "_con.html",
            "anna-5.html",
            "anna.html",
            "bad-skill.html",
            "poor.html"
        ]
    );
    let anna = std::fs::read_to_string(dir.path().join("plans/anna.html")).expect("a page");
    assert!(
        anna.contains("Anna de Vries") && anna.contains("<svg"),
        "a plan with its map"
    );
    let again = std::fs::read_to_string(dir.path().join("plans/anna-5.html")).expect("a page");
    assert!(
        again.contains("Anna again"),
        "the second `anna` row keeps its own page"
    );
    let bad = std::fs::read_to_string(dir.path().join("plans/bad-skill.html")).expect("a page");
    assert!(
        bad.contains("digital-skils"),
        "an invalid row's page says why"
    );
    assert!(
        !dir.path().join("etc").exists(),
        "nothing is written outside the directory"
    );
}

#[test]
fn an_html_dir_that_is_a_file_is_refused() {
    let dir = tempfile::tempdir().expect("a directory");
    std::fs::write(dir.path().join("plans"), "").expect("a file");
    std::fs::write(dir.path().join("workers.csv"), WORKERS).expect("the input");
    Test::new()
        .current_dir(dir.path())
        .args(["batch", "--workers", "workers.csv", "--html-dir", "plans"])
        .code(1)
        .stderr_contains("is not a directory")
        .run();
}

/// The cells of each sheet of a workbook: per sheet (by its file), per
/// cell reference, the cell's type, style and text.
type Cells = BTreeMap<String, (Option<String>, Option<String>, String)>;

fn sheets(path: &Path) -> (Vec<Cells>, Vec<String>) {
    let file = std::fs::File::open(path).expect("the workbook is written");
    let mut archive = zip::ZipArchive::new(file).expect("a zip archive");
    let mut read = |name: &str| {
        let mut text = String::new();
        archive
            .by_name(name)
            .expect("a part of the workbook")
            .read_to_string(&mut text)
            .expect("text");
        text
    };
    let styles = read("xl/styles.xml");
    let mut all = Vec::new();
    let mut raw = Vec::new();
    for sheet in 1..=3 {
        let xml = read(&format!("xl/worksheets/sheet{sheet}.xml"));
        let document = roxmltree::Document::parse(&xml).expect("XML");
        let mut cells = Cells::new();
        for cell in document.descendants().filter(|n| n.has_tag_name("c")) {
            let text: String = cell
                .descendants()
                .filter(|n| n.is_text())
                .filter_map(|n| n.text())
                .collect();
            cells.insert(
                cell.attribute("r").expect("a reference").to_string(),
                (
                    cell.attribute("t").map(str::to_string),
                    cell.attribute("s").map(str::to_string),
                    text,
                ),
            );
        }
        all.push(cells);
        raw.push(xml);
    }
    raw.push(styles);
    (all, raw)
}

#[test]
fn the_workbook_has_typed_rows_in_input_order() {
    let dir = tempfile::tempdir().expect("a directory");
    let stream = batch(dir.path(), &["--xlsx", "plans.xlsx", "--lang", "nl"], 4);
    let plans: Vec<Value> = stream
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    let (cells, raw) = sheets(&dir.path().join("plans.xlsx"));
    let workers = &cells[0];
    assert_eq!(
        workers["B1"].2, "Medewerker",
        "Dutch headers with --lang nl"
    );
    for (i, plan) in plans.iter().enumerate() {
        let row = i + 2;
        assert_eq!(
            workers[&format!("B{row}")].2,
            plan["worker"].as_str().unwrap(),
            "input order"
        );
        assert_eq!(
            workers[&format!("A{row}")].2,
            plan["line"].to_string(),
            "the input line"
        );
        assert_eq!(
            workers[&format!("E{row}")].2,
            plan["status"].as_str().unwrap()
        );
        if plan["status"] == "planned" {
            let hours = &workers[&format!("G{row}")];
            assert_eq!(hours.0, None, "hours are a number");
            assert_eq!(
                hours.2.parse::<f64>().unwrap(),
                plan["totals"]["hours"].as_f64().unwrap()
            );
            let cost = &workers[&format!("H{row}")];
            assert_eq!(cost.0, None, "cost is a number");
            assert_eq!(
                cost.2.parse::<f64>().unwrap(),
                plan["totals"]["cost"].as_f64().unwrap()
            );
            assert!(cost.1.is_some(), "in a euro format");
            let start = &workers[&format!("K{row}")];
            assert_eq!(start.2, "46391", "4 January 2027 as an Excel date");
        } else {
            let reason = &workers[&format!("M{row}")].2;
            assert!(!reason.is_empty(), "row {row} says why");
        }
    }
    assert!(
        workers["M6"].2.contains("digital-skils"),
        "the invalid row's reason"
    );
    let steps: usize = plans
        .iter()
        .map(|p| p["steps"].as_array().unwrap().len())
        .sum();
    let step_rows = cells[1].keys().filter(|r| r.starts_with('B')).count() - 1;
    assert_eq!(step_rows, steps, "a row per step");
    assert_eq!(
        cells[2]["B2"].2,
        plans.len().to_string(),
        "the summary counts the rows"
    );
    for sheet in &raw[..3] {
        assert!(sheet.contains("state=\"frozen\""), "headers frozen");
        assert!(sheet.contains("<autoFilter"), "an autofilter");
    }
    assert!(raw[3].contains("€ #,##0.00") && raw[3].contains("yyyy-mm-dd"));
}

#[test]
fn an_unreadable_input_leaves_no_workbook() {
    let dir = tempfile::tempdir().expect("a directory");
    let broken = format!("{WORKERS}\"never closed,x,digital-skills@1,,cobot-operator,8,\n");
    std::fs::write(dir.path().join("workers.csv"), broken).expect("the input");
    Test::new()
        .current_dir(dir.path())
        .args(["batch", "--workers", "workers.csv", "--xlsx", "plans.xlsx"])
        .code(1)
        .run();
    assert!(!dir.path().join("plans.xlsx").exists());
}

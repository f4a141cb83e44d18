//! CurricularAnalytics CSV curricula (`--curriculum FILE.csv`, `check
//! FILE.csv`, `stats FILE.csv`): hand-written files in
//! `tests/fixtures/curricular-analytics/`, good ones and bad rows.

use serde_json::Value;

use crate::support::test::{Test, assert_contains};

const MECHATRONICS: &str = "tests/fixtures/curricular-analytics/mechatronics.csv";
const DEGREE_PLAN: &str = "tests/fixtures/curricular-analytics/degree-plan.csv";
const BAD_ROWS: &str = "tests/fixtures/curricular-analytics/bad-rows.csv";

fn modules(path: &str, extra: &[&str]) -> Vec<Value> {
    let run = Test::new()
        .args(["--curriculum", path])
        .args(extra)
        .args(["list", "modules", "--format", "json"])
        .run();
    run.json().as_array().expect("a JSON array").clone()
}

/// Each course is a module granting its own skill and requiring its
/// prerequisites, co-requisites and strict co-requisites; ids come from
/// prefix and number; a quoted name keeps its comma.
#[test]
fn courses_become_modules_with_their_requisites() {
    let modules = modules(MECHATRONICS, &[]);
    let ids: Vec<&str> = modules.iter().map(|m| m["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "wis-101", "elt-110", "mrs-120", "plc-201", "plc-201l", "rob-210", "prj-299"
        ]
    );
    let module = |id: &str| modules.iter().find(|m| m["id"] == id).expect("a module");
    assert_eq!(module("mrs-120")["name"], "Meten, regelen en sturen");
    assert_eq!(
        module("mrs-120")["requires"],
        serde_json::json!(["wis-101@1", "elt-110@1"])
    );
    // A co-requisite and a strict co-requisite are requisites too.
    assert_eq!(
        module("elt-110")["requires"],
        serde_json::json!(["wis-101@1"])
    );
    assert_eq!(
        module("plc-201l")["requires"],
        serde_json::json!(["plc-201@1"])
    );
    assert_eq!(
        module("prj-299")["grants"],
        serde_json::json!(["prj-299@1"])
    );
    assert_eq!(module("mrs-120")["stage"], "training");
}

/// Semester credit hours are 45 hours by default, quarter ones 30, and
/// `--hours-per-credit` sets them (a Dutch EC is 28).
#[test]
fn credit_hours_become_study_hours() {
    let hours = |path: &str, extra: &[&str]| modules(path, extra)[0]["hours"].as_f64();
    assert_eq!(hours(MECHATRONICS, &[]), Some(135.0));
    assert_eq!(hours(DEGREE_PLAN, &[]), Some(90.0));
    assert_eq!(
        hours(MECHATRONICS, &["--hours-per-credit", "28"]),
        Some(84.0)
    );
    Test::new()
        .args(["--hours-per-credit", "0", "list", "modules"])
        .code(2)
        .stderr_contains("a Dutch EC is 28")
        .run();
}

/// Hand-worked: the edges 1→2, 1→3, 2→3, 3→4, 4→5, 3→6, 4→7, 6→7 (course
/// ids), so six paths from `wis-101` to the sinks `plc-201l` and
/// `prj-299`: three of 5 courses, three of 4.
#[test]
fn the_metrics_of_a_csv_curriculum_by_hand() {
    Test::new()
        .args(["stats", MECHATRONICS, "--format", "csv"])
        .stdout(
            "module,name,blocking,delay,centrality,complexity\n\
             wis-101,Wiskunde 1,6,5,0,11\n\
             elt-110,Elektrotechniek,5,5,15,10\n\
             mrs-120,\"Meten, regelen en sturen\",4,5,27,9\n\
             plc-201,PLC programmeren,2,5,18,7\n\
             rob-210,Robotica,1,5,9,6\n\
             plc-201l,Practicum PLC,0,5,0,5\n\
             prj-299,Afstudeerproject,0,5,0,5\n",
        )
        .run();
}

/// In a quarter system CurricularAnalytics.jl reports each course's
/// complexity as h · 2/3, rounded to a tenth, and their sum as the total;
/// blocking, delay and centrality do not change. The same curriculum as
/// above, declared `quarter`: 11 → 7.3, 10 → 6.7, 9 → 6, 7 → 4.7, 6 → 4,
/// 5 → 3.3, total 53 → 35.3.
#[test]
fn a_quarter_system_scales_complexity_as_curricular_analytics_does() {
    let semester = std::fs::read_to_string(MECHATRONICS).expect("the fixture");
    let quarter = semester.replace("System Type,semester", "System Type,quarter");
    assert_ne!(quarter, semester, "the fixture declares its system");
    let run = |format: &str| {
        Test::new()
            .tree([("quarter.csv", quarter.as_str())])
            .args(["stats", "quarter.csv", "--format", format])
            .run()
    };
    let csv = run("csv").stdout;
    let complexity: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|line| line.rsplit(',').next().unwrap())
        .collect();
    assert_eq!(complexity, ["7.3", "6.7", "6", "4.7", "4", "3.3", "3.3"]);
    assert!(csv.contains("wis-101,Wiskunde 1,6,5,0,7.3\n"), "{csv}");
    let json = run("json").json();
    assert_eq!(json["totals"]["complexity"], 35.3);
    assert_eq!(json["totals"]["blocking"], 18);
    assert_eq!(json["maxima"]["complexity"]["value"], 7.3);
    assert_eq!(json["metrics"][1]["complexity"], 6.7);
    Test::new()
        .tree([("quarter.csv", quarter.as_str())])
        .args(["--lang", "nl", "stats", "quarter.csv"])
        .stdout_contains("35,3")
        .run();
}

/// A degree plan: its terms make the line `degree-plan` (courses in term
/// order, additional courses included), and the one profile asks for the
/// curriculum's courses but not the additional ones. The curriculum plans.
#[test]
fn a_degree_plan_has_terms_and_additional_courses() {
    Test::new()
        .args(["--curriculum", DEGREE_PLAN, "show", "degree-plan"])
        .stdout_contains("line degree-plan — Voltijd in vier semesters")
        .stdout_contains("station 3  stu-001 — Studievaardigheden")
        .stdout_contains("station 6  sta-250 — Stage")
        .run();
    let profile = Test::new()
        .args([
            "--curriculum",
            DEGREE_PLAN,
            "list",
            "profiles",
            "--format",
            "json",
        ])
        .run()
        .json();
    assert_eq!(profile[0]["id"], "mechatronica-associate-degree");
    assert_eq!(
        profile[0]["requires"],
        serde_json::json!(["wis-101@1", "elt-110@1", "mrs-120@1", "plc-201@1"])
    );
    let plan = Test::new()
        .args(["--curriculum", DEGREE_PLAN, "plan", "--skills", "wis-101"])
        .args([
            "--target",
            "mechatronica-associate-degree",
            "--format",
            "json",
        ])
        .run()
        .json();
    assert_eq!(plan["totals"]["hours"], 90.0 + 120.0 + 90.0);
    Test::new()
        .args(["check", DEGREE_PLAN])
        .stdout_contains("0 errors, 0 warnings in 1 file")
        .run();
}

/// Every bad row is reported at once, each at its line and column, with a
/// fix; the curriculum is refused for use.
#[test]
fn bad_rows_are_reported_with_line_and_column() {
    let run = Test::new().args(["check", BAD_ROWS]).code(1).run();
    for needle in [
        "error[unknown-field]: unknown metadata row `Sytem Type`",
        "bad-rows.csv:2:1",
        "help: did you mean `System Type`?",
        "error[wrong-type]: credit hours `drie` are not a number",
        "bad-rows.csv:5:25",
        "error[unknown-reference]: unknown course `9`",
        "bad-rows.csv:6:29",
        "error[bad-hours]: course `2` has 0 credit hours",
        "bad-rows.csv:6:33",
        "error[missing-field]: a course row without a `Course ID`",
        "bad-rows.csv:7:1",
        "error[duplicate-id]: course id `1` is given twice",
        "bad-rows.csv:8:1",
        "error[bad-value]: the row has 11 cells, the header 10",
        "bad-rows.csv:9:22",
        "7 errors, 0 warnings in 1 file",
    ] {
        assert_contains(&run.stdout, needle);
    }
    Test::new()
        .args(["stats", BAD_ROWS])
        .code(1)
        .stderr_contains("error: the curriculum `tests/fixtures/curricular-analytics/bad-rows.csv` cannot be used")
        .run();
}

#[test]
fn a_file_without_courses_or_with_an_open_quote_is_refused() {
    Test::new()
        .tree([("c.csv", "Curriculum,Leeg\nInstitution,X\n")])
        .args(["check", "c.csv"])
        .code(1)
        .stdout_contains("error[missing-field]: the file has no `Courses` row")
        .run();
    Test::new()
        .tree([(
            "c.csv",
            "Curriculum,Open\nCourses\nCourse ID,Course Name,Credit Hours\n1,\"Wiskunde,3\n2,B,3\n",
        )])
        .args(["check", "c.csv"])
        .code(1)
        .stdout_contains("error[bad-value]: a quoted cell is never closed")
        .stdout_contains("c.csv:4:3")
        .run();
    Test::new()
        .tree([(
            "c.csv",
            "Curriculum,Kop\nCourses\nCourse ID,Naam,Credit Hours\n",
        )])
        .args(["check", "c.csv"])
        .code(1)
        .stdout_contains("error[unknown-field]: unknown column `Naam`")
        .stdout_contains("error[missing-field]: the course header lacks `Course Name`")
        .run();
}

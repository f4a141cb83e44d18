//! `leerroute batch` end to end: the real binary on `examples/workers.csv` and
//! on the fixtures under `tests/fixtures/batch/`, run from the repository root
//! with the embedded curriculum.
//!
//! Covered: CSV, JSON Lines and standard input; `--out` (atomic, no partial
//! file left behind); input order under parallelism and determinism across
//! `--jobs`; every kind of bad row reported with its line number while the
//! other rows are planned; batch plans equal to single `plan --format json`
//! plans for every example worker, and for rows that share a planning task
//! (solved once and remembered); the CSV output; exit codes; and that
//! nothing but plans goes to standard output.

use std::io::{BufRead, Write};
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ExitStatus, Stdio};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::test::{Run, Test, assert_contains, hermetic};

/// The bulk CSV header (docs/DESIGN.md §2).
const INPUT_HEADER: &str = "id,name,skills,completed,target,hours_per_week,budget";

/// The `batch --format csv` header.
const OUTPUT_HEADER: &str = "id,target,status,optimal,hours,cost,weeks,modules,reasons";

const EXAMPLE_WORKERS: &str = "examples/workers.csv";

/// `leerroute batch <args…>`.
fn batch(args: &[&str]) -> Test {
    Test::new().arg("batch").args(args)
}

/// `leerroute batch --workers <workers> --out <out>`.
fn batch_out(workers: impl AsRef<Path>, out: &Path) -> Test {
    Test::new()
        .args(["batch", "--workers"])
        .arg(workers.as_ref())
        .arg("--out")
        .arg(out)
}

/// `leerroute batch --workers - <args…>` with `input` on standard input.
fn batch_stdin(input: impl AsRef<[u8]>, args: &[&str]) -> Test {
    batch(&["--workers", "-"]).args(args).stdin(input)
}

/// `leerroute -q batch --workers <path>`.
fn quiet_batch(workers: impl AsRef<Path>) -> Test {
    Test::new()
        .args(["-q", "batch", "--workers"])
        .arg(workers.as_ref())
}

fn fixture(name: &str) -> PathBuf {
    Path::new("tests/fixtures/batch").join(name)
}

/// Parses JSON Lines output, each plan without the `line` it was read
/// from, so that plans of one worker compare equal whatever row or file
/// they came from (`plan` itself has no line).
fn plans(stdout: &str) -> Vec<Value> {
    let mut plans = plans_with_lines(stdout);
    for plan in &mut plans {
        let line = plan.as_object_mut().and_then(|plan| plan.remove("line"));
        assert!(
            line.is_some_and(|line| line.is_u64()),
            "a batch plan has its line"
        );
    }
    plans
}

/// Parses JSON Lines output: every line must be a JSON object.
fn plans_with_lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|line| {
            let plan: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("stdout line is not JSON ({e}): {line}"));
            assert!(plan.is_object(), "not a plan object: {line}");
            plan
        })
        .collect()
}

fn text<'a>(plan: &'a Value, key: &str) -> &'a str {
    plan[key]
        .as_str()
        .unwrap_or_else(|| panic!("`{key}` is not a string in {plan}"))
}

fn status(plan: &Value) -> &str {
    text(plan, "status")
}

fn ids(plans: &[Value]) -> Vec<String> {
    plans
        .iter()
        .map(|p| text(p, "worker").to_string())
        .collect()
}

/// The data rows of `examples/workers.csv`, as text lines (no header).
fn example_lines() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(EXAMPLE_WORKERS);
    let content = std::fs::read_to_string(path).expect("examples/workers.csv is readable");
    let mut lines = content.lines();
    assert_eq!(lines.next(), Some(INPUT_HEADER));
    let rows: Vec<String> = lines.map(str::to_string).collect();
    assert_eq!(rows.len(), 56, "examples/workers.csv has 56 rows");
    rows
}

/// The records of `examples/workers.csv`, parsed.
fn example_records() -> Vec<csv::StringRecord> {
    let mut reader =
        csv::Reader::from_path(Path::new(env!("CARGO_MANIFEST_DIR")).join(EXAMPLE_WORKERS))
            .expect("examples/workers.csv opens");
    reader
        .records()
        .map(|r| r.expect("example rows are valid CSV"))
        .collect()
}

/// Replaces the id (the first field) of a CSV line with no quoted first field.
fn with_id(line: &str, id: &str) -> String {
    let (_, rest) = line.split_once(',').expect("a CSV line has commas");
    format!("{id},{rest}")
}

/// A CSV text with the bulk header and `rows`.
fn csv_input(rows: impl IntoIterator<Item = String>) -> String {
    let mut text = format!("{INPUT_HEADER}\n");
    for row in rows {
        text.push_str(&row);
        text.push('\n');
    }
    text
}

/// Writes `content` to `name` inside `dir` and returns the path.
fn write(dir: &Path, name: &str, content: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).expect("the temporary file is written");
    path
}

/// The names of the files in `dir` that look like batch's temporary files.
fn partial_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("the directory is readable")
        .map(|entry| entry.expect("a directory entry").file_name())
        .map(|name| name.to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".leerroute-") || name.ends_with(".partial"))
        .collect()
}

fn temporary_directory() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary directory")
}

/// How long a test waits for the binary before it calls it hung.
const PATIENCE: Duration = Duration::from_secs(20);

/// A running `leerroute` whose standard input the test writes as it goes
/// and whose standard output it reads line by line. Killed when dropped, so
/// a failing test leaves no process behind.
struct Live {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<String>,
}

impl Live {
    fn start(test: Test) -> Live {
        let mut child = test
            .command()
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("leerroute starts");
        let stdout = child.stdout.take().expect("a piped stdout");
        let (sender, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        let stdin = child.stdin.take();
        Live {
            child,
            stdin,
            lines,
        }
    }

    fn send(&mut self, text: &str) {
        let stdin = self.stdin.as_mut().expect("standard input is open");
        stdin
            .write_all(text.as_bytes())
            .expect("leerroute reads its input");
        stdin.flush().expect("leerroute reads its input");
    }

    /// The next line of output, or `None` if none comes in time.
    fn next_line(&self) -> Option<String> {
        self.lines.recv_timeout(PATIENCE).ok()
    }

    fn signal(&self, name: &str) {
        let sent = std::process::Command::new("kill")
            .args(["-s", name, &self.child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(sent.success(), "kill -s {name} failed");
    }

    fn close_input(&mut self) {
        drop(self.stdin.take());
    }

    /// Waits for the end, at most [`PATIENCE`]; `None` if it hangs.
    fn wait(&mut self) -> Option<ExitStatus> {
        let started = Instant::now();
        while started.elapsed() < PATIENCE {
            if let Some(status) = self.child.try_wait().expect("the child can be waited for") {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }
}

impl Drop for Live {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The JSONL batch of the whole example file (exit 0, 56 plans).
#[track_caller]
fn example_batch() -> Vec<Value> {
    let run = batch(&["--workers", EXAMPLE_WORKERS]).run();
    let plans = plans(&run.stdout);
    assert_eq!(plans.len(), 56);
    plans
}

// ---------------------------------------------------------------- input

#[test]
fn csv_file_gives_one_plan_per_row_in_the_jsonl_schema() {
    let plans = example_batch();
    let expected: Vec<String> = example_records()
        .iter()
        .map(|record| record[0].to_string())
        .collect();
    assert_eq!(ids(&plans), expected);
    for (plan, record) in plans.iter().zip(example_records()) {
        assert_eq!(text(plan, "schema"), "leerroute.plan/v2");
        assert_eq!(text(plan, "target"), &record[4]);
        assert_eq!(text(plan, "minimize"), "hours");
        assert_eq!(status(plan), "planned", "every example row plans: {plan}");
        assert_eq!(plan["optimal"], Value::Bool(true), "{plan}");
        assert!(plan["steps"].as_array().is_some_and(|s| !s.is_empty()));
        assert_eq!(plan["reasons"], Value::Array(vec![]));
    }
}

#[test]
fn jsonl_file_plans_like_the_same_rows_in_csv() {
    let run = batch(&["--workers", "tests/fixtures/batch/first_workers.jsonl"]).run();
    let from_jsonl = plans(&run.stdout);
    let from_csv = example_batch();
    assert_eq!(from_jsonl.len(), 4);
    assert_eq!(from_jsonl, from_csv[..4]);
}

#[test]
fn stdin_csv_and_jsonl_need_input_format_and_plan_like_files() {
    let csv = std::fs::read_to_string(EXAMPLE_WORKERS).expect("example readable");
    let from_file = batch(&["--workers", EXAMPLE_WORKERS]).output();
    let from_stdin = batch_stdin(&csv, &["--input-format", "csv"]).run();
    assert_eq!(from_stdin.stdout, from_file.stdout);

    let jsonl = std::fs::read_to_string(fixture("first_workers.jsonl")).expect("fixture readable");
    let jsonl_file = batch(&["--workers", "tests/fixtures/batch/first_workers.jsonl"]).output();
    let jsonl_stdin = batch_stdin(&jsonl, &["--input-format", "jsonl"]).run();
    assert_eq!(jsonl_stdin.stdout, jsonl_file.stdout);
    assert_eq!(plans(&jsonl_stdin.stdout).len(), 4);

    // Without --input-format standard input has no extension to go by.
    batch_stdin(&csv, &[])
        .code(1)
        .stdout("")
        .stderr_contains("error:")
        .stderr_contains("help:")
        .stderr_contains("--input-format")
        .run();
}

#[test]
fn csv_columns_may_come_in_any_order_and_be_left_out() {
    let input = "target,skills,id\ncobot-operator,digital-skills@1,only-three\n";
    let full = "id,name,skills,completed,target,hours_per_week,budget\n\
                only-three,,digital-skills@1,,cobot-operator,,\n";
    let short = batch_stdin(input, &["--input-format", "csv"]).run();
    let long = batch_stdin(full, &["--input-format", "csv"]).output();
    assert_eq!(plans(&short.stdout).len(), 1);
    assert_eq!(short.stdout, long.stdout);
}

#[test]
fn input_format_overrides_the_extension() {
    let dir = temporary_directory();
    let csv = std::fs::read_to_string(EXAMPLE_WORKERS).expect("example readable");
    let odd = write(dir.path(), "workers.txt", &csv);
    let refused = quiet_batch(&odd).code(1).run();
    assert_contains(&refused.stderr, "--input-format");
    let run = quiet_batch(&odd).args(["--input-format", "csv"]).run();
    assert_eq!(plans(&run.stdout), example_batch());
}

#[test]
fn out_file_holds_exactly_what_stdout_would_and_stdout_stays_empty() {
    let dir = temporary_directory();
    for format in ["jsonl", "csv"] {
        let stdout = batch(&["--workers", EXAMPLE_WORKERS, "--format", format]).run();
        let out = dir.path().join(format!("plans.{format}"));
        batch_out(EXAMPLE_WORKERS, &out)
            .args(["--format", format])
            .stdout("")
            .stderr_contains("plans/s")
            .run();
        let written = std::fs::read_to_string(&out).expect("--out file exists");
        assert_eq!(written, stdout.stdout, "--out {format}");
    }
    assert!(partial_files(dir.path()).is_empty());
}

// ---------------------------------------------------------------- order

/// `copies` rows built from the example rows in turn, with new ids.
fn renumbered_rows(copies: usize) -> (Vec<String>, Vec<String>) {
    let lines = example_lines();
    let ids: Vec<String> = (0..copies).map(|k| format!("w{k:05}")).collect();
    let rows = ids
        .iter()
        .enumerate()
        .map(|(k, id)| with_id(&lines[k % lines.len()], id))
        .collect();
    (ids, rows)
}

#[test]
fn output_keeps_input_order_under_parallelism_and_is_deterministic() {
    let dir = temporary_directory();
    let (expected_ids, rows) = renumbered_rows(336);
    let input = write(dir.path(), "many.csv", &csv_input(rows));
    let one = quiet_batch(&input).args(["--jobs", "1"]).run();
    let two = quiet_batch(&input).args(["--jobs", "2"]).run();
    let default = quiet_batch(&input).run();
    assert_eq!(two.stdout, one.stdout, "--jobs 2 differs from --jobs 1");
    assert_eq!(
        default.stdout, one.stdout,
        "default jobs differ from --jobs 1"
    );

    let plans = plans(&two.stdout);
    assert_eq!(ids(&plans), expected_ids);
    // Each row's plan is that of its example row: a plan that moved to
    // another position would carry another worker's route.
    let base = example_batch();
    for (k, plan) in plans.iter().enumerate() {
        let mut plan = plan.clone();
        plan["worker"] = base[k % base.len()]["worker"].clone();
        assert_eq!(plan, base[k % base.len()], "row {k}");
    }
}

#[test]
fn order_holds_across_planning_chunks() {
    // More rows than the planner takes in one parallel chunk; most are cheap
    // (an unknown target) so that the test stays fast in debug builds.
    let dir = temporary_directory();
    let lines = example_lines();
    let total = 9_000;
    let rows: Vec<String> = (0..total)
        .map(|k| {
            let id = format!("c{k:05}");
            if k % 60 == 0 {
                with_id(&lines[(k / 60) % lines.len()], &id)
            } else {
                format!("{id},,digital-skills@1,,no-such-profile,,")
            }
        })
        .collect();
    let input = write(dir.path(), "chunks.csv", &csv_input(rows));
    let run = quiet_batch(&input).args(["--jobs", "2"]).code(4).run();
    let plans = plans(&run.stdout);
    let expected: Vec<String> = (0..total).map(|k| format!("c{k:05}")).collect();
    assert_eq!(ids(&plans), expected);
    for (k, plan) in plans.iter().enumerate() {
        let want = if k % 60 == 0 { "planned" } else { "error" };
        assert_eq!(status(plan), want, "row {k}: {plan}");
        if want == "error" {
            let line = format!("line {}: ", k + 2);
            let reason = plan["reasons"][0]["message"].as_str().unwrap_or_default();
            assert!(reason.starts_with(&line), "row {k}: {reason}");
        }
    }
}

// ---------------------------------------------------------------- bad rows

/// Checks a run over a file of bad rows: exit 4 (invalid rows), one plan per
/// row, and for each `(id, status, line, needles)` the plan at that position.
#[track_caller]
fn assert_rows(run: &Run, expected: &[(&str, &str, u64, &[&str])]) {
    assert_eq!(run.code, 4, "stderr:\n{}", run.stderr);
    let plans = plans_with_lines(&run.stdout);
    assert_eq!(
        plans.len(),
        expected.len(),
        "one plan per row:\n{}",
        run.stdout
    );
    for (plan, (id, want, line, needles)) in plans.iter().zip(expected) {
        assert_eq!(text(plan, "schema"), "leerroute.plan/v2", "{plan}");
        assert_eq!(status(plan), *want, "row `{id}` (line {line}): {plan}");
        // Every row says where it starts, planned or not.
        assert_eq!(plan["line"], *line, "row `{id}`: {plan}");
        if *want == "planned" {
            assert_eq!(text(plan, "worker"), *id);
            continue;
        }
        assert_eq!(plan["optimal"], Value::Bool(false), "{plan}");
        assert!(
            plan["steps"].as_array().is_some_and(Vec::is_empty),
            "{plan}"
        );
        assert_eq!(plan["reasons"][0]["code"], "invalid-input", "{plan}");
        assert_eq!(plan["reasons"][0]["line"], *line, "{plan}");
        let reason = plan["reasons"][0]["message"]
            .as_str()
            .unwrap_or_else(|| panic!("row `{id}` has no reason: {plan}"));
        assert!(
            reason.starts_with(&format!("line {line}: ")),
            "row `{id}` should be reported at line {line}: {reason}"
        );
        for needle in *needles {
            assert_contains(reason, needle);
        }
    }
}

/// What the reason for the fixtures' misspelt skill must say: the column,
/// and the whole skill-level as it should be written, as for a passport file.
const UNKNOWN_SKILL: &[&str] = &[
    "`skills`: unknown skill `digital-skils`",
    "did you mean `digital-skills@1`?",
];

#[test]
fn every_kind_of_bad_csv_row_is_reported_with_its_line_while_the_others_plan() {
    let run = batch(&["--workers", "tests/fixtures/batch/bad_rows.csv"]).output();
    assert_rows(
        &run,
        &[
            ("good-first", "planned", 2, &[]),
            ("bad-fields", "error", 3, &["6 fields", "header has 7"]),
            ("bad-skill", "error", 4, UNKNOWN_SKILL),
            (
                "bad-target",
                "error",
                5,
                &["cobot-operater", "did you mean `cobot-operator`?"],
            ),
            (
                "bad-completed",
                "error",
                6,
                &["basis-vcaa", "completed", "did you mean `basis-vca`?"],
            ),
            ("bad-hours", "error", 7, &["hours_per_week", "`eight`"]),
            ("bad-budget", "error", 8, &["budget", "`lots`"]),
            (
                "bad-level",
                "error",
                9,
                &[
                    "level `9` of `digital-skills` is out of range",
                    "e.g. `digital-skills@3`",
                ],
            ),
            ("no-target", "error", 10, &["target", "--target"]),
            ("good-middle", "planned", 11, &[]),
            // A quoted name over two lines (a quote left open, most likely):
            // the next row starts on line 14.
            (
                "bad-multiline",
                "error",
                12,
                &["line break", "spans lines 12 to 13"],
            ),
            ("bad-zero-hours", "error", 14, &["hours_per_week"]),
            ("good-last", "planned", 15, &[]),
        ],
    );
    let plans = plans(&run.stdout);
    // Rows whose id and target could be read keep them in the error plan.
    for (index, id, target) in [
        (2, "bad-skill", "cobot-operator"),
        (3, "bad-target", "cobot-operater"),
        (4, "bad-completed", "cobot-operator"),
        (7, "bad-level", "cobot-operator"),
        (8, "no-target", ""),
    ] {
        assert_eq!(text(&plans[index], "worker"), id);
        assert_eq!(text(&plans[index], "target"), target);
    }
    assert_contains(&run.stderr, "13 rows");
    assert_contains(&run.stderr, "3 planned");
    assert_contains(&run.stderr, "10 error");
}

#[test]
fn the_command_line_target_wins_over_every_rows_own() {
    let run = batch(&[
        "--workers",
        "tests/fixtures/batch/bad_rows.csv",
        "--target",
        "workplace-mentor",
    ])
    .code(4)
    .run();
    let plans = plans(&run.stdout);
    // `no-target` now plans toward --target, and so does every other row:
    // the command line wins over a row's own target.
    assert_eq!(text(&plans[8], "worker"), "no-target");
    assert_eq!(status(&plans[8]), "planned", "{}", plans[8]);
    assert_eq!(text(&plans[8], "target"), "workplace-mentor");
    assert_eq!(text(&plans[0], "worker"), "good-first");
    assert_eq!(text(&plans[0], "target"), "workplace-mentor");
    // Without --target, each row keeps its own.
    let own = batch(&["--workers", "tests/fixtures/batch/bad_rows.csv"]).output();
    let own = self::plans(&own.stdout);
    assert_eq!(text(&own[0], "target"), "cobot-operator");
    // An unknown --target is refused up front.
    batch(&["--workers", EXAMPLE_WORKERS, "--target", "cobot-operater"])
        .code(1)
        .stdout("")
        .stderr_contains("cobot-operator")
        .run();
}

#[test]
fn every_kind_of_bad_jsonl_line_is_reported_with_its_line_while_the_others_plan() {
    let run = batch(&["--workers", "tests/fixtures/batch/bad_rows.jsonl"]).output();
    assert_rows(
        &run,
        &[
            ("good-first", "planned", 1, &[]),
            ("bad-json", "error", 2, &["malformed JSON"]),
            ("bad-key", "error", 3, &["skils"]),
            // Line 4 is blank: skipped, but still counted.
            ("bad-skill", "error", 5, UNKNOWN_SKILL),
            ("bad-number", "error", 6, &["lots"]),
            ("good-last", "planned", 7, &[]),
        ],
    );
}

/// A row whose id can be read but one of whose fields cannot (a bad number,
/// an unknown JSON key) keeps its `worker` id, so scripts can match it.
#[test]
fn error_rows_keep_their_id_when_it_can_be_read() {
    let csv = batch(&["--workers", "tests/fixtures/batch/bad_rows.csv"]).output();
    let csv_plans = plans(&csv.stdout);
    assert_eq!(text(&csv_plans[5], "worker"), "bad-hours");
    assert_eq!(text(&csv_plans[6], "worker"), "bad-budget");
    let jsonl = batch(&["--workers", "tests/fixtures/batch/bad_rows.jsonl"]).output();
    let jsonl_plans = plans(&jsonl.stdout);
    assert_eq!(text(&jsonl_plans[2], "worker"), "bad-key");
    assert_eq!(text(&jsonl_plans[4], "worker"), "bad-number");
}

/// An unknown JSON key gets a did-you-mean, as a CSV header column does.
#[test]
fn unknown_jsonl_key_suggests_the_close_one() {
    let run = batch(&["--workers", "tests/fixtures/batch/bad_rows.jsonl"]).output();
    let plans = plans(&run.stdout);
    let reason = plans[2]["reasons"][0]["message"]
        .as_str()
        .unwrap_or_default();
    assert_contains(reason, "did you mean `skills`?");
}

// ---------------------------------------------------------------- batch = plan

/// A passport TOML for one example row, with the row's values.
fn passport_toml(record: &csv::StringRecord) -> String {
    let list = |text: &str| -> toml::Value {
        toml::Value::Array(
            text.split(';')
                .filter(|s| !s.is_empty())
                .map(|s| toml::Value::String(s.to_string()))
                .collect(),
        )
    };
    let mut worker = toml::Table::new();
    worker.insert("id".into(), record[0].into());
    worker.insert("name".into(), record[1].into());
    worker.insert("skills".into(), list(&record[2]));
    worker.insert("completed".into(), list(&record[3]));
    worker.insert("target".into(), record[4].into());
    for (column, key) in [(5, "hours_per_week"), (6, "budget")] {
        if !record[column].is_empty() {
            let number: f64 = record[column].parse().expect("example numbers parse");
            worker.insert(key.into(), number.into());
        }
    }
    let mut document = toml::Table::new();
    document.insert("worker".into(), worker.into());
    toml::to_string(&document).expect("the passport serialises")
}

#[test]
fn every_example_batch_plan_equals_the_single_plan() {
    let dir = temporary_directory();
    let batch_plans = example_batch();
    for (record, batch_plan) in example_records().iter().zip(&batch_plans) {
        let path = write(
            dir.path(),
            &format!("{}.toml", &record[0]),
            &passport_toml(record),
        );
        let single = Test::new()
            .args(["plan", "--format", "json", "--worker"])
            .arg(&path)
            .run()
            .json();
        assert_eq!(
            *batch_plan, single,
            "batch and plan differ for `{}`",
            &record[0]
        );
    }
}

/// Rows that share a planning task but differ in everything else (id, hours
/// per week, a budget too small to matter or small enough to rule routes
/// out), under batch-wide options: the batch solves each task once and
/// remembers it, and every row must still get exactly its single plan.
#[test]
fn rows_sharing_a_task_get_exactly_their_single_plans() {
    let dir = temporary_directory();
    let options = ["--minimize", "cost", "--exclude", "basis-probleemoplossen"];
    let mut records = Vec::new();
    for record in example_records().into_iter().take(12) {
        for (suffix, hours, budget) in [
            ("a", "", ""),
            ("b", "16", ""),
            ("c", "4", "100000"),
            ("d", "", "500"),
        ] {
            let mut fields: Vec<String> = record.iter().map(str::to_string).collect();
            fields[0] = format!("{}-{suffix}", &record[0]);
            fields[5] = hours.to_string();
            fields[6] = budget.to_string();
            records.push(csv::StringRecord::from(fields));
        }
    }
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(INPUT_HEADER.split(','))
        .expect("the header is written");
    for record in &records {
        writer.write_record(record).expect("a row is written");
    }
    let input = String::from_utf8(writer.into_inner().expect("CSV in memory")).expect("UTF-8");
    let workers = write(dir.path(), "shared.csv", &input);
    let run = batch(&options).arg("--workers").arg(&workers).output();
    let batch_plans = plans(&run.stdout);
    assert_eq!(batch_plans.len(), records.len(), "stderr:\n{}", run.stderr);
    let statuses: Vec<&str> = batch_plans.iter().map(status).collect();
    assert!(statuses.contains(&"over-budget"), "{statuses:?}");
    for (record, batch_plan) in records.iter().zip(&batch_plans) {
        let path = write(
            dir.path(),
            &format!("{}.toml", &record[0]),
            &passport_toml(record),
        );
        let single = Test::new()
            .args(["plan", "--format", "json", "--worker"])
            .arg(&path)
            .args(options)
            .output()
            .json();
        assert_eq!(
            *batch_plan, single,
            "batch and plan differ for `{}`",
            &record[0]
        );
    }
}

/// The file's permission bits.
fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .expect("the file exists")
        .permissions()
        .mode()
        & 0o7777
}

/// This process's umask (which the binary inherits), from /proc.
fn umask() -> u32 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    let line = status
        .lines()
        .find_map(|line| line.strip_prefix("Umask:"))
        .expect("a Umask line");
    u32::from_str_radix(line.trim(), 8).expect("an octal umask")
}

#[test]
fn out_through_a_symlink_replaces_its_target_and_keeps_the_link() {
    let dir = temporary_directory();
    let real = write(dir.path(), "real.jsonl", "previous run\n");
    let link = dir.path().join("link.jsonl");
    std::os::unix::fs::symlink("real.jsonl", &link).expect("a symlink");
    let expected = batch(&["--workers", EXAMPLE_WORKERS]).run().stdout;

    batch_out(EXAMPLE_WORKERS, &link).arg("-q").run();
    assert!(link.symlink_metadata().expect("link").is_symlink());
    assert_eq!(std::fs::read_to_string(&real).expect("real"), expected);

    // A dangling link: its target is created.
    let dangling = dir.path().join("dangling.jsonl");
    std::os::unix::fs::symlink("sub/new.jsonl", &dangling).expect("a symlink");
    std::fs::create_dir(dir.path().join("sub")).expect("sub");
    batch_out(EXAMPLE_WORKERS, &dangling).arg("-q").run();
    assert!(dangling.symlink_metadata().expect("link").is_symlink());
    let created = dir.path().join("sub/new.jsonl");
    assert_eq!(std::fs::read_to_string(created).expect("created"), expected);
    assert!(partial_files(dir.path()).is_empty());
}

#[test]
fn out_keeps_an_existing_files_mode_and_gives_a_new_one_the_umasks() {
    let dir = temporary_directory();
    let existing = write(dir.path(), "shared.jsonl", "previous run\n");
    std::fs::set_permissions(&existing, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    batch_out(EXAMPLE_WORKERS, &existing).arg("-q").run();
    assert_eq!(mode(&existing), 0o640);

    let new = dir.path().join("new.jsonl");
    batch_out(EXAMPLE_WORKERS, &new).arg("-q").run();
    assert_eq!(
        mode(&new),
        0o666 & !umask(),
        "what `>` in a shell would give"
    );
}

#[test]
fn out_to_a_fifo_writes_into_it_and_leaves_it_a_fifo() {
    let dir = temporary_directory();
    let fifo = dir.path().join("plans.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let (sender, read) = std::sync::mpsc::channel();
    {
        let fifo = fifo.clone();
        std::thread::spawn(move || sender.send(std::fs::read_to_string(fifo)));
    }
    batch_out(EXAMPLE_WORKERS, &fifo).arg("-q").run();
    let kind = fifo.symlink_metadata().expect("still there").file_type();
    assert!(kind.is_fifo(), "the FIFO was replaced: {kind:?}");
    // Bounded: a reader left on a replaced FIFO would wait forever.
    let through_the_fifo = read
        .recv_timeout(PATIENCE)
        .expect("the reader got the plans")
        .expect("the FIFO is readable");
    assert_eq!(
        through_the_fifo,
        batch(&["--workers", EXAMPLE_WORKERS]).run().stdout
    );
    assert!(partial_files(dir.path()).is_empty());
}

#[test]
fn out_to_an_open_descriptor_writes_to_it() {
    // `/dev/fd/1` is standard output, as `/dev/stdout` and a shell's `>(…)`
    // (`/dev/fd/63`) are descriptors: written, never replaced.
    let run = batch(&["--workers", EXAMPLE_WORKERS, "-q", "--out", "/dev/fd/1"]).run();
    assert_eq!(
        run.stdout,
        batch(&["--workers", EXAMPLE_WORKERS]).run().stdout
    );
}

/// Runs `script` with sh in `dir`, the binary as `$0`; returns `out.txt`.
fn shell_output(dir: &Path, script: &str) -> String {
    let status = hermetic(std::process::Command::new("sh").args([
        "-c",
        script,
        env!("CARGO_BIN_EXE_leerroute"),
    ]))
    .env("DIR", dir)
    .status()
    .expect("sh runs");
    assert!(status.success(), "{script}: {status}");
    std::fs::read_to_string(dir.join("out.txt")).expect("out.txt")
}

#[test]
fn out_to_a_descriptor_writes_through_it_where_the_redirection_has_got_to() {
    let dir = temporary_directory();
    let plans = quiet_batch(EXAMPLE_WORKERS).run().stdout;
    let expected = format!("HEADER\n{plans}FOOTER\n");
    for (script, out) in [
        (
            r#"{ echo HEADER; "$0" -q batch --workers examples/workers.csv --out /dev/stdout; echo FOOTER; } > "$DIR/out.txt""#,
            "/dev/stdout",
        ),
        (
            r#"{ echo HEADER >&3; "$0" -q batch --workers examples/workers.csv --out /dev/fd/3; echo FOOTER >&3; } 3> "$DIR/out.txt""#,
            "/dev/fd/3",
        ),
    ] {
        assert!(shell_output(dir.path(), script) == expected, "--out {out}");
    }
    batch_out(EXAMPLE_WORKERS, Path::new("/dev/fd/9"))
        .arg("-q")
        .code(1)
        .stderr_contains("`/dev/fd/9`: descriptor 9 is not open")
        .run();
}

#[test]
fn out_errors_name_the_out_path_and_the_real_reason() {
    let dir = temporary_directory();
    let file = write(dir.path(), "real.jsonl", "kept\n");
    let below = file.join("x");
    let run = batch_out(EXAMPLE_WORKERS, &below)
        .arg("-q")
        .code(1)
        .stderr_contains(format!("`{}` is a file, not a directory", file.display()))
        .run();
    assert!(!run.stderr.contains("symbolic link"), "{}", run.stderr);
    // No file can be made in /proc: the error names `--out`, not the
    // temporary file that was tried.
    let run = batch_out(EXAMPLE_WORKERS, Path::new("/proc/plans.jsonl"))
        .arg("-q")
        .code(1)
        .stderr_contains("cannot write to `/proc/plans.jsonl`: ")
        .run();
    assert!(!run.stderr.contains(".partial"), "{}", run.stderr);
}

#[test]
fn out_to_a_device_writes_to_it_and_leaves_the_device() {
    let dir = temporary_directory();
    // A private copy of /dev/full (only root may make one): nothing shared
    // is at stake if the binary misbehaves.
    let full = dir.path().join("full");
    let made = std::process::Command::new("mknod")
        .arg(&full)
        .args(["c", "1", "7"])
        .stderr(Stdio::null())
        .status()
        .expect("mknod runs");
    if !made.success() {
        eprintln!("skipped: making a device node needs root");
        return;
    }
    batch_out(EXAMPLE_WORKERS, &full)
        .arg("-q")
        .code(1)
        .stderr_contains(format!("cannot write to `{}`", full.display()))
        .stderr_contains("No space left on device")
        .run();
    let kind = full.symlink_metadata().expect("still there").file_type();
    assert!(kind.is_char_device(), "the device was replaced: {kind:?}");
    assert!(partial_files(dir.path()).is_empty());
}

#[test]
fn out_naming_a_directory_is_refused_before_any_input_is_read() {
    let dir = temporary_directory();
    // The input never ends: only a refusal up front lets the run finish.
    let mut live =
        Live::start(batch(&["--workers", "-", "--input-format", "csv", "--out"]).arg(dir.path()));
    let status = live.wait().expect("refused without waiting for the input");
    assert_eq!(status.code(), Some(1));
    let run = batch_out(EXAMPLE_WORKERS, dir.path()).output();
    assert_contains(
        &run.stderr,
        &format!("error: `--out {}` is a directory", dir.path().display()),
    );
    assert_contains(&run.stderr, "help: pass `--out` a file, e.g. `--out ");
}

/// Starts a batch to `out` on a standard input that stays open, and gives
/// it one row and time to start writing.
fn interrupted_batch(out: &Path) -> Live {
    let mut live =
        Live::start(batch(&["-q", "--workers", "-", "--input-format", "csv", "--out"]).arg(out));
    live.send(&csv_input(example_lines().into_iter().take(1)));
    std::thread::sleep(Duration::from_millis(500));
    live
}

#[test]
fn sigint_and_sigterm_end_a_batch_without_a_partial_file() {
    for signal in ["INT", "TERM", "KILL"] {
        let dir = temporary_directory();
        let out = dir.path().join("plans.jsonl");
        let mut live = interrupted_batch(&out);
        live.signal(signal);
        let status = live.wait().expect("the batch ends on the signal");
        assert!(
            status.signal().is_some(),
            "SIG{signal}: ended by {status:?}"
        );
        assert_eq!(
            partial_files(dir.path()),
            Vec::<String>::new(),
            "SIG{signal}"
        );
        assert!(!out.exists(), "SIG{signal} left an output file");
    }
}

#[test]
fn a_full_or_closed_stderr_never_panics() {
    let full = || std::fs::File::create("/dev/full").expect("/dev/full");
    let output = batch(&["--workers", EXAMPLE_WORKERS])
        .command()
        .stderr(full())
        .output()
        .expect("leerroute runs");
    assert_eq!(output.status.code(), Some(0), "summary on a full stderr");
    assert_eq!(plans(&String::from_utf8_lossy(&output.stdout)).len(), 56);

    let failing = batch(&["--workers", "missing.csv"])
        .command()
        .stderr(full())
        .output()
        .expect("leerroute runs");
    assert_eq!(failing.status.code(), Some(1), "error on a full stderr");

    // A pipe whose reader has gone.
    let mut child = batch(&["--workers", EXAMPLE_WORKERS])
        .command()
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("leerroute runs");
    drop(child.stderr.take());
    let status = child.wait().expect("leerroute ends");
    assert_eq!(status.code(), Some(0), "summary on a closed stderr");
}

// ---------------------------------------------------------------- streaming

#[test]
fn plans_flow_out_while_a_slow_producer_is_still_writing() {
    let rows = example_lines();
    let mut live = Live::start(batch(&[
        "-q",
        "--workers",
        "-",
        "--input-format",
        "csv",
        "--format",
        "csv",
    ]));
    live.send(&format!("{INPUT_HEADER}\n{}\n", rows[0]));
    assert_eq!(live.next_line().as_deref(), Some(OUTPUT_HEADER));
    let first = live
        .next_line()
        .expect("the first plan before the input ends");
    assert!(first.starts_with("sanne-de-jong,"), "{first}");
    live.send(&format!("{}\n", rows[1]));
    let second = live
        .next_line()
        .expect("the second plan before the input ends");
    assert!(second.starts_with("daan-visser,"), "{second}");
    live.close_input();
    assert_eq!(live.wait().and_then(|s| s.code()), Some(0));
    assert_eq!(live.next_line(), None);
}

// ---------------------------------------------------------------- csv output

#[test]
fn csv_output_has_the_header_and_the_jsonl_routes() {
    let run = batch(&["--workers", EXAMPLE_WORKERS, "--format", "csv"]).run();
    assert_eq!(run.stdout.lines().next(), Some(OUTPUT_HEADER));
    let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
    let records: Vec<csv::StringRecord> = reader
        .records()
        .map(|r| r.expect("the output is valid CSV"))
        .collect();
    let plans = example_batch();
    assert_eq!(records.len(), plans.len());
    for (record, plan) in records.iter().zip(&plans) {
        let modules: Vec<&str> = plan["steps"]
            .as_array()
            .expect("steps")
            .iter()
            .map(|step| text(step, "module"))
            .collect();
        assert_eq!(&record[0], text(plan, "worker"));
        assert_eq!(&record[1], text(plan, "target"));
        assert_eq!(&record[2], status(plan));
        assert_eq!(&record[3], plan["optimal"].to_string());
        let number = |i: usize| record[i].parse::<f64>().expect("a number");
        assert_eq!(Some(number(4)), plan["totals"]["hours"].as_f64());
        assert!((number(5) - plan["totals"]["cost"].as_f64().expect("cost")).abs() < 0.005);
        assert_eq!(Some(number(6)), plan["totals"]["weeks"].as_f64());
        assert_eq!(&record[7], modules.join(";"), "modules of `{}`", &record[0]);
        assert_eq!(&record[8], "");
    }
}

#[test]
fn csv_output_quotes_reasons_of_bad_rows() {
    let run = batch(&[
        "--workers",
        "tests/fixtures/batch/bad_rows.csv",
        "--format",
        "csv",
    ])
    .code(4)
    .run();
    let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
    let records: Vec<csv::StringRecord> = reader
        .records()
        .map(|r| r.expect("the output is valid CSV"))
        .collect();
    assert_eq!(records.len(), 13);
    assert_eq!(&records[2][2], "error");
    assert!(records[2][8].starts_with("line 4: "), "{:?}", records[2]);
    assert_eq!(&records[9][2], "planned");
}

#[test]
fn csv_output_leaves_the_totals_of_rows_without_a_route_empty() {
    let run = batch(&[
        "--workers",
        "tests/fixtures/batch/bad_rows.csv",
        "--format",
        "csv",
    ])
    .output();
    let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
    for record in reader.records() {
        let record = record.expect("the output is valid CSV");
        let totals = [&record[4], &record[5], &record[6]];
        match &record[2] {
            "planned" | "qualified" => assert!(totals.iter().all(|t| !t.is_empty())),
            _ => assert_eq!(totals, ["", "", ""], "{record:?}"),
        }
    }
    let capped = batch(&[
        "--workers",
        EXAMPLE_WORKERS,
        "--format",
        "csv",
        "--budget",
        "1",
    ])
    .output();
    let over_budget = capped
        .stdout
        .lines()
        .find(|line| line.contains(",over-budget,"))
        .expect("an over-budget row");
    assert!(
        over_budget.contains(",over-budget,false,,,,,"),
        "{over_budget}"
    );
}

#[test]
fn csv_output_turns_would_be_formulas_into_text() {
    let input = csv_input([
        "=HYPERLINK(\"http://x\"),a,,,cobot-operator,,".to_string(),
        "+31612345678,b,,,@SUM(A1),,".to_string(),
        "-1,c,,,cobot-operator,,".to_string(),
    ]);
    let run = batch_stdin(&input, &["--input-format", "csv", "--format", "csv", "-q"]).output();
    let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
    let cells: Vec<(String, String)> = reader
        .records()
        .map(|r| r.expect("the output is valid CSV"))
        .map(|r| (r[0].to_string(), r[1].to_string()))
        .collect();
    assert_eq!(
        cells,
        [
            (
                "'=HYPERLINK(\"http://x\")".to_string(),
                "cobot-operator".to_string()
            ),
            ("'+31612345678".to_string(), "'@SUM(A1)".to_string()),
            ("'-1".to_string(), "cobot-operator".to_string()),
        ]
    );
}

// ---------------------------------------------------------------- scaling out

/// The README's recipes ('Scaling out'), with blocks of 10 rows instead of
/// 10,000 and no other hosts (`-S`). Keep them in step with the README.
const JSONL_RECIPE: &str = r#"
sed 's/^$/ /' workforce.jsonl |
parallel --pipe --keep-order -N 10 --block 64M --joblog blocks.log \
  'leerroute batch --workers - --input-format jsonl --target cobot-operator -q --first-line {= $_ = ($job->seq() - 1) * 10 + 1 =}' \
  > plans.jsonl
awk 'NR > 1 && $7 > code { code = $7 } END { exit code }' blocks.log
"#;

const CSV_RECIPE: &str = r#"
parallel --pipe --csv --header 1 --keep-order -N 10 --block 64M --joblog blocks.log \
  'leerroute batch --workers - --input-format csv --target cobot-operator -q --first-line {= $_ = ($job->seq() - 1) * 10 + 1 =}' \
  < workforce.csv > plans.jsonl
awk 'NR > 1 && $7 > code { code = $7 } END { exit code }' blocks.log
"#;

/// Whether `script` succeeds under sh (a tool is there).
fn available(script: &str) -> bool {
    std::process::Command::new("sh")
        .args(["-c", script])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// Runs `recipe` with bash in `dir`, where `input_name` holds `input`, with
/// the binary on the PATH; returns its exit code and `plans.jsonl`. Then
/// checks both against one `leerroute batch` over the whole input.
#[track_caller]
fn assert_recipe_is_one_process(recipe: &str, input_name: &str, input: &str) {
    let dir = temporary_directory();
    let workers = write(dir.path(), input_name, input);
    let binary_dir = Path::new(env!("CARGO_BIN_EXE_leerroute"))
        .parent()
        .expect("the binary's directory");
    let path = format!(
        "{}:{}",
        binary_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let blocks = hermetic(std::process::Command::new("bash").args(["-c", recipe]))
        .current_dir(dir.path())
        .env("PATH", path)
        .output()
        .expect("bash runs");
    let plans = std::fs::read_to_string(dir.path().join("plans.jsonl")).expect("plans.jsonl");
    let one = quiet_batch(&workers)
        .args(["--target", "cobot-operator"])
        .output();
    assert!(
        plans == one.stdout,
        "the blocks' plans differ from one run's"
    );
    assert_eq!(
        blocks.status.code(),
        Some(one.code),
        "stderr:\n{}",
        String::from_utf8_lossy(&blocks.stderr)
    );
}

#[test]
fn parallel_jsonl_recipe_gives_the_plans_and_exit_code_of_one_process() {
    if !available("parallel --version") {
        eprintln!("skipped: GNU parallel is not installed (`apt-get install parallel`)");
        return;
    }
    // Bad rows in several blocks: their reasons name lines of the whole input.
    let good = std::fs::read_to_string(fixture("first_workers.jsonl")).expect("fixture");
    let bad = std::fs::read_to_string(fixture("bad_rows.jsonl")).expect("fixture");
    let input = [good.as_str(), bad.as_str()].concat().repeat(3) + &good;
    // Blank lines where blocks start: parallel gives such a block one line
    // more than -N, unless the recipe's `sed` makes them lines of a space.
    let mut lines: Vec<&str> = input.lines().collect();
    for at in [10, 20, 21] {
        lines.insert(at, "");
    }
    let input = lines.join("\n") + "\n";
    assert!(input.lines().count() > 30);
    assert_recipe_is_one_process(JSONL_RECIPE, "workforce.jsonl", &input);
}

#[test]
fn parallel_csv_recipe_keeps_multi_line_names_whole() {
    if !available("parallel --version && perl -MText::CSV -e 1") {
        eprintln!(
            "skipped: GNU parallel with Text::CSV is not installed \
             (`apt-get install parallel libtext-csv-perl`)"
        );
        return;
    }
    let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
    writer
        .write_record(INPUT_HEADER.split(','))
        .expect("header");
    for (index, record) in example_records().iter().enumerate() {
        let mut fields: Vec<String> = record.iter().map(str::to_string).collect();
        if index % 3 == 0 {
            fields[1].push_str("\nsecond line, with a comma");
        }
        writer.write_record(&fields).expect("row");
    }
    let input = String::from_utf8(writer.into_inner().expect("CSV")).expect("UTF-8");
    assert_recipe_is_one_process(CSV_RECIPE, "workforce.csv", &input);
}

// ---------------------------------------------------------------- exit codes

#[test]
fn a_command_line_budget_applies_to_every_row_as_a_what_if() {
    let normal = example_batch();
    let run = batch(&["--workers", EXAMPLE_WORKERS, "--budget", "1"])
        .code(3)
        .run();
    let capped = plans(&run.stdout);
    assert_eq!(ids(&capped), ids(&normal), "every row is still written");
    let records = example_records();
    let mut over = 0;
    for ((record, capped), normal) in records.iter().zip(&capped).zip(&normal) {
        // --budget 1 wins over every row's own budget: only rows that need
        // no paid module still plan, exactly as without it.
        if status(capped) == "over-budget" {
            assert_eq!(capped["reasons"][0]["budget"], 1.0, "{capped}");
            over += 1;
        } else {
            assert_eq!(capped, normal, "row `{}`", &record[0]);
        }
    }
    assert!(over > 0);
    assert!(
        records
            .iter()
            .zip(&capped)
            .any(|(record, plan)| !record[6].is_empty() && status(plan) == "over-budget"),
        "a row with its own budget is capped by --budget too"
    );
    assert_contains(&run.stderr, &format!("{over} over-budget"));
}

#[test]
fn row_with_a_tiny_budget_exits_3_and_the_rest_plan() {
    let dir = temporary_directory();
    let lines = example_lines();
    let rows = vec![
        lines[1].clone(),
        with_id(&lines[0], "tiny").replace(",8,3250", ",8,1"),
        lines[2].clone(),
    ];
    let input = write(dir.path(), "tiny.csv", &csv_input(rows));
    let run = quiet_batch(&input).code(3).run();
    let plans = plans(&run.stdout);
    let statuses: Vec<&str> = plans.iter().map(status).collect();
    assert_eq!(statuses, ["planned", "over-budget", "planned"]);
    assert_eq!(text(&plans[1], "worker"), "tiny");
}

#[test]
fn unreadable_input_exits_1_with_nothing_on_stdout() {
    batch(&["--workers", "tests/fixtures/batch/no-such-file.csv"])
        .code(1)
        .stdout("")
        .stderr_contains("no-such-file.csv")
        .stderr_contains("help:")
        .run();
    batch(&["--workers", "tests/fixtures/batch/unknown_column.csv"])
        .code(1)
        .stdout("")
        .stderr_contains("unknown column in the CSV header: `skils`")
        .stderr_contains("did you mean `skills`?")
        .run();
    // An empty input has no header at all.
    batch_stdin("", &["--input-format", "csv"])
        .code(1)
        .stdout("")
        .run();
}

#[test]
fn a_first_line_past_2_pow_53_is_a_usage_error_and_the_bound_itself_counts_on() {
    let run = batch(&[
        "--workers",
        EXAMPLE_WORKERS,
        "--first-line",
        "18446744073709551615",
    ])
    .code(2)
    .run();
    assert_contains(&run.stderr, "9007199254740992");
    assert!(run.stdout.is_empty());
    let input = csv_input(["w1,,nope@1,,cobot-operator,,".to_string()]);
    let run = batch_stdin(
        &input,
        &[
            "--input-format",
            "csv",
            "-q",
            "--first-line",
            "9007199254740992",
        ],
    )
    .code(4)
    .run();
    assert_contains(&run.stdout, "line 9007199254740993: ");
}

#[test]
fn zero_jobs_is_a_usage_error() {
    batch(&["--workers", EXAMPLE_WORKERS, "--jobs", "0"])
        .code(2)
        .stdout("")
        .run();
}

// ---------------------------------------------------------------- stdout/stderr

#[test]
fn only_plans_on_stdout_and_the_summary_on_stderr() {
    let run = batch(&["--workers", EXAMPLE_WORKERS]).run();
    assert_eq!(plans(&run.stdout).len(), 56);
    assert!(!run.stdout.contains("plans/s"));
    assert_contains(&run.stderr, "plans/s");
    assert_contains(&run.stderr, "56 rows");
    assert_contains(&run.stderr, "56 planned");
    assert_contains(&run.stderr, "0 error");
    assert_contains(&run.stderr, "56 of 56 routes proven optimal");

    // Nothing on stderr with -q.
    quiet_batch(EXAMPLE_WORKERS)
        .stdout(run.stdout)
        .stderr("")
        .run();
    // -q is global: also accepted after the subcommand.
    batch(&["--workers", EXAMPLE_WORKERS, "-q"])
        .stderr("")
        .run();
}

// ---------------------------------------------------------------- atomic --out

#[test]
fn out_in_a_missing_directory_exits_1_and_creates_nothing() {
    let dir = temporary_directory();
    let missing = dir.path().join("missing");
    let out = missing.join("plans.jsonl");
    batch_out(EXAMPLE_WORKERS, &out).code(1).stdout("").run();
    assert!(!missing.exists(), "the missing directory was created");
    assert!(partial_files(dir.path()).is_empty());
}

#[test]
fn failing_final_rename_leaves_no_partial_file_and_the_target_unchanged() {
    let dir = temporary_directory();
    let target = dir.path().join("plans.jsonl");
    std::fs::create_dir(&target).expect("a directory where the output should go");
    write(&target, "keep.txt", "untouched");
    batch_out(EXAMPLE_WORKERS, &target)
        .code(1)
        .stdout("")
        .stderr_contains("plans.jsonl")
        .run();
    assert!(target.is_dir());
    assert_eq!(
        std::fs::read_to_string(target.join("keep.txt")).expect("kept"),
        "untouched"
    );
    assert_eq!(std::fs::read_dir(&target).expect("dir").count(), 1);
    assert_eq!(partial_files(dir.path()), Vec::<String>::new());
}

#[test]
fn unreadable_input_leaves_an_existing_out_file_alone() {
    let dir = temporary_directory();
    let out = write(dir.path(), "plans.jsonl", "previous run\n");
    batch_out("tests/fixtures/batch/unknown_column.csv", &out)
        .code(1)
        .run();
    assert_eq!(
        std::fs::read_to_string(&out).expect("still there"),
        "previous run\n"
    );
    assert!(partial_files(dir.path()).is_empty());
}

#[test]
fn successful_out_replaces_an_existing_file_completely() {
    let dir = temporary_directory();
    // Longer than the new output, so an in-place overwrite would leave a tail.
    let out = write(dir.path(), "plans.jsonl", &"x".repeat(4 << 20));
    let expected = batch(&["--workers", EXAMPLE_WORKERS]).run().stdout;
    batch_out(EXAMPLE_WORKERS, &out).run();
    assert_eq!(std::fs::read_to_string(&out).expect("written"), expected);
    assert_eq!(partial_files(dir.path()), Vec::<String>::new());
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, ["plans.jsonl"]);

    // Exit 3 still writes the file: every row is written.
    batch_out(EXAMPLE_WORKERS, &out)
        .args(["--budget", "1"])
        .code(3)
        .run();
    let written = std::fs::read_to_string(&out).expect("written");
    assert_eq!(plans(&written).len(), 56);
    assert!(partial_files(dir.path()).is_empty());
}

// ---------------------------------------------------------------- hostile input

/// `leerroute -q batch --workers - --input-format <format> <args…>` on `input`.
fn batch_bytes(input: impl AsRef<[u8]>, format: &str, args: &[&str]) -> Test {
    batch_stdin(input, &["-q", "--input-format", format]).args(args)
}

/// The reason of each plan, as `(worker, status, reason)`.
fn outcomes(run: &Run) -> Vec<(String, String, String)> {
    plans(&run.stdout)
        .iter()
        .map(|plan| {
            let reason = plan["reasons"][0]["message"].as_str().unwrap_or_default();
            (
                text(plan, "worker").to_string(),
                status(plan).to_string(),
                reason.to_string(),
            )
        })
        .collect()
}

/// Checks that a refused input exits 1 with nothing on stdout and every
/// needle in the error, which has a `help:` line.
#[track_caller]
fn assert_refused(test: Test, needles: &[&str]) {
    test.code(1)
        .stdout("")
        .stderr_contains("error: ")
        .stderr_contains("help: ")
        .stderr_contains_all(needles)
        .run();
}

const STRAY_QUOTE: &str = "id,name,skills,target\n\
    q1,\"Unterminated,teamwork@2,cobot-operator\n\
    g2,B,robotics@1,cobot-operator\n";

#[test]
fn a_quote_never_closed_fails_the_whole_input_where_it_opened_and_ended() {
    assert_refused(
        batch_bytes(STRAY_QUOTE.as_bytes(), "csv", &["--format", "csv"]),
        &["opened on line 2", "ends inside it at line 3"],
    );
    // The quote may open on a later line of its row, after a quoted line break.
    let later = "id,name,skills,target\n\
                 a,\"Two\nLines\",robotics@1,\"cobot-operator\n\
                 b,B,robotics@1,cobot-operator\n\n";
    assert_refused(
        batch_bytes(later.as_bytes(), "csv", &[]),
        &["opened on line 3", "at line 5", "no row from line 2 on"],
    );
    // With --out nothing is written, however many rows came before.
    let dir = temporary_directory();
    let lines = example_lines();
    let rows = (0..2100).map(|k| with_id(&lines[k % lines.len()], &format!("w{k}")));
    let mut input = csv_input(rows);
    input.push_str(
        "late,\"Stray,robotics@1,,cobot-operator,,\nafter,A,robotics@1,,cobot-operator,,\n",
    );
    let path = write(dir.path(), "stray.csv", &input);
    let out = dir.path().join("plans.jsonl");
    let run = batch_out(&path, &out).arg("-q").code(1).run();
    assert_contains(&run.stderr, "opened on line 2102");
    assert!(!out.exists(), "a fraction of the batch was written");
    assert!(partial_files(dir.path()).is_empty());
}

/// Rows of the example workers, renumbered, then a stray quote on line
/// `quote_line` and more rows after it; and the input before that line.
fn stray_quote_after(quote_line: usize) -> (String, String) {
    let lines = example_lines();
    let rows = (0..quote_line - 2).map(|k| with_id(&lines[k % lines.len()], &format!("w{k}")));
    let before = csv_input(rows);
    let after: String = (0..50)
        .map(|k| format!("after{k},A,robotics@1,,cobot-operator,,\n"))
        .collect();
    let input = format!("{before}late,\"Stray,robotics@1,,cobot-operator,,\n{after}");
    (input, before)
}

#[test]
fn a_regular_file_with_a_stray_quote_far_down_writes_nothing() {
    // Far past the first chunks, which are planned while the rest is read.
    let (input, _) = stray_quote_after(5000);
    let dir = temporary_directory();
    let path = write(dir.path(), "stray.csv", &input);
    let run = batch(&["--format", "csv", "--workers"])
        .arg(&path)
        .code(1)
        .run();
    assert_eq!(run.stdout, "", "a fraction of the batch was written");
    assert_contains(
        &run.stderr,
        "a quoted field opened on line 5000 is never closed",
    );
}

#[test]
fn a_stream_with_a_stray_quote_plans_every_row_before_it_and_says_how_far() {
    let (input, before) = stray_quote_after(2500);
    let args = ["--input-format", "csv", "--format", "csv"];
    let run = batch_stdin(&input, &args).code(1).run();
    let expected = batch_stdin(&before, &args).code(0).run();
    assert_eq!(
        run.stdout.lines().count(),
        2499,
        "the header and lines 2 to 2499"
    );
    assert!(
        run.stdout == expected.stdout,
        "not the plans of the rows before line 2500"
    );
    assert_contains(
        &run.stderr,
        "a quoted field opened on line 2500 is never closed",
    );
    assert_contains(
        &run.stderr,
        "note: the rows before line 2500 were planned and their plans written; no row from line 2500 on was planned",
    );
}

#[test]
fn rows_swallowed_by_a_stray_quote_are_named_in_the_error() {
    // Two stray quotes pair up: the lines between them are one row.
    let input = "id,name,skills,target\n\
                 q1,\"Stray,teamwork@2,cobot-operator\n\
                 g2,B,robotics@1,cobot-operator\n\
                 g3,C\",robotics@1,cobot-operator\n\
                 g4,D,robotics@1,cobot-operator\n";
    let run = batch_bytes(input.as_bytes(), "csv", &[]).code(4).run();
    let outcomes = outcomes(&run);
    assert_eq!(outcomes.len(), 2, "{outcomes:?}");
    assert_eq!(outcomes[0].1, "error");
    assert_contains(&outcomes[0].2, "line 2: the `name` cell holds a line break");
    assert_contains(&outcomes[0].2, "the row spans lines 2 to 4");
    assert_eq!(
        (outcomes[1].0.as_str(), outcomes[1].1.as_str()),
        ("g4", "planned")
    );
}

#[test]
fn csv_line_numbers_are_exact_with_crlf_blank_lines_and_quoted_line_breaks() {
    let lf = "id,name,skills,target\n\
              \n\
              a,A,robotix@1,cobot-operator\n\
              b,\"Two\nLines\",robotix@1,cobot-operator\n\
              ,,,\n\
              \n\
              \n\
              c,C,robotix@1,cobot-operator\n\
              d,D,robotix@1,cobot-operator";
    let crlf = lf.replace('\n', "\r\n");
    for (name, input) in [("LF", lf.to_string()), ("CRLF", crlf)] {
        let run = batch_bytes(input.as_bytes(), "csv", &[]).code(4).run();
        let reasons: Vec<String> = outcomes(&run).into_iter().map(|o| o.2).collect();
        // The row of commas only is an empty spreadsheet row: skipped.
        let lines: Vec<&str> = reasons
            .iter()
            .map(|r| r.split(':').next().unwrap())
            .collect();
        assert_eq!(
            lines,
            ["line 3", "line 4", "line 9", "line 10"],
            "{name}: {reasons:?}"
        );
    }
}

#[test]
fn jsonl_reads_a_bom_null_lists_an_empty_target_and_names_wrong_types() {
    let input = "\u{feff}{\"id\":\"bom\",\"skills\":[\"robotics@1\"],\"target\":\"cobot-operator\"}\r\n\
                 {\"id\":\"nulls\",\"skills\":null,\"completed\":null,\"target\":\"\",\"budget\":null}\n\
                 {\"id\":\"typed\",\"skills\":[\"robotics@1\"],\"hours_per_week\":\"8\"}\n\
                 {\"id\":\"list\",\"skills\":\"robotics@1\"}\n\
                 {\"id\":12345,\"skills\":[\"robotics@1\"]}\n\
                 [1, 2]\n";
    let run = batch_bytes(input.as_bytes(), "jsonl", &["--target", "cobot-operator"])
        .code(4)
        .run();
    let outcomes = outcomes(&run);
    let statuses: Vec<(&str, &str)> = outcomes
        .iter()
        .map(|(worker, status, _)| (worker.as_str(), status.as_str()))
        .collect();
    assert_eq!(
        statuses,
        [
            ("bom", "planned"),
            ("nulls", "planned"),
            ("typed", "error"),
            ("list", "error"),
            ("12345", "planned"),
            ("", "error"),
        ]
    );
    let plans = plans(&run.stdout);
    assert_eq!(
        text(&plans[1], "target"),
        "cobot-operator",
        "an empty target falls back"
    );
    assert_eq!(
        outcomes[2].2,
        "line 3: `hours_per_week`: expected a number, found the string \"8\""
    );
    assert_contains(&outcomes[3].2, "`skills`: expected a list of strings");
    assert_contains(&outcomes[3].2, "found the string \"robotics@1\"");
    assert_contains(&outcomes[5].2, "line 6: a JSON Lines row must be an object");
}

#[test]
fn an_empty_jsonl_input_is_refused_like_an_empty_csv() {
    for input in ["", "\n  \n\r\n"] {
        for format in ["csv", "jsonl"] {
            assert_refused(
                batch_bytes(input.as_bytes(), format, &[]),
                &["the input is empty"],
            );
        }
    }
}

#[test]
fn compressed_or_binary_input_is_refused_in_either_format() {
    let cases: [(&[u8], &str); 5] = [
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip-compressed"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (b"\xff\xfei\x00d\x00\n\x00", "UTF-16"),
        (b"id,name\x00\x01\x02\n", "binary data"),
        (b"id,na\xe9me\n", "line 1 is not valid UTF-8"),
    ];
    for (input, needle) in cases {
        for format in ["csv", "jsonl"] {
            assert_refused(batch_bytes(input, format, &[]), &[needle]);
        }
    }
    let gzip = batch_bytes(cases[0].0, "jsonl", &[]).output();
    assert_contains(
        &gzip.stderr,
        "gunzip -c FILE | leerroute batch --workers - --input-format jsonl",
    );
}

#[test]
fn a_row_that_is_not_utf8_or_too_long_is_an_error_row_and_the_rest_plan() {
    let long_name = "x".repeat(1_100_000);
    let csv = format!(
        "id,name,skills,target\n\
         a,A,robotics@1,cobot-operator\n\
         latin,J\u{f6}ran,robotics@1,cobot-operator\n\
         long,{long_name},robotics@1,cobot-operator\n\
         b,B,robotics@1,cobot-operator\n"
    )
    .replace('\u{f6}', "\u{1}")
    .into_bytes()
    .into_iter()
    .map(|byte| if byte == 1 { 0xf6 } else { byte })
    .collect::<Vec<u8>>();
    let run = batch_bytes(&csv, "csv", &[]).code(4).run();
    let rows = outcomes(&run);
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[1].1, "error");
    assert_eq!(rows[1].0, "latin", "the id is still read");
    assert_contains(
        &rows[1].2,
        "line 3: the `name` cell is not valid UTF-8 (byte 0xF6 at column 2)",
    );
    assert_contains(&rows[2].2, "line 4: the row is longer than 1 MiB");
    assert_eq!((rows[3].0.as_str(), rows[3].1.as_str()), ("b", "planned"));

    let jsonl = format!(
        "{{\"id\":\"long\",\"name\":\"{long_name}\"}}\n{{\"id\":\"b\",\"skills\":[\"robotics@1\"],\"target\":\"cobot-operator\"}}\n"
    );
    let run = batch_bytes(jsonl.as_bytes(), "jsonl", &[]).code(4).run();
    let long_line = outcomes(&run);
    assert_contains(&long_line[0].2, "line 1: the line is longer than 1 MiB");
    assert_eq!(long_line[1].1, "planned");
}

#[test]
fn a_csv_header_that_repeats_a_column_is_refused() {
    let input = "id,skills,id,target\na,robotics@1,b,cobot-operator\n";
    assert_refused(
        batch_bytes(input.as_bytes(), "csv", &[]),
        &["the column `id` appears twice", "columns 1 and 3"],
    );
}

/// `batch --extra-columns ignore` on `input`, which must plan every row.
#[track_caller]
fn batch_ignoring_extras(input: &str, format: &str) -> Run {
    batch_stdin(
        input,
        &["--input-format", format, "--extra-columns", "ignore"],
    )
    .run()
}

#[test]
fn extra_columns_of_an_hr_export_are_refused_unless_ignored() {
    let export = "id,department,name,skills,manager,target\n\
                  a,Assembly,A,robotics@1,\"Jansen, P.\",cobot-operator\n";
    let plain = "id,name,skills,target\na,A,robotics@1,cobot-operator\n";
    assert_refused(
        batch_bytes(export.as_bytes(), "csv", &[]),
        &[
            "unknown columns in the CSV header: `department`, `manager`",
            "--extra-columns ignore",
        ],
    );
    let ignored = batch_ignoring_extras(export, "csv");
    assert_contains(
        &ignored.stderr,
        "skipping the columns `department`, `manager`",
    );
    assert_eq!(
        ignored.stdout,
        batch_bytes(plain.as_bytes(), "csv", &[]).run().stdout
    );
    // The same for JSON Lines keys.
    let row = "{\"id\":\"a\",\"department\":\"Assembly\",\"skills\":[\"robotics@1\"],\"target\":\"cobot-operator\"}\n";
    let run = batch_bytes(row.as_bytes(), "jsonl", &[]).code(4).run();
    assert_contains(
        &plans(&run.stdout)[0]["reasons"][0].to_string(),
        "--extra-columns ignore",
    );
    batch_bytes(row.as_bytes(), "jsonl", &["--extra-columns", "ignore"]).run();
}

#[test]
fn keys_skipped_in_json_lines_are_named_on_stderr() {
    let rows = "{\"id\":\"a\",\"department\":\"X\",\"target\":\"cobot-operator\"}\n\
                {\"id\":\"b\",\"manager\":\"Y\",\"department\":\"Z\",\"target\":\"cobot-operator\"}\n";
    let run = batch_ignoring_extras(rows, "jsonl");
    assert_contains(
        &run.stderr,
        "note: skipped the JSON keys `department`, `manager` (--extra-columns ignore)",
    );
}

#[test]
fn a_csv_header_with_several_unknown_columns_names_them_all() {
    let input = "id,department,skils,manager,target\na,X,robotics@1,Y,cobot-operator\n";
    assert_refused(
        batch_bytes(input.as_bytes(), "csv", &[]),
        &[
            "unknown columns in the CSV header: `department`, `skils` (did you mean `skills`?), `manager`",
        ],
    );
}

#[test]
fn json_lines_name_a_repeated_key_the_column_of_bad_json_and_a_module_example() {
    let rows = "{\"id\":\"n\",\"id\":\"n2\",\"target\":\"cobot-operator\"}\n\
                {\"id\":\"c\",\"completed\":[null],\"target\":\"cobot-operator\"}\n\
                {\"id\":\"d\", \"skills\": [\"x\"] \"target\": 1}\n";
    let run = batch_bytes(rows.as_bytes(), "jsonl", &[]).code(4).run();
    let outcomes = outcomes(&run);
    assert_eq!(outcomes[0].0, "n");
    assert_contains(&outcomes[0].2, "line 1: the key `id` is given twice");
    assert_contains(
        &outcomes[1].2,
        "line 2: `completed`: expected a list of strings such as [\"basis-vca\"], found null in it",
    );
    assert_eq!(
        outcomes[2].2,
        "line 3: malformed JSON at column 28: expected `,` or `}`"
    );
}

#[test]
fn invalid_rows_exit_4_even_when_other_rows_have_no_route() {
    let lines = example_lines();
    let rows = vec![
        with_id(&lines[0], "tiny").replace(",8,3250", ",8,1"),
        "typo,,robotix@1,,cobot-operator,,".to_string(),
    ];
    let run = batch_stdin(csv_input(rows), &["--input-format", "csv"])
        .code(4)
        .run();
    let statuses: Vec<String> = outcomes(&run).into_iter().map(|o| o.1).collect();
    assert_eq!(statuses, ["over-budget", "error"]);
}

#[test]
fn a_time_limit_that_ends_before_any_route_is_a_timeout_row() {
    let input = "id,skills,target,budget\n\
                 slow,digital-skills@1,mechatronics-technician,3000\n";
    let run = batch_stdin(input, &["--input-format", "csv", "--time-limit", "0"])
        .code(3)
        .run();
    assert_eq!(status(&plans(&run.stdout)[0]), "timeout");
    assert_contains(&run.stderr, "1 timeout, 0 error");
}

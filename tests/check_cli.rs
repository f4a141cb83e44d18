//! `leerroute check` end to end: the real binary on the fixtures under
//! `tests/fixtures/`, with the text report pinned as insta snapshots and the
//! behaviour (exit codes, codes, positions, help, JSON schema) asserted
//! explicitly so that a failure says what broke.
//!
//! Every run uses the repository root as current directory and a relative
//! fixture path, so the file names in the snapshots are stable.

#[path = "support/cli.rs"]
mod cli;
#[path = "support/generator.rs"]
mod generator;

use std::collections::BTreeSet;
use std::path::Path;

use cli::{Run, assert_contains, leerroute};
use leerroute::diagnostic::Code;
use leerroute::load::{Origin, load_curriculum, load_passport};
use serde_json::Value;

/// The relative path of a fixture: `lints/bad-hours` → `tests/fixtures/lints/bad-hours`.
fn fixture(name: &str) -> String {
    format!("tests/fixtures/{name}")
}

/// `leerroute check tests/fixtures/<name> <extra…>`.
fn check(name: &str, extra: &[&str]) -> Run {
    let path = fixture(name);
    let mut args = vec!["check", path.as_str()];
    args.extend_from_slice(extra);
    leerroute(&args)
}

/// `check --format json`, parsed, with its exit code.
fn check_json(name: &str, extra: &[&str]) -> (i32, Value) {
    let mut args = vec!["--format", "json"];
    args.extend_from_slice(extra);
    let run = check(name, &args);
    let json = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|error| panic!("{name}: invalid JSON ({error}):\n{}", run.stdout));
    (run.code, json)
}

fn diagnostics(json: &Value) -> &Vec<Value> {
    json["diagnostics"]
        .as_array()
        .expect("`diagnostics` is an array")
}

/// The codes a JSON report holds.
fn codes(json: &Value) -> BTreeSet<String> {
    diagnostics(json)
        .iter()
        .map(|d| d["code"].as_str().expect("`code` is a string").to_string())
        .collect()
}

/// The first diagnostic with `code`; fails the test when there is none.
fn first_with<'a>(json: &'a Value, code: &str) -> &'a Value {
    diagnostics(json)
        .iter()
        .find(|d| d["code"] == code)
        .unwrap_or_else(|| panic!("no `{code}` diagnostic in {json:#}"))
}

/// Pins the text report of `check <fixture>` as a snapshot named after the fixture.
fn snapshot(name: &str, run: &Run) {
    let snapshot_name = name.replace('/', "__");
    insta::with_settings!({
        description => format!("leerroute --color never check {}", fixture(name)),
        omit_expression => true,
    }, {
        insta::assert_snapshot!(snapshot_name, run.stdout);
    });
}

// ---------------------------------------------------------------------------
// One fixture per code: each triggers its code, with a known exit code and a
// pinned text report.

/// Codes a fixture may report besides its own. Keep this short: a fixture
/// should trigger its code alone. The `curriculum-table` and `toml-syntax`
/// entries are follow-up errors of a file that could not be read (see the
/// tests report); they may disappear when the loader stops reporting them.
fn tolerated_extras(code: &str) -> &'static [&'static str] {
    match code {
        "io" | "toml-syntax" => &["curriculum-table"],
        "not-utf8" => &["curriculum-table", "toml-syntax"],
        // An unreachable profile always has a root cause: here a never-granted
        // level that makes the only grantor untakeable.
        "unreachable-profile" => &["never-granted", "untakeable-module"],
        _ => &[],
    }
}

#[test]
fn every_code_has_a_fixture_that_triggers_it() {
    for code in Code::ALL {
        let name = format!("lints/{code}");
        assert!(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(fixture(&name))
                .is_dir(),
            "missing fixture directory tests/fixtures/{name}"
        );
        let (exit, json) = check_json(&name, &[]);
        let found = codes(&json);
        assert!(found.contains(code.as_str()), "{name} reports {found:?}");
        let extras: Vec<&String> = found
            .iter()
            .filter(|c| {
                *c != code.as_str() && !tolerated_extras(code.as_str()).contains(&c.as_str())
            })
            .collect();
        assert!(extras.is_empty(), "{name} also reports {extras:?}");
        let expected_exit = match code.severity() {
            leerroute::diagnostic::Severity::Error => 1,
            leerroute::diagnostic::Severity::Warning => 0,
        };
        assert_eq!(exit, expected_exit, "exit code of check {name}");
    }
}

/// Snapshot tests, one per fixture, with the exit code each must give.
macro_rules! snapshot_tests {
    ($($test:ident: $name:literal => $exit:literal,)*) => {
        $(
            #[test]
            fn $test() {
                let run = check($name, &[]);
                assert_eq!(run.code, $exit, "exit code of check {}\n{}", $name, run.stdout);
                assert_eq!(run.stderr, "", "check {} writes nothing to stderr", $name);
                snapshot($name, &run);
            }
        )*
    };
}

snapshot_tests! {
    snapshot_io: "lints/io" => 1,
    snapshot_not_utf8: "lints/not-utf8" => 1,
    snapshot_toml_syntax: "lints/toml-syntax" => 1,
    snapshot_curriculum_table: "lints/curriculum-table" => 1,
    snapshot_missing_field: "lints/missing-field" => 1,
    snapshot_unknown_field: "lints/unknown-field" => 1,
    snapshot_wrong_type: "lints/wrong-type" => 1,
    snapshot_bad_id: "lints/bad-id" => 1,
    snapshot_duplicate_id: "lints/duplicate-id" => 1,
    snapshot_unknown_reference: "lints/unknown-reference" => 1,
    snapshot_bad_level: "lints/bad-level" => 1,
    snapshot_bad_value: "lints/bad-value" => 1,
    snapshot_bad_hours: "lints/bad-hours" => 1,
    snapshot_negative_cost: "lints/negative-cost" => 1,
    snapshot_fieldlab_mismatch: "lints/fieldlab-mismatch" => 1,
    snapshot_no_grants: "lints/no-grants" => 1,
    snapshot_hard_cycle: "lints/hard-cycle" => 1,
    snapshot_unreachable_profile: "lints/unreachable-profile" => 1,
    snapshot_never_granted: "lints/never-granted" => 0,
    snapshot_untakeable_module: "lints/untakeable-module" => 0,
    snapshot_line_coherence: "lints/line-coherence" => 0,
    snapshot_stage_inversion: "lints/stage-inversion" => 0,
    snapshot_grants_nothing_new: "lints/grants-nothing-new" => 0,
    snapshot_implied_requirement: "lints/implied-requirement" => 0,
    snapshot_dominated_module: "lints/dominated-module" => 0,
    snapshot_long_nanomodule: "lints/long-nanomodule" => 0,
    snapshot_unused_skill: "lints/unused-skill" => 0,
    snapshot_unknown_field_hour: "bad/unknown-field-hour" => 1,
    snapshot_wrong_type_list: "bad/wrong-type-list" => 1,
    snapshot_bad_id_skill: "bad/bad-id-skill" => 1,
    snapshot_duplicate_module: "bad/duplicate-module" => 1,
    snapshot_duplicate_line: "bad/duplicate-line" => 1,
    snapshot_duplicate_fieldlab: "bad/duplicate-fieldlab" => 1,
    snapshot_duplicate_profile: "bad/duplicate-profile" => 1,
    snapshot_unknown_station: "bad/unknown-station" => 1,
    snapshot_unknown_fieldlab: "bad/unknown-fieldlab" => 1,
    snapshot_level_above_max: "bad/level-above-max" => 1,
    snapshot_hours_nan: "bad/hours-nan" => 1,
    snapshot_hours_inf: "bad/hours-inf" => 1,
    snapshot_hours_negative: "bad/hours-negative" => 1,
    snapshot_hours_huge: "bad/hours-huge" => 1,
    snapshot_amounts_too_precise: "bad/amounts-too-precise" => 1,
    snapshot_weeks_huge_integer: "bad/weeks-huge-integer" => 1,
    snapshot_fieldlab_on_other_stage: "bad/fieldlab-on-other-stage" => 1,
    snapshot_grants_absent: "bad/grants-absent" => 1,
    snapshot_hard_cycle_three: "bad/hard-cycle-three" => 1,
    snapshot_soft_cycle_broken: "bad/soft-cycle-broken" => 0,
    snapshot_many_errors: "bad/many-errors" => 1,
    snapshot_split_across_files: "bad/split-across-files" => 0,
    snapshot_unicode_column: "bad/unicode-column" => 1,
    snapshot_many_unused: "bad/many-unused" => 0,
}

#[test]
fn a_missing_path_is_an_io_error() {
    let run = check("lints/io/does-not-exist", &[]);
    assert_eq!(run.code, 1);
    assert_contains(
        &run.stdout,
        "error[io]: cannot read `tests/fixtures/lints/io/does-not-exist`",
    );
    let (_, json) = check_json("lints/io/does-not-exist", &[]);
    let io = first_with(&json, "io");
    // A missing file has no place to point at.
    for key in ["file", "line", "column"] {
        assert_eq!(io[key], Value::Null, "`{key}` of an io error");
    }
    assert_eq!(
        io["help"],
        "check the path; `--curriculum` takes a directory or a .toml file"
    );
}

// ---------------------------------------------------------------------------
// Positions: exact file:line:column, checked against the fixture text too.

/// Asserts that the first `code` diagnostic of `name` is at `file:line:column`
/// and that the fixture text there starts with `text`.
fn assert_position(name: &str, code: &str, file: &str, line: u64, column: u64, text: &str) {
    let (_, json) = check_json(name, &[]);
    let diagnostic = first_with(&json, code);
    let path = format!("{}/{file}", fixture(name));
    assert_eq!(
        diagnostic["file"],
        path.as_str(),
        "file of {code} in {name}"
    );
    assert_eq!(
        (diagnostic["line"].as_u64(), diagnostic["column"].as_u64()),
        (Some(line), Some(column)),
        "line:column of {code} in {name}"
    );
    let bytes = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(&path)).unwrap();
    let source = String::from_utf8_lossy(&bytes);
    let at: String = source
        .lines()
        .nth(line as usize - 1)
        .expect("the line exists")
        .chars()
        .skip(column as usize - 1)
        .collect();
    assert!(
        at.starts_with(text),
        "{path}:{line}:{column} shows `{at}`, expected `{text}`"
    );
}

#[test]
fn positions_point_at_the_offending_text() {
    let cases: &[(&str, &str, &str, u64, u64, &str)] = &[
        (
            "lints/bad-hours",
            "bad-hours",
            "curriculum.toml",
            14,
            9,
            "0",
        ),
        (
            "lints/unknown-field",
            "unknown-field",
            "curriculum.toml",
            15,
            1,
            "cots",
        ),
        (
            "lints/missing-field",
            "missing-field",
            "curriculum.toml",
            10,
            1,
            "[[module]]",
        ),
        (
            "lints/wrong-type",
            "wrong-type",
            "curriculum.toml",
            14,
            9,
            "\"8\"",
        ),
        (
            "lints/duplicate-id",
            "duplicate-id",
            "curriculum.toml",
            11,
            6,
            "\"welding\"",
        ),
        (
            "lints/toml-syntax",
            "toml-syntax",
            "curriculum.toml",
            12,
            15,
            "",
        ),
        (
            "lints/not-utf8",
            "not-utf8",
            "curriculum.toml",
            8,
            31,
            "\u{fffd}",
        ),
        (
            "lints/negative-cost",
            "negative-cost",
            "curriculum.toml",
            15,
            8,
            "-150.0",
        ),
        (
            "lints/bad-level",
            "bad-level",
            "curriculum.toml",
            15,
            11,
            "\"welding@0\"",
        ),
        (
            "lints/line-coherence",
            "line-coherence",
            "curriculum.toml",
            32,
            13,
            "\"hmi-basis\"",
        ),
        (
            "lints/implied-requirement",
            "implied-requirement",
            "curriculum.toml",
            26,
            13,
            "\"welding@1\"",
        ),
        (
            "lints/long-nanomodule",
            "long-nanomodule",
            "curriculum.toml",
            14,
            9,
            "24",
        ),
        (
            "bad/unknown-station",
            "unknown-reference",
            "curriculum.toml",
            20,
            13,
            "\"plc-basic\"",
        ),
        (
            "bad/many-errors",
            "unknown-field",
            "modules.toml",
            10,
            1,
            "lang",
        ),
        // Columns count characters: "Één" before the value is 3 characters, 5 bytes.
        (
            "bad/unicode-column",
            "bad-hours",
            "curriculum.toml",
            1,
            81,
            "0,",
        ),
    ];
    for &(name, code, file, line, column, text) in cases {
        assert_position(name, code, file, line, column, text);
    }
}

#[test]
fn duplicates_name_both_places() {
    for (name, kind, first, again) in [
        ("lints/duplicate-id", "skill", 7, 11),
        ("bad/duplicate-module", "module", 11, 18),
        ("bad/duplicate-line", "line", 18, 23),
        ("bad/duplicate-fieldlab", "fieldlab", 11, 15),
        ("bad/duplicate-profile", "profile", 18, 23),
    ] {
        let run = check(name, &[]);
        assert_eq!(run.code, 1, "{name}");
        assert_contains(
            &run.stdout,
            &format!("error[duplicate-id]: duplicate {kind} id"),
        );
        // Both definitions are shown, each with its line number.
        for (line, label) in [(first, "first defined here"), (again, "defined again here")] {
            assert_contains(&run.stdout, &format!("{line} │ id = "));
            assert_contains(&run.stdout, label);
        }
        let (_, json) = check_json(name, &[]);
        assert_eq!(first_with(&json, "duplicate-id")["line"], again, "{name}");
    }
}

// ---------------------------------------------------------------------------
// Help texts: did-you-mean and fix suggestions.

#[test]
fn help_suggests_the_intended_name() {
    for (name, code, help) in [
        (
            "bad/unknown-field-hour",
            "unknown-field",
            "did you mean `hours`?",
        ),
        (
            "lints/unknown-field",
            "unknown-field",
            "did you mean `cost`?",
        ),
        (
            "lints/unknown-reference",
            "unknown-reference",
            "did you mean `plc-programming@2`?",
        ),
        (
            "bad/unknown-station",
            "unknown-reference",
            "did you mean `plc-basis`?",
        ),
        (
            "bad/unknown-fieldlab",
            "unknown-reference",
            "did you mean `fl-weld`?",
        ),
        ("lints/bad-value", "bad-value", "did you mean `line`?"),
        (
            "lints/bad-id",
            "bad-id",
            "ids match `^[a-z0-9][a-z0-9._-]{0,63}$`; try `weld-basis`",
        ),
        ("lints/missing-field", "missing-field", "add `hours = 24`"),
    ] {
        let (_, json) = check_json(name, &[]);
        assert_eq!(first_with(&json, code)["help"], help, "{name}");
        let run = check(name, &[]);
        assert_contains(&run.stdout, &format!("= help: {help}"));
    }
}

#[test]
fn unknown_field_hour_also_reports_the_missing_hours() {
    let (exit, json) = check_json("bad/unknown-field-hour", &[]);
    assert_eq!(exit, 1);
    assert_eq!(
        codes(&json),
        BTreeSet::from(["missing-field".to_string(), "unknown-field".to_string()])
    );
}

#[test]
fn hours_must_be_finite_and_positive() {
    for (name, shown) in [
        ("lints/bad-hours", "0"),
        ("bad/hours-nan", "NaN"),
        ("bad/hours-inf", "inf"),
        ("bad/hours-negative", "-4"),
    ] {
        let (exit, json) = check_json(name, &[]);
        assert_eq!(exit, 1, "{name}");
        assert_eq!(
            codes(&json),
            BTreeSet::from(["bad-hours".to_string()]),
            "{name}"
        );
        assert_eq!(
            first_with(&json, "bad-hours")["message"],
            format!("module `weld-basis` has hours {shown}").as_str()
        );
    }
}

/// `hours`, `cost` and `weeks` have documented bounds, and `check` names
/// the bound; an integer literal beyond 64 bits is out of range, not of the
/// wrong type.
#[test]
fn amounts_beyond_their_bounds_are_errors_that_name_the_bound() {
    let hours_help =
        "set `hours` to the study load in hours, at most 10000 (five years of full-time study)";
    for (name, code, message, help) in [
        (
            "bad/hours-huge",
            "bad-hours",
            "module `weld-basis` has hours 1e308",
            hours_help,
        ),
        (
            "bad/hours-huge-integer",
            "bad-hours",
            "module `weld-basis` has hours 1e20",
            hours_help,
        ),
        (
            "bad/alternatives-huge",
            "bad-hours",
            "module `weld-long` has hours 3e17",
            hours_help,
        ),
        (
            "bad/cost-huge",
            "negative-cost",
            "module `weld-basis` costs 9.223372036854776e18 euro",
            "set `cost` to the price in euro, at most 1000000",
        ),
        (
            "bad/weeks-huge-integer",
            "bad-value",
            "`weeks` of a module is out of range: 99999999999999999999",
            "write it as `weeks = 3`",
        ),
    ] {
        let (exit, json) = check_json(name, &[]);
        assert_eq!(exit, 1, "{name}");
        assert_eq!(codes(&json), BTreeSet::from([code.to_string()]), "{name}");
        let diagnostic = first_with(&json, code);
        assert_eq!(diagnostic["message"], message, "{name}");
        assert_eq!(diagnostic["help"], help, "{name}");
    }
    // Both alternatives of 3e17 and 2e17 hours are refused, not only one.
    let (_, json) = check_json("bad/alternatives-huge", &[]);
    assert_eq!(diagnostics(&json).len(), 2);
}

/// The planner counts hours and euros in hundredths: a finer amount would
/// be rounded, so `check` refuses it and suggests the rounded value.
#[test]
fn amounts_finer_than_hundredths_are_errors() {
    let (exit, json) = check_json("bad/amounts-too-precise", &[]);
    assert_eq!(exit, 1);
    assert_eq!(
        first_with(&json, "bad-hours")["help"],
        "round it to hundredths: `hours = 1.13`"
    );
    assert_eq!(
        first_with(&json, "negative-cost")["help"],
        "round it to whole cents: `cost = 12.35`"
    );
}

/// The `dominated-module` lint once compared all pairs of modules granting
/// a skill: 50,000 such modules took 14.5 s in a release build. Now it is a
/// sweep; the limit leaves room for a debug build on a busy machine (the
/// benchmark `check/same-skill` holds the real goal: 100,000 in under 1 s).
#[test]
fn check_of_many_modules_granting_one_skill_is_fast() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("same-skill.toml");
    std::fs::write(&path, generator::same_skill_text(50_000)).expect("written");
    let started = std::time::Instant::now();
    let run = leerroute(&["check", path.to_str().expect("a UTF-8 path")]);
    let took = started.elapsed();
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_contains(&run.stdout, "0 errors, 0 warnings");
    assert!(took.as_secs() < 30, "check took {took:?}");
}

#[test]
fn a_passport_naming_an_unknown_completed_module_is_refused() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let curriculum = load_curriculum(&Origin::Path(root.join(fixture("bad/split-across-files"))))
        .expect("the split curriculum loads");
    let error = load_passport(&root.join(fixture("bad/passports/anna.toml")), &curriculum)
        .expect_err("`completed` names a module that does not exist");
    let diagnostic = error
        .diagnostics
        .iter()
        .find(|d| d.code == Code::UnknownReference)
        .expect("an unknown-reference diagnostic");
    assert_eq!(diagnostic.message, "unknown module `plc-basic`");
    assert_eq!(
        diagnostic.help.as_deref(),
        Some("did you mean `plc-basis`?")
    );
    let span = diagnostic.span.expect("it points at the reference");
    assert_eq!(error.sources.snippet(span), "\"plc-basic\"");
    let position = error.sources.position(span);
    assert_eq!((position.line, position.column), (5, 14));
}

// ---------------------------------------------------------------------------
// Cycles and reachability.

#[test]
fn hard_cycles_print_the_chain() {
    for (name, chain) in [
        (
            "lints/hard-cycle",
            "the cycle: `cam-course` requires `cad@1`, which `cad-course` grants; \
             `cad-course` requires `cam@1`, which `cam-course` grants",
        ),
        (
            "bad/hard-cycle-three",
            "the cycle: `cam-course` requires `cad@1`, which `cad-course` grants; \
             `cnc-course` requires `cam@1`, which `cam-course` grants; \
             `cad-course` requires `cnc@1`, which `cnc-course` grants",
        ),
    ] {
        let (exit, json) = check_json(name, &[]);
        assert_eq!(exit, 1, "{name}");
        let cycle = first_with(&json, "hard-cycle");
        assert_eq!(cycle["severity"], "error");
        assert_eq!(cycle["notes"], serde_json::json!([chain]), "{name}");
    }
}

#[test]
fn a_soft_cycle_broken_by_an_alternative_is_not_an_error() {
    let (exit, json) = check_json("bad/soft-cycle-broken", &[]);
    assert_eq!(exit, 0, "{json:#}");
    assert!(!codes(&json).contains("hard-cycle"), "{json:#}");
    assert_eq!(json["errors"], 0);
}

#[test]
fn an_unreachable_profile_explains_why_pubgrub_style() {
    let (exit, json) = check_json("lints/unreachable-profile", &[]);
    assert_eq!(exit, 1);
    let profile = first_with(&json, "unreachable-profile");
    assert_eq!(profile["severity"], "error");
    assert_eq!(
        profile["message"],
        "profile `cobot-operator` cannot be reached: `cobot-operation@2` cannot be obtained"
    );
    let note = profile["notes"][0].as_str().expect("a why-chain note");
    assert_eq!(
        note,
        "`cobot-operation@2` is granted only by `cobot-advanced`, which requires \
         `robot-programming@3`, which is granted by no module"
    );
    // Allowing the lint lets the rest of the report through with exit 0.
    let (exit, json) = check_json(
        "lints/unreachable-profile",
        &["--allow", "unreachable-profile"],
    );
    assert_eq!(exit, 0);
    assert!(!codes(&json).contains("unreachable-profile"));
}

// ---------------------------------------------------------------------------
// Exit codes, --deny and --allow.

#[test]
fn warnings_alone_exit_zero_and_deny_warnings_makes_them_fail() {
    let run = check("lints/unused-skill", &[]);
    assert_eq!(run.code, 0);
    assert_contains(&run.stdout, "warning[unused-skill]");
    let run = check("lints/unused-skill", &["--deny", "warnings"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_contains(&run.stdout, "error[unused-skill]");
    assert_contains(&run.stdout, ": 1 error, 0 warnings in 1 file");
}

#[test]
fn an_allowed_lint_is_silent_even_under_deny_warnings() {
    for extra in [
        &["--allow", "unused-skill"][..],
        &["--deny", "warnings", "--allow", "unused-skill"],
        &[
            "--deny",
            "warnings",
            "--allow",
            "dominated-module,unused-skill",
        ],
        &[
            "--allow",
            "dominated-module",
            "--allow",
            "unused-skill",
            "--deny",
            "warnings",
        ],
    ] {
        let run = check("lints/unused-skill", extra);
        assert_eq!(run.code, 0, "check {extra:?}\n{}", run.stdout);
        assert!(!run.stdout.contains("[unused-skill]"), "{}", run.stdout);
        assert!(run.stdout.ends_with(": 0 errors, 0 warnings in 1 file\n"));
    }
}

#[test]
fn only_known_lints_can_be_allowed() {
    for code in [
        "no-such-lint",
        "hard-cycle",
        "toml-syntax",
        "bad-hours",
        "io",
    ] {
        let run = check("lints/unused-skill", &["--allow", code]);
        assert_eq!(run.code, 2, "--allow {code} is a usage error");
        assert_contains(
            &run.stderr,
            &format!("invalid value '{code}' for '--allow <CODE>'"),
        );
        assert_eq!(run.stdout, "");
    }
    // A structural error stays an error whatever is allowed.
    let run = check("lints/hard-cycle", &["--allow", "untakeable-module"]);
    assert_eq!(run.code, 1);
}

#[test]
fn the_summary_line_counts_errors_warnings_and_files() {
    for (name, summary) in [
        ("lints/bad-hours", "1 error, 0 warnings in 1 file"),
        ("lints/unused-skill", "0 errors, 1 warning in 1 file"),
        ("lints/untakeable-module", "0 errors, 2 warnings in 1 file"),
        ("lints/unreachable-profile", "1 error, 2 warnings in 1 file"),
        ("bad/many-errors", "9 errors, 0 warnings in 2 files"),
        ("bad/split-across-files", "0 errors, 0 warnings in 4 files"),
    ] {
        let run = check(name, &[]);
        let expected = format!("{}: {summary}\n", fixture(name));
        assert!(
            run.stdout.ends_with(&expected),
            "expected the summary `{expected}`, got:\n{}",
            run.stdout
        );
    }
}

#[test]
fn many_of_one_code_are_summarised_unless_verbose() {
    let run = check("bad/many-unused", &[]);
    assert_eq!(run.stdout.matches("warning[unused-skill]").count(), 5);
    assert_contains(
        &run.stdout,
        "… and 2 more `unused-skill` warnings (run with -v to see all)",
    );
    let run = check("bad/many-unused", &["-v"]);
    assert_eq!(run.stdout.matches("warning[unused-skill]").count(), 7);
    assert!(!run.stdout.contains("more `unused-skill`"));
    // JSON always holds them all.
    let (_, json) = check_json("bad/many-unused", &[]);
    assert_eq!(diagnostics(&json).len(), 7);
}

// ---------------------------------------------------------------------------
// JSON schema, collection of every problem, merging of files.

#[test]
fn json_follows_the_documented_schema() {
    let keys = |value: &Value| -> BTreeSet<String> {
        value
            .as_object()
            .expect("an object")
            .keys()
            .cloned()
            .collect()
    };
    let fields: BTreeSet<String> = [
        "code", "severity", "message", "file", "line", "column", "help", "notes", "related",
    ]
    .map(String::from)
    .into();
    for name in [
        "bad/many-errors",
        "lints/unreachable-profile",
        "lints/io",
        "bad/split-across-files",
    ] {
        let (_, json) = check_json(name, &[]);
        assert_eq!(
            keys(&json),
            ["diagnostics", "errors", "warnings"]
                .map(String::from)
                .into(),
            "{name}"
        );
        let mut errors = 0;
        let mut warnings = 0;
        for diagnostic in diagnostics(&json) {
            assert_eq!(keys(diagnostic), fields, "{name}: {diagnostic:#}");
            let code = diagnostic["code"].as_str().expect("code is a string");
            let known = Code::parse(code).unwrap_or_else(|| panic!("unknown code {code}"));
            match diagnostic["severity"].as_str() {
                Some("error") => errors += 1,
                Some("warning") => warnings += 1,
                other => panic!("severity {other:?}"),
            }
            assert_eq!(
                diagnostic["severity"],
                serde_json::to_value(known.severity()).unwrap()
            );
            assert!(diagnostic["message"].is_string());
            assert!(diagnostic["help"].is_string() || diagnostic["help"].is_null());
            assert!(
                diagnostic["notes"]
                    .as_array()
                    .is_some_and(|notes| notes.iter().all(Value::is_string))
            );
            let placed = diagnostic["file"].is_string();
            assert_eq!(diagnostic["line"].is_u64(), placed, "{diagnostic:#}");
            assert_eq!(diagnostic["column"].is_u64(), placed, "{diagnostic:#}");
        }
        assert_eq!(json["errors"], errors, "{name}");
        assert_eq!(json["warnings"], warnings, "{name}");
    }
}

#[test]
fn every_problem_is_reported_at_once_across_files() {
    let (exit, json) = check_json("bad/many-errors", &[]);
    assert_eq!(exit, 1);
    let expected: BTreeSet<String> = [
        "bad-hours",
        "bad-id",
        "bad-level",
        "duplicate-id",
        "negative-cost",
        "unknown-field",
        "unknown-reference",
        "wrong-type",
    ]
    .map(String::from)
    .into();
    assert_eq!(codes(&json), expected);
    assert_eq!(json["errors"], 9);
    let files: BTreeSet<&str> = diagnostics(&json)
        .iter()
        .filter_map(|d| d["file"].as_str())
        .collect();
    assert_eq!(
        files,
        BTreeSet::from([
            "tests/fixtures/bad/many-errors/curriculum.toml",
            "tests/fixtures/bad/many-errors/modules.toml",
        ])
    );
    // Source order: file by file, top to bottom.
    let places: Vec<(String, u64)> = diagnostics(&json)
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect();
    let mut sorted = places.clone();
    sorted.sort();
    assert_eq!(places, sorted);
}

#[test]
fn a_curriculum_directory_merges_its_files() {
    let run = check("bad/split-across-files", &[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let curriculum = load_curriculum(&Origin::Path(root.join(fixture("bad/split-across-files"))))
        .expect("the split curriculum loads");
    assert_eq!(curriculum.sources.len(), 4);
    // Files are read in path order, subdirectories included.
    let names: Vec<&str> = (0..4)
        .map(|file| curriculum.sources.name(file))
        .map(|name| name.rsplit("split-across-files/").next().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "curriculum.toml",
            "modules/automation.toml",
            "network.toml",
            "skills.toml"
        ]
    );
    // The line in network.toml names modules from modules/automation.toml,
    // whose grants name skills from skills.toml.
    let line = &curriculum.lines[0];
    let stations: Vec<&str> = line
        .stations
        .iter()
        .map(|station| curriculum.module(station.value).id.as_str())
        .collect();
    assert_eq!(stations, ["plc-basis", "hmi-basis"]);
    let hmi = curriculum.module(curriculum.find_module("hmi-basis").unwrap());
    assert_eq!(
        curriculum.format_level(hmi.requires[0].value),
        "plc-programming@2"
    );
    assert_eq!(curriculum.profiles[0].requires.len(), 2);
}

#[test]
fn the_catalogue_documents_every_code_with_its_pinned_output() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalogue = std::fs::read_to_string(root.join("docs/lints.md")).expect("docs/lints.md");
    for code in Code::ALL {
        assert!(
            catalogue.contains(&format!("\n## `{code}`\n")),
            "docs/lints.md has no section for `{code}`"
        );
        let snap = root.join(format!("tests/snapshots/check_cli__lints__{code}.snap"));
        let snap = std::fs::read_to_string(&snap).expect("the snapshot exists");
        let output = snap.splitn(3, "---\n").nth(2).expect("a snapshot body");
        assert!(
            catalogue.contains(output.trim_end()),
            "docs/lints.md shows outdated output for `{code}`; copy it from {}",
            snap.lines().next().unwrap_or_default()
        );
    }
}

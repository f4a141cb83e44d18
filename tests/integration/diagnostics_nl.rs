//! Problems in the input, said in Dutch under `--lang nl`: a broken
//! curriculum and a lint under `check`, a mistyped passport and holidays
//! file under `plan`, a bad bulk row, an unknown profile. Places
//! (file:line:column), codes, ids and the TOML of a fix stay as they are;
//! English stays the default.

use serde_json::Value;

use crate::support::test::{Test, assert_contains};

const MANY_ERRORS: &str = "tests/fixtures/bad/many-errors";

/// `leerroute --lang nl <args…>`.
fn nl(args: &[&str]) -> Test {
    Test::new().args(["--lang", "nl"]).args(args)
}

/// `plan --target cobot-operator`, with `extra`.
fn plan<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["plan", "--target", "cobot-operator"];
    args.extend_from_slice(extra);
    args
}

#[test]
fn a_broken_curriculum_is_explained_in_dutch_with_its_places() {
    nl(&["check", MANY_ERRORS])
        .code(1)
        .stdout_contains("fout[bad-hours]: de module `weld-basis` heeft 0 uur")
        .stdout_contains("tests/fixtures/bad/many-errors/curriculum.toml:18:9")
        .stdout_contains("de studielast moet een eindig getal boven 0 zijn")
        .stdout_contains("= tip: zet `hours` op de studielast in uren, bijvoorbeeld `hours = 8`")
        .stdout_contains("fout[unknown-field]: onbekend veld `lang` in een module")
        .stdout_contains("= tip: bedoel je `language`?")
        .stdout_contains("8 fouten, 0 waarschuwingen in 2 bestanden")
        .run();
}

#[test]
fn english_stays_the_default() {
    Test::new()
        .args(["check", MANY_ERRORS])
        .code(1)
        .stdout_contains("error[bad-hours]: module `weld-basis` has hours 0")
        .stdout_contains("= help: set `hours` to the study load in hours, e.g. `hours = 8`")
        .stdout_contains("8 errors, 0 warnings in 2 files")
        .run();
}

#[test]
fn a_lint_and_its_why_are_dutch() {
    nl(&["check", "tests/fixtures/lints/unreachable-profile"])
        .code(1)
        .stdout_contains(
            "waarschuwing[never-granted]: `robot-programming@3` wordt gevraagd, maar geen module levert het op",
        )
        .stdout_contains(
            "fout[unreachable-profile]: het profiel `cobot-operator` is niet te bereiken",
        )
        // The why-chain of the note, from the same catalogue as plan's reasons.
        .stdout_contains("en dat is met geen enkele module te halen")
        .stdout_contains("1 fout, 2 waarschuwingen in 1 bestand")
        .run();
}

#[test]
fn json_messages_follow_the_language_and_codes_do_not() {
    let run = nl(&[
        "check",
        "--format",
        "json",
        "tests/fixtures/lints/dominated-module",
    ])
    .run();
    let json: Value = run.json();
    let diagnostic = &json["diagnostics"][0];
    assert_eq!(diagnostic["code"], "dominated-module");
    assert_eq!(diagnostic["severity"], "warning");
    assert_eq!(
        diagnostic["message"],
        "de module `weld-long` wordt overtroffen door `weld-short`"
    );
    assert_eq!(
        diagnostic["notes"][0],
        "`weld-long`: 16 uur, € 300,00; `weld-short`: 8 uur, € 100,00"
    );
    assert_eq!(
        diagnostic["related"][0]["message"],
        "levert evenveel op, vraagt niet meer en kost niet meer"
    );
}

#[test]
fn a_mistyped_passport_is_explained_in_dutch() {
    let passport = "[worker]\nid = \"anna\"\nskills = [\"weldng@2\"]\nhours_per_week = 500\n";
    nl(&plan(&["--worker", "anna.toml"]))
        .tree([("anna.toml", passport)])
        .code(1)
        .stderr_contains("fout[unknown-reference]: er is geen vaardigheid met het id `weldng`")
        .stderr_contains("anna.toml:3:11")
        .stderr_contains("= tip: bedoel je `welding@2`?")
        .stderr_contains(
            "het aantal leeruren per week moet tussen 0,5 en 168 liggen (een week heeft 168 uur), maar is 500",
        )
        .stderr_contains("= tip: schrijf het als `hours_per_week = 8`, of laat het weg")
        .run();
}

#[test]
fn a_bad_holidays_file_is_explained_in_dutch() {
    let holidays = "[[holiday]]\nname = \"Kerst\"\nfrom = \"25-12-2027\"\nto = 2028-01-09\n";
    let args = ["--skills", "cnc-milling@2", "--start", "2027-01-04"];
    nl(&plan(&args))
        .args(["--holidays", "vakanties.toml"])
        .tree([("vakanties.toml", holidays)])
        .code(1)
        .stderr_contains(
            "fout[bad-value]: `from` van de vakantie `Kerst` is geen datum: `25-12-2027`",
        )
        .stderr_contains("vakanties.toml:3:8")
        .stderr_contains("verwacht een dag als JJJJ-MM-DD")
        .stderr_contains(
            "= tip: schrijf de datum met het jaar voorop, bijvoorbeeld `from = 2027-12-25`",
        )
        .run();
}

#[test]
fn a_bad_row_is_reported_in_dutch_with_stable_keys() {
    let rows = "id,skills,target\nanna,weldng@2,cobot-operator\nbob,cnc-milling@2,cobot-operater\n";
    let run = nl(&["batch", "--workers", "-", "--input-format", "csv"])
        .stdin(rows)
        .code(4)
        .run();
    let lines: Vec<Value> = run
        .stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect();
    let reason = |row: usize| &lines[row]["reasons"][0];
    assert_eq!(lines[0]["status"], "error");
    assert_eq!(reason(0)["code"], "invalid-input");
    assert_eq!(
        reason(0)["message"],
        "regel 2: `skills`: er is geen vaardigheid met het id `weldng`; bedoel je `welding@2`?"
    );
    assert_eq!(
        reason(1)["message"],
        "regel 3: onbekend profiel `cobot-operater`; bedoel je `cobot-operator`?"
    );
}

#[test]
fn an_unknown_profile_is_refused_in_dutch_with_its_suggestion() {
    let typo = [
        "plan",
        "--skills",
        "cnc-milling@2",
        "--target",
        "cobot-operater",
    ];
    let run = nl(&typo).code(1).run();
    assert_eq!(
        run.stderr,
        "fout: onbekend profiel `cobot-operater`\ntip: bedoel je `cobot-operator`?\n"
    );
    let english = Test::new().args(typo).code(1).run();
    assert_contains(&english.stderr, "error: unknown profile `cobot-operater`");
    assert_contains(&english.stderr, "help: did you mean `cobot-operator`?");
}

/// At 80 columns the messages, notes and help wrap at spaces, so that no
/// id is cut by the terminal (a label stays on its marker's line).
#[test]
fn prose_wraps_at_80_columns_without_cutting_an_id() {
    let run = nl(&["check", "tests/fixtures/lints/unreachable-profile"])
        .env("COLUMNS", "80")
        .code(1)
        .run();
    for line in run.stdout.lines().filter(|line| !line.contains('│')) {
        assert!(
            line.chars().count() <= 80,
            "too wide: {line:?}\n{}",
            run.stdout
        );
    }
    assert_contains(
        &run.stdout,
        "fout[unreachable-profile]: het profiel `cobot-operator` is niet te bereiken:\n  `cobot-operation@2` is niet te halen",
    );
    assert_contains(
        &run.stdout,
        "   = let op: `cobot-operation@2` is alleen met `cobot-advanced` te halen,\n     en die vraagt",
    );
}

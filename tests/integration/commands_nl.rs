//! The commands' own refusals and `batch`'s summary, said in Dutch under
//! `--lang nl` (`fout:`/`tip:` included): an unreadable `--workers` file,
//! `--out` a directory, `list --stage` for something else than modules.
//! Paths, flags and ids stay as they are; English stays the default.

use crate::support::test::{Test, assert_contains};

/// Two workers, both with a route to `cobot-operator`.
const ROWS: &str =
    "id,skills,target\nanna,cnc-milling@2,cobot-operator\nbob,welding@2,cobot-operator\n";

/// `leerroute --lang nl <args…>`.
fn nl(args: &[&str]) -> Test {
    Test::new().args(["--lang", "nl"]).args(args)
}

#[test]
fn an_unreadable_workers_file_is_refused_in_dutch_by_batch_and_stats() {
    for command in [&["batch"][..], &["stats", "--sort", "routes"]] {
        let run = nl(command)
            .args(["--workers", "ontbreekt.csv"])
            .code(1)
            .stdout("")
            .run();
        assert!(
            run.stderr
                .starts_with("fout: kan `ontbreekt.csv` niet lezen: "),
            "{command:?}: {}",
            run.stderr
        );
        assert_contains(
            &run.stderr,
            "\ntip: controleer het pad bij --workers (of gebruik `-` om van standaardinvoer te lezen)\n",
        );
        let english = Test::new()
            .args(command)
            .args(["--workers", "ontbreekt.csv"])
            .code(1)
            .run();
        assert!(
            english
                .stderr
                .starts_with("error: cannot read `ontbreekt.csv`: ")
        );
        assert_contains(
            &english.stderr,
            "\nhelp: check the path given to --workers (or use `-` for standard input)\n",
        );
    }
}

#[test]
fn out_a_directory_is_refused_in_dutch_before_anything_is_written() {
    nl(&[
        "batch",
        "--workers",
        "-",
        "--input-format",
        "csv",
        "--out",
        "uit",
    ])
    .tree([("uit/eerder.jsonl", "")])
    .stdin(ROWS)
    .code(1)
    .stdout("")
    .stderr(
        "fout: `--out uit` is een map\n\
             tip: geef `--out` een bestand, bijvoorbeeld `--out uit/plans.jsonl`\n",
    )
    .run();
}

#[test]
fn list_stage_for_skills_is_refused_in_dutch() {
    nl(&["list", "skills", "--stage", "basis"])
        .code(1)
        .stderr(
            "fout: `--stage` werkt alleen bij modules\n\
             tip: gebruik `leerroute list modules --stage …`\n",
        )
        .run();
    Test::new()
        .args(["list", "skills", "--stage", "basis"])
        .code(1)
        .stderr(
            "error: `--stage` filters modules only\nhelp: run `leerroute list modules --stage …`\n",
        )
        .run();
}

/// The summary's counts and totals are the English ones, in Dutch words
/// and notation (thousands with a point, decimals after a comma).
#[test]
fn the_batch_summary_is_dutch() {
    let batch = ["batch", "--workers", "-", "--input-format", "csv"];
    let dutch = nl(&batch).stdin(ROWS).run();
    assert_contains(&dutch.stderr, "batch: 2 rijen in ");
    assert_contains(
        &dutch.stderr,
        " plannen/s): 2 gepland, 0 al gekwalificeerd, 0 onbereikbaar, 0 boven budget, 0 tijdslimiet bereikt, 0 met een fout\n",
    );
    assert_contains(
        &dutch.stderr,
        "\nbatch: 2 van 2 routes aantoonbaar de beste; 432 uur en € 6.000,00 in totaal, 216,0 uur en € 3.000,00 per geplande medewerker\n",
    );
    let english = Test::new().args(batch).stdin(ROWS).run();
    assert_contains(&english.stderr, "batch: 2 rows in ");
    assert_contains(
        &english.stderr,
        " plans/s): 2 planned, 0 qualified, 0 unreachable, 0 over-budget, 0 timeout, 0 error\n",
    );
    assert_contains(
        &english.stderr,
        "\nbatch: 2 of 2 routes proven optimal; 432 hours and €6000.00 in all, 216.0 hours and €3000.00 per planned worker\n",
    );
}

/// A run that fails after its input was accepted (stdout cannot be
/// written: `/dev/full`) says so in the run's language, and exits 1.
#[test]
fn a_failed_write_is_told_in_the_runs_language() {
    for (lang, start) in [("nl", "fout: "), ("en", "error: ")] {
        let full = std::fs::File::create("/dev/full").expect("/dev/full");
        let output = Test::new()
            .args([
                "--lang",
                lang,
                "plan",
                "--worker",
                "examples/workers/anna.toml",
            ])
            .command()
            .stdout(full)
            .output()
            .expect("leerroute runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{stderr}");
        assert!(stderr.starts_with(start), "{lang}: {stderr}");
    }
}

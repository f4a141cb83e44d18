//! `show`, `list` and `completions` on the shipped curriculum: snapshots of
//! what a person reads, and the structure a script relies on.

use serde_json::Value;

use crate::support::test::Test;

/// `show` for one item of every kind, and an id that two kinds share.
#[test]
fn show_every_kind_of_item() {
    for id in [
        "robotics",
        "rob-intro",
        "robots",
        "fl-mens-cobot",
        "cobot-operator",
    ] {
        let run = Test::new().args(["show", id]).run();
        insta::assert_snapshot!(format!("show__{id}"), run.stdout);
    }
}

#[test]
fn show_an_unknown_id_suggests_the_close_one_and_exits_1() {
    Test::new()
        .args(["show", "rob-intr"])
        .code(1)
        .stdout("")
        .stderr_contains("no skill, module, line, fieldlab or profile has the id `rob-intr`")
        .stderr_contains("did you mean `rob-intro`?")
        .run();
    Test::new()
        .args(["show", "zzzzzz"])
        .code(1)
        .stderr_contains("`leerroute list modules`")
        .run();
}

const KINDS: [&str; 5] = ["skills", "modules", "lines", "fieldlabs", "profiles"];

#[test]
fn list_every_kind_as_a_table() {
    for kind in KINDS {
        let run = Test::new().args(["list", kind]).run();
        insta::assert_snapshot!(format!("list__{kind}"), run.stdout);
    }
}

/// JSON is an array with one object per item, with the same ids, in the
/// same order, as CSV; every object has an `id`.
#[test]
fn list_json_and_csv_hold_the_same_items() {
    for kind in KINDS {
        let items = Test::new()
            .args(["list", kind, "--format", "json"])
            .run()
            .json();
        let items = items.as_array().expect("an array");
        assert!(!items.is_empty(), "{kind}");
        let json_ids: Vec<&str> = items
            .iter()
            .map(|item| item["id"].as_str().expect("an id"))
            .collect();
        let csv = Test::new().args(["list", kind, "--format", "csv"]).run();
        let mut reader = csv::Reader::from_reader(csv.stdout.as_bytes());
        assert_eq!(&reader.headers().expect("a header")[0], "id", "{kind}");
        let csv_ids: Vec<String> = reader
            .records()
            .map(|record| record.expect("a record")[0].to_string())
            .collect();
        assert_eq!(json_ids, csv_ids, "{kind}");
    }
}

/// `--stage` keeps exactly the modules of that stage.
#[test]
fn list_modules_by_stage() {
    let all = Test::new()
        .args(["list", "modules", "--format", "json"])
        .run()
        .json();
    let all = all.as_array().expect("an array");
    for stage in ["basis", "line", "training", "fieldlab", "nanomodule"] {
        let some = Test::new()
            .args(["list", "modules", "--stage", stage, "--format", "json"])
            .run()
            .json();
        let expected: Vec<&Value> = all.iter().filter(|m| m["stage"] == stage).collect();
        let got: Vec<&Value> = some.as_array().expect("an array").iter().collect();
        assert!(!got.is_empty(), "{stage}");
        assert_eq!(got, expected, "{stage}");
    }
    // An unknown stage is a usage error.
    Test::new()
        .args(["list", "modules", "--stage", "lijn"])
        .code(2)
        .run();
}

/// Each shell's script names every subcommand; bash's is snapshotted whole.
#[test]
fn completions_cover_every_subcommand() {
    let subcommands = [
        "check",
        "plan",
        "batch",
        "gap",
        "list",
        "show",
        "stats",
        "diff",
        "completions",
    ];
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let mut test = Test::new().args(["completions", shell]);
        for subcommand in subcommands {
            test = test.stdout_contains(subcommand);
        }
        test.run();
    }
    let run = Test::new().args(["completions", "bash"]).run();
    insta::assert_snapshot!("completions__bash", run.stdout);
    Test::new().args(["completions", "tcsh"]).code(2).run();
}

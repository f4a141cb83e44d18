//! `show`, `list` and `completions` on the shipped curriculum: snapshots of
//! what a person reads, and the structure a script relies on.

use serde_json::Value;

use crate::support::cli::{assert_contains, leerroute};

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
        let run = leerroute(&["show", id]);
        assert_eq!(run.code, 0, "{id}: {}", run.stderr);
        insta::assert_snapshot!(format!("show__{id}"), run.stdout);
    }
}

#[test]
fn show_an_unknown_id_suggests_the_close_one_and_exits_1() {
    let run = leerroute(&["show", "rob-intr"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert_contains(
        &run.stderr,
        "no skill, module, line, fieldlab or profile has the id `rob-intr`",
    );
    assert_contains(&run.stderr, "did you mean `rob-intro`?");
    let run = leerroute(&["show", "zzzzzz"]);
    assert_eq!(run.code, 1);
    assert_contains(&run.stderr, "`leerroute list modules`");
}

const KINDS: [&str; 5] = ["skills", "modules", "lines", "fieldlabs", "profiles"];

#[test]
fn list_every_kind_as_a_table() {
    for kind in KINDS {
        let run = leerroute(&["list", kind]);
        assert_eq!(run.code, 0, "{kind}: {}", run.stderr);
        insta::assert_snapshot!(format!("list__{kind}"), run.stdout);
    }
}

/// JSON is an array with one object per item, with the same ids, in the
/// same order, as CSV; every object has an `id`.
#[test]
fn list_json_and_csv_hold_the_same_items() {
    for kind in KINDS {
        let json = leerroute(&["list", kind, "--format", "json"]);
        assert_eq!(json.code, 0, "{kind}: {}", json.stderr);
        let items = json.json();
        let items = items.as_array().expect("an array");
        assert!(!items.is_empty(), "{kind}");
        let json_ids: Vec<&str> = items
            .iter()
            .map(|item| item["id"].as_str().expect("an id"))
            .collect();
        let csv = leerroute(&["list", kind, "--format", "csv"]);
        assert_eq!(csv.code, 0, "{kind}: {}", csv.stderr);
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
    let all = leerroute(&["list", "modules", "--format", "json"]).json();
    let all = all.as_array().expect("an array");
    for stage in ["basis", "line", "training", "fieldlab", "nanomodule"] {
        let run = leerroute(&["list", "modules", "--stage", stage, "--format", "json"]);
        assert_eq!(run.code, 0, "{stage}: {}", run.stderr);
        let some = run.json();
        let expected: Vec<&Value> = all.iter().filter(|m| m["stage"] == stage).collect();
        let got: Vec<&Value> = some.as_array().expect("an array").iter().collect();
        assert!(!got.is_empty(), "{stage}");
        assert_eq!(got, expected, "{stage}");
    }
    let run = leerroute(&["list", "modules", "--stage", "lijn"]);
    assert_eq!(run.code, 2, "an unknown stage is a usage error");
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
        "completions",
    ];
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let run = leerroute(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}: {}", run.stderr);
        for subcommand in subcommands {
            assert_contains(&run.stdout, subcommand);
        }
    }
    insta::assert_snapshot!(
        "completions__bash",
        leerroute(&["completions", "bash"]).stdout
    );
    assert_eq!(leerroute(&["completions", "tcsh"]).code, 2);
}

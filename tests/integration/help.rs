//! `--help` in the language of `--lang`: Dutch where asked for, anywhere on
//! the command line or from `LEERROUTE_LANG`, the config file or the locale,
//! and English as pinned otherwise.

use crate::support::test::Test;

/// Help as a terminal 80 columns wide shows it.
fn help(args: &[&str]) -> Test {
    Test::new().env("COLUMNS", "80").args(args)
}

/// What only the Dutch `help plan` says: its headings, an option's words,
/// a value's words, the examples and the passport.
const DUTCH_PLAN: &[&str] = &[
    "Gebruik: leerroute plan",
    "Opties:",
    "Algemene opties:",
    "Het skillspaspoort van de medewerker",
    "Maximaal budget voor de route in euro",
    "html:     Het ontwikkelplan",
    "Voorbeelden:\n  leerroute plan --worker examples/workers/anna.toml\n",
    "Een paspoort (anna.toml):\n  [worker]\n",
];

#[test]
fn english_help_is_pinned() {
    for (name, args) in [
        ("root", &["--help"][..]),
        ("plan", &["help", "plan"]),
        ("batch", &["help", "batch"]),
    ] {
        let run = help(args).run();
        insta::assert_snapshot!(format!("english_{name}"), run.stdout);
    }
}

#[test]
fn dutch_help_plan_has_dutch_words_and_the_examples() {
    let run = help(&["--lang", "nl", "help", "plan"]).run();
    for dutch in DUTCH_PLAN {
        assert!(
            run.stdout.contains(dutch),
            "no {dutch:?} in:\n{}",
            run.stdout
        );
    }
    for english in [
        "Options:",
        "Global options",
        "Examples:",
        "Print help",
        "passport",
    ] {
        assert!(
            !run.stdout.contains(english),
            "{english:?} in:\n{}",
            run.stdout
        );
    }
    insta::assert_snapshot!("dutch_plan", run.stdout);
    insta::assert_snapshot!(
        "dutch_batch",
        help(&["--lang", "nl", "help", "batch"]).run().stdout
    );
    insta::assert_snapshot!("dutch_root", help(&["--lang", "nl", "--help"]).run().stdout);
}

/// No help line is wider than the terminal, in either language.
#[test]
fn help_fits_80_columns() {
    for lang in ["en", "nl"] {
        for command in ["plan", "batch", "passport", "stats", "check"] {
            let run = help(&["--lang", lang, "help", command]).run();
            let wide: Vec<_> = run
                .stdout
                .lines()
                .filter(|l| l.chars().count() > 80)
                .collect();
            assert!(wide.is_empty(), "{lang} help {command}: {wide:?}");
        }
    }
}

#[test]
fn lang_after_the_subcommand_and_from_the_environment() {
    for test in [
        help(&["plan", "--lang", "nl", "--help"]),
        help(&["plan", "--help", "--lang=nl"]),
        help(&["plan", "--help"]).env("LEERROUTE_LANG", "nl"),
        help(&["plan", "--help"]).env("LANG", "nl_NL.UTF-8"),
    ] {
        test.stdout_contains("Algemene opties:")
            .stdout_contains("Voorbeelden:")
            .run();
    }
    // --lang wins over LEERROUTE_LANG.
    help(&["--lang", "en", "plan", "--help"])
        .env("LEERROUTE_LANG", "nl")
        .stdout_contains("Global options:")
        .run();
    // The short help too.
    help(&["--lang", "nl", "plan", "-h"])
        .stdout_contains("Toon de hulp (uitgebreid met '--help')")
        .run();
}

#[test]
fn the_config_files_lang_gives_dutch_help() {
    let home = tempfile::tempdir().expect("a temporary directory");
    std::fs::create_dir_all(home.path().join("leerroute")).expect("config dir");
    std::fs::write(home.path().join("leerroute/config.toml"), "lang = \"nl\"\n")
        .expect("config file");
    help(&["help", "plan"])
        .env("XDG_CONFIG_HOME", home.path())
        .stdout_contains("Algemene opties:")
        .run();
}

#[test]
fn a_bad_lang_is_still_a_usage_error() {
    for args in [
        &["--lang", "de", "plan", "--skills", "teamwork@2"][..],
        &["plan", "--lang", "de", "--help"],
    ] {
        help(args)
            .code(2)
            .stderr_contains("invalid value 'de' for '--lang <LANG>'")
            .run();
    }
}

#[test]
fn value_errors_of_our_own_speak_the_language() {
    help(&["--lang", "nl", "--hours-per-credit", "0", "list", "modules"])
        .code(2)
        .stderr_contains("een getal boven 0 en hooguit 1000 (een Nederlandse EC is 28)")
        .run();
}

/// The descriptions in a completion script follow the language; the
/// options do not.
#[test]
fn completions_speak_the_language() {
    let dutch = help(&["--lang", "nl", "completions", "fish"]).run().stdout;
    assert!(dutch.contains("Het doelprofiel"), "{dutch}");
    let english = help(&["completions", "fish"]).run().stdout;
    assert!(english.contains("Target skills profile"), "{english}");
    // The same script but for the descriptions (`-d '…'`).
    let options = |script: &str| -> Vec<String> {
        script
            .lines()
            .filter(|line| line.starts_with("complete "))
            .map(|line| line.split(" -d ").next().unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(options(&dutch), options(&english));
}

/// `help plan` keeps the command's own options apart from the global ones,
/// and its example passport is one that `plan` reads, in both languages.
#[test]
fn help_plan_groups_options_and_its_passport_plans() {
    for (lang, global, examples, passport, optimal) in [
        (
            "en",
            "Global options:",
            "Examples:",
            "A passport",
            "proven optimal",
        ),
        (
            "nl",
            "Algemene opties:",
            "Voorbeelden:",
            "Een paspoort",
            "Route: aantoonbaar",
        ),
    ] {
        let help = help(&["--lang", lang, "help", "plan"]).run().stdout;
        let global = help.find(global).expect("a global options heading");
        let examples = help.find(examples).expect("examples");
        assert!(help.find("--worker").expect("--worker") < global);
        assert!(help[global..examples].contains("--curriculum"));
        assert!(!help[..global].contains("--curriculum"), "{help}");
        let passport: String = help
            .lines()
            .skip_while(|line| !line.starts_with(passport))
            .skip(1)
            .map(|line| line.trim_start().to_string() + "\n")
            .collect();
        assert!(passport.contains("[worker]"), "{help}");
        Test::new()
            .tree([("anna.toml", passport.as_str())])
            .args(["--lang", lang, "plan", "--worker", "anna.toml"])
            .stdout_contains(optimal)
            .run();
    }
}

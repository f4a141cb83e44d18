//! Output for people at 60, 80 and 120 columns, in Dutch and English: a
//! table when there is room, one block per step or skill below 100 columns,
//! never a line wider than the terminal, and never an id, a date or an
//! amount broken over two lines.

use crate::support::test::Test;

const WIDTHS: [usize; 3] = [60, 80, 120];
const LANGS: [&str; 2] = ["nl", "en"];

/// Runs `args` at `width` columns in `lang` and checks the lines' width.
fn at(width: usize, lang: &str, args: &[&str]) -> String {
    let run = Test::new()
        .env("COLUMNS", width.to_string())
        .args(["--lang", lang])
        .args(args)
        .run();
    for line in run.stdout.lines() {
        assert!(
            line.chars().count() <= width,
            "wider than {width} columns: {line:?}"
        );
    }
    run.stdout
}

/// Every id of the route appears whole on one line.
fn ids_whole(text: &str, ids: &[&str]) {
    for id in ids {
        assert!(
            text.lines().any(|line| line.contains(id)),
            "`{id}` is never shown in one piece:\n{text}"
        );
    }
}

const ANNA: [&str; 6] = [
    "plan",
    "--worker",
    "examples/workers/anna.toml",
    "--start",
    "2027-01-11",
    "--budget",
];

#[test]
fn plans_fit_every_width_in_both_languages() {
    let args = [&ANNA[..], &["5000"]].concat();
    for width in WIDTHS {
        for lang in LANGS {
            let text = at(width, lang, &args);
            ids_whole(
                &text,
                &[
                    "auto-sensoren",
                    "rob-intro",
                    "rob-veiligheid",
                    "rob-cobot-bedienen",
                    "flm-cobotcel",
                ],
            );
            let compact = !text.contains('┆');
            assert_eq!(compact, width < 100, "{width} columns: {text}");
            insta::assert_snapshot!(format!("plan__anna__{lang}__{width}"), text);
        }
    }
}

#[test]
fn gaps_fit_every_width_in_both_languages() {
    for width in WIDTHS {
        for lang in LANGS {
            let text = at(
                width,
                lang,
                &["gap", "--worker", "examples/workers/school-leaver.toml"],
            );
            insta::assert_snapshot!(format!("gap__school-leaver__{lang}__{width}"), text);
        }
    }
}

#[test]
fn lists_fit_every_width() {
    for width in WIDTHS {
        let text = at(width, "nl", &["list", "modules", "--stage", "nanomodule"]);
        ids_whole(&text, &["n-pitchen", "n-beoordelen"]);
        insta::assert_snapshot!(format!("list__nanomodules__nl__{width}"), text);
    }
}

/// The Dutch plan is Dutch: its words come from the Dutch catalogue, with
/// Dutch amounts and dates.
#[test]
fn the_dutch_plan_speaks_dutch() {
    let text = at(80, "nl", &ANNA[..5]);
    for dutch in [
        "Totaal: 120 uur, € 1.985,00",
        "wk 1–3 (11 jan – 31 jan 2027)",
        "nodig voor stap 4 (Cobot bedienen)",
        "leidt naar Cobots bedienen en inrichten, niveau 3 (zelfstandig)",
        "klassikaal",
    ] {
        assert!(text.contains(dutch), "missing {dutch:?}:\n{text}");
    }
    for english in ["hours", "weeks", "needed for", "leads to", "Total"] {
        assert!(!text.contains(english), "English {english:?} in:\n{text}");
    }
}

/// `LEERROUTE_LANG` and the locale choose the language when `--lang` does not.
#[test]
fn the_language_follows_the_environment() {
    let plan = ["plan", "--worker", "examples/workers/anna.toml"];
    Test::new()
        .env("LEERROUTE_LANG", "nl")
        .args(plan)
        .stdout_contains("Totaal:")
        .run();
    Test::new()
        .env("LANG", "nl_NL.UTF-8")
        .args(plan)
        .stdout_contains("Totaal:")
        .run();
    Test::new()
        .env("LC_ALL", "en_US.UTF-8")
        .env("LANG", "nl_NL.UTF-8")
        .args(plan)
        .stdout_contains("Total:")
        .run();
    Test::new()
        .env("LANG", "nl_NL.UTF-8")
        .args(["--lang", "en"])
        .args(plan)
        .stdout_contains("Total:")
        .run();
}

/// `--color always` colours the plan's status line, its steps and table
/// headers; `auto` into a pipe, and every format for scripts, never do.
#[test]
fn colour_where_it_helps_and_never_in_a_pipe() {
    let plan = ["plan", "--worker", "examples/workers/anna.toml"];
    for width in ["80", "120"] {
        let run = Test::new()
            .env("COLUMNS", width)
            .args(["--color", "always"])
            .args(plan)
            .run();
        assert!(
            run.stdout.contains("\u{1b}[1m\u{1b}[32mTotal"),
            "{}",
            run.stdout
        );
        assert!(run.stdout.contains("\u{1b}[1m"), "{}", run.stdout);
    }
    let gap = Test::new()
        .env("COLUMNS", "120")
        .args([
            "--color",
            "always",
            "gap",
            "--worker",
            "examples/workers/anna.toml",
        ])
        .run();
    assert!(gap.stdout.contains("\u{1b}[1m"), "{}", gap.stdout);
    for format in ["json", "csv"] {
        let run = Test::new()
            .args(["--color", "always"])
            .args(plan)
            .args(["--format", format])
            .run();
        assert!(!run.stdout.contains('\u{1b}'), "{format}: {}", run.stdout);
    }
    let piped = Test::new().env("COLUMNS", "80").args(plan).run();
    assert!(!piped.stdout.contains('\u{1b}'), "{}", piped.stdout);
}

/// `advise` in colour: the header bold, each profile id as the plan colours
/// a step, a profile without a route in red; the columns stay aligned (the
/// same text as without colour once the codes are taken out), wide or narrow.
#[test]
fn advise_is_coloured_and_stays_aligned() {
    let advise = ["advise", "--worker", "examples/workers/anna.toml"];
    for width in ["70", "120"] {
        let run = |color: &str| {
            Test::new()
                .env("COLUMNS", width)
                .args(["--color", color])
                .args(advise)
                .run()
                .stdout
        };
        let coloured = run("always");
        assert!(
            coloured.contains("\u{1b}[1m\u{1b}[36mcobot-operator"),
            "{coloured}"
        );
        assert!(
            coloured.contains("\u{1b}[1m\u{1b}[31mno route within the budget"),
            "{coloured}"
        );
        let plain = run("never");
        assert!(!plain.contains('\u{1b}'), "{plain}");
        let stripped = coloured
            .replace("\u{1b}[1m", "")
            .replace("\u{1b}[36m", "")
            .replace("\u{1b}[31m", "")
            .replace("\u{1b}[0m", "");
        assert_eq!(stripped, plain, "at {width} columns");
    }
}

/// `show` wraps its values under themselves, in the chosen language.
#[test]
fn show_wraps_in_both_languages() {
    for lang in LANGS {
        let text = at(60, lang, &["show", "rob-veiligheid"]);
        ids_whole(
            &text,
            &["rob-veiligheid", "robot-safety@2", "workshop-safety@2"],
        );
        insta::assert_snapshot!(format!("show__rob-veiligheid__{lang}__60"), text);
    }
}

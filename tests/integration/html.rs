//! `plan --format html`: the development plan is one self-contained page
//! with the map, the timeline, every step's what, why, how and when, the
//! totals `plan` gives and the agreements block; without a route it says
//! why. Pinned as snapshots with the fonts and the map left out (the map
//! has tests of its own).

use crate::map::{drawn_steps, planned_steps};
use crate::support::test::Test;

const ANNA: &str = "examples/workers/anna.toml";
/// 2026-12-01, as the document's date.
const TODAY: &str = "1796083200";

fn html(args: &[&str], code: i32) -> String {
    plan_as("html", args, code)
}

fn plan_as(format: &str, args: &[&str], code: i32) -> String {
    Test::new()
        .args(["plan", "--format", format])
        .args(args)
        .env("SOURCE_DATE_EPOCH", TODAY)
        .code(code)
        .run()
        .stdout
}

/// The map (`<svg …>…</svg>`) of a page, and the page without it and
/// without its styles, for a snapshot a person can read.
fn parts(page: &str) -> (String, String) {
    let cut = |text: &str, open: &str, close: &str, with: &str| -> (String, String) {
        match (text.find(open), text.find(close)) {
            (Some(start), Some(end)) if start < end => (
                text[start..end + close.len()].to_string(),
                format!("{}{with}{}", &text[..start], &text[end + close.len()..]),
            ),
            _ => (String::new(), text.to_string()),
        }
    };
    let (map, rest) = cut(page, "<svg", "</svg>", "<svg><!-- the map --></svg>");
    let (_, rest) = cut(
        &rest,
        "<style>",
        "</style>",
        "<style>/* styles and fonts */</style>",
    );
    (map, rest)
}

#[test]
fn the_development_plan_in_dutch_and_english() {
    for lang in ["nl", "en"] {
        let page = html(
            &["--worker", ANNA, "--start", "2027-01-04", "--lang", lang],
            0,
        );
        let (_, text) = parts(&page);
        insta::assert_snapshot!(format!("html__anna__{lang}"), text);
    }
}

#[test]
fn the_page_is_self_contained_and_holds_what_plan_gives() {
    let page = html(&["--worker", ANNA, "--lang", "nl"], 0);
    for outside in [
        "<script",
        "<link",
        "src=\"",
        "@import",
        "url(http",
        "href=\"http",
    ] {
        assert!(!page.contains(outside), "`{outside}` in the page");
    }
    assert!(page.contains("@font-face"), "the fonts are inside");
    let (map, _) = parts(&page);
    let plan = Test::new()
        .args(["plan", "--worker", ANNA, "--format", "json"])
        .run()
        .json();
    let (planned, drawn) = (planned_steps(&plan), drawn_steps(&map));
    assert_eq!(drawn, planned, "the map shows plan's route");
    // The totals and optimality are plan's own summary lines.
    let table = Test::new()
        .args(["plan", "--worker", ANNA, "--lang", "nl"])
        .run()
        .stdout;
    for line in table.lines().rev().take(2) {
        assert!(page.contains(line.trim()), "`{line}` is in the page");
    }
    for step in plan["steps"].as_array().expect("steps") {
        let name = step["name"].as_str().expect("a name");
        assert!(page.contains(name), "step `{name}`");
    }
    for part in [
        "Wat",
        "Waarom",
        "Hoe",
        "Wanneer",
        "Afspraken",
        "Handtekening",
        "Leidinggevende",
    ] {
        assert!(page.contains(&format!(">{part}<")), "`{part}`");
    }
}

#[test]
fn without_a_route_the_page_says_why() {
    let page = html(&["--worker", ANNA, "--budget", "100", "--lang", "en"], 3);
    let (map, text) = parts(&page);
    assert!(map.is_empty(), "no map without a route");
    insta::assert_snapshot!("html__anna__over_budget", text);
}

/// A document names people and profiles, not ids: its headline without a
/// route says "Anna de Vries" and "Cobot-operator" (the terminal says `anna`
/// and `cobot-operator`, to copy), in both languages; the ids its reasons
/// still name are code, never bare backticks.
#[test]
fn without_a_route_the_headline_names_the_worker_and_the_profile() {
    for (lang, headline) in [
        (
            "en",
            "There is no route for Anna de Vries to the profile Cobot-operator within the budget.",
        ),
        (
            "nl",
            "Er is geen route voor Anna de Vries naar het profiel Cobot-operator die binnen het budget past.",
        ),
    ] {
        let page = html(&["--worker", ANNA, "--budget", "100", "--lang", lang], 3);
        let (_, text) = parts(&page);
        assert!(text.contains(headline), "{lang}: {text}");
        assert!(
            text.contains("<code>auto-sensoren</code>"),
            "{lang}: {text}"
        );
        assert!(!text.contains('`'), "{lang}: a bare backtick in {text}");
    }
}

/// Each step's colour is that of a track the page's map draws: the route
/// map shows a station on the line the route travels there, and the step's
/// swatch and timeline bar agree with it (Anna's first step, a transfer, is
/// drawn on the robots line, not on its first line).
#[test]
fn each_step_has_the_colour_of_its_track_on_the_map() {
    let page = html(&["--worker", ANNA, "--lang", "en"], 0);
    let (map, text) = parts(&page);
    let swatches: Vec<&str> = text
        .split("class=\"swatch\" style=\"background:")
        .skip(1)
        .map(|rest| &rest[..7])
        .collect();
    assert!(!swatches.is_empty(), "{text}");
    // A track is a `fill="none"` path of the line's colour (the legend's
    // markers have other shapes).
    let tracks: Vec<&str> = map
        .split("<path")
        .skip(1)
        .filter(|path| path.contains("fill=\"none\"") && path.contains("stroke-width=\"6\""))
        .filter_map(|path| path.split("stroke=\"").nth(1).map(|rest| &rest[..7]))
        .collect();
    for colour in swatches {
        assert!(
            tracks.contains(&colour),
            "{colour} is no track on the map: {tracks:?}"
        );
    }
}

/// The page's map is the route's part of the map, large enough to print:
/// the robots line from the route to one station past it (Anna's route
/// takes its first four stations), not its far end, and a viewBox narrow
/// enough that the 11-unit labels print at 9 pt or more across a landscape
/// A4 page (287 mm wide inside its margins).
#[test]
fn the_map_is_the_route_part_and_prints_large() {
    let page = html(&["--worker", ANNA, "--lang", "nl"], 0);
    let (map, _) = parts(&page);
    let drawn = crate::map::stations(&map);
    for near in ["rob-intro", "rob-cobot-bedienen", "rob-programmeren"] {
        assert!(drawn.contains_key(near), "`{near}` is on the map");
    }
    for far in ["rob-cobot-toepassing", "rob-vision", "rob-onderhoud"] {
        assert!(!drawn.contains_key(far), "`{far}` is left off the map");
    }
    let document = roxmltree::Document::parse(&map).expect("the map is SVG");
    let view_box = document
        .root_element()
        .attribute("viewBox")
        .expect("a viewBox");
    let width: f64 = view_box
        .split(' ')
        .nth(2)
        .expect("a width")
        .parse()
        .expect("a number");
    let label_pt = 11.0 * 287.0 / width / 0.3528;
    assert!(
        label_pt >= 9.0,
        "labels print at {label_pt:.1} pt ({view_box})"
    );
    assert!(
        page.contains("@page wide { size: A4 landscape"),
        "the map's landscape page"
    );
}

/// The Markdown plan says what the page says: the same sections, each
/// once, in both languages, with and without a route.
#[test]
fn the_markdown_plan_holds_the_page_once() {
    for lang in ["nl", "en"] {
        for (args, code) in [(&[][..], 0), (&["--budget", "100"][..], 3)] {
            let mut all = vec!["--worker", ANNA, "--lang", lang];
            all.extend(args);
            let (page, text) = (html(&all, code), plan_as("markdown", &all, code));
            let headings: Vec<&str> = page
                .lines()
                .filter_map(|l| l.strip_prefix("<h2>")?.strip_suffix("</h2>"))
                .collect();
            assert!(headings.len() >= 3, "{headings:?}");
            for heading in headings {
                // The map is a picture the Markdown leaves out.
                if page.contains(&format!("<section class=\"map\">\n<h2>{heading}</h2>")) {
                    assert!(!text.contains(heading), "`{heading}` in the Markdown");
                    continue;
                }
                let count = text.matches(&format!("## {heading}\n")).count();
                assert_eq!(count, 1, "`{heading}` in the Markdown {lang} {args:?}");
            }
            for needle in ["Anna de Vries", "1 december 2026", "1 December 2026"] {
                if page.contains(needle) {
                    assert!(text.contains(needle), "`{needle}`");
                }
            }
        }
    }
}

//! Nothing panics on any input: mutated, truncated and random curricula go
//! through the loader, the lints and both renderers, and every diagnostic
//! that points somewhere points inside its file's text.

use std::borrow::Cow;

use leerroute::SourceMap;
use leerroute::Span;
use leerroute::{Context, lint};
use leerroute::{Diagnostic, Report, render_json, render_text};
use leerroute::{Lang, words};
use leerroute::{Origin, from_sources, load_curriculum};
use proptest::prelude::*;

/// A small curriculum that uses every kind of item and field shape, split in
/// two files so that cross-file references and spans are exercised.
const META: &str = r#"[curriculum]
id = "mini"
name = "Mini curriculum"
version = "2026.1"
levels = ["kennismaken", "basis", "zelfstandig"]

[[fieldlab]]
id = "fl-flex"
name = "Fieldlab Flexibele Productie"
location = "Eindhoven"

[[skill]]
id = "plc"
name = "PLC programmeren"
max_level = 3

[[skill]]
id = "cad"
name = "CAD tekenen"
"#;

const ITEMS: &str = r##"[[module]]
id = "plc-basis"
name = "PLC basis — één dag"
stage = "basis"
hours = 8
cost = 120.5
grants = ["plc@1"]

[[module]]
id = "plc-lab"
name = "PLC in het fieldlab"
stage = "fieldlab"
fieldlab = "fl-flex"
hours = 24
weeks = 3
mode = "fieldlab"
requires = ["plc@1"]
requires_any = [["cad@1", "plc@2"]]
grants = ["plc@3", "cad@2"]

[[module]]
id = "cad-nano"
name = "CAD nanomodule"
stage = "nanomodule"
hours = 4
requires_any = [["plc@3", "plc@1"], ["cad@2", "plc@1"]]
grants = ["cad@1"]

[[line]]
id = "automation"
name = "Lijn Automatisering"
color = "#0077c8"
stations = ["plc-basis", "plc-lab", "cad-nano"]

[[profile]]
id = "plc-expert"
name = "PLC-expert"
requires = ["plc@3", "cad@2"]
"##;

/// Pieces of TOML syntax that, inserted anywhere, make interesting damage.
const TOKENS: &[&str] = &[
    "[",
    "]",
    "]]",
    "[[",
    "\"",
    "'",
    "=",
    "@",
    "\n",
    ",",
    "{",
    "}",
    "#",
    "\\",
    "\"\"\"",
    ".",
    "nan",
    "inf",
    "-1",
    "0",
    "1e400",
    "99999999999999999999",
    "é",
    "\u{0}",
    "[[module]]\n",
    "[curriculum]\n",
    "requires = [\"plc@0\"]\n",
    "grants = []\n",
    "id = \"X\"\n",
];

/// One edit of a text, as bytes.
#[derive(Debug, Clone)]
enum Edit {
    Flip { at: usize, byte: u8 },
    Delete { at: usize, len: usize },
    Insert { at: usize, token: usize },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Edit::Flip { at, byte }),
        (any::<usize>(), 1..12usize).prop_map(|(at, len)| Edit::Delete { at, len }),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(at, token)| Edit::Insert { at, token }),
    ]
}

/// Applies `edits` to `text`; positions wrap around the current length.
fn mutate(text: &str, edits: &[Edit]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for edit in edits {
        let at = |at: usize, len: usize| if len == 0 { 0 } else { at % len };
        match *edit {
            Edit::Flip { at: pos, byte } if !bytes.is_empty() => {
                let pos = at(pos, bytes.len());
                bytes[pos] = byte;
            }
            Edit::Flip { .. } => {}
            Edit::Delete { at: pos, len } => {
                let start = at(pos, bytes.len());
                let end = (start + len).min(bytes.len());
                bytes.drain(start..end);
            }
            Edit::Insert { at: pos, token } => {
                let pos = at(pos, bytes.len() + 1);
                bytes.splice(pos..pos, TOKENS[token].bytes());
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Fails when a span leaves its file or cuts a character in two.
fn assert_inside(sources: &SourceMap, span: Span, diagnostic: &Diagnostic) {
    assert!(
        (span.file as usize) < sources.len(),
        "span in unknown file {}: {diagnostic:?}",
        span.file
    );
    let text = sources.text(span.file);
    assert!(
        span.start <= span.end && span.end as usize <= text.len(),
        "span {}..{} outside `{}` ({} bytes): {diagnostic:?}",
        span.start,
        span.end,
        sources.name(span.file),
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start as usize) && text.is_char_boundary(span.end as usize),
        "span {}..{} cuts a character: {diagnostic:?}",
        span.start,
        span.end
    );
}

/// Renders `diagnostics` both ways and checks every span.
fn render_and_check(sources: &SourceMap, diagnostics: &[Diagnostic]) {
    for diagnostic in diagnostics {
        let secondary = diagnostic.secondary.iter().map(|(span, _)| *span);
        for span in diagnostic.span.into_iter().chain(secondary) {
            assert_inside(sources, span, diagnostic);
        }
    }
    for show_all in [false, true] {
        let report = Report {
            sources,
            diagnostics,
            subject: "fuzz",
            show_all,
            unchecked: &Default::default(),
            words: words(Lang::En),
            width: None,
        };
        let text = render_text(&report, show_all);
        assert!(
            text.contains("fuzz: "),
            "the summary line is missing:\n{text}"
        );
        let json: serde_json::Value =
            serde_json::from_str(&render_json(&report)).expect("render_json writes JSON");
        assert_eq!(
            json["diagnostics"].as_array().map(Vec::len),
            Some(diagnostics.len())
        );
    }
}

/// Loads a curriculum from in-memory files; lints it when it loads; renders
/// whatever came out. Panics (fails) only on a bug.
fn exercise(files: &[(&str, String)]) {
    let mut sources = SourceMap::default();
    for (name, text) in files {
        sources.add((*name).to_string(), Cow::Owned(text.clone()));
    }
    exercise_result(from_sources(sources, Vec::new()));
}

fn exercise_result(result: Result<leerroute::Curriculum, leerroute::LoadError>) {
    match result {
        Ok(curriculum) => {
            let diagnostics = lint(&Context::new(&curriculum));
            render_and_check(&curriculum.sources, &diagnostics);
        }
        Err(error) => {
            assert!(
                error.diagnostics.iter().any(Diagnostic::is_error),
                "a failed load reports at least one error"
            );
            render_and_check(&error.sources, &error.diagnostics);
        }
    }
}

fn two_files(meta: String, items: String) -> Vec<(&'static str, String)> {
    vec![("mini/curriculum.toml", meta), ("mini/items.toml", items)]
}

#[test]
fn the_base_curriculum_loads_cleanly() {
    let mut sources = SourceMap::default();
    sources.add("curriculum.toml".into(), Cow::Borrowed(META));
    sources.add("items.toml".into(), Cow::Borrowed(ITEMS));
    let curriculum = from_sources(sources, Vec::new()).expect("the base curriculum is valid");
    assert_eq!(curriculum.modules.len(), 3);
    let diagnostics = lint(&Context::new(&curriculum));
    assert!(
        !diagnostics.iter().any(Diagnostic::is_error),
        "{diagnostics:#?}"
    );
}

#[test]
fn every_prefix_of_a_valid_file_is_handled() {
    let whole = format!("{META}\n{ITEMS}");
    for end in (0..=whole.len()).filter(|&end| whole.is_char_boundary(end)) {
        exercise(&[("prefix.toml", whole[..end].to_string())]);
    }
}

#[test]
fn every_prefix_of_the_second_file_is_handled() {
    for end in (0..=ITEMS.len()).filter(|&end| ITEMS.is_char_boundary(end)) {
        exercise(&two_files(META.to_string(), ITEMS[..end].to_string()));
    }
}

/// `default` cases, or `PROPTEST_CASES` when set (to hunt longer:
/// `PROPTEST_CASES=20000 cargo test --release --test integration loader_robustness`).
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(default)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(384)))]

    #[test]
    fn mutated_curricula_never_panic(
        meta_edits in prop::collection::vec(edit(), 0..4),
        item_edits in prop::collection::vec(edit(), 1..10),
    ) {
        exercise(&two_files(mutate(META, &meta_edits), mutate(ITEMS, &item_edits)));
    }

    #[test]
    fn random_text_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        exercise(&[("random.toml", String::from_utf8_lossy(&bytes).into_owned())]);
    }

    #[test]
    fn random_tokens_never_panic(tokens in prop::collection::vec(0..TOKENS.len(), 0..60)) {
        let text: String = tokens.iter().map(|&t| TOKENS[t]).collect();
        exercise(&two_files(META.to_string(), text));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(64)))]

    /// Raw bytes on disk, invalid UTF-8 included, through `load_curriculum`.
    #[test]
    fn random_files_on_disk_never_panic(
        bytes in prop::collection::vec(any::<u8>(), 0..300),
        edits in prop::collection::vec(edit(), 0..6),
        keep_meta in any::<bool>(),
    ) {
        let dir = tempfile::tempdir().expect("a temporary directory");
        if keep_meta {
            std::fs::write(dir.path().join("a.toml"), META).unwrap();
        }
        let mut items = mutate(ITEMS, &edits).into_bytes();
        items.extend_from_slice(&bytes);
        std::fs::write(dir.path().join("b.toml"), &items).unwrap();
        std::fs::write(dir.path().join("c.toml"), &bytes).unwrap();
        exercise_result(load_curriculum(&Origin::Path(dir.path().to_path_buf())));
    }
}

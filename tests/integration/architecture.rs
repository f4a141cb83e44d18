//! The layers of docs/ARCHITECTURE.md, kept: each top-level module of the
//! library may use only the modules below it. A single crate cannot make the
//! compiler refuse a `use` across layers, so this test reads every source
//! file's code (not its comments or its unit tests) and fails on any
//! `crate::…` path that crosses a layer the wrong way.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Each layer and what it may use; `render::why` is the one renderer that
/// `check` may use for its words, as it depends on nothing above analysis.
const RULES: &[(&str, &[&str])] = &[
    ("source", &[]),
    ("words", &[]),
    ("model", &["source"]),
    ("diagnostic", &["source", "words"]),
    ("load", &["source", "model", "diagnostic", "words"]),
    ("analysis", &["source", "model"]),
    ("graph", &["source", "model", "analysis"]),
    (
        "check",
        &[
            "source",
            "model",
            "diagnostic",
            "analysis",
            "graph",
            "render::why",
            "words",
        ],
    ),
    ("plan", &["source", "model", "analysis"]),
    ("render::why", &["source", "model", "analysis", "words"]),
    (
        "render",
        &[
            "source",
            "model",
            "diagnostic",
            "analysis",
            "graph",
            "plan",
            "words",
        ],
    ),
    ("config", &["source", "load", "words"]),
    ("cli", &["diagnostic", "plan::options", "words"]),
];

/// Only the planning layer knows the optimiser.
const SOLVER_USERS: &[&str] = &["plan"];

fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The file's layer: its path below `src/` ("check", "render::why").
fn layer_of(file: &Path, src: &Path) -> String {
    let relative = file.strip_prefix(src).expect("below src");
    let parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .filter(|part| part != "mod")
        .collect();
    parts.join("::")
}

/// The rule that governs a layer: the longest rule name it starts with.
fn rule_for(layer: &str) -> Option<(&'static str, &'static [&'static str])> {
    RULES
        .iter()
        .filter(|(name, _)| layer == *name || layer.starts_with(&format!("{name}::")))
        .max_by_key(|(name, _)| name.len())
        .copied()
}

/// The code of a file: before its unit tests, without comment lines.
fn code(text: &str) -> Vec<(usize, &str)> {
    text.lines()
        .enumerate()
        .take_while(|(_, line)| !line.trim_start().starts_with("#[cfg(test)]"))
        .filter(|(_, line)| !line.trim_start().starts_with("//"))
        .map(|(number, line)| (number + 1, line))
        .collect()
}

/// The `crate::a::b` paths a line uses, as "a" and "a::b".
fn used(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let path: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        found.push(path.trim_end_matches(':').to_string());
    }
    found
}

fn allowed(path: &str, may: &[&str], own: &str) -> bool {
    let covers = |allowed: &str| path == allowed || path.starts_with(&format!("{allowed}::"));
    covers(own.split("::").next().unwrap_or(own)) || may.iter().any(|m| covers(m))
}

#[test]
fn every_layer_uses_only_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    files.sort();
    let mut crossings = BTreeSet::new();
    let mut governed = 0;
    for file in &files {
        let layer = layer_of(file, &src);
        let text = std::fs::read_to_string(file).expect("a source file");
        let solver_user = SOLVER_USERS.iter().any(|user| layer.starts_with(user));
        for (number, line) in code(&text) {
            if line.contains("leerroute_solver") && !solver_user {
                crossings.insert(format!(
                    "{layer}: {}:{number} uses the optimiser",
                    file.display()
                ));
            }
        }
        let Some((own, may)) = rule_for(&layer) else {
            continue;
        };
        governed += 1;
        for (number, line) in code(&text) {
            for path in used(line) {
                if !allowed(&path, may, own) {
                    crossings.insert(format!(
                        "{own} may not use crate::{path} ({}:{number})",
                        file.display()
                    ));
                }
            }
        }
    }
    assert!(governed > 40, "the rules govern only {governed} files");
    assert!(
        crossings.is_empty(),
        "layers crossed:\n{}",
        crossings.into_iter().collect::<Vec<_>>().join("\n")
    );
}

/// The checker itself: a crossing is found, and comments and unit tests are
/// no code.
#[test]
fn the_checker_sees_uses_but_not_comments_or_tests() {
    let text = "use crate::plan::planner::Planner;\n// crate::load in a comment\n#[cfg(test)]\nuse crate::load::x;\n";
    let lines = code(text);
    assert_eq!(lines.len(), 1);
    assert_eq!(used(lines[0].1), ["plan::planner::Planner"]);
    let (own, may) = rule_for("check::cycles").expect("check has a rule");
    assert!(!allowed("plan::planner::Planner", may, own));
    assert!(allowed("render::why::unobtainable", may, own));
    assert!(!allowed("render::plan", may, own));
    assert!(allowed("check::Context", may, own));
}

//! Finding and reading the files of a curriculum on disk.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use super::SourceMap;
use crate::diagnostic::{Code, Diagnostic};

/// Reads `path` (a `.toml` file, or a directory with `*.toml` files at any
/// depth, in path order) into `sources`.
pub(super) fn read_tree(path: &Path, sources: &mut SourceMap, diagnostics: &mut Vec<Diagnostic>) {
    let mut found = Vec::new();
    if path.is_dir() {
        collect_toml(path, &mut found, diagnostics);
        if found.is_empty() && diagnostics.is_empty() {
            diagnostics.push(
                Diagnostic::new(
                    Code::Io,
                    format!("`{}` holds no `.toml` files", path.display()),
                )
                .help("point --curriculum at a curriculum directory or a single .toml file"),
            );
        }
    } else {
        found.push(path.to_path_buf());
    }
    found.sort();
    for file in found {
        read_file(&file, sources, diagnostics);
    }
}

fn collect_toml(dir: &Path, found: &mut Vec<PathBuf>, diagnostics: &mut Vec<Diagnostic>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            diagnostics.push(io_problem(dir, &error));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_toml(&path, found, diagnostics);
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            found.push(path);
        }
    }
}

/// Reads one file as UTF-8 into `sources`; returns its file index.
pub(super) fn read_file(
    path: &Path,
    sources: &mut SourceMap,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<u32> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            diagnostics.push(io_problem(path, &error));
            return None;
        }
    };
    let name = path.display().to_string();
    match String::from_utf8(bytes) {
        Ok(text) => Some(sources.add(name, Cow::Owned(text))),
        Err(error) => {
            // Keep the valid prefix so the diagnostic can show where the bad byte is.
            let valid = error.utf8_error().valid_up_to();
            let prefix = String::from_utf8_lossy(&error.as_bytes()[..valid]).into_owned();
            let file = sources.add(name.clone(), Cow::Owned(prefix));
            diagnostics.push(
                Diagnostic::new(Code::NotUtf8, format!("`{name}` is not valid UTF-8"))
                    .at(crate::model::Span::new(file, valid..valid), "invalid byte here")
                    .help("save the file as UTF-8 (most editors offer this under 'Save with encoding')"),
            );
            None
        }
    }
}

fn io_problem(path: &Path, error: &std::io::Error) -> Diagnostic {
    let help = match error.kind() {
        std::io::ErrorKind::NotFound => {
            "check the path; `--curriculum` takes a directory or a .toml file"
        }
        std::io::ErrorKind::PermissionDenied => "check the file's permissions",
        _ => "check that the path is a readable file or directory",
    };
    Diagnostic::new(
        Code::Io,
        format!("cannot read `{}`: {error}", path.display()),
    )
    .help(help)
}

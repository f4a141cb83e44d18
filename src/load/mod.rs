//! Reading curricula and passports: files → TOML with spans → resolved model.

pub mod bulk;
mod embedded;
mod encoding;
mod fields;
mod files;
mod raw;
mod resolve;
mod source;
mod worker;

use std::borrow::Cow;
use std::path::PathBuf;

pub use embedded::EMBEDDED_NAME;
pub use source::{Position, SourceMap};
pub use worker::{load_passport, parse_passport, parse_skill_list};

use crate::diagnostic::{Code, Diagnostic};
use crate::model::Curriculum;

/// Where a curriculum comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A directory (every `*.toml` below it) or a single `.toml` file.
    Path(PathBuf),
    /// The Smart Industry curriculum compiled into the binary.
    Embedded,
}

impl Origin {
    /// How the report names it.
    pub fn describe(&self) -> String {
        match self {
            Origin::Path(path) => path.display().to_string(),
            Origin::Embedded => EMBEDDED_NAME.to_string(),
        }
    }
}

/// Loading failed: every problem found, with the sources they point into.
#[derive(Debug)]
pub struct LoadError {
    pub sources: SourceMap,
    pub diagnostics: Vec<Diagnostic>,
}

/// Loads, parses and resolves a curriculum. Fails with every structural
/// problem at once; semantic lints are [`crate::check`]'s job.
pub fn load_curriculum(origin: &Origin) -> Result<Curriculum, LoadError> {
    let mut sources = SourceMap::default();
    let mut diagnostics = Vec::new();
    match origin {
        Origin::Path(path) => files::read_tree(path, &mut sources, &mut diagnostics),
        Origin::Embedded => {
            for (name, text) in embedded::FILES {
                sources.add(format!("{EMBEDDED_NAME}/{name}"), Cow::Borrowed(text));
            }
        }
    }
    let mut result = from_sources(sources, diagnostics);
    if let (Origin::Path(path), Err(error)) = (origin, &mut result)
        && path.is_file()
    {
        files::explain_part_of_curriculum(path, &mut error.diagnostics);
    }
    result
}

/// Builds a curriculum from files already in a source map (used by tests and
/// generators that make curricula in memory).
pub fn from_sources(
    sources: SourceMap,
    mut diagnostics: Vec<Diagnostic>,
) -> Result<Curriculum, LoadError> {
    let mut raw = raw::RawCurriculum::default();
    for file in 0..sources.len() as u32 {
        // Only the valid start of a non-UTF-8 file is kept, for pointing at
        // the bad byte; parsing that fragment would report made-up errors.
        if diagnostics
            .iter()
            .any(|d| d.code == Code::NotUtf8 && d.span.is_some_and(|s| s.file == file))
        {
            continue;
        }
        let mut syntax = Vec::new();
        let document = raw::parse_document(file, sources.text(file), &mut syntax);
        // A file with broken syntax is reported for its syntax only: reading
        // half a document would add confusing follow-up errors.
        if syntax.is_empty() {
            raw.read_file(file, document.get_ref(), &mut diagnostics);
        }
        diagnostics.extend(syntax);
    }
    let unreadable = diagnostics
        .iter()
        .any(|d| matches!(d.code, Code::Io | Code::NotUtf8 | Code::TomlSyntax));
    let resolved = resolve::resolve(raw, &mut diagnostics);
    // A file that could not be read may well hold the `[curriculum]` table:
    // do not also claim that it is missing.
    if unreadable {
        diagnostics.retain(|d| !(d.code == Code::CurriculumTable && d.span.is_none()));
    }
    if diagnostics.iter().any(Diagnostic::is_error) {
        sort_by_place(&mut diagnostics);
        return Err(LoadError {
            sources,
            diagnostics,
        });
    }
    Ok(Curriculum {
        sources,
        ..resolved
    })
}

/// Source order: file, then offset; problems without a place come first.
pub fn sort_by_place(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|diagnostic| diagnostic.span.map(|span| (span.file, span.start)));
}

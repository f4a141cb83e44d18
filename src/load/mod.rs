//! Reading curricula and passports: files → TOML with spans → resolved model.

pub mod bulk;
mod credentials;
mod curricular_analytics;
mod embedded;
mod encoding;
mod fields;
mod files;
mod holidays;
mod raw;
mod resolve;
mod worker;

use std::borrow::Cow;
use std::path::PathBuf;

pub use credentials::{ImportFailure, read_worker, with_credentials};
pub use embedded::EMBEDDED_NAME;
pub use files::nearest_file;
pub use holidays::load_holidays;
pub(crate) use worker::refused;
pub use worker::{load_passport, parse_passport, parse_skill_list};

use crate::diagnostic::{Code, Diagnostic, check_command};
use crate::model::{Curriculum, Gaps};
use crate::source::SourceMap;
use crate::words::phrase;

/// Where a curriculum comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    /// A directory (every `*.toml` below it) or a single `.toml` file.
    Path(PathBuf),
    /// The Smart Industry curriculum compiled into the binary.
    Embedded,
    /// A CurricularAnalytics CSV file, its credit hours converted at
    /// `hours_per_credit` (default: by its `System Type`, 45 for a
    /// semester, 30 for a quarter).
    CurricularAnalytics {
        /// The `.csv` file.
        path: PathBuf,
        /// `--hours-per-credit`, if given.
        hours_per_credit: Option<f64>,
    },
}

impl Origin {
    /// A path as a curriculum: a CurricularAnalytics CSV file when its name
    /// ends in `.csv` (in any case), else TOML.
    pub fn of_path(path: PathBuf, hours_per_credit: Option<f64>) -> Origin {
        if path
            .extension()
            .is_some_and(|extension| extension.eq_ignore_ascii_case("csv"))
        {
            Origin::CurricularAnalytics {
                path,
                hours_per_credit,
            }
        } else {
            Origin::Path(path)
        }
    }

    /// The command that checks the whole curriculum this comes from: the
    /// directory's when this is one file of a directory curriculum.
    pub fn check_command(&self) -> String {
        match self {
            Origin::Path(path) => {
                let whole = files::curriculum_of_part(path).unwrap_or_else(|| path.clone());
                check_command(&whole.display().to_string())
            }
            Origin::Embedded => "leerroute check".to_string(),
            Origin::CurricularAnalytics { path, .. } => check_command(&path.display().to_string()),
        }
    }

    /// How the report names it.
    pub fn describe(&self) -> String {
        match self {
            Origin::Path(path) => path.display().to_string(),
            Origin::Embedded => EMBEDDED_NAME.to_string(),
            Origin::CurricularAnalytics { path, .. } => path.display().to_string(),
        }
    }
}

/// Loading failed: every problem found, with the sources they point into.
#[derive(Debug)]
pub struct LoadError {
    /// Every file that was read, for the diagnostics to point into.
    pub sources: SourceMap,
    /// Every problem found; at least one is an error.
    pub diagnostics: Vec<Diagnostic>,
}

/// A curriculum as far as it could be read, with every problem found.
/// `check` lints it even when it has errors; everyone else wants
/// [`load_curriculum`].
#[derive(Debug)]
pub struct Loaded {
    pub curriculum: Curriculum,
    pub diagnostics: Vec<Diagnostic>,
    pub gaps: Gaps,
}

impl Loaded {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The curriculum, or every problem when there is an error.
    pub fn into_result(self) -> Result<Curriculum, LoadError> {
        if self.has_errors() {
            let Loaded {
                curriculum,
                diagnostics,
                ..
            } = self;
            return Err(LoadError {
                sources: curriculum.sources,
                diagnostics,
            });
        }
        Ok(self.curriculum)
    }
}

/// Loads, parses and resolves a curriculum. Fails with every structural
/// problem at once; semantic lints are [`crate::check`]'s job.
pub fn load_curriculum(origin: &Origin) -> Result<Curriculum, LoadError> {
    read_curriculum(origin).into_result()
}

/// Reads a curriculum as far as it goes, for `check`.
pub fn read_curriculum(origin: &Origin) -> Loaded {
    let mut sources = SourceMap::default();
    let mut diagnostics = Vec::new();
    match origin {
        Origin::Path(path) => files::read_tree(path, &mut sources, &mut diagnostics),
        Origin::Embedded => {
            for (name, text) in embedded::FILES {
                sources.add(format!("{EMBEDDED_NAME}/{name}"), Cow::Borrowed(text));
            }
        }
        Origin::CurricularAnalytics {
            path,
            hours_per_credit,
        } => {
            let raw = files::read_file(path, &mut sources, &mut diagnostics).map(|file| {
                curricular_analytics::read(
                    file,
                    sources.text(file),
                    *hours_per_credit,
                    &mut diagnostics,
                )
            });
            let readable = raw.is_some();
            return finish(sources, raw.unwrap_or_default(), readable, diagnostics);
        }
    }
    let mut loaded = assemble(sources, diagnostics);
    if let Origin::Path(file) = origin
        && let Some(curriculum) = files::curriculum_of_part(file)
    {
        files::explain_part(file, &curriculum, &mut loaded.diagnostics);
        // The other parts may grant, require or define what this one lacks.
        loaded.gaps.unread = true;
        loaded.gaps.part_of = Some(curriculum.display().to_string());
    }
    loaded
}

/// Builds a curriculum from files already in a source map (used by tests and
/// generators that make curricula in memory).
pub fn from_sources(
    sources: SourceMap,
    diagnostics: Vec<Diagnostic>,
) -> Result<Curriculum, LoadError> {
    assemble(sources, diagnostics).into_result()
}

fn assemble(sources: SourceMap, mut diagnostics: Vec<Diagnostic>) -> Loaded {
    // The first problem that kept a file from being read (the reading
    // problems come first), where follow-up checks that were skipped are noted.
    let mut unreadable = diagnostics.iter().position(is_unreadable);
    // Every file is parsed before any is read, so that the examples in help
    // can name ids from all of them.
    let mut documents = Vec::new();
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
            documents.push((file, document));
        } else {
            unreadable = unreadable.or(Some(diagnostics.len()));
        }
        diagnostics.extend(syntax);
    }
    let mut raw = raw::RawCurriculum {
        examples: fields::Examples::of_documents(documents.iter().map(|(_, d)| d.get_ref())),
        ..raw::RawCurriculum::default()
    };
    for (file, document) in &documents {
        raw.read_file(*file, document.get_ref(), &mut diagnostics);
    }
    drop(documents);
    finish_raw(sources, raw, unreadable, diagnostics)
}

/// A CSV curriculum's raw items, resolved as TOML's are.
fn finish(
    sources: SourceMap,
    raw: raw::RawCurriculum,
    readable: bool,
    diagnostics: Vec<Diagnostic>,
) -> Loaded {
    let unreadable = (!readable).then_some(0);
    finish_raw(sources, raw, unreadable, diagnostics)
}

/// Resolves raw items; `unreadable` is the first problem that kept a file
/// from being read.
fn finish_raw(
    sources: SourceMap,
    raw: raw::RawCurriculum,
    unreadable: Option<usize>,
    mut diagnostics: Vec<Diagnostic>,
) -> Loaded {
    let (resolved, gaps) = resolve::resolve(raw, unreadable.is_none(), &mut diagnostics);
    if let Some(first) = unreadable {
        // A file that could not be read may well hold the `[curriculum]`
        // table or the ids others refer to: say once that they were not
        // checked, instead of claiming each is missing.
        if gaps.unchecked_references > 0 {
            let note = phrase!(
                "load-references-unchecked",
                count = gaps.unchecked_references
            );
            diagnostics[first].notes.push(note);
        }
        diagnostics.retain(|d| !(d.code == Code::CurriculumTable && d.span.is_none()));
    }
    crate::diagnostic::sort_by_place(&mut diagnostics);
    Loaded {
        curriculum: Curriculum {
            sources,
            ..resolved
        },
        diagnostics,
        gaps,
    }
}

fn is_unreadable(diagnostic: &Diagnostic) -> bool {
    matches!(diagnostic.code, Code::Io | Code::NotUtf8 | Code::TomlSyntax)
}

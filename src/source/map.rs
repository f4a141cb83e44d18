//! The text of every file a curriculum or passport was read from, so that
//! diagnostics can point into it long after parsing.

use std::borrow::Cow;

use codespan_reporting::files::{Files, SimpleFile, SimpleFiles};

use super::Span;

/// All source files of one load, addressed by the `file` index of a [`Span`].
#[derive(Debug, Default)]
pub struct SourceMap {
    files: SimpleFiles<String, Cow<'static, str>>,
    count: u32,
}

/// A 1-based line and column (in characters), as editors show them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1, counted in characters (not bytes).
    pub column: usize,
}

impl SourceMap {
    /// Adds a file by the name reports show (usually its path) and its
    /// text; returns its `file` index for spans: 0, 1, … in the order added.
    pub fn add(&mut self, name: String, text: Cow<'static, str>) -> u32 {
        self.files.add(name, text);
        self.count += 1;
        self.count - 1
    }

    /// How many files it holds.
    pub fn len(&self) -> usize {
        self.count as usize
    }

    /// Whether it holds no files.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The name file `file` was added with; empty when there is no such file.
    pub fn name(&self, file: u32) -> &str {
        self.file(file).map_or("", |file| file.name().as_str())
    }

    /// The text of file `file`; empty when there is no such file.
    pub fn text(&self, file: u32) -> &str {
        self.file(file).map_or("", |file| file.source().as_ref())
    }

    /// The source text under a span.
    pub fn snippet(&self, span: Span) -> &str {
        self.text(span.file)
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }

    /// Where a span starts, as a 1-based line and column; line 1, column 1
    /// when the span points outside the files.
    pub fn position(&self, span: Span) -> Position {
        self.files
            .location(span.file as usize, span.start as usize)
            .map(|location| Position {
                line: location.line_number,
                column: location.column_number,
            })
            .unwrap_or(Position { line: 1, column: 1 })
    }

    pub(crate) fn files(&self) -> &SimpleFiles<String, Cow<'static, str>> {
        &self.files
    }

    fn file(&self, file: u32) -> Option<&SimpleFile<String, Cow<'static, str>>> {
        self.files.get(file as usize).ok()
    }
}

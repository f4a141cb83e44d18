//! Bulk passports for `batch`: CSV (header `id,name,skills,completed,target,
//! hours_per_week,budget`, optionally `credentials`; lists separated by `;`)
//! or JSON Lines with the same keys. Rows stream in one at a time; a bad row becomes an error row with its
//! line number and never stops the stream. Only an input that cannot be read
//! as a whole (not text, no usable header, a quote never closed) stops it, so
//! no row is ever dropped silently.

mod csv_rows;
mod jsonl;
mod lines;

use std::io::Read;

pub use jsonl::IgnoredKeys;

use super::raw::Text;
use super::worker::{bad_amount, refused, resolve_levels, resolve_module};
use crate::diagnostic::Diagnostic;
use crate::model::{Curriculum, Passport, check_budget, check_hours_per_week, parse_euro};
use crate::source::Span;
use crate::words::{Phrase, phrase};

/// The bulk columns; a TOML passport has the same fields but the last.
pub const COLUMNS: [&str; 8] = [
    "id",
    "name",
    "skills",
    "completed",
    "target",
    "hours_per_week",
    "budget",
    "credentials",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulkFormat {
    Csv,
    Jsonl,
}

/// What to do with CSV columns and JSON keys that are not in [`COLUMNS`]
/// (an HR export's `department`, `manager`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtraColumns {
    /// Refuse them: a misspelt `skils` must not plan every worker without skills.
    Refuse,
    /// Skip them.
    Ignore,
}

/// The fix offered for a column or key leerroute does not use.
fn extra_columns_help() -> Phrase {
    phrase!("rows-extra-columns-help")
}

/// Why a row has no id.
fn no_id() -> Phrase {
    phrase!("rows-no-id")
}

/// One row as written, before its ids are resolved.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RowFields {
    pub id: String,
    pub name: Option<String>,
    pub skills: Vec<String>,
    pub completed: Vec<String>,
    pub target: Option<String>,
    pub hours_per_week: Option<f64>,
    pub budget: Option<f64>,
    /// Credential files or folders, relative to the input file.
    pub credentials: Vec<String>,
}

/// Why a row cannot be read, with what could be read of it: scripts match
/// error rows to workers by id.
#[derive(Debug, Clone, PartialEq)]
pub struct RowError {
    pub id: String,
    pub target: Option<String>,
    /// Said in the language of the output rows.
    pub message: Phrase,
}

impl RowError {
    fn new(message: Phrase) -> RowError {
        RowError {
            id: String::new(),
            target: None,
            message,
        }
    }
}

/// A row and the input line it starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub line: u64,
    pub fields: Result<RowFields, RowError>,
}

/// Why an input cannot be read at all, and how to fix it.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub message: Phrase,
    pub help: Phrase,
    /// The first line of the input that no row was read from, when the
    /// rows before it were read (a quote never closed): a stream's rows
    /// before it are planned, as their plans cannot wait for the end.
    pub unread_from: Option<u64>,
}

impl Unreadable {
    fn new(message: Phrase, help: Phrase) -> Unreadable {
        Unreadable {
            message,
            help,
            unread_from: None,
        }
    }
}

/// Reads the whole input without planning, for the first problem that makes
/// it unreadable: a regular file is scanned so that a quote never closed far
/// down is refused before any plan is written.
pub fn scan<R: Read>(input: R, format: BulkFormat, extra: ExtraColumns) -> Result<(), Unreadable> {
    Rows::new(input, format, extra)?.try_for_each(|row| row.map(drop))
}

/// Streams rows from CSV or JSON Lines. An `Err` item means the input cannot
/// be read past that point; nothing follows it.
pub struct Rows<R: Read> {
    source: Source<R>,
    /// Set once the input was found unreadable: nothing more is read.
    failed: bool,
}

enum Source<R: Read> {
    // Boxed: the CSV parser's tables dwarf the JSON Lines variant.
    Csv(Box<csv_rows::CsvRows<R>>),
    Jsonl(jsonl::JsonRows<R>),
}

impl<R: Read> Rows<R> {
    /// Starts reading. Fails when the input as a whole is unusable: empty,
    /// not text, or (CSV) a header that is unreadable, lacks `id`, repeats a
    /// column or has one leerroute does not use (unless `extra` ignores it).
    pub fn new(input: R, format: BulkFormat, extra: ExtraColumns) -> Result<Rows<R>, Unreadable> {
        let source = match format {
            BulkFormat::Csv => Source::Csv(Box::new(csv_rows::CsvRows::new(input, extra)?)),
            BulkFormat::Jsonl => Source::Jsonl(jsonl::JsonRows::new(input, extra)?),
        };
        Ok(Rows {
            source,
            failed: false,
        })
    }

    /// The CSV header's columns that are skipped (with `ExtraColumns::Ignore`).
    pub fn ignored_columns(&self) -> &[String] {
        match &self.source {
            Source::Csv(rows) => &rows.ignored,
            Source::Jsonl(_) => &[],
        }
    }

    /// The JSON Lines keys that are skipped (with `ExtraColumns::Ignore`),
    /// filled in as the rows are read: each line may have keys of its own.
    pub fn ignored_keys(&self) -> IgnoredKeys {
        match &self.source {
            Source::Csv(_) => IgnoredKeys::default(),
            Source::Jsonl(rows) => rows.ignored.clone(),
        }
    }
}

impl<R: Read> Iterator for Rows<R> {
    type Item = Result<Row, Unreadable>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let next = match &mut self.source {
            Source::Csv(rows) => rows.next_row(),
            Source::Jsonl(rows) => rows.next_row(),
        };
        self.failed = next.is_err();
        next.transpose()
    }
}

/// A budget written as text (a CSV cell, a JSON string), in the amount
/// notation (`2.000,50`, `€ 2000`); blank is "not given".
pub(crate) fn budget_text(text: &str) -> Result<Option<f64>, Phrase> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_euro(text).map(Some).map_err(|bad| {
        let (message, help) = bad_amount(&bad, str::to_string);
        in_column("budget", message, Some(help))
    })
}

/// A row's problem in one of its columns, with its fix:
/// "`budget`: … ; write `2000`".
fn in_column(column: &str, message: Phrase, help: Option<Phrase>) -> Phrase {
    match help {
        Some(help) => phrase!(
            "rows-column-problem-help",
            column = column,
            message = message,
            help = help
        ),
        None => phrase!("rows-column-problem", column = column, message = message),
    }
}

/// A text cell or value as read: trimmed, `None` when blank, so that an
/// empty `target` falls back to `--target` in CSV, JSON Lines and TOML
/// passports alike.
pub(crate) fn optional_text(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// Resolves a row's ids against the curriculum, by the rules a passport
/// file follows. The error says what is wrong and how to fix it (with a
/// did-you-mean), without the line number.
pub fn resolve_row(curriculum: &Curriculum, fields: &RowFields) -> Result<Passport, Phrase> {
    let mut diagnostics = Vec::new();
    let skills = resolve_levels(curriculum, &unplaced(&fields.skills), &mut diagnostics);
    first_problem("skills", &diagnostics)?;
    let completed = unplaced(&fields.completed)
        .iter()
        .filter_map(|id| resolve_module(curriculum, id, &mut diagnostics))
        .collect();
    first_problem("completed", &diagnostics)?;
    let hours_per_week = fields
        .hours_per_week
        .map(check_hours_per_week)
        .transpose()
        .map_err(|e| in_column("hours_per_week", refused(e), None))?;
    let budget = fields
        .budget
        .map(check_budget)
        .transpose()
        .map_err(|e| in_column("budget", refused(e), None))?;
    Ok(Passport {
        id: fields.id.clone(),
        name: fields.name.clone().unwrap_or_else(|| fields.id.clone()),
        skills,
        completed,
        target: fields.target.clone(),
        hours_per_week,
        budget,
    })
}

/// A row's cells as texts without a place: a row's problems name its line.
fn unplaced(cells: &[String]) -> Vec<Text> {
    cells
        .iter()
        .map(|cell| Text {
            value: cell.clone(),
            span: Span::default(),
        })
        .collect()
}

/// The first problem found in a row's `column`, as one line: the message
/// and its fix.
fn first_problem(column: &str, diagnostics: &[Diagnostic]) -> Result<(), Phrase> {
    match diagnostics.first() {
        None => Ok(()),
        Some(problem) => Err(in_column(
            column,
            problem.message.clone(),
            problem.help.clone(),
        )),
    }
}

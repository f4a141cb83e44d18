//! Diagnostics for people (codespan-reporting, grouped per code) and for
//! pipelines (JSON).

use codespan_reporting::diagnostic::{Diagnostic as Rendered, Label, Severity as RenderedSeverity};
use codespan_reporting::term::{self, termcolor};
use serde::Serialize;

use super::echo::Echo;
use super::{Code, Diagnostic, Severity};
use crate::source::SourceMap;
use crate::source::Span;
use crate::words::{Words, say};

/// How many diagnostics of one code the text report shows before it
/// summarises the rest; a real catalogue can have thousands of one kind.
const SHOWN_PER_CODE: usize = 5;

/// A finished check: the diagnostics that survived `--allow`, in source order.
pub struct Report<'a> {
    /// The files the diagnostics point into.
    pub sources: &'a SourceMap,
    /// The diagnostics to show, in source order.
    pub diagnostics: &'a [Diagnostic],
    /// What was checked, for the summary line ("`smart-industry`").
    pub subject: &'a str,
    /// Show every diagnostic instead of the first few per code.
    pub show_all: bool,
    /// What errors kept from being checked.
    pub unchecked: &'a Unchecked,
    /// The language the report is said in.
    pub words: &'a Words,
    /// The terminal's width, when there is one: prose is wrapped to it at
    /// spaces (an id is never cut); `None` for a pipe or a file.
    pub width: Option<usize>,
}

/// How far codespan indents a note's text ("   = "), at most.
const NOTE_INDENT: usize = 8;

/// `text` wrapped to `width` at spaces only, each line after the first
/// indented by `rest`; as it is without a width.
fn wrapped(text: &str, width: Option<usize>, rest: &str) -> String {
    wrapped_after(0, text, width, rest)
}

/// [`wrapped`], for text that follows `used` columns on its first line.
fn wrapped_after(used: usize, text: &str, width: Option<usize>, rest: &str) -> String {
    let Some(width) = width else {
        return text.to_string();
    };
    let lead = " ".repeat(used);
    let options = textwrap::Options::new(width.max(20))
        .initial_indent(&lead)
        .subsequent_indent(rest)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false);
    let text = textwrap::wrap(text, options).join("\n");
    text.strip_prefix(&lead).unwrap_or(&text).to_string()
}

/// What `check` could not judge in a curriculum with errors.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Unchecked {
    /// Lints that did not run at all.
    pub lints: Vec<Code>,
    /// Items with errors of their own, which no lint judged.
    pub items: usize,
    /// The curriculum directory the file checked is one part of: the
    /// reason the lints did not run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
}

impl Unchecked {
    pub fn is_empty(&self) -> bool {
        self.lints.is_empty() && self.items == 0
    }

    /// The note before the summary line: what was left out, and why.
    fn note(&self, words: &Words) -> String {
        let mut parts = Vec::new();
        if !self.lints.is_empty() {
            let codes: Vec<String> = self.lints.iter().map(|code| format!("`{code}`")).collect();
            let codes = codes.join(", ");
            let count = self.lints.len();
            parts.push(match self.part_of {
                Some(_) => say!(
                    words,
                    "diag-lints-did-not-run-part",
                    count = count,
                    codes = codes
                ),
                None => say!(
                    words,
                    "diag-lints-did-not-run",
                    count = count,
                    codes = codes
                ),
            });
        }
        if self.items > 0 {
            parts.push(say!(words, "diag-items-not-linted", count = self.items));
        }
        let parts = words.and_list(&parts);
        match &self.part_of {
            Some(directory) => say!(
                words,
                "diag-note-part-of",
                directory = directory.as_str(),
                parts = parts,
                command = check_command(directory)
            ),
            None => say!(words, "diag-note-errors", parts = parts),
        }
    }

    /// The end of the summary line: ", 6 lints and 1 item not checked".
    fn summary(&self, words: &Words) -> String {
        let mut parts = Vec::new();
        if !self.lints.is_empty() {
            parts.push(say!(words, "diag-count-lints", count = self.lints.len()));
        }
        if self.items > 0 {
            parts.push(say!(words, "diag-count-items", count = self.items));
        }
        say!(
            words,
            "diag-summary-unchecked",
            parts = words.and_list(&parts)
        )
    }
}

/// The counts behind the summary line and the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
}

impl Summary {
    pub fn of(diagnostics: &[Diagnostic]) -> Summary {
        let errors = diagnostics.iter().filter(|d| d.is_error()).count();
        Summary {
            errors,
            warnings: diagnostics.len() - errors,
        }
    }
}

/// The command that checks the curriculum at `path`, as help names it.
pub fn check_command(path: &str) -> String {
    format!("leerroute check {path}")
}

/// The diagnostic as codespan renders it, with its labels pointing into `echo`.
fn to_rendered(diagnostic: &Diagnostic, echo: &Echo<'_>, report: &Report<'_>) -> Rendered<usize> {
    let words = report.words;
    let note_width = report.width.map(|width| width.saturating_sub(NOTE_INDENT));
    let note = |text: String| wrapped(&text, note_width, "");
    let severity = match diagnostic.severity {
        Severity::Error => RenderedSeverity::Error,
        Severity::Warning => RenderedSeverity::Warning,
    };
    let range = |span: Span| {
        let file = span.file as usize;
        (
            file,
            echo.map(file, span.start as usize)..echo.map(file, span.end as usize),
        )
    };
    let mut labels = Vec::new();
    if let Some(span) = diagnostic.span {
        let (file, range) = range(span);
        let label = diagnostic.label.as_ref().map(|label| label.say(words));
        labels.push(Label::primary(file, range).with_message(label.unwrap_or_default()));
    }
    for (span, message) in &diagnostic.secondary {
        let (file, range) = range(*span);
        labels.push(Label::secondary(file, range).with_message(message.say(words)));
    }
    let mut notes: Vec<String> = diagnostic
        .notes
        .iter()
        .map(|text| note(say!(words, "diag-note", note = text.say(words))))
        .collect();
    for (invisible, picture) in echo.pictured() {
        let picture = picture.to_string();
        let code = format!("U+{:04X}", invisible as u32);
        let pictured = say!(words, "diag-pictured", picture = picture, code = code);
        notes.push(note(say!(words, "diag-note", note = pictured)));
    }
    if let Some(help) = &diagnostic.help {
        notes.push(note(say!(words, "diag-help", help = help.say(words))));
    }
    Rendered::new(severity)
        .with_code(diagnostic.code.as_str())
        .with_message(wrapped_after(
            severity_word(diagnostic.severity, words).chars().count()
                + diagnostic.code.as_str().len()
                + 4,
            &diagnostic.message.say(words),
            report.width,
            "  ",
        ))
        .with_labels(labels)
        .with_notes(notes)
}

/// Renders the report: each diagnostic with its source line and marker, the
/// first few per code when there are many, and a summary line.
pub fn render_text(report: &Report<'_>, color: bool) -> String {
    let words = report.words;
    let mut text = render_problems(report, color);
    let summary = Summary::of(report.diagnostics);
    let unchecked = if report.unchecked.is_empty() {
        String::new()
    } else {
        text.push_str(&wrapped(&report.unchecked.note(words), report.width, ""));
        text.push('\n');
        report.unchecked.summary(words)
    };
    let line = say!(
        words,
        "diag-summary",
        subject = report.subject,
        errors = summary.errors,
        warnings = summary.warnings,
        files = report.sources.len(),
        unchecked = unchecked
    );
    text.push_str(&wrapped(&line, report.width, "  "));
    text.push('\n');
    text
}

fn new_buffer(color: bool) -> termcolor::Buffer {
    if color {
        termcolor::Buffer::ansi()
    } else {
        termcolor::Buffer::no_color()
    }
}

/// One rendered diagnostic with its severity in the report's language:
/// codespan writes `error[code]` in English, always first.
fn said_severity(rendered: &str, severity: Severity, words: &Words) -> String {
    let english = match severity {
        Severity::Error => "error[",
        Severity::Warning => "warning[",
    };
    rendered.replacen(english, &format!("{}[", severity_word(severity, words)), 1)
}

fn severity_word(severity: Severity, words: &Words) -> String {
    match severity {
        Severity::Error => say!(words, "diag-severity-error"),
        Severity::Warning => say!(words, "diag-severity-warning"),
    }
}

/// The diagnostics of the report without the summary line: for input given
/// on the command line (`--skills`), where counting files makes no sense.
pub fn render_problems(report: &Report<'_>, color: bool) -> String {
    let mut text = String::new();
    let config = term::Config::default();
    let mut shown: std::collections::BTreeMap<Code, usize> = Default::default();
    let mut hidden: std::collections::BTreeMap<Code, usize> = Default::default();
    for diagnostic in report.diagnostics {
        let count = shown.entry(diagnostic.code).or_default();
        if !report.show_all && *count >= SHOWN_PER_CODE {
            *hidden.entry(diagnostic.code).or_default() += 1;
            continue;
        }
        *count += 1;
        let places = diagnostic.span.into_iter();
        let echo = Echo::new(
            report.sources,
            places.chain(diagnostic.secondary.iter().map(|(span, _)| *span)),
        );
        let rendered = to_rendered(diagnostic, &echo, report);
        let mut one = new_buffer(color);
        // Rendering into memory cannot fail on I/O, and every span was made
        // from the same source map; a failure would only lose the snippet.
        let _ = term::emit_to_write_style(&mut one, &config, &echo, &rendered);
        text.push_str(&said_severity(
            &String::from_utf8_lossy(one.as_slice()),
            diagnostic.severity,
            report.words,
        ));
    }
    for (code, count) in &hidden {
        let (severity, code) = (code.severity(), code.as_str());
        text.push_str(&match severity {
            Severity::Error => say!(
                report.words,
                "diag-more-errors",
                count = *count,
                code = code
            ),
            Severity::Warning => {
                say!(
                    report.words,
                    "diag-more-warnings",
                    count = *count,
                    code = code
                )
            }
        });
        text.push('\n');
    }
    if !hidden.is_empty() {
        text.push('\n');
    }
    text
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'a str,
    severity: Severity,
    /// In the report's language, like `help`, `notes` and `related`'s
    /// messages; `code` is the stable part.
    message: String,
    file: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    help: Option<String>,
    notes: Vec<String>,
    /// Other places the problem involves (the first definition of a duplicate).
    related: Vec<JsonPlace<'a>>,
}

#[derive(Serialize)]
struct JsonPlace<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    message: String,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    diagnostics: Vec<JsonDiagnostic<'a>>,
    errors: usize,
    warnings: usize,
    not_checked: &'a Unchecked,
}

/// The stable JSON schema of `check --format json` (documented in the README).
pub fn render_json(report: &Report<'_>) -> String {
    let summary = Summary::of(report.diagnostics);
    let words = report.words;
    let diagnostics = report
        .diagnostics
        .iter()
        .map(|diagnostic| {
            let position = diagnostic.span.map(|span| report.sources.position(span));
            JsonDiagnostic {
                code: diagnostic.code.as_str(),
                severity: diagnostic.severity,
                message: diagnostic.message.say(words),
                file: diagnostic.span.map(|span| report.sources.name(span.file)),
                line: position.map(|p| p.line),
                column: position.map(|p| p.column),
                help: diagnostic.help.as_ref().map(|help| help.say(words)),
                notes: diagnostic
                    .notes
                    .iter()
                    .map(|note| note.say(words))
                    .collect(),
                related: diagnostic
                    .secondary
                    .iter()
                    .map(|(span, message)| {
                        let position = report.sources.position(*span);
                        JsonPlace {
                            file: report.sources.name(span.file),
                            line: position.line,
                            column: position.column,
                            message: message.say(words),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let json = JsonReport {
        diagnostics,
        errors: summary.errors,
        warnings: summary.warnings,
        not_checked: report.unchecked,
    };
    // Serialising plain strings and numbers cannot fail.
    serde_json::to_string_pretty(&json).unwrap_or_default() + "\n"
}

//! Diagnostics for people (codespan-reporting, grouped per code) and for
//! pipelines (JSON).

use codespan_reporting::diagnostic::{Diagnostic as Rendered, Label, Severity as RenderedSeverity};
use codespan_reporting::term::{self, termcolor};
use serde::Serialize;

use super::echo::Echo;
use super::{Code, Diagnostic, Severity};
use crate::source::SourceMap;
use crate::source::Span;

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
    fn note(&self) -> String {
        let mut parts = Vec::new();
        if !self.lints.is_empty() {
            let codes: Vec<String> = self.lints.iter().map(|code| format!("`{code}`")).collect();
            let need = match self.part_of {
                Some(_) => "the whole curriculum",
                None => "a curriculum without errors",
            };
            parts.push(format!(
                "{} did not run ({}: they need {need})",
                plural(self.lints.len(), "lint"),
                codes.join(", ")
            ));
        }
        if self.items > 0 {
            parts.push(format!(
                "{} with errors {} not linted",
                plural(self.items, "item"),
                if self.items == 1 { "was" } else { "were" }
            ));
        }
        match &self.part_of {
            Some(directory) => format!(
                "note: this file is one part of the curriculum in `{directory}`, so {}; \
                 check the whole curriculum: `{}`\n",
                parts.join(" and "),
                check_command(directory)
            ),
            None => format!(
                "note: because of the errors, {}; fix the errors and check again\n",
                parts.join(" and ")
            ),
        }
    }

    /// The end of the summary line: ", 6 lints and 1 item not checked".
    fn summary(&self) -> String {
        let mut parts = Vec::new();
        if !self.lints.is_empty() {
            parts.push(plural(self.lints.len(), "lint"));
        }
        if self.items > 0 {
            parts.push(plural(self.items, "item"));
        }
        format!("; {} not checked", parts.join(" and "))
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

fn plural(count: usize, word: &str) -> String {
    if count == 1 {
        format!("1 {word}")
    } else {
        format!("{count} {word}s")
    }
}

/// The diagnostic as codespan renders it, with its labels pointing into `echo`.
fn to_rendered(diagnostic: &Diagnostic, echo: &Echo<'_>) -> Rendered<usize> {
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
        labels.push(Label::primary(file, range).with_message(&diagnostic.label));
    }
    for (span, message) in &diagnostic.secondary {
        let (file, range) = range(*span);
        labels.push(Label::secondary(file, range).with_message(message));
    }
    let mut notes: Vec<String> = diagnostic
        .notes
        .iter()
        .map(|n| format!("note: {n}"))
        .collect();
    for (invisible, picture) in echo.pictured() {
        notes.push(format!(
            "note: `{picture}` above stands for the invisible character U+{:04X}",
            invisible as u32
        ));
    }
    if let Some(help) = &diagnostic.help {
        notes.push(format!("help: {help}"));
    }
    Rendered::new(severity)
        .with_code(diagnostic.code.as_str())
        .with_message(&diagnostic.message)
        .with_labels(labels)
        .with_notes(notes)
}

/// Renders the report: each diagnostic with its source line and marker, the
/// first few per code when there are many, and a summary line.
pub fn render_text(report: &Report<'_>, color: bool) -> String {
    let mut text = render_problems(report, color);
    let summary = Summary::of(report.diagnostics);
    let unchecked = if report.unchecked.is_empty() {
        String::new()
    } else {
        text.push_str(&report.unchecked.note());
        report.unchecked.summary()
    };
    text.push_str(&format!(
        "{}: {}, {} in {}{unchecked}\n",
        report.subject,
        plural(summary.errors, "error"),
        plural(summary.warnings, "warning"),
        plural(report.sources.len(), "file"),
    ));
    text
}

/// The diagnostics of the report without the summary line: for input given
/// on the command line (`--skills`), where counting files makes no sense.
pub fn render_problems(report: &Report<'_>, color: bool) -> String {
    let mut buffer = if color {
        termcolor::Buffer::ansi()
    } else {
        termcolor::Buffer::no_color()
    };
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
        // Rendering into memory cannot fail on I/O, and every span was made
        // from the same source map; a failure would only lose the snippet.
        let _ =
            term::emit_to_write_style(&mut buffer, &config, &echo, &to_rendered(diagnostic, &echo));
    }
    let mut text = String::from_utf8_lossy(buffer.as_slice()).into_owned();
    for (code, count) in &hidden {
        let severity = match code.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        text.push_str(&format!(
            "… and {count} more `{code}` {severity}{} (run with -v to see all)\n",
            if *count == 1 { "" } else { "s" }
        ));
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
    message: &'a str,
    file: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    help: Option<&'a str>,
    notes: &'a [String],
    /// Other places the problem involves (the first definition of a duplicate).
    related: Vec<JsonPlace<'a>>,
}

#[derive(Serialize)]
struct JsonPlace<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    message: &'a str,
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
    let diagnostics = report
        .diagnostics
        .iter()
        .map(|diagnostic| {
            let position = diagnostic.span.map(|span| report.sources.position(span));
            JsonDiagnostic {
                code: diagnostic.code.as_str(),
                severity: diagnostic.severity,
                message: &diagnostic.message,
                file: diagnostic.span.map(|span| report.sources.name(span.file)),
                line: position.map(|p| p.line),
                column: position.map(|p| p.column),
                help: diagnostic.help.as_deref(),
                notes: &diagnostic.notes,
                related: diagnostic
                    .secondary
                    .iter()
                    .map(|(span, message)| {
                        let position = report.sources.position(*span);
                        JsonPlace {
                            file: report.sources.name(span.file),
                            line: position.line,
                            column: position.column,
                            message,
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

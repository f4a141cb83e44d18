//! Problems found in user input, in one shape for every phase (loading,
//! resolving, linting) and every output (terminal, JSON).

mod code;
mod echo;
mod render;

pub use code::Code;
pub use render::{
    Report, Summary, Unchecked, check_command, render_json, render_problems, render_text,
};

use crate::source::Span;
use crate::words::{Phrase, phrase};

/// How bad a problem is. JSON writes it in lower case (`"error"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The input is wrong: `check` fails (exit 1), and a structural error
    /// keeps the curriculum from being planned with.
    Error,
    /// Worth fixing, but `check` passes unless `--deny warnings`.
    Warning,
}

/// One problem: what is wrong, where, and how to fix it.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// What kind of problem it is: the stable code scripts match on.
    pub code: Code,
    /// The code's severity, or `Error` for a warning under `--deny warnings`.
    pub severity: Severity,
    /// What is wrong, in one line that names the item (``module `weld-basis`
    /// has hours 1e308``): words said in the chosen language when rendered.
    pub message: Phrase,
    /// The offending text; `None` for problems with no single place (a missing file).
    pub span: Option<Span>,
    /// What the primary marker says under the offending text.
    pub label: Option<Phrase>,
    /// Other places that explain the problem (the first definition of a duplicate).
    pub secondary: Vec<(Span, Phrase)>,
    /// Background: a why-chain, a cycle, a list of affected items.
    pub notes: Vec<Phrase>,
    /// The suggested fix.
    pub help: Option<Phrase>,
}

impl Diagnostic {
    /// A diagnostic with the code's default severity.
    pub fn new(code: Code, message: impl Into<Phrase>) -> Diagnostic {
        Diagnostic {
            code,
            severity: code.severity(),
            message: message.into(),
            span: None,
            label: None,
            secondary: Vec::new(),
            notes: Vec::new(),
            help: None,
        }
    }

    /// Points it at `span`, with `label` under the offending text.
    pub fn at(mut self, span: Span, label: impl Into<Phrase>) -> Diagnostic {
        self.span = Some(span);
        self.label = Some(label.into());
        self
    }

    /// Adds another place that explains the problem, with its label.
    pub fn also(mut self, span: Span, label: impl Into<Phrase>) -> Diagnostic {
        self.secondary.push((span, label.into()));
        self
    }

    /// Adds a note of background (a why-chain, a cycle).
    pub fn note(mut self, note: impl Into<Phrase>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    /// Sets the suggested fix.
    pub fn help(mut self, help: impl Into<Phrase>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// Whether its severity is `Error`: a load that finds one fails, and
    /// so does `check`.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The one wording of a suggested fix: "did you mean `hours`?".
pub fn did_you_mean(fix: &str) -> Phrase {
    phrase!("input-did-you-mean", fix = fix)
}

/// [`did_you_mean`] the candidate closest to a misspelt name, or `None` when
/// nothing is close.
pub fn suggest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<Phrase> {
    closest(wrong, candidates).map(did_you_mean)
}

/// The candidate closest to a misspelt name, or `None` when nothing is
/// close. Case is ignored: `WELDING` is a near miss of `welding`.
pub fn closest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wrong = wrong.to_lowercase();
    candidates
        .into_iter()
        .map(|candidate| {
            let score = strsim::jaro_winkler(&wrong, &candidate.to_lowercase());
            (score, candidate)
        })
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, candidate)| candidate)
}

/// User text the way a message shows it: control and invisible characters
/// escaped (`weld\u{200b}ing`), so that a reader sees why two ids differ.
pub fn shown(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '"' | '\'' | '\\' => c.to_string(),
            _ => c.escape_debug().to_string(),
        })
        .collect()
}

/// Source order: file, then offset; problems without a place come first.
pub fn sort_by_place(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|diagnostic| diagnostic.span.map(|span| (span.file, span.start)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_closest_candidate() {
        assert_eq!(closest("hour", ["hours", "cost", "name"]), Some("hours"));
        assert_eq!(
            closest("plc-programing", ["plc-programming", "cad"]),
            Some("plc-programming")
        );
    }

    #[test]
    fn ignores_case() {
        assert_eq!(closest("WELDING", ["welding", "wedding"]), Some("welding"));
    }

    #[test]
    fn shows_invisible_characters_escaped() {
        assert_eq!(shown("weld\u{200b}ing"), "weld\\u{200b}ing");
        assert_eq!(shown("\"één\""), "\"één\"");
    }

    #[test]
    fn suggests_nothing_when_nothing_is_close() {
        assert_eq!(closest("zzz", ["hours", "cost"]), None);
    }
}

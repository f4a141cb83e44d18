//! Skills passports: `[worker]` TOML files and `--skills` lists.

use std::borrow::Cow;
use std::path::Path;

use toml::de::DeValue;

use super::fields::{Amount, Examples, Fields, example, noun};
use super::raw::{Text, parse_document};
use super::resolve::LevelResolver;
use super::{LoadError, files};
use crate::diagnostic::{Code, Diagnostic, suggest};
use crate::model::{
    BadAmount, Curriculum, HOURS_PER_WEEK_RANGE, InvalidValue, Passport, SkillLevel, check_budget,
    check_hours_per_week, parse_euro, thousands_grouped,
};
use crate::source::SourceMap;
use crate::source::{Located, Span};
use crate::words::{Arg, Phrase, phrase};

/// A passport's fields are the bulk format's columns, but `credentials`
/// (a TOML passport's credentials sit beside it in a folder): one list.
const WORKER_FIELDS: &[&str] = super::bulk::COLUMNS.split_last().expect("columns").1;

/// Reads a worker passport file and resolves it against the curriculum.
pub fn load_passport(path: &Path, curriculum: &Curriculum) -> Result<Passport, LoadError> {
    let mut sources = SourceMap::default();
    let mut diagnostics = Vec::new();
    if path.is_dir() {
        diagnostics.push(directory_as_passport(path));
        return Err(LoadError {
            sources,
            diagnostics,
        });
    }
    let Some(file) = files::read_file(path, &mut sources, &mut diagnostics) else {
        return Err(LoadError {
            sources,
            diagnostics,
        });
    };
    let passport = parse_passport(&sources, file, curriculum, &mut diagnostics);
    match passport {
        Some(passport) if !diagnostics.iter().any(Diagnostic::is_error) => Ok(passport),
        _ => Err(LoadError {
            sources,
            diagnostics,
        }),
    }
}

/// A directory where a passport belongs: the curriculum's rules for files
/// (rename it so that it is not read) would be the wrong fix.
fn directory_as_passport(path: &Path) -> Diagnostic {
    let example = first_toml_in(path)
        .unwrap_or_else(|| path.join("anna.toml"))
        .display()
        .to_string();
    Diagnostic::new(
        Code::Io,
        phrase!("passport-file-directory", path = path.display().to_string()),
    )
    .help(phrase!("passport-file-directory-help", example = example))
}

/// The first `.toml` file in `directory` by name, for an example.
fn first_toml_in(directory: &Path) -> Option<std::path::PathBuf> {
    let mut tomls: Vec<_> = std::fs::read_dir(directory)
        .ok()?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "toml") && path.is_file())
        .collect();
    tomls.sort();
    tomls.into_iter().next()
}

/// Parses the passport in file `file` of `sources`.
pub fn parse_passport(
    sources: &SourceMap,
    file: u32,
    curriculum: &Curriculum,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Passport> {
    let document = parse_document(file, sources.text(file), diagnostics);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return None;
    }
    let mut worker = None;
    for (key, value) in document.get_ref().iter() {
        let key_span = Span::new(file, key.span());
        match (key.get_ref().as_ref(), value.get_ref()) {
            ("worker", DeValue::Table(table)) => worker = Some((table, key_span)),
            ("worker", _) => diagnostics.push(
                Diagnostic::new(Code::WrongType, phrase!("passport-file-worker-table"))
                    .at(
                        key_span,
                        phrase!("load-table-expected-label", header = "[worker]"),
                    )
                    .help(phrase!("passport-file-worker-table-help")),
            ),
            (other, _) => {
                let diagnostic = Diagnostic::new(
                    Code::UnknownField,
                    phrase!("passport-file-unknown-key", key = other),
                )
                .at(key_span, phrase!("passport-file-unknown-key-label"));
                let help = suggest(other, ["worker"])
                    .unwrap_or_else(|| phrase!("passport-file-unknown-key-help"));
                diagnostics.push(diagnostic.help(help));
            }
        }
    }
    let Some((table, span)) = worker else {
        if !diagnostics.iter().any(Diagnostic::is_error) {
            diagnostics.push(
                Diagnostic::new(
                    Code::MissingField,
                    phrase!("passport-file-no-worker", file = sources.name(file)),
                )
                .help(phrase!("passport-file-no-worker-help")),
            );
        }
        return None;
    };
    let examples = Examples::of_curriculum(curriculum);
    let mut fields = Fields::new(
        file,
        table,
        span,
        "worker",
        WORKER_FIELDS,
        &examples,
        diagnostics,
    );
    let id = fields.required_string("id");
    let name = fields.string("name");
    let skills = fields.required_string_list("skills");
    let completed = fields.string_list("completed").unwrap_or_default();
    let target = fields.string("target");
    let hours_per_week = checked(&mut fields, "hours_per_week", check_hours_per_week);
    let budget = budget(&mut fields);
    let skills = resolve_levels(
        curriculum,
        skills.as_deref().unwrap_or_default(),
        fields.diagnostics(),
    );
    let completed = completed
        .iter()
        .filter_map(|module| resolve_module(curriculum, module, fields.diagnostics()))
        .collect();
    let id = id?;
    Some(Passport {
        name: name
            .and_then(|name| super::bulk::optional_text(&name.value))
            .unwrap_or_else(|| id.value.clone()),
        id: id.value,
        skills,
        completed,
        target: target.and_then(|target| super::bulk::optional_text(&target.value)),
        hours_per_week: hours_per_week.map(|h| h.value),
        budget: budget.map(|b| b.value),
    })
}

/// A number field that a passport rule checks.
fn checked(
    fields: &mut Fields<'_, '_>,
    key: &str,
    rule: fn(f64) -> Result<f64, InvalidValue>,
) -> Option<Located<f64>> {
    let value = fields.number(key)?;
    match rule(value.value) {
        Ok(checked) => Some(Located {
            value: checked,
            ..value
        }),
        Err(problem) => {
            fields
                .diagnostics()
                .push(invalid_value(problem, key, value.span));
            None
        }
    }
}

/// The passport's `budget`: a number, or a text in the amount notation
/// (`"€ 2.000,50"`); a float that this notation reads otherwise than TOML
/// does (`2.000`: 2 euro in TOML, 2000 in Dutch) is refused.
fn budget(fields: &mut Fields<'_, '_>) -> Option<Located<f64>> {
    let written = fields.amount("budget")?;
    let span = written.span;
    let read = match &written.value {
        Amount::Float { number, literal } if thousands_grouped(literal) => {
            let thousands = literal.replace('.', "");
            Err(Diagnostic::new(
                Code::BadValue,
                phrase!(
                    "passport-file-budget-two-ways",
                    literal = literal.as_str(),
                    number = number.to_string(),
                    thousands = thousands.as_str()
                ),
            )
            .at(span, phrase!("passport-file-budget-two-ways-label"))
            .help(phrase!(
                "passport-file-budget-two-ways-help",
                thousands = thousands,
                decimal = format!("{number:.2}"),
                number = number.to_string()
            )))
        }
        Amount::Number(number) | Amount::Float { number, .. } => Ok(*number),
        Amount::Text(text) => parse_euro(text).map_err(|bad| {
            let (message, help) = bad_amount(&bad, toml_amount);
            Diagnostic::new(Code::BadValue, message)
                .at(span, phrase!("passport-file-not-an-amount"))
                .help(help)
        }),
    };
    let diagnostic = match read.map(check_budget) {
        Ok(Ok(budget)) => {
            return Some(Located {
                value: budget,
                span,
            });
        }
        Ok(Err(problem)) => invalid_value(problem, "budget", span),
        Err(diagnostic) => diagnostic,
    };
    fields.diagnostics().push(diagnostic);
    None
}

/// An amount as a passport writes it: `budget = 2000`, or as text
/// (`budget = "2.000,50"`) when it has separators.
fn toml_amount(amount: &str) -> String {
    if amount.bytes().all(|b| b.is_ascii_digit()) {
        format!("budget = {amount}")
    } else {
        format!("budget = \"{amount}\"")
    }
}

/// A value that a passport rule refuses, at `span`.
fn invalid_value(problem: InvalidValue, key: &str, span: Span) -> Diagnostic {
    Diagnostic::new(Code::BadValue, refused(problem))
        .at(span, phrase!("passport-file-not-valid", key = key))
        .help(phrase!(
            "passport-file-not-valid-help",
            snippet = format!("{key} = {}", example("worker", key))
        ))
}

/// Why a plan refuses a passport value, in words: the same for a passport
/// file, a bulk row and a flag.
pub(crate) fn refused(problem: InvalidValue) -> Phrase {
    match problem {
        InvalidValue::HoursPerWeek(found) => phrase!(
            "input-hours-per-week-range",
            low = Arg::Figure(*HOURS_PER_WEEK_RANGE.start()),
            high = Arg::Figure(*HOURS_PER_WEEK_RANGE.end()),
            found = Arg::Figure(found)
        ),
        InvalidValue::Budget(found) => phrase!("input-budget-negative", found = Arg::Figure(found)),
        InvalidValue::UnboundedBudget(found) => {
            phrase!("input-budget-unbounded", found = Arg::Figure(found))
        }
    }
}

/// What is wrong with an amount of euro written as text, and the fix:
/// valid amounts, each written as `as_input` writes an amount where the
/// mistake was (`budget = 2000` in a passport, `2000` in a row).
pub(crate) fn bad_amount(bad: &BadAmount, as_input: impl Fn(&str) -> String) -> (Phrase, Phrase) {
    let in_digits = || {
        phrase!(
            "passport-file-amount-digits",
            plain = as_input("2500"),
            points = as_input("2.500"),
            cents = as_input("2.500,50")
        )
    };
    match bad {
        BadAmount::NotAnAmount { written } => (
            phrase!("input-not-an-amount", written = written.as_str()),
            in_digits(),
        ),
        BadAmount::CommaThousands {
            written,
            meant: [thousands, decimal],
        } => (
            phrase!("input-amount-two-ways", written = written.as_str()),
            phrase!(
                "passport-file-amount-two-ways-help",
                thousands = as_input(thousands),
                euro = thousands.as_str(),
                decimal = as_input(decimal)
            ),
        ),
        BadAmount::Separators { written, meant } => (
            phrase!("input-amount-separators", written = written.as_str()),
            match meant {
                Some(meant) => phrase!("load-write", text = as_input(meant)),
                None => in_digits(),
            },
        ),
    }
}

pub(crate) fn resolve_levels(
    curriculum: &Curriculum,
    texts: &[Text],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<SkillLevel> {
    let resolver = LevelResolver {
        skill_index: &curriculum.skill_index,
        skills: &curriculum.skills,
        level_names: &curriculum.meta.levels,
    };
    resolver
        .resolve_all(texts, diagnostics)
        .into_iter()
        .map(|level| level.value)
        .collect()
}

pub(crate) fn resolve_module(
    curriculum: &Curriculum,
    module: &Text,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<crate::model::ModuleId> {
    let found = curriculum.find_module(&module.value);
    if found.is_none() {
        let diagnostic = Diagnostic::new(
            Code::UnknownReference,
            phrase!(
                "load-unknown-reference",
                kind = noun("module", 1),
                id = module.value.as_str()
            ),
        )
        .at(
            module.span,
            phrase!("load-unknown-reference-label", kind = noun("module", 1)),
        );
        let help = suggest(
            &module.value,
            curriculum.modules.iter().map(|m| m.id.as_str()),
        )
        .unwrap_or_else(|| phrase!("passport-file-list-modules"));
        diagnostics.push(diagnostic.help(help));
    }
    found
}

/// Parses a comma-separated list of skill-levels given on the command line
/// (`--skills plc-programming@2,cad`); `origin` names the option in messages.
pub fn parse_skill_list(
    list: &str,
    origin: &str,
    curriculum: &Curriculum,
) -> Result<Vec<SkillLevel>, LoadError> {
    let mut sources = SourceMap::default();
    let file = sources.add(origin.to_string(), Cow::Owned(list.to_string()));
    let mut texts = Vec::new();
    let mut offset = 0;
    for part in list.split(',') {
        let trimmed = part.trim();
        let start = offset + (part.len() - part.trim_start().len());
        if !trimmed.is_empty() {
            texts.push(Text {
                value: trimmed.to_string(),
                span: Span::new(file, start..start + trimmed.len()),
            });
        }
        offset += part.len() + 1;
    }
    let mut diagnostics = Vec::new();
    let levels = resolve_levels(curriculum, &texts, &mut diagnostics);
    if diagnostics.is_empty() {
        Ok(levels)
    } else {
        Err(LoadError {
            sources,
            diagnostics,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{Origin, load_curriculum};

    /// A `[worker]` passport for `anna` with no skills and `extra` fields,
    /// parsed against the shipped curriculum.
    fn parse(extra: &str) -> (Option<Passport>, Vec<Diagnostic>) {
        let curriculum = load_curriculum(&Origin::Embedded).expect("the shipped curriculum");
        let mut sources = SourceMap::default();
        let text = format!("[worker]\nid = \"anna\"\nskills = []\n{extra}\n");
        let file = sources.add("anna.toml".into(), Cow::Owned(text));
        let mut diagnostics = Vec::new();
        let passport = parse_passport(&sources, file, &curriculum, &mut diagnostics);
        (passport, diagnostics)
    }

    /// The `bad-value` messages, in order.
    fn bad_values(diagnostics: &[Diagnostic]) -> Vec<String> {
        diagnostics
            .iter()
            .filter(|d| d.code == Code::BadValue)
            .map(|d| d.message.to_string())
            .collect()
    }

    /// A budget of 0 is a worker who can spend nothing: valid, and kept.
    #[test]
    fn a_passport_budget_may_be_zero() {
        let (passport, diagnostics) = parse("budget = 0\nhours_per_week = 4");
        assert!(bad_values(&diagnostics).is_empty(), "{diagnostics:?}");
        let passport = passport.expect("the passport parses");
        assert_eq!(passport.budget, Some(0.0));
        assert_eq!(passport.hours_per_week, Some(4.0));
    }

    /// A passport's values follow the passport rules: hours a week from 0.5
    /// to 168 (zero could never finish a route), a budget of 0 or more;
    /// negative and infinite amounts are refused for both.
    #[test]
    fn passport_amounts_outside_their_range_are_refused() {
        for (extra, problem) in [
            ("hours_per_week = 0", InvalidValue::HoursPerWeek(0.0)),
            ("hours_per_week = -8", InvalidValue::HoursPerWeek(-8.0)),
            ("hours_per_week = 500", InvalidValue::HoursPerWeek(500.0)),
            ("budget = -0.5", InvalidValue::Budget(-0.5)),
            ("budget = inf", InvalidValue::UnboundedBudget(f64::INFINITY)),
            (
                "hours_per_week = inf",
                InvalidValue::HoursPerWeek(f64::INFINITY),
            ),
        ] {
            let (passport, diagnostics) = parse(extra);
            assert_eq!(bad_values(&diagnostics), [problem.to_string()], "{extra}");
            let passport = passport.expect("the rest of the passport still parses");
            assert_eq!(
                (passport.budget, passport.hours_per_week),
                (None, None),
                "{extra}"
            );
        }
    }
}

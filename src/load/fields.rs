//! Typed, located reading of one TOML table, collecting every problem
//! instead of stopping at the first (which is what serde would do).

use toml::de::{DeArray, DeInteger, DeTable, DeValue};

use crate::diagnostic::{Code, Diagnostic, closest, did_you_mean, shown};
use crate::model::Curriculum;
use crate::source::{Located, Span};
use crate::words::{Phrase, phrase};

pub(crate) type Spanned<T> = toml::Spanned<T>;

/// Reads the fields of one table (a `[[module]]`, a `[worker]`, …).
pub(crate) struct Fields<'a, 'i> {
    file: u32,
    table: &'a DeTable<'i>,
    /// Where "missing field" diagnostics point: the table itself.
    span: Span,
    /// What the table is, for messages: "module", "worker".
    kind: &'static str,
    /// The curriculum's ids, for the examples in help.
    examples: &'a Examples,
    /// Unknown keys that are near misses of a field (`hour` for `hours`),
    /// with that field: their value is read as the field's, so that one typo
    /// gives one error and not also a "missing field".
    misspelt: Vec<(&'static str, &'a Spanned<DeValue<'i>>)>,
    /// How many diagnostics there were before this table was read.
    before: usize,
    diagnostics: &'a mut Vec<Diagnostic>,
}

impl<'a, 'i> Fields<'a, 'i> {
    /// Starts reading `table` and reports, at once, every key not in `allowed`.
    pub(crate) fn new(
        file: u32,
        table: &'a DeTable<'i>,
        span: Span,
        kind: &'static str,
        allowed: &[&'static str],
        examples: &'a Examples,
        diagnostics: &'a mut Vec<Diagnostic>,
    ) -> Self {
        let mut misspelt = Vec::new();
        let before = diagnostics.len();
        for (key, value) in table.iter() {
            let name: &str = key.get_ref();
            if allowed.contains(&name) {
                continue;
            }
            let mut diagnostic = Diagnostic::new(
                Code::UnknownField,
                phrase!(
                    "load-unknown-field",
                    field = shown(name),
                    kind = noun(kind, 1)
                ),
            )
            .at(
                Span::new(file, key.span()),
                phrase!("load-unknown-field-label", kind = noun(kind, 1)),
            );
            let written = |field: &&str| table.iter().any(|(key, _)| key.get_ref() == *field);
            diagnostic = match closest(name, allowed.iter().copied()) {
                Some(close) => {
                    if !written(&close) && !misspelt.iter().any(|(field, _)| *field == close) {
                        misspelt.push((close, value));
                    }
                    diagnostic.help(did_you_mean(close))
                }
                None => diagnostic.help(phrase!(
                    "load-fields-are",
                    kind = noun(kind, 1),
                    fields = allowed.join(", ")
                )),
            };
            diagnostics.push(diagnostic);
        }
        Fields {
            file,
            table,
            span,
            kind,
            examples,
            misspelt,
            before,
            diagnostics,
        }
    }

    /// Whether reading this table found an error: some field is missing,
    /// misspelt or of the wrong type, so what was read is not all there is.
    pub(crate) fn found_errors(&self) -> bool {
        self.diagnostics[self.before..]
            .iter()
            .any(Diagnostic::is_error)
    }

    pub(crate) fn diagnostics(&mut self) -> &mut Vec<Diagnostic> {
        self.diagnostics
    }

    /// Where `key`'s value is written, whatever its type.
    pub(crate) fn span_of(&self, key: &str) -> Option<Span> {
        self.get(key)
            .map(|value| Span::new(self.file, value.span()))
    }

    /// The value of `key`, or of the misspelt key that stands for it.
    fn get(&self, key: &str) -> Option<&'a Spanned<DeValue<'i>>> {
        self.table
            .iter()
            .find(|(name, _)| name.get_ref() == key)
            .map(|(_, value)| value)
            .or_else(|| {
                self.misspelt
                    .iter()
                    .find(|(field, _)| *field == key)
                    .map(|(_, value)| *value)
            })
    }

    fn located<T>(&self, value: T, span: std::ops::Range<usize>) -> Located<T> {
        Located {
            value,
            span: Span::new(self.file, span),
        }
    }

    fn wrong_type(&mut self, key: &str, expected: Expected, value: &Spanned<DeValue<'_>>) {
        let found = type_name(value.get_ref());
        let example = corrected(expected, value.get_ref())
            .unwrap_or_else(|| self.examples.example(self.kind, key));
        self.diagnostics.push(
            Diagnostic::new(
                Code::WrongType,
                phrase!(
                    "load-wrong-type",
                    key = key,
                    kind = noun(self.kind, 1),
                    expected = expected.described(),
                    found = found
                ),
            )
            .at(
                Span::new(self.file, value.span()),
                phrase!("load-expected", expected = expected.described()),
            )
            .help(write_it_as(key, &example)),
        );
    }

    /// One report per list: its first item that is not a string (or, in a
    /// list of numbers, a number).
    fn wrong_item_type(&mut self, key: &str, expected: Expected, item: &Spanned<DeValue<'_>>) {
        let found = type_name(item.get_ref());
        let message = match expected {
            Expected::Number => phrase!(
                "load-wrong-item-number",
                key = key,
                kind = noun(self.kind, 1),
                found = found
            ),
            _ => phrase!(
                "load-wrong-item-string",
                key = key,
                kind = noun(self.kind, 1),
                found = found
            ),
        };
        self.diagnostics.push(
            Diagnostic::new(Code::WrongType, message)
                .at(
                    Span::new(self.file, item.span()),
                    phrase!("load-expected", expected = expected.described()),
                )
                .help(write_it_as(key, &self.examples.example(self.kind, key))),
        );
    }

    /// Reports a missing required field at the table.
    pub(crate) fn missing(&mut self, key: &str) {
        self.diagnostics.push(
            Diagnostic::new(
                Code::MissingField,
                phrase!("load-missing-field", kind = noun(self.kind, 1), key = key),
            )
            .at(
                self.span,
                phrase!(
                    "load-missing-field-label",
                    kind = noun(self.kind, 1),
                    key = key
                ),
            )
            .help(phrase!(
                "load-add",
                text = format!("{key} = {}", self.examples.example(self.kind, key))
            )),
        );
    }

    fn require(&mut self, key: &str) {
        if self.get(key).is_none() {
            self.missing(key);
        }
    }

    pub(crate) fn string(&mut self, key: &str) -> Option<Located<String>> {
        let value = self.get(key)?;
        match value.get_ref() {
            DeValue::String(text) => Some(self.located(text.to_string(), value.span())),
            _ => {
                self.wrong_type(key, Expected::String, value);
                None
            }
        }
    }

    pub(crate) fn required_string(&mut self, key: &str) -> Option<Located<String>> {
        self.require(key);
        self.string(key)
    }

    pub(crate) fn required_date(&mut self, key: &str) -> Option<Located<String>> {
        self.require(key);
        self.date(key)
    }

    /// A day, as written: a TOML date (`2027-12-25`) or a string, whose
    /// text the caller checks. A date with a time of day is the wrong type.
    pub(crate) fn date(&mut self, key: &str) -> Option<Located<String>> {
        let value = self.get(key)?;
        match value.get_ref() {
            DeValue::String(text) => Some(self.located(text.to_string(), value.span())),
            DeValue::Datetime(toml::value::Datetime {
                date: Some(date),
                time: None,
                offset: None,
            }) => Some(self.located(date.to_string(), value.span())),
            _ => {
                self.wrong_type(key, Expected::Date, value);
                None
            }
        }
    }

    pub(crate) fn required_number(&mut self, key: &str) -> Option<Located<f64>> {
        self.require(key);
        self.number(key)
    }

    pub(crate) fn required_string_list(&mut self, key: &str) -> Option<Vec<Located<String>>> {
        self.require(key);
        self.string_list(key)
    }

    /// A number, written as an integer or a float.
    pub(crate) fn number(&mut self, key: &str) -> Option<Located<f64>> {
        let value = self.get(key)?;
        match number_of(value.get_ref()) {
            Some(number) => Some(self.located(number, value.span())),
            None => {
                self.wrong_type(key, Expected::Number, value);
                None
            }
        }
    }

    /// An amount: a number (with its literal when it is a float, whose
    /// notation the caller may judge) or a text such as `"€ 2.000,50"`.
    pub(crate) fn amount(&mut self, key: &str) -> Option<Located<Amount>> {
        let value = self.get(key)?;
        match value.get_ref() {
            DeValue::String(text) => {
                Some(self.located(Amount::Text(text.to_string()), value.span()))
            }
            DeValue::Float(float) => {
                let literal = float.as_str().replace('_', "");
                let number = self.number(key)?.value;
                Some(self.located(Amount::Float { number, literal }, value.span()))
            }
            _ => self
                .number(key)
                .map(|number| self.located(Amount::Number(number.value), value.span())),
        }
    }

    pub(crate) fn integer(&mut self, key: &str) -> Option<Located<i64>> {
        let value = self.get(key)?;
        let DeValue::Integer(integer) = value.get_ref() else {
            self.wrong_type(key, Expected::WholeNumber, value);
            return None;
        };
        match i64::from_str_radix(integer.as_str(), integer.radix()) {
            Ok(number) => Some(self.located(number, value.span())),
            Err(_) => {
                self.integer_out_of_range(key, integer, value);
                None
            }
        }
    }

    /// An integer too large for 64 bits: far outside every whole-number
    /// field's range, which is what the range checks would say.
    fn integer_out_of_range(
        &mut self,
        key: &str,
        integer: &DeInteger<'_>,
        value: &Spanned<DeValue<'_>>,
    ) {
        self.diagnostics.push(
            Diagnostic::new(
                Code::BadValue,
                phrase!(
                    "load-integer-out-of-range",
                    key = key,
                    kind = noun(self.kind, 1),
                    integer = integer.to_string()
                ),
            )
            .at(
                Span::new(self.file, value.span()),
                phrase!("load-integer-out-of-range-label"),
            )
            .help(write_it_as(key, &self.examples.example(self.kind, key))),
        );
    }

    /// A list of strings; `None` when it is absent or not entirely strings
    /// (reported once, at the first item of the wrong type).
    pub(crate) fn string_list(&mut self, key: &str) -> Option<Vec<Located<String>>> {
        let value = self.get(key)?;
        let Some(items) = as_array(value) else {
            self.wrong_type(key, Expected::StringList, value);
            return None;
        };
        self.strings_in(key, items)
    }

    fn strings_in(&mut self, key: &str, items: &DeArray<'_>) -> Option<Vec<Located<String>>> {
        let mut strings = Vec::with_capacity(items.len());
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(text) => strings.push(self.located(text.to_string(), item.span())),
                _ => {
                    self.wrong_item_type(key, Expected::String, item);
                    return None;
                }
            }
        }
        Some(strings)
    }

    /// A list of numbers (`level_hours`); `None` when it is absent or not
    /// entirely numbers (reported once, at the first item that is not).
    pub(crate) fn number_list(&mut self, key: &str) -> Option<Vec<Located<f64>>> {
        let value = self.get(key)?;
        let Some(items) = as_array(value) else {
            self.wrong_type(key, Expected::NumberList, value);
            return None;
        };
        let mut numbers = Vec::with_capacity(items.len());
        for item in items.iter() {
            match number_of(item.get_ref()) {
                Some(number) => numbers.push(self.located(number, item.span())),
                None => {
                    self.wrong_item_type(key, Expected::Number, item);
                    return None;
                }
            }
        }
        Some(numbers)
    }

    /// A list of lists of strings (`requires_any`).
    pub(crate) fn string_groups(&mut self, key: &str) -> Option<Vec<Vec<Located<String>>>> {
        let value = self.get(key)?;
        let Some(groups) = as_array(value) else {
            self.wrong_type(key, Expected::StringGroups, value);
            return None;
        };
        // A flat list (`["a@1", "b@1"]`) is one shape for the whole value,
        // and one mistake: its fix keeps every skill-level, as one group.
        let lists: Option<Vec<_>> = groups
            .iter()
            .map(|group| Some((group.span(), as_array(group)?)))
            .collect();
        let Some(lists) = lists else {
            self.wrong_type(key, Expected::StringGroups, value);
            return None;
        };
        let mut result = Vec::with_capacity(lists.len());
        for (span, items) in lists {
            if items.is_empty() {
                self.diagnostics.push(
                    Diagnostic::new(Code::BadValue, phrase!("load-empty-group", key = key))
                        .at(
                            Span::new(self.file, span),
                            phrase!("load-empty-group-label"),
                        )
                        .help(phrase!("load-empty-group-help")),
                );
            } else {
                result.push(self.strings_in(key, items)?);
            }
        }
        Some(result)
    }
}

/// An amount as written in TOML.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Amount {
    /// An integer.
    Number(f64),
    /// A float, and its literal without `_` (`2.000`).
    Float { number: f64, literal: String },
    /// A string, in the notation people write amounts in.
    Text(String),
}

/// The shapes a field's value can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expected {
    String,
    Number,
    WholeNumber,
    StringList,
    NumberList,
    StringGroups,
    Date,
}

impl Expected {
    fn described(self) -> Phrase {
        match self {
            Expected::String => phrase!("type-string"),
            Expected::Number => phrase!("type-number"),
            Expected::WholeNumber => phrase!("type-whole-number"),
            Expected::StringList => phrase!("type-string-list"),
            Expected::NumberList => phrase!("type-number-list"),
            Expected::StringGroups => phrase!("type-string-groups"),
            Expected::Date => phrase!("type-date"),
        }
    }
}

/// The written value, turned into the expected shape when that is a plain
/// change of notation (`"8"` → `8`, `"basis"` → `["basis"]`).
fn corrected(expected: Expected, found: &DeValue<'_>) -> Option<String> {
    match (expected, found) {
        (Expected::Number | Expected::WholeNumber, DeValue::String(text)) => {
            let number: f64 = text.trim().parse().ok()?;
            let whole = number.fract() == 0.0;
            (number.is_finite() && number > 0.0 && (whole || expected == Expected::Number))
                .then(|| text.trim().to_string())
        }
        (Expected::String, DeValue::Integer(number)) => Some(format!("\"{}\"", number.as_str())),
        (Expected::String, DeValue::Float(number)) => Some(format!("\"{}\"", number.as_str())),
        (Expected::StringList, DeValue::String(text)) if is_plain(text) => {
            Some(format!("[\"{text}\"]"))
        }
        (Expected::StringGroups, DeValue::String(text)) if is_plain(text) => {
            Some(format!("[[\"{text}\"]]"))
        }
        (Expected::StringGroups, DeValue::Array(items)) if !items.is_empty() => {
            let quoted = items
                .iter()
                .map(|item| match item.get_ref() {
                    DeValue::String(text) if is_plain(text) => Some(format!("\"{text}\"")),
                    _ => None,
                })
                .collect::<Option<Vec<_>>>()?;
            Some(format!("[[{}]]", quoted.join(", ")))
        }
        _ => None,
    }
}

/// Text that can be put between TOML quotes as it is.
fn is_plain(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| !matches!(c, '"' | '\\') && shown(&c.to_string()).chars().count() == 1)
}

/// The first ids of each kind in the curriculum at hand, for help
/// examples: a fix that names the reader's own modules is valid input for
/// that curriculum, where `plc-basis` may not be.
#[derive(Debug, Default)]
pub(crate) struct Examples {
    skills: Vec<String>,
    modules: Vec<String>,
    fieldlabs: Vec<String>,
    profiles: Vec<String>,
}

/// No ids known: every example is the generic one.
pub(crate) static NO_EXAMPLES: Examples = Examples {
    skills: Vec::new(),
    modules: Vec::new(),
    fieldlabs: Vec::new(),
    profiles: Vec::new(),
};

/// How many ids of a kind an example names at most.
const EXAMPLE_IDS: usize = 2;

impl Examples {
    /// The valid ids written in parsed curriculum files, in file order.
    pub(crate) fn of_documents<'a, 'i: 'a>(
        documents: impl IntoIterator<Item = &'a DeTable<'i>>,
    ) -> Examples {
        let mut examples = Examples::default();
        for document in documents {
            for (kind, ids) in [
                ("skill", &mut examples.skills),
                ("module", &mut examples.modules),
                ("fieldlab", &mut examples.fieldlabs),
                ("profile", &mut examples.profiles),
            ] {
                let Some(DeValue::Array(items)) = document.get(kind).map(|v| v.get_ref()) else {
                    continue;
                };
                let written = items.iter().filter_map(|item| match item.get_ref() {
                    DeValue::Table(table) => match table.get("id")?.get_ref() {
                        DeValue::String(id) => Some(id.as_ref()),
                        _ => None,
                    },
                    _ => None,
                });
                take_valid(ids, written);
            }
        }
        examples
    }

    /// The ids of a loaded curriculum (for passports and rows).
    pub(crate) fn of_curriculum(curriculum: &Curriculum) -> Examples {
        let first = |ids: &mut dyn Iterator<Item = &str>| {
            let mut first = Vec::new();
            take_valid(&mut first, ids);
            first
        };
        Examples {
            skills: first(&mut curriculum.skills.iter().map(|s| s.id.as_str())),
            modules: first(&mut curriculum.modules.iter().map(|m| m.id.as_str())),
            fieldlabs: first(&mut curriculum.fieldlabs.iter().map(|f| f.id.as_str())),
            profiles: first(&mut curriculum.profiles.iter().map(|p| p.id.as_str())),
        }
    }

    /// A valid value for `key` of a `kind`, naming this curriculum's ids
    /// where the field refers to some.
    pub(crate) fn example(&self, kind: &str, key: &str) -> String {
        let quoted = |ids: &[String], suffix: &str| {
            ids.iter()
                .map(|id| format!("\"{id}{suffix}\""))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match key {
            "stations" | "completed" if !self.modules.is_empty() => {
                format!("[{}]", quoted(&self.modules, ""))
            }
            "requires" | "grants" | "skills" if !self.skills.is_empty() => {
                format!("[{}]", quoted(&self.skills, "@1"))
            }
            "requires_any" if !self.skills.is_empty() => {
                format!("[[{}]]", quoted(&self.skills, "@1"))
            }
            "fieldlab" if !self.fieldlabs.is_empty() => quoted(&self.fieldlabs[..1], ""),
            "target" if !self.profiles.is_empty() => quoted(&self.profiles[..1], ""),
            _ => example(kind, key).to_string(),
        }
    }
}

/// Adds to `ids` the first valid ids of `written` until it holds
/// [`EXAMPLE_IDS`].
fn take_valid<'a>(ids: &mut Vec<String>, written: impl Iterator<Item = &'a str>) {
    for id in written.filter(|id| is_valid_id(id)) {
        if ids.len() == EXAMPLE_IDS {
            return;
        }
        if !ids.iter().any(|known| known == id) {
            ids.push(id.to_string());
        }
    }
}

/// The word for a kind of table (`"module"`), `count` of them, in the
/// language the diagnostic is said in.
pub(crate) fn noun(kind: &str, count: usize) -> Phrase {
    match kind {
        "curriculum" => phrase!("kind-curriculum", count = count),
        "skill" => phrase!("kind-skill", count = count),
        "module" => phrase!("kind-module", count = count),
        "line" => phrase!("kind-line", count = count),
        "fieldlab" => phrase!("kind-fieldlab", count = count),
        "profile" => phrase!("kind-profile", count = count),
        "worker" => phrase!("kind-worker", count = count),
        "holiday" => phrase!("kind-holiday", count = count),
        _ => phrase!("kind-item", count = count),
    }
}

/// A valid value for each field, shown in "add" and "write it as" help.
pub(crate) fn example(kind: &str, key: &str) -> &'static str {
    match (kind, key) {
        ("curriculum", "id") => "\"smart-industry\"",
        ("curriculum", "name") => "\"Smart Industry\"",
        ("skill", "id") => "\"plc-programming\"",
        ("skill", "name") => "\"PLC programmeren\"",
        ("module", "id") => "\"plc-basis\"",
        ("module", "name") => "\"PLC basis\"",
        ("line", "id") => "\"automation\"",
        ("line", "name") => "\"Lijn Automatisering\"",
        ("fieldlab", "id") => "\"fl-flex\"",
        ("fieldlab", "name") => "\"Fieldlab Flexibele Productie\"",
        ("profile", "id") => "\"cobot-operator\"",
        ("profile", "name") => "\"Cobot-operator\"",
        ("profile", "requires") => "[\"cobot-operation@3\", \"robot-safety@2\"]",
        ("worker", "id") => "\"anna\"",
        ("worker", "name") => "\"Anna de Vries\"",
        (_, "version") => "\"2026.1\"",
        (_, "levels") => "[\"kennismaken\", \"basis\", \"zelfstandig\", \"expert\"]",
        (_, "level_hours") => "[2, 4, 8, 40]",
        (_, "max_level") => "3",
        (_, "stage") => "\"line\"",
        (_, "hours") => "24",
        (_, "cost") => "450.0",
        (_, "weeks") => "3",
        (_, "mode") => "\"blended\"",
        (_, "fieldlab") => "\"fl-flex\"",
        (_, "requires") => "[\"electrical-basics@2\"]",
        (_, "requires_any") => "[[\"cad@2\", \"technical-drawing@3\"]]",
        (_, "grants" | "skills") => "[\"plc-programming@2\"]",
        (_, "stations") => "[\"plc-basis\", \"plc-advanced\"]",
        (_, "color") => "\"#0077c8\"",
        (_, "completed") => "[\"basis-vca\"]",
        (_, "target") => "\"cobot-operator\"",
        (_, "hours_per_week") => "8",
        (_, "budget") => "3000.0",
        ("holiday", "name") => "\"Kerstvakantie 2027\"",
        ("holiday", "from") => "2027-12-25",
        ("holiday", "to") => "2028-01-09",
        _ => "\"…\"",
    }
}

fn as_array<'a, 'i>(value: &'a Spanned<DeValue<'i>>) -> Option<&'a DeArray<'i>> {
    match value.get_ref() {
        DeValue::Array(array) => Some(array),
        _ => None,
    }
}

pub(crate) fn type_name(value: &DeValue<'_>) -> Phrase {
    match value {
        DeValue::String(_) => phrase!("type-string"),
        DeValue::Integer(_) => phrase!("type-integer"),
        DeValue::Float(_) => phrase!("type-float"),
        DeValue::Boolean(_) => phrase!("type-boolean"),
        DeValue::Datetime(toml::value::Datetime { time: Some(_), .. }) => {
            phrase!("type-date-time")
        }
        DeValue::Datetime(_) => phrase!("type-date"),
        DeValue::Array(_) => phrase!("type-list"),
        DeValue::Table(_) => phrase!("type-table"),
    }
}

/// The help "write it as `key = value`".
fn write_it_as(key: &str, value: &str) -> Phrase {
    phrase!("load-write-it-as", snippet = format!("{key} = {value}"))
}

/// Ids are lowercase ASCII so that they survive file names, URLs and shells.
pub(crate) fn is_valid_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    !bytes.is_empty()
        && bytes.len() <= 64
        && (bytes[0].is_ascii_lowercase() || bytes[0].is_ascii_digit())
        && bytes.iter().all(|&b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-')
        })
}

/// A suggestion for a bad id: lowercase, invisible characters dropped,
/// spaces and other characters as `-`; empty when nothing of it is usable.
pub(crate) fn suggest_id(id: &str) -> String {
    let mut suggestion: String = id
        .trim()
        .chars()
        .filter(|c| shown(&c.to_string()).chars().count() == 1)
        .map(|c| {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '-'
            }
        })
        .collect();
    suggestion.truncate(64);
    suggestion.trim_matches(['-', '.', '_']).to_string()
}

/// An integer literal as a number; one beyond 64 bits (`99999999999999999999`)
/// too, approximately, so that the field's bounds, not its type, refuse it.
/// A TOML integer or float as a number; `None` for any other value.
fn number_of(value: &DeValue<'_>) -> Option<f64> {
    match value {
        DeValue::Integer(integer) => Some(integer_as_number(integer)),
        DeValue::Float(float) => float.as_str().replace('_', "").parse::<f64>().ok(),
        _ => None,
    }
}

fn integer_as_number(integer: &DeInteger<'_>) -> f64 {
    let (text, radix) = (integer.as_str(), integer.radix());
    if let Ok(number) = i64::from_str_radix(text, radix) {
        return number as f64;
    }
    if radix == 10 {
        return text.parse().unwrap_or(f64::NAN);
    }
    // Hexadecimal, octal and binary literals have no sign in TOML.
    text.chars()
        .filter_map(|digit| digit.to_digit(radix))
        .fold(0.0, |number, digit| {
            number * f64::from(radix) + f64::from(digit)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_syntax() {
        assert!(is_valid_id("plc-programming"));
        assert!(is_valid_id("cnc-machinist-4.0"));
        assert!(!is_valid_id("PLC"));
        assert!(!is_valid_id("-plc"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id(&"a".repeat(65)));
    }

    #[test]
    fn suggested_ids_are_valid() {
        assert_eq!(suggest_id("PLC Programming"), "plc-programming");
        assert!(is_valid_id(&suggest_id(" _Cobot/Operator")));
    }
}

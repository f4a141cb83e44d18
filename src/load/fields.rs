//! Typed, located reading of one TOML table, collecting every problem
//! instead of stopping at the first (which is what serde would do).

use toml::de::{DeArray, DeInteger, DeTable, DeValue};

use crate::diagnostic::{Code, Diagnostic, did_you_mean};
use crate::model::{Located, Span};

pub(crate) type Spanned<T> = toml::Spanned<T>;

/// Reads the fields of one table (a `[[module]]`, a `[worker]`, …).
pub(crate) struct Fields<'a, 'i> {
    file: u32,
    table: &'a DeTable<'i>,
    /// Where "missing field" diagnostics point: the table itself.
    span: Span,
    /// What the table is, for messages: "module", "worker".
    kind: &'static str,
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
        diagnostics: &'a mut Vec<Diagnostic>,
    ) -> Self {
        for (key, _) in table.iter() {
            let name: &str = key.get_ref();
            if allowed.contains(&name) {
                continue;
            }
            let mut diagnostic = Diagnostic::new(
                Code::UnknownField,
                format!("unknown field `{name}` in {kind}"),
            )
            .at(
                Span::new(file, key.span()),
                "not a field of a ".to_string() + kind,
            );
            diagnostic = match did_you_mean(name, allowed.iter().copied()) {
                Some(close) => diagnostic.help(format!("did you mean `{close}`?")),
                None => diagnostic.help(format!(
                    "the fields of a {kind} are: {}",
                    allowed.join(", ")
                )),
            };
            diagnostics.push(diagnostic);
        }
        Fields {
            file,
            table,
            span,
            kind,
            diagnostics,
        }
    }

    pub(crate) fn diagnostics(&mut self) -> &mut Vec<Diagnostic> {
        self.diagnostics
    }

    /// Where `key`'s value is written, whatever its type.
    pub(crate) fn span_of(&self, key: &str) -> Option<Span> {
        self.get(key)
            .map(|value| Span::new(self.file, value.span()))
    }

    fn get(&self, key: &str) -> Option<&'a Spanned<DeValue<'i>>> {
        self.table
            .iter()
            .find(|(name, _)| name.get_ref() == key)
            .map(|(_, value)| value)
    }

    fn located<T>(&self, value: T, span: std::ops::Range<usize>) -> Located<T> {
        Located {
            value,
            span: Span::new(self.file, span),
        }
    }

    fn wrong_type(&mut self, key: &str, expected: &str, value: &Spanned<DeValue<'_>>) {
        let found = type_name(value.get_ref());
        self.diagnostics.push(
            Diagnostic::new(
                Code::WrongType,
                format!(
                    "`{key}` of a {} must be {expected}, found {found}",
                    self.kind
                ),
            )
            .at(
                Span::new(self.file, value.span()),
                format!("expected {expected}"),
            )
            .help(example_for(key, expected)),
        );
    }

    /// Reports a missing required field at the table.
    pub(crate) fn missing(&mut self, key: &str, example: &str) {
        self.diagnostics.push(
            Diagnostic::new(
                Code::MissingField,
                format!("{} is missing the required field `{key}`", self.kind),
            )
            .at(self.span, format!("this {} has no `{key}`", self.kind))
            .help(format!("add `{key} = {example}`")),
        );
    }

    pub(crate) fn string(&mut self, key: &str) -> Option<Located<String>> {
        let value = self.get(key)?;
        match value.get_ref() {
            DeValue::String(text) => Some(self.located(text.to_string(), value.span())),
            _ => {
                self.wrong_type(key, "a string", value);
                None
            }
        }
    }

    pub(crate) fn required_string(&mut self, key: &str, example: &str) -> Option<Located<String>> {
        if self.get(key).is_none() {
            self.missing(key, example);
        }
        self.string(key)
    }

    pub(crate) fn required_number(&mut self, key: &str, example: &str) -> Option<Located<f64>> {
        if self.get(key).is_none() {
            self.missing(key, example);
        }
        self.number(key)
    }

    pub(crate) fn required_string_list(
        &mut self,
        key: &str,
        example: &str,
    ) -> Option<Vec<Located<String>>> {
        if self.get(key).is_none() {
            self.missing(key, example);
        }
        self.string_list(key)
    }

    /// A number, written as an integer or a float.
    pub(crate) fn number(&mut self, key: &str) -> Option<Located<f64>> {
        let value = self.get(key)?;
        let number = match value.get_ref() {
            DeValue::Integer(integer) => Some(integer_as_number(integer)),
            DeValue::Float(float) => float.as_str().replace('_', "").parse::<f64>().ok(),
            _ => None,
        };
        match number {
            Some(number) => Some(self.located(number, value.span())),
            None => {
                self.wrong_type(key, "a number", value);
                None
            }
        }
    }

    pub(crate) fn integer(&mut self, key: &str) -> Option<Located<i64>> {
        let value = self.get(key)?;
        let DeValue::Integer(integer) = value.get_ref() else {
            self.wrong_type(key, "a whole number", value);
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
                format!("`{key}` of a {} is out of range: {integer}", self.kind),
            )
            .at(
                Span::new(self.file, value.span()),
                "far beyond any valid value",
            )
            .help(example_for(key, "a whole number")),
        );
    }

    pub(crate) fn string_list(&mut self, key: &str) -> Option<Vec<Located<String>>> {
        let value = self.get(key)?;
        let Some(items) = as_array(value) else {
            self.wrong_type(key, "a list of strings", value);
            return None;
        };
        Some(self.strings_in(key, items))
    }

    fn strings_in(&mut self, key: &str, items: &DeArray<'_>) -> Vec<Located<String>> {
        let mut strings = Vec::with_capacity(items.len());
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(text) => strings.push(self.located(text.to_string(), item.span())),
                _ => self.wrong_type(key, "a list of strings", item),
            }
        }
        strings
    }

    /// A list of lists of strings (`requires_any`).
    pub(crate) fn string_groups(&mut self, key: &str) -> Option<Vec<Vec<Located<String>>>> {
        let value = self.get(key)?;
        let Some(groups) = as_array(value) else {
            self.wrong_type(key, "a list of lists of strings", value);
            return None;
        };
        let mut result = Vec::with_capacity(groups.len());
        for group in groups.iter() {
            match as_array(group) {
                Some(items) if items.is_empty() => self.diagnostics.push(
                    Diagnostic::new(
                        Code::BadValue,
                        format!("an empty `{key}` group can never be met"),
                    )
                    .at(Span::new(self.file, group.span()), "no alternatives")
                    .help("list at least one skill-level in the group, or remove the group"),
                ),
                Some(items) => result.push(self.strings_in(key, items)),
                None => self.wrong_type(key, "a list of lists of strings", group),
            }
        }
        Some(result)
    }
}

/// An integer literal as a number; one beyond 64 bits (`99999999999999999999`)
/// too, approximately, so that the field's bounds, not its type, refuse it.
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

fn as_array<'a, 'i>(value: &'a Spanned<DeValue<'i>>) -> Option<&'a DeArray<'i>> {
    match value.get_ref() {
        DeValue::Array(array) => Some(array),
        _ => None,
    }
}

pub(crate) fn type_name(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

fn example_for(key: &str, expected: &str) -> String {
    let example = match expected {
        "a string" => "\"…\"",
        "a number" => "24",
        "a whole number" => "3",
        "a list of strings" => "[\"skill@1\"]",
        _ => "[[\"skill-a@1\", \"skill-b@2\"]]",
    };
    format!("write it as `{key} = {example}`")
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

/// A suggestion for a bad id: lowercase, with spaces and other characters as `-`.
pub(crate) fn suggest_id(id: &str) -> String {
    let mut suggestion: String = id
        .trim()
        .chars()
        .map(|c| {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '-'
            }
        })
        .collect();
    while suggestion.starts_with(['-', '.', '_']) {
        suggestion.remove(0);
    }
    suggestion.truncate(64);
    suggestion
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

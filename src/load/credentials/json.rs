//! Reading JSON-LD as issuers write it: a property may be one value or an
//! array, a text may be a language map (`{"en": "x"}`, `{"en": ["x"]}`), a
//! reference a string or an object with an `id`. Every value is read with
//! its JSON path, for the errors and notes that name it.

use jiff::civil::Date;
use serde_json::{Map, Value};

use crate::model::{Expected, Problem};

/// A problem at a path; the file is added by the caller.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Fault {
    pub path: String,
    pub problem: Problem,
}

impl Fault {
    pub fn new(path: impl Into<String>, problem: Problem) -> Fault {
        Fault {
            path: path.into(),
            problem,
        }
    }
}

pub(super) type Checked<T> = Result<T, Fault>;

/// `path.key`.
pub(super) fn child(path: &str, key: &str) -> String {
    format!("{path}.{key}")
}

/// The name JSON gives a value's type.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn wrong(path: &str, expected: Expected, found: &Value) -> Fault {
    Fault::new(
        path,
        Problem::WrongType {
            expected,
            found: kind(found),
        },
    )
}

/// The value at `path` as an object.
pub(super) fn object<'a>(value: &'a Value, path: &str) -> Checked<&'a Map<String, Value>> {
    value
        .as_object()
        .ok_or_else(|| wrong(path, Expected::Object, value))
}

/// Each value of `key` of `map` (one value or an array of them), with its
/// path; nothing when absent or `null`.
pub(super) fn many<'a>(
    map: &'a Map<String, Value>,
    path: &str,
    key: &str,
) -> Vec<(&'a Value, String)> {
    let path = child(path, key);
    match map.get(key) {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(index, item)| (item, format!("{path}[{index}]")))
            .collect(),
        Some(value) => vec![(value, path)],
    }
}

/// Each object of `key` (one or an array); anything else is an error.
pub(super) fn objects<'a>(
    map: &'a Map<String, Value>,
    path: &str,
    key: &str,
) -> Checked<Vec<(&'a Map<String, Value>, String)>> {
    many(map, path, key)
        .into_iter()
        .map(|(value, path)| {
            let found = object(value, &path)?;
            Ok((found, path))
        })
        .collect()
}

/// A string field; `None` when absent or `null`.
pub(super) fn string<'a>(
    map: &'a Map<String, Value>,
    path: &str,
    key: &str,
) -> Checked<Option<&'a str>> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text)),
        Some(other) => Err(wrong(&child(path, key), Expected::String, other)),
    }
}

/// A string field the data model requires.
pub(super) fn required_string<'a>(
    map: &'a Map<String, Value>,
    path: &str,
    key: &'static str,
) -> Checked<&'a str> {
    string(map, path, key)?.ok_or_else(|| Fault::new(path, Problem::Missing(key)))
}

/// The `type` of an object: a string or an array of strings.
pub(super) fn types(map: &Map<String, Value>, path: &str) -> Checked<Vec<String>> {
    many(map, path, "type")
        .into_iter()
        .map(|(value, path)| match value {
            Value::String(text) => Ok(text.clone()),
            other => Err(wrong(&path, Expected::String, other)),
        })
        .collect()
}

/// Checks that `type` includes `required`, as the data model says.
pub(super) fn require_type(
    map: &Map<String, Value>,
    path: &str,
    required: &'static str,
) -> Checked<()> {
    let found = types(map, path)?;
    if found.iter().any(|t| t == required) {
        Ok(())
    } else if found.is_empty() {
        Err(Fault::new(path, Problem::Missing("type")))
    } else {
        Err(Fault::new(
            child(path, "type"),
            Problem::TypeLacks { required, found },
        ))
    }
}

/// A reference: a string, or an object with a string `id`.
pub(super) fn reference(value: &Value, path: &str) -> Checked<String> {
    match value {
        Value::String(text) => Ok(text.clone()),
        Value::Object(map) => Ok(required_string(map, path, "id")?.to_string()),
        other => Err(wrong(path, Expected::Reference, other)),
    }
}

/// A text for people: a string, or a language map (`{"en": "x"}` or
/// `{"en": ["x"]}`, Dutch first, then English, then any), or `{"@value"}`.
pub(super) fn text(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(text) => Some(text.clone()),
        Value::Array(items) => items.iter().find_map(|item| text(Some(item))),
        Value::Object(map) => {
            if let Some(value) = map.get("@value") {
                return text(Some(value));
            }
            ["nl", "en"]
                .iter()
                .find_map(|lang| text(map.get(*lang)))
                .or_else(|| map.values().find_map(|value| text(Some(value))))
        }
        _ => None,
    }
}

/// A date or date-time field, as a date in UTC: `2030-01-01T00:00:00Z`,
/// `2030-01-01T01:00:00+01:00`, `2030-01-01T00:00:00` (read as UTC) or
/// `2030-01-01`.
pub(super) fn date(map: &Map<String, Value>, path: &str, key: &str) -> Checked<Option<Date>> {
    let Some(text) = string(map, path, key)? else {
        return Ok(None);
    };
    parse_date(text)
        .map(Some)
        .ok_or_else(|| Fault::new(child(path, key), Problem::BadDate(text.to_string())))
}

fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    if let Ok(instant) = text.parse::<jiff::Timestamp>() {
        return Some(instant.to_zoned(jiff::tz::TimeZone::UTC).date());
    }
    if let Ok(civil) = text.parse::<jiff::civil::DateTime>() {
        return Some(civil.date());
    }
    text.parse::<Date>().ok()
}

/// The first of `keys` that holds a date.
pub(super) fn first_date(
    map: &Map<String, Value>,
    path: &str,
    keys: &[&str],
) -> Checked<Option<Date>> {
    for key in keys {
        if let Some(date) = date(map, path, key)? {
            return Ok(Some(date));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date as day;
    use serde_json::json;

    #[test]
    fn dates_are_read_in_every_form_as_utc_days() {
        for (text, expected) in [
            ("2030-01-01T00:00:00Z", day(2030, 1, 1)),
            ("2030-01-01T00:30:00+01:00", day(2029, 12, 31)),
            ("2030-01-01T00:00:00", day(2030, 1, 1)),
            ("2030-01-01", day(2030, 1, 1)),
        ] {
            assert_eq!(parse_date(text), Some(expected), "{text}");
        }
        assert_eq!(parse_date("next year"), None);
    }

    #[test]
    fn texts_take_dutch_then_english_then_any_language() {
        assert_eq!(
            text(Some(&json!({"de": "x", "en": ["y"]}))),
            Some("y".into())
        );
        assert_eq!(text(Some(&json!({"nl": "z", "en": "y"}))), Some("z".into()));
        assert_eq!(text(Some(&json!({"de": "x"}))), Some("x".into()));
        assert_eq!(text(Some(&json!(3))), None);
    }

    #[test]
    fn one_value_or_an_array_of_them_are_alike_and_keep_their_paths() {
        let one = json!({"a": {"id": "x"}});
        let two = json!({"a": [{"id": "x"}, {"id": "y"}]});
        let paths = |v: &Value| -> Vec<String> {
            many(v.as_object().unwrap(), "$", "a")
                .into_iter()
                .map(|(_, path)| path)
                .collect()
        };
        assert_eq!(paths(&one), ["$.a"]);
        assert_eq!(paths(&two), ["$.a[0]", "$.a[1]"]);
    }

    #[test]
    fn a_type_must_include_what_the_model_requires() {
        let map = json!({"type": ["InvalidResult"]});
        let fault = require_type(map.as_object().unwrap(), "$.r", "Result").unwrap_err();
        assert_eq!(fault.path, "$.r.type");
        assert!(matches!(
            fault.problem,
            Problem::TypeLacks {
                required: "Result",
                ..
            }
        ));
    }
}

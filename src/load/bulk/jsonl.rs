//! JSON Lines rows: one object per line with the CSV columns as keys. Values
//! are read by hand rather than through serde's derive so that a wrong type
//! names its key and what was found, and `null` means "not given" for
//! every key, as pandas writes it.

use std::io::Read;

use serde_json::{Map, Value};

use super::lines::{Lines, not_utf8_message, too_long};
use super::{COLUMNS, ExtraColumns, NO_ID, Row, RowError, RowFields, Unreadable, optional_text};
use crate::diagnostic::suggest;

const EXAMPLE: &str = "{\"id\": \"anna\", \"skills\": [\"cad@2\"]}";

pub(super) struct JsonRows<R> {
    lines: Lines<R>,
    text: Vec<u8>,
    extra: ExtraColumns,
}

impl<R: Read> JsonRows<R> {
    pub fn new(input: R, extra: ExtraColumns) -> Result<JsonRows<R>, Unreadable> {
        let expected = format!("one JSON object per line, such as {EXAMPLE}");
        Ok(JsonRows {
            lines: Lines::open(input, "jsonl", &expected)?,
            text: Vec::new(),
            extra,
        })
    }

    pub fn next_row(&mut self) -> Result<Option<Row>, Unreadable> {
        loop {
            let Some(read) = self.lines.read_line(&mut self.text)? else {
                return Ok(None);
            };
            let fields = if !read.kept {
                Err(RowError::new(too_long("the line")))
            } else if self.text.iter().all(u8::is_ascii_whitespace) {
                continue;
            } else {
                match std::str::from_utf8(&self.text) {
                    Ok(text) => json_fields(text, self.extra),
                    Err(_) => Err(RowError::new(not_utf8_message("the line", &self.text))),
                }
            };
            return Ok(Some(Row {
                line: read.number,
                fields,
            }));
        }
    }
}

/// One JSON Lines row; a row that cannot be read still reports its id and
/// target when those can be read.
fn json_fields(line: &str, extra: ExtraColumns) -> Result<RowFields, RowError> {
    let value: Value = serde_json::from_str(line)
        .map_err(|error| RowError::new(format!("malformed JSON: {error}")))?;
    let Value::Object(object) = value else {
        return Err(RowError::new(format!(
            "a JSON Lines row must be an object such as {EXAMPLE}, found {}",
            found(&value)
        )));
    };
    let fail = |message: String| RowError {
        id: text(&object, "id").ok().flatten().unwrap_or_default(),
        target: text(&object, "target").ok().flatten(),
        message,
    };
    if extra == ExtraColumns::Refuse
        && let Some(unknown) = object.keys().find(|key| !COLUMNS.contains(&key.as_str()))
    {
        let hint = suggest(unknown, COLUMNS)
            .map(|fix| format!("; {fix}"))
            .unwrap_or_else(|| format!("; the keys are {}", COLUMNS.join(", ")));
        return Err(fail(format!(
            "unknown key `{unknown}`{hint} (or pass `--extra-columns ignore`)"
        )));
    }
    let id = text(&object, "id").map_err(fail)?;
    Ok(RowFields {
        id: id.ok_or_else(|| fail(NO_ID.to_string()))?,
        name: text(&object, "name").map_err(fail)?,
        skills: list(&object, "skills").map_err(fail)?,
        completed: list(&object, "completed").map_err(fail)?,
        target: text(&object, "target").map_err(fail)?,
        hours_per_week: number(&object, "hours_per_week").map_err(fail)?,
        budget: number(&object, "budget").map_err(fail)?,
    })
}

/// A text value: trimmed, and `None` when absent, `null` or blank, as an
/// empty CSV cell. A whole number is read as its digits (employee numbers).
fn text(object: &Map<String, Value>, key: &str) -> Result<Option<String>, String> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(optional_text(text)),
        Some(Value::Number(number)) if number.is_u64() || number.is_i64() => {
            Ok(Some(number.to_string()))
        }
        Some(other) => Err(expected(key, "a string", other)),
    }
}

/// A list of texts; `null` is the empty list.
fn list(object: &Map<String, Value>, key: &str) -> Result<Vec<String>, String> {
    let what = "a list of strings such as [\"cad@2\"]";
    match object.get(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|item| match item {
                Value::String(text) => optional_text(text).map(Ok),
                other => Some(Err(format!("{} in it", expected(key, what, other)))),
            })
            .collect(),
        Some(other) => Err(expected(key, what, other)),
    }
}

fn number(object: &Map<String, Value>, key: &str) -> Result<Option<f64>, String> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(number)) => Ok(number.as_f64()),
        Some(other) => Err(expected(key, "a number", other)),
    }
}

/// "`hours_per_week`: expected a number, found the string "8"".
fn expected(key: &str, what: &str, value: &Value) -> String {
    format!("`{key}`: expected {what}, found {}", found(value))
}

fn found(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(flag) => format!("`{flag}`"),
        Value::Number(number) => format!("the number {number}"),
        Value::String(text) => format!("the string {}", Value::String(text.clone())),
        Value::Array(_) => "a list".to_string(),
        Value::Object(_) => "an object".to_string(),
    }
}

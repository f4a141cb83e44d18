//! JSON Lines rows: one object per line with the CSV columns as keys. Values
//! are read by hand rather than through serde's derive so that a wrong type
//! names its key and what was found, and `null` means "not given" for
//! every key, as pandas writes it.

use std::io::Read;
use std::sync::{Arc, Mutex};

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::{Map, Value};

use super::lines::{Lines, not_utf8_message, too_long};
use super::{COLUMNS, ExtraColumns, Row, RowError, RowFields, Unreadable, no_id, optional_text};
use crate::diagnostic::{shown, suggest};
use crate::words::{Phrase, phrase};

const EXAMPLE: &str = "{\"id\": \"anna\", \"skills\": [\"cad@2\"]}";
/// Valid lists for `skills` (skill-levels) and `completed` (module ids).
const SKILLS_EXAMPLE: &str = "[\"cad@2\"]";
const COMPLETED_EXAMPLE: &str = "[\"basis-vca\"]";
const CREDENTIALS_EXAMPLE: &str = "[\"badges/anna\"]";

/// Keys that `--extra-columns ignore` skipped, in the order first met:
/// shared with whoever reports them, as rows are read on a thread of their own.
pub type IgnoredKeys = Arc<Mutex<Vec<String>>>;

pub(super) struct JsonRows<R> {
    lines: Lines<R>,
    text: Vec<u8>,
    extra: ExtraColumns,
    pub ignored: IgnoredKeys,
}

impl<R: Read> JsonRows<R> {
    pub fn new(input: R, extra: ExtraColumns) -> Result<JsonRows<R>, Unreadable> {
        let expected = phrase!("rows-expected-objects", example = EXAMPLE);
        Ok(JsonRows {
            lines: Lines::open(input, "jsonl", &expected)?,
            text: Vec::new(),
            extra,
            ignored: IgnoredKeys::default(),
        })
    }

    pub fn next_row(&mut self) -> Result<Option<Row>, Unreadable> {
        loop {
            let Some(read) = self.lines.read_line(&mut self.text)? else {
                return Ok(None);
            };
            let fields = if !read.kept {
                Err(RowError::new(too_long(phrase!("rows-what-line"))))
            } else if self.text.iter().all(u8::is_ascii_whitespace) {
                continue;
            } else {
                match std::str::from_utf8(&self.text) {
                    Ok(text) => self.fields(text),
                    Err(_) => Err(RowError::new(not_utf8_message(
                        phrase!("rows-what-line"),
                        &self.text,
                    ))),
                }
            };
            return Ok(Some(Row {
                line: read.number,
                fields,
            }));
        }
    }
}

impl<R> JsonRows<R> {
    /// One JSON Lines row; a row that cannot be read still reports its id
    /// and target when those can be read.
    fn fields(&self, line: &str) -> Result<RowFields, RowError> {
        let object = json_object(line)?;
        let unknown = object.keys().filter(|key| !COLUMNS.contains(&key.as_str()));
        match self.extra {
            ExtraColumns::Refuse => match unknown.into_iter().next() {
                Some(key) => Err(failing(&object)(unknown_key(key))),
                None => object_fields(&object),
            },
            ExtraColumns::Ignore => {
                self.note_ignored(unknown);
                object_fields(&object)
            }
        }
    }

    fn note_ignored<'k>(&self, keys: impl Iterator<Item = &'k String>) {
        // A panic elsewhere while the lock was held cannot leave the list
        // half-written: it is only ever pushed to.
        let mut ignored = self.ignored.lock().unwrap_or_else(|e| e.into_inner());
        for key in keys {
            if !ignored.contains(key) {
                ignored.push(key.clone());
            }
        }
    }
}

/// The line as a JSON object, refusing a key given twice (serde_json keeps
/// the last, which would plan with a value the author may not have meant).
fn json_object(line: &str) -> Result<Map<String, Value>, RowError> {
    let entries = match serde_json::from_str(line) {
        Ok(Entries(entries)) => entries,
        // Valid JSON, but not an object: read it again to say what it is.
        Err(error) if error.is_data() => {
            let value: Value =
                serde_json::from_str(line).map_err(|error| RowError::new(malformed(&error)))?;
            return Err(RowError::new(phrase!(
                "rows-not-an-object",
                example = EXAMPLE,
                found = found(&value)
            )));
        }
        Err(error) => return Err(RowError::new(malformed(&error))),
    };
    let mut object = Map::new();
    for (key, value) in entries {
        if object.contains_key(&key) {
            return Err(failing(&object)(phrase!(
                "rows-key-twice",
                key = shown(&key)
            )));
        }
        object.insert(key, value);
    }
    Ok(object)
}

/// "malformed JSON at column 56: expected `,` or `}`": serde's position
/// always says "line 1" of a one-line text, which reads as the input's line 1.
fn malformed(error: &serde_json::Error) -> Phrase {
    let full = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    match full.strip_suffix(&position) {
        Some(what) => phrase!("rows-malformed-at", column = error.column(), what = what),
        None => phrase!("rows-malformed", what = full),
    }
}

/// A JSON object's entries in order, a key given twice kept twice.
struct Entries(Vec<(String, Value)>);

impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Entries, D::Error> {
        deserializer.deserialize_map(EntriesVisitor)
    }
}

struct EntriesVisitor;

impl<'de> Visitor<'de> for EntriesVisitor {
    type Value = Entries;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Entries(entries))
    }
}

/// "unknown key `skils`; did you mean `skills`? (or pass …)".
fn unknown_key(key: &str) -> Phrase {
    let hint = suggest(key, COLUMNS)
        .unwrap_or_else(|| phrase!("rows-keys-are", keys = COLUMNS.join(", ")));
    phrase!("rows-unknown-key", key = shown(key), hint = hint)
}

/// Makes a row's error, with the id and target when those can be read.
fn failing(object: &Map<String, Value>) -> impl Fn(Phrase) -> RowError + '_ {
    |message| RowError {
        id: text(object, "id").ok().flatten().unwrap_or_default(),
        target: text(object, "target").ok().flatten(),
        message,
    }
}

/// The row's values, each checked for its type.
fn object_fields(object: &Map<String, Value>) -> Result<RowFields, RowError> {
    let fail = failing(object);
    let id = text(object, "id").map_err(&fail)?;
    Ok(RowFields {
        id: id.ok_or_else(|| fail(no_id()))?,
        name: text(object, "name").map_err(&fail)?,
        skills: list(object, "skills", SKILLS_EXAMPLE).map_err(&fail)?,
        completed: list(object, "completed", COMPLETED_EXAMPLE).map_err(&fail)?,
        target: text(object, "target").map_err(&fail)?,
        hours_per_week: number(object, "hours_per_week").map_err(&fail)?,
        budget: budget(object).map_err(&fail)?,
        credentials: list(object, "credentials", CREDENTIALS_EXAMPLE).map_err(&fail)?,
    })
}

/// A text value: trimmed, and `None` when absent, `null` or blank, as an
/// empty CSV cell. A whole number is read as its digits (employee numbers).
fn text(object: &Map<String, Value>, key: &str) -> Result<Option<String>, Phrase> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(optional_text(text)),
        Some(Value::Number(number)) if number.is_u64() || number.is_i64() => {
            Ok(Some(number.to_string()))
        }
        Some(other) => Err(expected(key, phrase!("type-string"), other)),
    }
}

/// A list of texts; `null` is the empty list. `example` is a valid list for
/// the key, for the message about a wrong one.
fn list(object: &Map<String, Value>, key: &str, example: &str) -> Result<Vec<String>, Phrase> {
    let what = || phrase!("rows-list-such-as", example = example);
    match object.get(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|item| match item {
                Value::String(text) => optional_text(text).map(Ok),
                other => Some(Err(phrase!(
                    "rows-in-it",
                    problem = expected(key, what(), other)
                ))),
            })
            .collect(),
        Some(other) => Err(expected(key, what(), other)),
    }
}

fn number(object: &Map<String, Value>, key: &str) -> Result<Option<f64>, Phrase> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(number)) => Ok(number.as_f64()),
        Some(other) => Err(expected(key, phrase!("type-number"), other)),
    }
}

/// The budget: a number, or a text in the amount notation (`"2.000,50"`).
fn budget(object: &Map<String, Value>) -> Result<Option<f64>, Phrase> {
    match object.get("budget") {
        Some(Value::String(text)) => super::budget_text(text),
        _ => number(object, "budget"),
    }
}

/// "`hours_per_week`: expected a number, found the string "8"".
fn expected(key: &str, what: Phrase, value: &Value) -> Phrase {
    phrase!(
        "rows-expected",
        key = key,
        what = what,
        found = found(value)
    )
}

fn found(value: &Value) -> Phrase {
    match value {
        Value::Null => Phrase::plain("null"),
        Value::Bool(flag) => Phrase::plain(format!("`{flag}`")),
        Value::Number(number) => phrase!("rows-found-number", number = number.to_string()),
        Value::String(text) => {
            phrase!(
                "rows-found-string",
                text = Value::String(text.clone()).to_string()
            )
        }
        Value::Array(_) => phrase!("type-list"),
        Value::Object(_) => phrase!("rows-found-object"),
    }
}

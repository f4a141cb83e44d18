//! Bulk passports for `batch`: CSV (header `id,name,skills,completed,target,
//! hours_per_week,budget`, lists separated by `;`) or JSON Lines with the same
//! keys. Rows stream in one at a time; a bad row becomes an error row with its
//! line number and never stops the stream.

use std::io::{BufRead, Read};

use serde::Deserialize;

use crate::diagnostic::did_you_mean;
use crate::model::{Curriculum, Passport, SkillLevel, parse_skill_level};

pub const COLUMNS: [&str; 7] = [
    "id",
    "name",
    "skills",
    "completed",
    "target",
    "hours_per_week",
    "budget",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulkFormat {
    Csv,
    Jsonl,
}

/// One row as written, before its ids are resolved.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RowFields {
    pub id: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub skills: Vec<String>,
    #[serde(default)]
    pub completed: Vec<String>,
    #[serde(default)]
    pub target: Option<String>,
    #[serde(default)]
    pub hours_per_week: Option<f64>,
    #[serde(default)]
    pub budget: Option<f64>,
}

/// Why a row cannot be read, with what could be read of it: scripts match
/// error rows to workers by id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RowError {
    pub id: String,
    pub target: Option<String>,
    pub message: String,
}

/// A row and the input line it starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub line: u64,
    pub fields: Result<RowFields, RowError>,
}

/// Streams rows from CSV or JSON Lines.
pub enum Rows<R: Read> {
    Csv {
        // Boxed: the CSV reader's buffers dwarf the JSON Lines variant.
        reader: Box<csv::Reader<R>>,
        /// Position of each known column in the header.
        columns: [Option<usize>; 7],
        /// Fields per row, from the header.
        width: usize,
        record: csv::StringRecord,
    },
    Jsonl {
        lines: std::io::Lines<std::io::BufReader<R>>,
        line: u64,
    },
}

impl<R: Read> Rows<R> {
    /// Starts reading. Fails only when the input as a whole is unusable: an
    /// unreadable CSV header, or one without the `id` column.
    pub fn new(input: R, format: BulkFormat) -> Result<Rows<R>, String> {
        match format {
            BulkFormat::Jsonl => Ok(Rows::Jsonl {
                lines: std::io::BufReader::new(input).lines(),
                line: 0,
            }),
            BulkFormat::Csv => {
                // Flexible, so that a row with a field too many or too few is
                // still read and reported with its id.
                let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
                let header = reader
                    .headers()
                    .map_err(|e| format!("cannot read the CSV header: {e}"))?
                    .clone();
                if header.iter().all(|name| name.trim().is_empty()) {
                    return Err(format!(
                        "the input is empty: expected the header `{}`",
                        COLUMNS.join(",")
                    ));
                }
                let mut columns = [None; 7];
                for (index, name) in header.iter().enumerate() {
                    let name = name.trim();
                    match COLUMNS.iter().position(|c| *c == name) {
                        Some(column) => columns[column] = Some(index),
                        None => {
                            let hint = did_you_mean(name, COLUMNS)
                                .map(|c| format!("; did you mean `{c}`?"))
                                .unwrap_or_default();
                            return Err(format!(
                                "unknown column `{name}` in the CSV header{hint} (the header is `{}`)",
                                COLUMNS.join(",")
                            ));
                        }
                    }
                }
                if columns[0].is_none() {
                    return Err(format!(
                        "the CSV header has no `id` column (the header is `{}`)",
                        COLUMNS.join(",")
                    ));
                }
                Ok(Rows::Csv {
                    reader: Box::new(reader),
                    columns,
                    width: header.len(),
                    record: csv::StringRecord::new(),
                })
            }
        }
    }
}

fn list(text: &str) -> Vec<String> {
    text.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn number(text: &str, column: &str) -> Result<Option<f64>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<f64>()
        .map(Some)
        .map_err(|_| format!("`{column}` must be a number, found `{text}`"))
}

fn csv_fields(
    record: &csv::StringRecord,
    columns: &[Option<usize>; 7],
    width: usize,
) -> Result<RowFields, RowError> {
    let get = |column: usize| {
        columns[column]
            .and_then(|index| record.get(index))
            .unwrap_or("")
            .trim()
    };
    let optional = |column: usize| Some(get(column).to_string()).filter(|s| !s.is_empty());
    let fail = |message: String| RowError {
        id: get(0).to_string(),
        target: optional(4),
        message,
    };
    if record.len() != width {
        return Err(fail(format!(
            "the row has {} fields where the header has {width}; quote fields that contain commas",
            record.len()
        )));
    }
    let id = get(0).to_string();
    if id.is_empty() {
        return Err(fail("the row has no `id`".to_string()));
    }
    Ok(RowFields {
        id,
        name: optional(1),
        skills: list(get(2)),
        completed: list(get(3)),
        target: optional(4),
        hours_per_week: number(get(5), "hours_per_week").map_err(fail)?,
        budget: number(get(6), "budget").map_err(fail)?,
    })
}

/// One JSON Lines row: unknown keys get a did-you-mean, and a row that does
/// not deserialise still reports its id and target.
fn json_fields(text: &str) -> Result<RowFields, RowError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| RowError {
        message: format!("malformed JSON: {e}"),
        ..RowError::default()
    })?;
    let Some(object) = value.as_object() else {
        return Err(RowError {
            message: "a JSON Lines row must be an object such as {\"id\": \"anna\", \"skills\": [\"cad@2\"]}".to_string(),
            ..RowError::default()
        });
    };
    let text_of = |key: &str| object.get(key).and_then(|v| v.as_str()).map(str::to_string);
    let fail = |message: String| RowError {
        id: text_of("id").unwrap_or_default(),
        target: text_of("target"),
        message,
    };
    if let Some(unknown) = object.keys().find(|key| !COLUMNS.contains(&key.as_str())) {
        let hint = did_you_mean(unknown, COLUMNS)
            .map(|c| format!("; did you mean `{c}`?"))
            .unwrap_or_else(|| format!("; the keys are {}", COLUMNS.join(", ")));
        return Err(fail(format!("unknown key `{unknown}`{hint}")));
    }
    serde_json::from_value::<RowFields>(value.clone())
        .map_err(|e| fail(format!("invalid row: {e}")))
}

impl<R: Read> Iterator for Rows<R> {
    type Item = Row;

    fn next(&mut self) -> Option<Row> {
        match self {
            Rows::Csv {
                reader,
                columns,
                width,
                record,
            } => {
                let line = reader.position().line() + u64::from(reader.position().line() == 0);
                match reader.read_record(record) {
                    Ok(false) => None,
                    Ok(true) => {
                        let line = record.position().map_or(line, |p| p.line());
                        Some(Row {
                            line,
                            fields: csv_fields(record, columns, *width),
                        })
                    }
                    Err(error) => {
                        let line = error.position().map_or(line, |p| p.line());
                        let message = match error.kind() {
                            csv::ErrorKind::Utf8 { .. } => "the row is not valid UTF-8".to_string(),
                            _ => format!("malformed CSV: {error}"),
                        };
                        Some(Row {
                            line,
                            fields: Err(RowError {
                                message,
                                ..RowError::default()
                            }),
                        })
                    }
                }
            }
            Rows::Jsonl { lines, line } => loop {
                *line += 1;
                let text = match lines.next()? {
                    Ok(text) => text,
                    Err(error) => {
                        return Some(Row {
                            line: *line,
                            fields: Err(RowError {
                                message: format!("cannot read the line: {error}"),
                                ..RowError::default()
                            }),
                        });
                    }
                };
                if text.trim().is_empty() {
                    continue;
                }
                return Some(Row {
                    line: *line,
                    fields: json_fields(&text),
                });
            },
        }
    }
}

/// Resolves a row's ids against the curriculum. The error says what is wrong
/// and how to fix it (with a did-you-mean), without the line number.
pub fn resolve_row(curriculum: &Curriculum, fields: &RowFields) -> Result<Passport, String> {
    let mut skills = Vec::with_capacity(fields.skills.len());
    for text in &fields.skills {
        skills.push(resolve_level(curriculum, text)?);
    }
    let mut completed = Vec::with_capacity(fields.completed.len());
    for id in &fields.completed {
        match curriculum.find_module(id) {
            Some(module) => completed.push(module),
            None => {
                let hint = did_you_mean(id, curriculum.modules.iter().map(|m| m.id.as_str()))
                    .map(|c| format!("; did you mean `{c}`?"))
                    .unwrap_or_default();
                return Err(format!("unknown module `{id}` in `completed`{hint}"));
            }
        }
    }
    if let Some(hours) = fields.hours_per_week {
        crate::plan::planner::check_hours_per_week(hours)
            .map_err(|e| format!("`hours_per_week`: {e}"))?;
    }
    if let Some(budget) = fields.budget.filter(|b| !b.is_finite() || *b < 0.0) {
        return Err(format!("`budget` must be 0 or more euro, found {budget}"));
    }
    Ok(Passport {
        id: fields.id.clone(),
        name: fields.name.clone().unwrap_or_else(|| fields.id.clone()),
        skills,
        completed,
        target: fields.target.clone(),
        hours_per_week: fields.hours_per_week,
        budget: fields.budget,
    })
}

fn resolve_level(curriculum: &Curriculum, text: &str) -> Result<SkillLevel, String> {
    let parsed = parse_skill_level(text)
        .ok_or_else(|| format!("`{text}` is not a skill-level; write `skill@level`"))?;
    let Some(skill) = curriculum.find_skill(parsed.skill) else {
        let hint = did_you_mean(
            parsed.skill,
            curriculum.skills.iter().map(|s| s.id.as_str()),
        )
        .map(|c| format!("; did you mean `{c}`?"))
        .unwrap_or_default();
        return Err(format!("unknown skill `{}`{hint}", parsed.skill));
    };
    let max = curriculum.skill(skill).max_level;
    match parsed.level {
        Some(level) if (1..=max).contains(&level) => Ok(SkillLevel { skill, level }),
        _ => Err(format!(
            "level of `{text}` is out of range: `{}` has levels 1 to {max}",
            parsed.skill
        )),
    }
}

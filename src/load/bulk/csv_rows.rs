//! CSV rows, parsed with csv-core fed one line piece at a time, so that every
//! record knows the lines it starts and ends on, and a quoted field still open
//! at the end of the input is caught instead of swallowing the rest of it.

use std::io::Read;

use super::lines::{Lines, MAX_ROW_BYTES, empty_input, not_utf8_message, too_long};
use super::{COLUMNS, ExtraColumns, Row, RowError, RowFields, Unreadable, optional_text};
use crate::diagnostic::{shown, suggest};
use crate::words::{Phrase, joined, phrase};

/// More fields than any sensible row has: a record past it is reported, not kept.
const MAX_FIELDS: usize = 4096;

/// One record as parsed, before it is split into fields.
#[derive(Default)]
struct Record {
    /// The fields' bytes, back to back; `ends` holds where each one ends.
    bytes: Vec<u8>,
    len: usize,
    ends: Vec<usize>,
    fields: usize,
    /// The line the record starts on, once a byte of it was read.
    first_line: Option<u64>,
    last_line: u64,
    /// The line the field being read opened on: where an unclosed quote began.
    field_line: u64,
    /// Longer than `MAX_ROW_BYTES` (or with more than `MAX_FIELDS` fields):
    /// read to its end, its bytes dropped.
    oversized: bool,
}

impl Record {
    fn clear(&mut self) {
        self.len = 0;
        self.fields = 0;
        self.first_line = None;
        self.oversized = false;
        if self.bytes.is_empty() {
            self.bytes.resize(1 << 10, 0);
            self.ends.resize(16, 0);
        }
    }

    fn field(&self, index: usize) -> &[u8] {
        let start = if index == 0 { 0 } else { self.ends[index - 1] };
        &self.bytes[start..self.ends[index]]
    }

    /// Counts what one parser call on `line` wrote.
    fn took(&mut self, written: usize, ended: usize, line: u64) {
        self.len += written;
        self.fields += ended;
        if ended > 0 {
            self.field_line = line;
        }
    }

    /// Makes room after the parser filled a buffer. Past the limits the
    /// record is still read to its end, but its bytes are written over.
    fn make_room(&mut self, result: &csv_core::ReadRecordResult) {
        use csv_core::ReadRecordResult as Parsed;
        let full = match result {
            Parsed::OutputFull => self.bytes.len() >= MAX_ROW_BYTES,
            Parsed::OutputEndsFull => self.ends.len() >= MAX_FIELDS,
            _ => return,
        };
        if full || self.oversized {
            self.oversized = true;
            self.len = 0;
            self.fields = 0;
        } else if *result == Parsed::OutputFull {
            self.bytes.resize(self.bytes.len() * 2, 0);
        } else {
            self.ends.resize(self.ends.len() * 2, 0);
        }
    }

    /// The message about the record, with " (the row spans lines 3 to 9)"
    /// for a record over several lines.
    fn spanned(&self, message: Phrase) -> Phrase {
        let first = self.first_line.unwrap_or(self.last_line);
        if first == self.last_line {
            message
        } else {
            phrase!(
                "rows-spans-lines",
                message = message,
                first = first,
                last = self.last_line
            )
        }
    }
}

pub(super) struct CsvRows<R> {
    lines: Lines<R>,
    parser: csv_core::Reader,
    record: Record,
    /// Position of each known column in the header.
    columns: [Option<usize>; COLUMNS.len()],
    /// The header's column names, trimmed.
    names: Vec<String>,
    /// Header columns leerroute does not use (with `ExtraColumns::Ignore`).
    pub ignored: Vec<String>,
}

impl<R: Read> CsvRows<R> {
    pub fn new(input: R, extra: ExtraColumns) -> Result<CsvRows<R>, Unreadable> {
        let expected = phrase!("rows-expected-header", header = COLUMNS.join(","));
        let mut rows = CsvRows {
            lines: Lines::open(input, "csv", &expected)?,
            parser: csv_core::Reader::new(),
            record: Record::default(),
            columns: [None; COLUMNS.len()],
            names: Vec::new(),
            ignored: Vec::new(),
        };
        if !rows.read_record()? {
            return Err(empty_input(&expected));
        }
        rows.names = rows.header_names()?;
        rows.columns = header_columns(&rows.names, extra, &mut rows.ignored)?;
        Ok(rows)
    }

    fn header_names(&self) -> Result<Vec<String>, Unreadable> {
        let record = &self.record;
        if record.oversized {
            return Err(Unreadable::new(
                too_long(phrase!("rows-what-header")),
                phrase!("rows-start-with-header", header = COLUMNS.join(",")),
            ));
        }
        (0..record.fields)
            .map(|index| {
                std::str::from_utf8(record.field(index))
                    .map(|name| name.trim().to_string())
                    .map_err(|_| {
                        Unreadable::new(
                            phrase!("rows-header-not-utf8"),
                            phrase!("rows-save-utf8-help"),
                        )
                    })
            })
            .collect()
    }

    /// Reads the next record into `self.record`; false at the end of the input.
    fn read_record(&mut self) -> Result<bool, Unreadable> {
        self.record.clear();
        loop {
            let line = self.lines.line();
            let piece = self.lines.piece()?;
            if piece.is_empty() {
                return self.finish_input();
            }
            let record = &mut self.record;
            if record.first_line.is_none() && !piece.iter().all(|&b| b == b'\r' || b == b'\n') {
                record.first_line = Some(line);
                record.field_line = line;
            }
            let (result, used, written, ended) = self.parser.read_record(
                piece,
                &mut record.bytes[record.len..],
                &mut record.ends[record.fields..],
            );
            let ends_line = piece[..used].ends_with(b"\n");
            self.lines.consume(used, ends_line);
            self.record.took(written, ended, line);
            if result == csv_core::ReadRecordResult::Record {
                self.record.last_line = line;
                return Ok(true);
            }
            self.record.make_room(&result);
        }
    }

    /// At the end of the input: a record still open ends here, unless it is
    /// inside a quoted field, which makes the whole input unreadable.
    fn finish_input(&mut self) -> Result<bool, Unreadable> {
        let record = &mut self.record;
        if record.first_line.is_none() {
            // Only blank lines since the last record.
            return Ok(false);
        }
        // A line break ends an unquoted record and is data inside a quoted
        // field: feeding one tells the two apart without re-parsing.
        if record.bytes.len() == record.len {
            record.bytes.push(0);
        }
        if record.ends.len() == record.fields {
            record.ends.push(0);
        }
        let (result, _, _, ended) = self.parser.read_record(
            b"\n",
            &mut record.bytes[record.len..],
            &mut record.ends[record.fields..],
        );
        if result == csv_core::ReadRecordResult::Record {
            record.fields += ended;
            record.last_line = self.lines.last_line();
            return Ok(true);
        }
        let (opened, row) = (
            record.field_line,
            record.first_line.unwrap_or(record.field_line),
        );
        Err(Unreadable {
            unread_from: Some(row),
            ..Unreadable::new(
                phrase!(
                    "rows-quote-never-closed",
                    opened = opened,
                    end = self.lines.last_line(),
                    row = row
                ),
                phrase!("rows-quote-never-closed-help", opened = opened),
            )
        })
    }

    /// The next row, skipping records with nothing in them.
    pub fn next_row(&mut self) -> Result<Option<Row>, Unreadable> {
        loop {
            if !self.read_record()? {
                return Ok(None);
            }
            if let Some(row) = self.row() {
                return Ok(Some(row));
            }
        }
    }

    /// The record as a row; `None` for one whose every field is blank (a
    /// spreadsheet's empty row `,,,,,,`).
    fn row(&self) -> Option<Row> {
        let record = &self.record;
        let fields = self.fields()?.map_err(|error| RowError {
            message: record.spanned(error.message),
            ..error
        });
        Some(Row {
            line: record.first_line.unwrap_or(record.last_line),
            fields,
        })
    }

    fn fields(&self) -> Option<Result<RowFields, RowError>> {
        let record = &self.record;
        if record.oversized {
            return Some(Err(RowError::new(phrase!(
                "rows-row-too-long",
                too_long = too_long(phrase!("rows-what-row")),
                fields = MAX_FIELDS
            ))));
        }
        let mut cells = Vec::with_capacity(record.fields);
        for index in 0..record.fields {
            let bytes = record.field(index);
            let Ok(cell) = std::str::from_utf8(bytes) else {
                let cell = match self.names.get(index) {
                    Some(name) if !name.is_empty() => phrase!("rows-what-cell", name = name),
                    _ => phrase!("rows-what-field", number = index + 1),
                };
                return Some(Err(RowError {
                    id: String::from_utf8_lossy(self.cell_bytes(0))
                        .trim()
                        .to_string(),
                    ..RowError::new(not_utf8_message(cell, bytes))
                }));
            };
            cells.push(cell);
        }
        if cells.iter().all(|cell| cell.trim().is_empty()) {
            return None;
        }
        Some(csv_fields(&cells, &self.columns, &self.names))
    }

    fn cell_bytes(&self, column: usize) -> &[u8] {
        match self.columns[column] {
            Some(index) if index < self.record.fields => self.record.field(index),
            _ => &[],
        }
    }
}

/// Where each known column is in the header; columns leerroute does not use
/// go to `ignored`, or are refused.
fn header_columns(
    names: &[String],
    extra: ExtraColumns,
    ignored: &mut Vec<String>,
) -> Result<[Option<usize>; COLUMNS.len()], Unreadable> {
    let mut columns = [None; COLUMNS.len()];
    let mut unknown = Vec::new();
    for (index, name) in names.iter().enumerate() {
        match COLUMNS.iter().position(|column| column == name) {
            Some(column) => {
                if let Some(first) = columns[column] {
                    return Err(Unreadable::new(
                        phrase!(
                            "rows-column-twice",
                            name = name,
                            first = first + 1,
                            second = index + 1
                        ),
                        phrase!("rows-column-twice-help"),
                    ));
                }
                columns[column] = Some(index);
            }
            None if extra == ExtraColumns::Ignore => ignored.push(name.clone()),
            None => unknown.push((name.as_str(), index)),
        }
    }
    if !unknown.is_empty() {
        return Err(unknown_columns(&unknown));
    }
    if columns[0].is_none() {
        return Err(Unreadable::new(
            phrase!("rows-no-id-column", header = COLUMNS.join(",")),
            phrase!("rows-no-id-column-help"),
        ));
    }
    Ok(columns)
}

/// The header's columns that are not bulk columns, `(name, index)`, all
/// named at once: an HR export has several, and naming one a run would take
/// a run per column.
fn unknown_columns(unknown: &[(&str, usize)]) -> Unreadable {
    let (unnamed, named): (Vec<_>, Vec<_>) = unknown.iter().partition(|(name, _)| name.is_empty());
    let mut problems: Vec<Phrase> = unnamed
        .iter()
        .map(|(_, index)| phrase!("rows-column-unnamed", number = index + 1))
        .collect();
    let mut named = named.iter().map(|(name, _)| match suggest(name, COLUMNS) {
        Some(fix) => phrase!("rows-column-named-hint", name = shown(name), hint = fix),
        None => Phrase::plain(format!("`{}`", shown(name))),
    });
    if let Some(first) = named.next() {
        let count = named.len() + 1;
        let names = joined(first, named);
        problems.push(phrase!(
            "rows-unknown-columns",
            count = count,
            names = names
        ));
    }
    let mut problems = problems.into_iter();
    let problems = problems.next().map(|first| {
        problems.fold(first, |first, rest| {
            phrase!("list-semicolon", first = first, rest = rest)
        })
    });
    Unreadable::new(
        phrase!(
            "rows-bulk-columns",
            problems = problems.unwrap_or_else(|| Phrase::plain("")),
            columns = COLUMNS.join(",")
        ),
        super::extra_columns_help(),
    )
}

/// A record's cells as a row; lists are `;`-separated.
fn csv_fields(
    cells: &[&str],
    columns: &[Option<usize>; COLUMNS.len()],
    names: &[String],
) -> Result<RowFields, RowError> {
    let get = |column: usize| {
        columns[column]
            .and_then(|index| cells.get(index))
            .map_or("", |cell| cell.trim())
    };
    let fail = |message: Phrase| RowError {
        id: get(0).to_string(),
        target: optional_text(get(4)),
        message,
    };
    // A line break in a cell that is planned with means a quote was left
    // open and swallowed the lines after it, more often than not.
    if let Some(column) = (0..COLUMNS.len()).find(|&column| get(column).contains(['\n', '\r'])) {
        return Err(fail(phrase!(
            "rows-cell-line-break",
            column = COLUMNS[column]
        )));
    }
    if cells.len() != names.len() {
        return Err(fail(phrase!(
            "rows-field-count",
            fields = cells.len(),
            header = names.len()
        )));
    }
    let id = get(0).to_string();
    if id.is_empty() {
        return Err(fail(super::no_id()));
    }
    Ok(RowFields {
        id,
        name: optional_text(get(1)),
        skills: list(get(2)),
        completed: list(get(3)),
        target: optional_text(get(4)),
        hours_per_week: number(get(5), "hours_per_week").map_err(fail)?,
        budget: super::budget_text(get(6)).map_err(fail)?,
        credentials: list(get(7)),
    })
}

fn list(text: &str) -> Vec<String> {
    text.split(';').filter_map(optional_text).collect()
}

fn number(text: &str, column: &str) -> Result<Option<f64>, Phrase> {
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<f64>()
        .map(Some)
        .map_err(|_| phrase!("rows-not-a-number", column = column, text = text))
}

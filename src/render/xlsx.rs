//! `batch --xlsx`: every plan of a batch in an Excel workbook, for HR
//! departments that open everything in Excel (and whose Dutch Excel reads a
//! comma-separated file with decimal points as one column). Three sheets:
//! one row per worker (numbers as numbers, euro and date formats), one row
//! per step, and a summary; headers frozen, with autofilters. Rows come in
//! input order, and an error row carries its reason. Sheets are written row
//! by row (constant memory), so a large workforce needs no more memory than a
//! small one.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::batch::{REASON_SEPARATOR, Tally};
use super::plan::reason_messages;
use crate::model::Curriculum;
use crate::plan::calendar::parse_date;
use crate::plan::route::{Plan, Status};
use crate::words::{Words, say};

/// Rows a sheet holds, the header included.
const MAX_ROWS: u32 = 1_048_576;

const WORKERS: usize = 0;
const STEPS: usize = 1;

/// A workbook being filled, plan by plan.
pub struct Book {
    words: &'static Words,
    book: Workbook,
    /// The next row of the workers and steps sheets.
    rows: [u32; 2],
    /// Steps left out when the steps sheet is full.
    cut: u64,
    tally: Tally,
    euro: Format,
    date: Format,
}

fn header(words: &Words, ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| words.get(id)).collect()
}

fn worker_columns(words: &Words) -> Vec<String> {
    header(
        words,
        &[
            "xlsx-col-line",
            "xlsx-col-worker",
            "xlsx-col-name",
            "xlsx-col-target",
            "xlsx-col-status",
            "xlsx-col-optimal",
            "xlsx-col-hours",
            "xlsx-col-cost",
            "xlsx-col-modules",
            "xlsx-col-weeks",
            "xlsx-col-start",
            "xlsx-col-end",
            "xlsx-col-reasons",
        ],
    )
}

fn step_columns(words: &Words) -> Vec<String> {
    header(
        words,
        &[
            "xlsx-col-worker",
            "xlsx-col-step",
            "xlsx-col-module",
            "xlsx-col-module-name",
            "xlsx-col-stage",
            "xlsx-col-lines",
            "xlsx-col-hours",
            "xlsx-col-cost",
            "xlsx-col-start-week",
            "xlsx-col-end-week",
            "xlsx-col-start",
            "xlsx-col-end",
            "xlsx-col-serves",
        ],
    )
}

impl Book {
    pub fn new(words: &'static Words) -> Result<Book, XlsxError> {
        let mut book = Workbook::new();
        let bold = Format::new().set_bold();
        for (name, columns) in [
            (say!(words, "xlsx-sheet-workers"), worker_columns(words)),
            (say!(words, "xlsx-sheet-steps"), step_columns(words)),
        ] {
            let sheet = book.add_worksheet_with_constant_memory()?;
            sheet.set_name(name)?;
            sheet.write_row_with_format(0, 0, columns.iter().map(String::as_str), &bold)?;
            sheet.set_freeze_panes(1, 0)?;
            for (column, title) in columns.iter().enumerate() {
                let width = (title.chars().count() as f64 + 4.0).max(10.0);
                sheet.set_column_width(column as u16, width)?;
            }
        }
        Ok(Book {
            words,
            book,
            rows: [1, 1],
            cut: 0,
            tally: Tally::default(),
            euro: Format::new().set_num_format("€ #,##0.00"),
            date: Format::new().set_num_format("yyyy-mm-dd"),
        })
    }

    /// Adds a plan: its worker's row and a row per step.
    pub fn add(&mut self, curriculum: &Curriculum, plan: &Plan) -> Result<(), XlsxError> {
        self.tally.add(plan);
        let row = self.rows[WORKERS];
        if row >= MAX_ROWS {
            return Ok(());
        }
        self.rows[WORKERS] += 1;
        let has_route = matches!(plan.status, Status::Planned | Status::Qualified);
        let first = plan.steps.first().and_then(|s| s.start_date.as_deref());
        let last = plan.steps.last().and_then(|s| s.end_date.as_deref());
        let reasons: Vec<String> = reason_messages(self.words, curriculum, plan).collect();
        let (euro, date) = (&self.euro, &self.date);
        let sheet = self.book.worksheet_from_index(WORKERS)?;
        if let Some(line) = plan.line {
            sheet.write_number(row, 0, line as f64)?;
        }
        sheet.write_string(row, 1, plan.worker.as_str())?;
        sheet.write_string(row, 2, plan.name.as_str())?;
        sheet.write_string(row, 3, plan.target.as_str())?;
        sheet.write_string(row, 4, plan.status.as_str())?;
        sheet.write_boolean(row, 5, plan.optimal)?;
        if has_route {
            sheet.write_number(row, 6, plan.totals.hours)?;
            sheet.write_number_with_format(row, 7, plan.totals.cost, euro)?;
            sheet.write_number(row, 8, plan.totals.modules as f64)?;
            sheet.write_number(row, 9, f64::from(plan.totals.weeks))?;
        }
        if let Some(first) = first.and_then(parse_date) {
            sheet.write_date_with_format(row, 10, first, date)?;
        }
        if let Some(last) = last.and_then(parse_date) {
            sheet.write_date_with_format(row, 11, last, date)?;
        }
        if !reasons.is_empty() {
            sheet.write_string(row, 12, reasons.join(REASON_SEPARATOR))?;
        }
        let sheet = self.book.worksheet_from_index(STEPS)?;
        for step in &plan.steps {
            let row = self.rows[STEPS];
            if row >= MAX_ROWS {
                self.cut += 1;
                continue;
            }
            self.rows[STEPS] += 1;
            sheet.write_string(row, 0, plan.worker.as_str())?;
            sheet.write_number(row, 1, step.step as f64)?;
            sheet.write_string(row, 2, step.module.as_str())?;
            sheet.write_string(row, 3, step.name.as_str())?;
            sheet.write_string(row, 4, step.stage)?;
            sheet.write_string(row, 5, step.lines.join(", "))?;
            sheet.write_number(row, 6, step.hours)?;
            sheet.write_number_with_format(row, 7, step.cost, euro)?;
            sheet.write_number(row, 8, f64::from(step.start_week))?;
            sheet.write_number(row, 9, f64::from(step.end_week))?;
            if let Some(start) = step.start_date.as_deref().and_then(parse_date) {
                sheet.write_date_with_format(row, 10, start, date)?;
            }
            if let Some(end) = step.end_date.as_deref().and_then(parse_date) {
                sheet.write_date_with_format(row, 11, end, date)?;
            }
            sheet.write_string(row, 12, step.serves.join(", "))?;
        }
        Ok(())
    }

    /// The finished workbook: the autofilters over what was written, and
    /// the summary sheet.
    pub fn finish(mut self) -> Result<Vec<u8>, XlsxError> {
        let words = self.words;
        let columns = [worker_columns(words).len(), step_columns(words).len()];
        for (sheet, last) in [WORKERS, STEPS].into_iter().zip(columns) {
            let rows = self.rows[sheet];
            self.book
                .worksheet_from_index(sheet)?
                .autofilter(0, 0, rows - 1, last as u16 - 1)?;
        }
        let tally = &self.tally;
        let planned = tally.planned.max(1) as f64;
        let counts = [
            ("xlsx-summary-rows", tally.rows),
            ("xlsx-summary-planned", tally.planned),
            ("xlsx-summary-qualified", tally.qualified),
            ("xlsx-summary-unreachable", tally.unreachable),
            ("xlsx-summary-over-budget", tally.over_budget),
            ("xlsx-summary-timeout", tally.timeouts),
            ("xlsx-summary-error", tally.errors),
            ("xlsx-summary-invalid", tally.invalid),
            ("xlsx-summary-optimal", tally.optimal),
        ];
        let general = Format::new();
        let amounts = [
            ("xlsx-summary-hours", tally.hours, &general),
            ("xlsx-summary-cost", tally.cost, &self.euro),
            ("xlsx-summary-hours-mean", tally.hours / planned, &general),
            ("xlsx-summary-cost-mean", tally.cost / planned, &self.euro),
        ];
        let bold = Format::new().set_bold();
        let sheet = self.book.add_worksheet();
        sheet.set_name(say!(words, "xlsx-sheet-summary"))?;
        sheet.write_row_with_format(
            0,
            0,
            header(words, &["xlsx-summary-what", "xlsx-summary-value"]),
            &bold,
        )?;
        sheet.set_freeze_panes(1, 0)?;
        sheet.set_column_width(0, 40)?;
        sheet.set_column_width(1, 16)?;
        let mut row = 1;
        for (id, count) in counts {
            sheet.write_string(row, 0, words.get(id))?;
            sheet.write_number(row, 1, count as f64)?;
            row += 1;
        }
        for (id, amount, format) in amounts {
            sheet.write_string(row, 0, words.get(id))?;
            sheet.write_number_with_format(row, 1, amount, format)?;
            row += 1;
        }
        if self.cut > 0 {
            sheet.write_string(
                row,
                0,
                say!(words, "xlsx-summary-steps-cut", rows = MAX_ROWS),
            )?;
            sheet.write_number(row, 1, self.cut as f64)?;
            row += 1;
        }
        sheet.autofilter(0, 0, row - 1, 1)?;
        self.book.save_to_buffer()
    }
}

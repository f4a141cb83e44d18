//! Records as rows: one list of typed JSON objects rendered as a table, a
//! JSON array or CSV, so the three formats can never disagree.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, Cell, ColumnConstraint, ContentArrangement, Table, Width};
use serde_json::{Map, Value};

use super::layout::Layout;
use super::spreadsheet::text_cell;
use crate::words::Words;

/// A comfy-table with the house style, as wide as the layout allows.
pub fn new_table(layout: Layout) -> Table {
    let mut table = Table::new();
    table.load_style(UTF8_FULL_CONDENSED);
    if layout.color {
        // comfy-table colours only a terminal unless told; `--color always`
        // into a pipe is asked for.
        table.enforce_styling();
    }
    match layout.width {
        Some(width) => {
            table
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_width(u16::try_from(width).unwrap_or(u16::MAX));
        }
        // Unbounded: the table's own width; a pipe or a file is not cut.
        None => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    table
}

/// Sets the header row, bold when colour is on.
pub fn set_header(table: &mut Table, layout: Layout, headers: impl IntoIterator<Item = String>) {
    table.set_header(headers.into_iter().map(|text| {
        let cell = Cell::new(text);
        if layout.color {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }));
}

/// Keeps column `column` at least `chars` wide, so that what it holds (an id,
/// a week range) is never split over lines.
pub fn keep_whole(table: &mut Table, column: usize, chars: usize) {
    if let Some(column) = table.column_mut(column) {
        // The boundary counts the cell's padding, one space on each side.
        let width = u16::try_from(chars + 2).unwrap_or(u16::MAX);
        column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(width)));
    }
}

/// One item drawn as a block for a narrow screen: its title, then its
/// fields as "label: value" (empty ones left out), wrapped under it.
pub fn block(layout: Layout, title: &str, fields: &[(String, String)]) -> String {
    let mut out = layout.wrap(title, "", "  ");
    let fields: Vec<String> = fields
        .iter()
        .filter(|(_, text)| !text.is_empty())
        .map(|(label, text)| format!("{label}: {text}"))
        .collect();
    if !fields.is_empty() {
        out.push_str(&layout.wrap(&fields.join(" · "), "  ", "  "));
    }
    out
}

/// Records with the same keys, in column order.
pub struct Records {
    pub columns: Vec<&'static str>,
    pub rows: Vec<Map<String, Value>>,
}

/// A column's header in words: the message `column-<key>`.
pub fn header(words: &Words, column: &str) -> String {
    words.get(&format!("column-{column}"))
}

/// A cell for a person or a CSV file: lists joined, nulls empty.
fn cell(value: &Value, separator: &str) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) => text.clone(),
        // 24.0 hours reads as 24 to a person; 24.5 stays 24.5.
        Value::Number(number)
            if number
                .as_f64()
                .is_some_and(|f| f.fract() == 0.0 && f.abs() < 1e15) =>
        {
            format!("{}", number.as_f64().unwrap_or_default() as i64)
        }
        // A list of lists is a list of "one of" groups: `(a | b)`.
        Value::Array(items) => items
            .iter()
            .map(|item| match item {
                Value::Array(_) => format!("({})", cell(item, " | ")),
                _ => cell(item, separator),
            })
            .collect::<Vec<_>>()
            .join(separator),
        other => other.to_string(),
    }
}

impl Records {
    /// For a person: a table with the headers in words, or below 100
    /// columns one block per record.
    pub fn to_table(&self, words: &Words, layout: Layout) -> String {
        if layout.compact() {
            return self.to_blocks(words, layout);
        }
        let mut table = new_table(layout);
        set_header(
            &mut table,
            layout,
            self.columns.iter().map(|column| header(words, column)),
        );
        for row in &self.rows {
            table.add_row(self.columns.iter().map(|column| self.text(row, column)));
        }
        if let Some(id) = self.columns.iter().position(|&c| c == "id") {
            let longest = self
                .rows
                .iter()
                .map(|row| self.text(row, "id").chars().count());
            keep_whole(&mut table, id, longest.max().unwrap_or(0));
        }
        format!("{table}\n")
    }

    /// One block per record: "name (id)", then the other fields as
    /// "label: value", wrapped under it.
    fn to_blocks(&self, words: &Words, layout: Layout) -> String {
        let mut out = String::new();
        for row in &self.rows {
            let (id, name) = (self.text(row, "id"), self.text(row, "name"));
            let title = match (id.is_empty(), name.is_empty()) {
                (false, false) => format!("{name} ({id})"),
                _ => format!("{name}{id}"),
            };
            let fields: Vec<(String, String)> = self
                .columns
                .iter()
                .filter(|&&column| column != "id" && column != "name")
                .map(|column| (header(words, column), self.text(row, column)))
                .collect();
            out.push_str(&block(layout, &title, &fields));
        }
        out
    }

    fn text(&self, row: &Map<String, Value>, column: &str) -> String {
        cell(row.get(column).unwrap_or(&Value::Null), ", ")
    }

    pub fn to_json(&self) -> String {
        let rows: Vec<Value> = self.rows.iter().cloned().map(Value::Object).collect();
        serde_json::to_string_pretty(&rows).unwrap_or_default() + "\n"
    }

    pub fn to_csv(&self) -> anyhow::Result<String> {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(&self.columns)?;
        for row in &self.rows {
            writer.write_record(self.columns.iter().map(|column| {
                let value = row.get(*column).unwrap_or(&Value::Null);
                let text = cell(value, ";");
                match value {
                    Value::Number(_) => text,
                    _ => text_cell(&text),
                }
            }))?;
        }
        Ok(String::from_utf8(writer.into_inner()?)?)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Map, Value, json};

    use super::Records;

    #[test]
    fn csv_text_cells_never_run_as_formulas_and_numbers_stay_numbers() {
        let row: Map<String, Value> = [
            ("name".to_string(), json!("=HYPERLINK(\"x\")")),
            ("hours".to_string(), json!(-2)),
        ]
        .into_iter()
        .collect();
        let records = Records {
            columns: vec!["name", "hours"],
            rows: vec![row],
        };
        let csv = records.to_csv().expect("CSV");
        assert_eq!(csv, "name,hours\n\"'=HYPERLINK(\"\"x\"\")\",-2\n");
    }

    /// Every column of every list has a header in both languages.
    #[test]
    fn every_column_has_a_header_in_words() {
        use crate::load::{Origin, load_curriculum};
        use crate::words::{Lang, words};

        let curriculum = load_curriculum(&Origin::Embedded).expect("the shipped curriculum");
        let lists = [
            super::super::catalog::skills(&curriculum),
            super::super::catalog::modules(&curriculum, None),
            super::super::catalog::lines(&curriculum),
            super::super::catalog::fieldlabs(&curriculum),
            super::super::catalog::profiles(&curriculum),
        ];
        for lang in [Lang::En, Lang::Nl] {
            for records in &lists {
                for column in &records.columns {
                    let header = super::header(words(lang), column);
                    assert_ne!(
                        header,
                        format!("column-{column}"),
                        "{lang:?}: no header for `{column}`"
                    );
                }
            }
        }
    }
}

//! Records as rows: one list of typed JSON objects rendered as a table, a
//! JSON array or CSV, so the three formats can never disagree.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};
use serde_json::{Map, Value};

use super::spreadsheet::text_cell;

/// A comfy-table with the house style. Its width follows the terminal; when
/// the output is not a terminal, `COLUMNS` (if set) still bounds it, so
/// `COLUMNS=100 leerroute … | less` stays readable.
pub fn new_table() -> Table {
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(width) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<u16>().ok())
    {
        table.set_width(width);
    }
    table
}

/// Records with the same keys, in column order.
pub struct Records {
    pub columns: Vec<&'static str>,
    pub rows: Vec<Map<String, Value>>,
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
    pub fn to_table(&self) -> String {
        let mut table = new_table();
        table.set_header(self.columns.clone());
        for row in &self.rows {
            table.add_row(
                self.columns
                    .iter()
                    .map(|column| cell(row.get(*column).unwrap_or(&Value::Null), ", ")),
            );
        }
        format!("{table}\n")
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
}

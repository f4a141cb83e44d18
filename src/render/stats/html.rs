//! `stats --format html`: one self-contained page (no scripts, no files, no
//! web fonts) with the metrics table and bar charts drawn as inline SVG with
//! the `svg` crate: the bottleneck modules by the report's sort, and with a
//! workforce the fieldlab demand and what losing each busy module costs.

use std::fmt::Write;

use svg::Document;
use svg::node::element::{Rectangle, Text};

use super::{
    Report, Value, WhatIf, Workforce, cell_text, fieldlab_header, findings, header, hundredths,
    title, what_if_cells, what_if_header, workforce_summary,
};
use crate::render::markup::{escape, with_code};
use crate::words::{Words, say};

/// Bars a chart shows at most.
const BARS: usize = 15;
const WIDTH: f64 = 960.0;
const LABEL: f64 = 340.0;
const ROW: f64 = 24.0;
/// Room right of the longest bar for its value.
const VALUE: f64 = 250.0;

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem auto;max-width:1000px;color:#1d2733;line-height:1.45}\
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #0077c8;padding-bottom:.2rem}\
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0 1rem}\
th,td{padding:.3rem .5rem;border-bottom:1px solid #dde3ea;text-align:left;vertical-align:top}\
th{background:#f2f5f8}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}\
.name{color:#5b6673;font-size:.85em}ul{padding-left:1.2rem}.legend span{display:inline-block;margin-right:1.2rem}\
.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-.05rem}\
svg{max-width:100%;height:auto}code{font-size:.92em;background:#f2f5f8;padding:0 .2em;border-radius:3px}";

/// Colours: the bars, and a what-if's parts (impossible, longer, the rest).
const BLUE: &str = "#0077c8";
const GREEN: &str = "#2e8540";
const RED: &str = "#c0392b";
const ORANGE: &str = "#e67e22";
const GREY: &str = "#b8c2cc";

/// A bar: its label, its parts (value and colour) and the text after it.
struct Bar {
    label: String,
    parts: Vec<(f64, &'static str)>,
    shown: String,
}

/// A horizontal bar chart, longest bar full width.
fn chart(bars: &[Bar]) -> String {
    let most = bars
        .iter()
        .map(|bar| bar.parts.iter().map(|(value, _)| value).sum::<f64>())
        .fold(0.0, f64::max);
    let scale = if most > 0.0 {
        (WIDTH - LABEL - VALUE) / most
    } else {
        0.0
    };
    let height = ROW * bars.len() as f64 + 8.0;
    let mut document = Document::new()
        .set("viewBox", (0, 0, WIDTH, height))
        .set("width", WIDTH)
        .set("height", height)
        .set("font-family", "system-ui, sans-serif")
        .set("font-size", 13);
    for (index, bar) in bars.iter().enumerate() {
        let y = 4.0 + ROW * index as f64;
        document = document.add(
            Text::new(bar.label.clone())
                .set("x", LABEL - 8.0)
                .set("y", y + ROW * 0.65)
                .set("text-anchor", "end")
                .set("fill", "#1d2733"),
        );
        let mut x = LABEL;
        for &(value, colour) in &bar.parts {
            let width = value * scale;
            document = document.add(
                Rectangle::new()
                    .set("x", x)
                    .set("y", y + 3.0)
                    .set("width", width)
                    .set("height", ROW - 6.0)
                    .set("fill", colour),
            );
            x += width;
        }
        document = document.add(
            Text::new(bar.shown.clone())
                .set("x", x + 6.0)
                .set("y", y + ROW * 0.65)
                .set("fill", "#1d2733"),
        );
    }
    document.to_string()
}

/// A label that fits the chart's label column.
fn short(text: &str) -> String {
    const FITS: usize = 40;
    if text.chars().count() <= FITS {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(FITS - 1).collect::<String>())
    }
}

/// `<table>` from a header and rows of cells; `numeric` says which columns
/// are figures (right-aligned).
fn html_table(header: &[String], rows: &[Vec<String>], numeric: impl Fn(usize) -> bool) -> String {
    let class = |column: usize| if numeric(column) { " class=\"n\"" } else { "" };
    let mut out = String::from("<table><thead><tr>");
    for (column, cell) in header.iter().enumerate() {
        let _ = write!(out, "<th{}>{}</th>", class(column), escape(cell));
    }
    out.push_str("</tr></thead><tbody>\n");
    for row in rows {
        out.push_str("<tr>");
        for (column, cell) in row.iter().enumerate() {
            // Cells are escaped where they are made: a module cell holds markup.
            let _ = write!(out, "<td{}>{cell}</td>", class(column));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table>\n");
    out
}

fn module_cell(id: &str, name: &str) -> String {
    format!(
        "{}<br><span class=\"name\">{}</span>",
        escape(id),
        escape(name)
    )
}

/// `stats --format html`.
pub fn html(words: &Words, report: &Report<'_>) -> String {
    let curriculum = report.curriculum;
    let mut out = String::new();
    let heading = title(words, report);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n<p>{}</p>\n<ul>\n",
        say!(words, "stats-html-lang"),
        escape(&heading),
        escape(&curriculum.meta.name),
        with_code(&heading),
    );
    for line in findings(words, report) {
        let _ = writeln!(out, "<li>{}</li>", with_code(&line));
    }
    out.push_str("</ul>\n");
    let rows = report.rows();
    let bars: Vec<Bar> = rows
        .iter()
        .take(BARS)
        .map(|&module| Bar {
            label: short(&format!(
                "{} — {}",
                report.id(module),
                curriculum.modules[module].name
            )),
            parts: vec![(Value::magnitude(report.value(report.sort, module)), BLUE)],
            shown: cell_text(words, report, report.sort, module),
        })
        .collect();
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n{}",
        escape(&say!(
            words,
            "stats-html-bottlenecks",
            metric = report.sort.name(words)
        )),
        chart(&bars)
    );
    if let Some(workforce) = report.workforce {
        workforce_section(words, report, workforce, &mut out);
    }
    let _ = writeln!(
        out,
        "<h2>{}</h2>",
        escape(&say!(words, "stats-html-metrics"))
    );
    let columns = report.columns();
    let table_rows: Vec<Vec<String>> = rows
        .iter()
        .enumerate()
        .map(|(rank, &module)| {
            let mut row = vec![
                (rank + 1).to_string(),
                module_cell(report.id(module), &curriculum.modules[module].name),
            ];
            row.extend(
                columns
                    .iter()
                    .map(|&sort| escape(&cell_text(words, report, sort, module))),
            );
            row
        })
        .collect();
    out.push_str(&html_table(&header(words, report), &table_rows, |c| c != 1));
    out.push_str("</body>\n</html>\n");
    out
}

fn workforce_section(words: &Words, report: &Report<'_>, workforce: &Workforce, out: &mut String) {
    let curriculum = report.curriculum;
    let _ = writeln!(
        out,
        "<p>{}</p>",
        escape(&workforce_summary(words, workforce))
    );
    if !curriculum.fieldlabs.is_empty() {
        let bars: Vec<Bar> = curriculum
            .fieldlabs
            .iter()
            .zip(&workforce.fieldlabs)
            .map(|(fieldlab, &(participants, hours))| Bar {
                label: short(&fieldlab.name),
                parts: vec![(participants as f64, GREEN)],
                shown: say!(
                    words,
                    "stats-html-fieldlab-bar",
                    participants = participants,
                    hours = words.hours(hundredths(hours))
                ),
            })
            .collect();
        let rows: Vec<Vec<String>> = curriculum
            .fieldlabs
            .iter()
            .zip(&workforce.fieldlabs)
            .map(|(fieldlab, &(participants, hours))| {
                vec![
                    module_cell(&fieldlab.id, &fieldlab.name),
                    words.integer(participants.into()),
                    escape(&words.number(hundredths(hours))),
                ]
            })
            .collect();
        let _ = writeln!(
            out,
            "<h2>{}</h2>\n<p>{}</p>\n{}\n{}",
            escape(&say!(words, "stats-html-fieldlabs")),
            escape(&say!(words, "stats-fieldlabs")),
            chart(&bars),
            html_table(&fieldlab_header(words), &rows, |c| c > 0)
        );
    }
    if workforce.what_ifs.is_empty() {
        return;
    }
    let bars: Vec<Bar> = workforce
        .what_ifs
        .iter()
        .take(BARS)
        .map(|w| what_if_bar(words, report, w))
        .collect();
    let rows: Vec<Vec<String>> = workforce
        .what_ifs
        .iter()
        .enumerate()
        .map(|(rank, what_if)| {
            let mut row = vec![
                (rank + 1).to_string(),
                module_cell(
                    report.id(what_if.module),
                    &curriculum.modules[what_if.module].name,
                ),
            ];
            row.extend(what_if_cells(words, what_if).map(|cell| escape(&cell)));
            row
        })
        .collect();
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<p>{}</p>\n<p class=\"legend\"><span><i style=\"background:{RED}\"></i>{}</span><span><i style=\"background:{ORANGE}\"></i>{}</span><span><i style=\"background:{GREY}\"></i>{}</span></p>\n{}\n{}",
        escape(&say!(words, "stats-html-what-if")),
        escape(&say!(words, "stats-what-if")),
        escape(&say!(words, "stats-col-impossible")),
        escape(&say!(words, "stats-col-longer")),
        escape(&say!(words, "stats-html-same")),
        chart(&bars),
        html_table(&what_if_header(words), &rows, |c| c != 1)
    );
}

/// A module's routes, split into those lost, those longer and the rest.
fn what_if_bar(words: &Words, report: &Report<'_>, what_if: &WhatIf) -> Bar {
    let same = what_if.routes - what_if.impossible - what_if.longer;
    Bar {
        label: short(report.id(what_if.module)),
        parts: vec![
            (what_if.impossible as f64, RED),
            (what_if.longer as f64, ORANGE),
            (same as f64, GREY),
        ],
        shown: say!(
            words,
            "stats-html-what-if-bar",
            routes = what_if.routes,
            impossible = what_if.impossible,
            hours = words.number(what_if.extra_hours as f64 / 100.0)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_text_are_escaped_and_cut() {
        let long = "x".repeat(60);
        assert_eq!(short(&long).chars().count(), 40);
        let svg = chart(&[Bar {
            label: "A & <B>".into(),
            parts: vec![(3.0, BLUE), (1.0, RED)],
            shown: "4".into(),
        }]);
        assert!(svg.contains("A &amp; &lt;B&gt;"), "{svg}");
        assert_eq!(svg.matches("<rect").count(), 2);
    }
}

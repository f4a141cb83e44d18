//! `stats`: the curriculum metrics as a table, a JSON document and CSV.

use std::fmt::Write;

use comfy_table::{Cell, CellAlignment};
use serde::Serialize;

use super::records::new_table;
use super::spreadsheet::text_cell;
use crate::analysis::metrics::{Count, Metrics};
use crate::model::Curriculum;
use crate::words::{Words, say};

pub const SCHEMA: &str = "leerroute.stats/v1";

/// How many longest paths the report lists.
pub const LISTED_PATHS: usize = 10;

/// How many modules a line of words names before "and N more".
const NAMED: usize = 3;

/// The order of the module rows: highest first, ties in curriculum order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Blocking,
    Delay,
    Centrality,
    Complexity,
}

impl Sort {
    const ALL: [Sort; 4] = [
        Sort::Blocking,
        Sort::Delay,
        Sort::Centrality,
        Sort::Complexity,
    ];

    /// The key as the JSON and CSV write it.
    fn key(self) -> &'static str {
        match self {
            Sort::Blocking => "blocking",
            Sort::Delay => "delay",
            Sort::Centrality => "centrality",
            Sort::Complexity => "complexity",
        }
    }

    fn name(self, words: &Words) -> String {
        match self {
            Sort::Blocking => say!(words, "stats-col-blocking"),
            Sort::Delay => say!(words, "stats-col-delay"),
            Sort::Centrality => say!(words, "stats-col-centrality"),
            Sort::Complexity => say!(words, "stats-col-complexity"),
        }
    }
}

/// What the report shows: the metrics of every module (by module index)
/// and how many prerequisite links the graph has.
pub struct Report<'a> {
    pub curriculum: &'a Curriculum,
    pub metrics: &'a Metrics,
    pub links: usize,
    pub sort: Sort,
    pub top: Option<usize>,
}

/// A value of one metric, exact, in the order `Sort` compares them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Value {
    /// An exact value.
    Small(u128),
    /// Past `u128`: more than any value that fits.
    Overflow,
}

impl From<Count> for Value {
    fn from(count: Count) -> Value {
        count.map_or(Value::Overflow, Value::Small)
    }
}

impl Report<'_> {
    fn value(&self, sort: Sort, module: usize) -> Value {
        let metrics = self.metrics;
        match sort {
            Sort::Blocking => Value::Small(metrics.blocking[module].into()),
            Sort::Delay => Value::Small(metrics.delay[module].into()),
            Sort::Centrality => metrics.centrality[module].into(),
            Sort::Complexity => Value::Small(metrics.complexity(module).into()),
        }
    }

    /// The modules to show, in order.
    fn rows(&self) -> Vec<usize> {
        let mut rows: Vec<usize> = (0..self.curriculum.modules.len()).collect();
        rows.sort_by(|&a, &b| {
            self.value(self.sort, b)
                .cmp(&self.value(self.sort, a))
                .then(a.cmp(&b))
        });
        rows.truncate(self.top.unwrap_or(usize::MAX));
        rows
    }

    fn total(&self, sort: Sort) -> Value {
        (0..self.curriculum.modules.len())
            .map(|module| match self.value(sort, module) {
                Value::Small(value) => Some(value),
                Value::Overflow => None,
            })
            .try_fold(0u128, |sum, value| sum.checked_add(value?))
            .into()
    }

    /// The highest value of a metric and every module that has it.
    fn maximum(&self, sort: Sort) -> (Value, Vec<usize>) {
        let modules = 0..self.curriculum.modules.len();
        let Some(highest) = modules.clone().map(|m| self.value(sort, m)).max() else {
            return (Value::Small(0), Vec::new());
        };
        let at = modules
            .filter(|&m| self.value(sort, m) == highest)
            .collect();
        (highest, at)
    }

    fn id(&self, module: usize) -> &str {
        &self.curriculum.modules[module].id
    }
}

fn shown(words: &Words, value: Value) -> String {
    match value {
        Value::Small(value) => words.integer(value),
        Value::Overflow => say!(words, "stats-overflow"),
    }
}

/// Modules as `a`, `b`, `c` and 4 more.
fn named(words: &Words, report: &Report<'_>, modules: &[usize]) -> String {
    let mut names: Vec<String> = modules
        .iter()
        .take(NAMED)
        .map(|&m| format!("`{}`", report.id(m)))
        .collect();
    if modules.len() > NAMED {
        names.push(say!(words, "stats-more", count = modules.len() - NAMED));
    }
    names.join(", ")
}

/// `stats` as a table with the totals, maxima and longest paths below it.
pub fn table(words: &Words, report: &Report<'_>) -> String {
    let mut out = String::new();
    let curriculum = report.curriculum;
    let _ = writeln!(
        out,
        "{}",
        say!(
            words,
            "stats-title",
            curriculum = curriculum.meta.id.as_str(),
            modules = curriculum.modules.len(),
            links = report.links
        )
    );
    let mut table = new_table();
    let mut header = vec![
        say!(words, "stats-col-rank"),
        say!(words, "stats-col-module"),
    ];
    header.extend(Sort::ALL.map(|sort| sort.name(words)));
    table.set_header(header);
    for (rank, module) in report.rows().into_iter().enumerate() {
        let item = &curriculum.modules[module];
        let mut row = vec![
            Cell::new(rank + 1).set_alignment(CellAlignment::Right),
            Cell::new(format!("{}\n{}", item.id, item.name)),
        ];
        row.extend(Sort::ALL.map(|sort| {
            Cell::new(shown(words, report.value(sort, module))).set_alignment(CellAlignment::Right)
        }));
        table.add_row(row);
    }
    let _ = writeln!(out, "{table}");
    if let Some(top) = report.top.filter(|&top| top < curriculum.modules.len()) {
        let _ = writeln!(
            out,
            "{}",
            say!(
                words,
                "stats-shown",
                shown = top,
                total = curriculum.modules.len(),
                metric = report.sort.name(words)
            )
        );
    }
    let _ = writeln!(
        out,
        "{}",
        say!(
            words,
            "stats-totals",
            blocking = shown(words, report.total(Sort::Blocking)),
            delay = shown(words, report.total(Sort::Delay)),
            centrality = shown(words, report.total(Sort::Centrality)),
            complexity = shown(words, report.total(Sort::Complexity))
        )
    );
    for sort in Sort::ALL {
        let (value, modules) = report.maximum(sort);
        let _ = writeln!(
            out,
            "{}",
            say!(
                words,
                "stats-maximum",
                metric = sort.name(words),
                value = shown(words, value),
                modules = named(words, report, &modules)
            )
        );
    }
    let longest = &report.metrics.longest;
    if let Some(first) = longest.paths.first() {
        let path: Vec<&str> = first.iter().map(|&m| report.id(m)).collect();
        let _ = writeln!(
            out,
            "{}",
            say!(
                words,
                "stats-longest",
                length = longest.length,
                count = shown(words, longest.count.into()),
                many = if longest.count == Some(1) {
                    "one"
                } else {
                    "many"
                },
                path = path.join(" → ")
            )
        );
    }
    out
}

/// The `leerroute.stats/v1` document.
#[derive(Serialize)]
struct Document<'a> {
    schema: &'static str,
    curriculum: CurriculumJson<'a>,
    modules: usize,
    links: usize,
    sort: &'static str,
    totals: Totals,
    maxima: Maxima<'a>,
    longest_paths: LongestJson<'a>,
    metrics: Vec<Row<'a>>,
}

#[derive(Serialize)]
struct CurriculumJson<'a> {
    id: &'a str,
    name: &'a str,
    version: Option<&'a str>,
}

#[derive(Serialize)]
struct Totals {
    blocking: Count,
    delay: Count,
    centrality: Count,
    complexity: Count,
}

#[derive(Serialize)]
struct Maximum<'a> {
    value: Count,
    modules: Vec<&'a str>,
}

#[derive(Serialize)]
struct Maxima<'a> {
    blocking: Maximum<'a>,
    delay: Maximum<'a>,
    centrality: Maximum<'a>,
    complexity: Maximum<'a>,
}

#[derive(Serialize)]
struct LongestJson<'a> {
    length: u32,
    count: Count,
    paths: Vec<Vec<&'a str>>,
}

/// One module's metrics; `centrality` is `null` past `u128`.
#[derive(Serialize)]
struct Row<'a> {
    module: &'a str,
    name: &'a str,
    blocking: u32,
    delay: u32,
    centrality: Count,
    complexity: u32,
}

fn count(value: Value) -> Count {
    match value {
        Value::Small(value) => Some(value),
        Value::Overflow => None,
    }
}

impl<'a> Report<'a> {
    fn row(&self, module: usize) -> Row<'a> {
        let item = &self.curriculum.modules[module];
        Row {
            module: &item.id,
            name: &item.name,
            blocking: self.metrics.blocking[module],
            delay: self.metrics.delay[module],
            centrality: self.metrics.centrality[module],
            complexity: self.metrics.complexity(module),
        }
    }

    fn maximum_json(&self, sort: Sort) -> Maximum<'a> {
        let (value, modules) = self.maximum(sort);
        let curriculum = self.curriculum;
        Maximum {
            value: count(value),
            modules: modules
                .into_iter()
                .map(|m| curriculum.modules[m].id.as_str())
                .collect(),
        }
    }

    fn document(&self) -> Document<'a> {
        let curriculum = self.curriculum;
        let longest = &self.metrics.longest;
        Document {
            schema: SCHEMA,
            curriculum: CurriculumJson {
                id: &curriculum.meta.id,
                name: &curriculum.meta.name,
                version: curriculum.meta.version.as_deref(),
            },
            modules: curriculum.modules.len(),
            links: self.links,
            sort: self.sort.key(),
            totals: Totals {
                blocking: count(self.total(Sort::Blocking)),
                delay: count(self.total(Sort::Delay)),
                centrality: count(self.total(Sort::Centrality)),
                complexity: count(self.total(Sort::Complexity)),
            },
            maxima: Maxima {
                blocking: self.maximum_json(Sort::Blocking),
                delay: self.maximum_json(Sort::Delay),
                centrality: self.maximum_json(Sort::Centrality),
                complexity: self.maximum_json(Sort::Complexity),
            },
            longest_paths: LongestJson {
                length: longest.length,
                count: longest.count,
                paths: longest
                    .paths
                    .iter()
                    .map(|path| {
                        path.iter()
                            .map(|&m| curriculum.modules[m].id.as_str())
                            .collect()
                    })
                    .collect(),
            },
            metrics: self.rows().into_iter().map(|m| self.row(m)).collect(),
        }
    }
}

/// `stats --format json`.
pub fn json(report: &Report<'_>) -> String {
    serde_json::to_string_pretty(&report.document()).unwrap_or_default() + "\n"
}

/// `stats --format csv`: one row per module, in the report's order.
pub fn csv(report: &Report<'_>) -> anyhow::Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record([
        "module",
        "name",
        "blocking",
        "delay",
        "centrality",
        "complexity",
    ])?;
    for module in report.rows() {
        let row = report.row(module);
        writer.write_record([
            text_cell(row.module),
            text_cell(row.name),
            row.blocking.to_string(),
            row.delay.to_string(),
            row.centrality.map(|c| c.to_string()).unwrap_or_default(),
            row.complexity.to_string(),
        ])?;
    }
    Ok(String::from_utf8(writer.into_inner()?)?)
}

//! `stats`: the curriculum metrics as a table, a JSON document and CSV.

use std::fmt::Write;

use comfy_table::{Cell, CellAlignment};
use serde::Serialize;

use super::layout::Layout;
use super::records::{block, new_table, set_header};
use super::spreadsheet::text_cell;
use crate::analysis::metrics::{Count, Metrics};
use crate::model::Curriculum;
use crate::words::{Words, say};

mod html;
mod value;

pub use html::html;
use value::Value;

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
    /// Routes of the workforce that use the module.
    Routes,
    /// The workforce's learner-hours on the module.
    Hours,
}

impl Sort {
    /// The curriculum's own metrics.
    const METRICS: [Sort; 4] = [
        Sort::Blocking,
        Sort::Delay,
        Sort::Centrality,
        Sort::Complexity,
    ];
    /// What a workforce adds.
    const WORKFORCE: [Sort; 2] = [Sort::Routes, Sort::Hours];

    /// The key as the JSON and CSV write it.
    fn key(self) -> &'static str {
        match self {
            Sort::Blocking => "blocking",
            Sort::Delay => "delay",
            Sort::Centrality => "centrality",
            Sort::Complexity => "complexity",
            Sort::Routes => "routes",
            Sort::Hours => "learner_hours",
        }
    }

    fn name(self, words: &Words) -> String {
        match self {
            Sort::Blocking => say!(words, "stats-col-blocking"),
            Sort::Delay => say!(words, "stats-col-delay"),
            Sort::Centrality => say!(words, "stats-col-centrality"),
            Sort::Complexity => say!(words, "stats-col-complexity"),
            Sort::Routes => say!(words, "stats-col-routes"),
            Sort::Hours => say!(words, "stats-col-hours"),
        }
    }
}

/// What the report shows: the metrics of every module (by module index),
/// how many prerequisite links the graph has, and where a workforce goes.
pub struct Report<'a> {
    pub curriculum: &'a Curriculum,
    pub metrics: &'a Metrics,
    pub links: usize,
    pub sort: Sort,
    pub top: Option<usize>,
    pub workforce: Option<&'a Workforce>,
}

/// Where a workforce's optimal routes go (`stats --workers`). Hours are in
/// hundredths, summed exactly.
#[derive(Debug, Clone, Default)]
pub struct Workforce {
    /// Rows planned (invalid rows not counted).
    pub workers: usize,
    pub planned: usize,
    pub qualified: usize,
    /// Unreachable, over budget or out of time.
    pub no_route: usize,
    /// Rows that were invalid input, left out of every figure.
    pub invalid: usize,
    /// Per module: the routes that take it.
    pub routes: Vec<u64>,
    /// Per module: the learner-hours spent on it, in hundredths.
    pub hours: Vec<u64>,
    /// Per fieldlab: the workers whose route takes a module there, and
    /// their hours there (in hundredths).
    pub fieldlabs: Vec<(u64, u64)>,
    /// The modules on the most routes, each left out in turn.
    pub what_ifs: Vec<WhatIf>,
}

/// What the workforce loses when one module disappears: the workers whose
/// route took it, planned again without it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WhatIf {
    pub module: usize,
    /// Routes that took the module.
    pub routes: u64,
    /// Of those, routes that are longer in hours without it.
    pub longer: u64,
    /// The hours all of them still planned need more (or fewer) in all, in hundredths.
    pub extra_hours: i64,
    /// The same for cost, in cents.
    pub extra_cost: i64,
    /// Of those, workers left without a route.
    pub impossible: u64,
}

fn hundredths(value: u64) -> f64 {
    value as f64 / 100.0
}

impl Report<'_> {
    fn value(&self, sort: Sort, module: usize) -> Value {
        let metrics = self.metrics;
        match sort {
            Sort::Blocking => Value::Small(metrics.blocking[module].into()),
            Sort::Delay => Value::Small(metrics.delay[module].into()),
            Sort::Centrality => metrics.centrality[module].into(),
            Sort::Complexity => Value::Tenths(
                metrics
                    .reported_complexity(module, self.curriculum.meta.terms)
                    .into(),
            ),
            Sort::Routes => Value::Small(self.workforce.map_or(0, |w| w.routes[module]).into()),
            Sort::Hours => Value::Small(self.workforce.map_or(0, |w| w.hours[module]).into()),
        }
    }

    /// The columns of the module rows.
    fn columns(&self) -> Vec<Sort> {
        let mut columns = Sort::METRICS.to_vec();
        if self.workforce.is_some() {
            columns.extend(Sort::WORKFORCE);
        }
        columns
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
            .map(|module| self.value(sort, module))
            .reduce(Value::plus)
            .unwrap_or(Value::Small(0))
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
    value.shown(words)
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

/// "Curriculum metrics of `…`: 177 modules, 422 prerequisite links."
fn title(words: &Words, report: &Report<'_>) -> String {
    let curriculum = report.curriculum;
    say!(
        words,
        "stats-title",
        curriculum = curriculum.meta.id.as_str(),
        modules = curriculum.modules.len(),
        links = report.links
    )
}

/// The header of the module rows: rank, module, then the figures.
fn header(words: &Words, report: &Report<'_>) -> Vec<String> {
    let mut header = vec![
        say!(words, "stats-col-rank"),
        say!(words, "stats-col-module"),
    ];
    header.extend(report.columns().into_iter().map(|sort| sort.name(words)));
    header
}

/// One row of a section: what it is about, then its figures.
struct Item<'a> {
    id: &'a str,
    name: &'a str,
    figures: Vec<String>,
}

/// A section's rows as a table (`header`: the item's column, then the
/// figures'; with `ranked`, a `#` column first), or on a narrow screen as
/// one block per item, so that no id or amount is ever split.
fn section(layout: Layout, header: Vec<String>, ranked: bool, items: &[Item<'_>]) -> String {
    let figures = &header[usize::from(ranked) + 1..];
    if layout.compact() {
        return items
            .iter()
            .enumerate()
            .map(|(rank, item)| {
                let title = match ranked {
                    true => format!("{}. {} ({})", rank + 1, item.name, item.id),
                    false => format!("{} ({})", item.name, item.id),
                };
                let fields: Vec<(String, String)> = figures
                    .iter()
                    .cloned()
                    .zip(item.figures.iter().cloned())
                    .collect();
                block(layout, &title, &fields)
            })
            .collect();
    }
    let mut table = new_table(layout);
    set_header(&mut table, layout, header.clone());
    for (rank, item) in items.iter().enumerate() {
        let right = |text: String| Cell::new(text).set_alignment(CellAlignment::Right);
        let mut row = Vec::new();
        if ranked {
            row.push(right((rank + 1).to_string()));
        }
        row.push(Cell::new(format!("{}\n{}", item.id, item.name)));
        row.extend(item.figures.iter().cloned().map(right));
        table.add_row(row);
    }
    format!("{table}\n")
}

/// One module's value in a column, for a person.
fn cell_text(words: &Words, report: &Report<'_>, sort: Sort, module: usize) -> String {
    match sort {
        Sort::Hours => words.number(hundredths(report.workforce.map_or(0, |w| w.hours[module]))),
        _ => shown(words, report.value(sort, module)),
    }
}

/// What the rows do not show: how many are shown, the totals, the maxima
/// and the longest paths, one sentence each.
fn findings(words: &Words, report: &Report<'_>) -> Vec<String> {
    let curriculum = report.curriculum;
    let mut lines = Vec::new();
    if let Some(top) = report.top.filter(|&top| top < curriculum.modules.len()) {
        lines.push(say!(
            words,
            "stats-shown",
            shown = top,
            total = curriculum.modules.len(),
            metric = report.sort.name(words)
        ));
    }
    lines.push(say!(
        words,
        "stats-totals",
        blocking = shown(words, report.total(Sort::Blocking)),
        delay = shown(words, report.total(Sort::Delay)),
        centrality = shown(words, report.total(Sort::Centrality)),
        complexity = shown(words, report.total(Sort::Complexity))
    ));
    for sort in Sort::METRICS {
        let (value, modules) = report.maximum(sort);
        lines.push(say!(
            words,
            "stats-maximum",
            metric = sort.name(words),
            value = shown(words, value),
            modules = named(words, report, &modules)
        ));
    }
    let longest = &report.metrics.longest;
    if let Some(first) = longest.paths.first() {
        let path: Vec<&str> = first.iter().map(|&m| report.id(m)).collect();
        lines.push(say!(
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
        ));
    }
    lines
}

/// `stats` as a table with the totals, maxima and longest paths below it.
pub fn table(words: &Words, layout: Layout, report: &Report<'_>) -> String {
    let mut out = String::new();
    let curriculum = report.curriculum;
    let _ = writeln!(out, "{}", title(words, report));
    let items: Vec<Item<'_>> = report
        .rows()
        .into_iter()
        .map(|module| Item {
            id: &curriculum.modules[module].id,
            name: &curriculum.modules[module].name,
            figures: report
                .columns()
                .into_iter()
                .map(|sort| cell_text(words, report, sort, module))
                .collect(),
        })
        .collect();
    out.push_str(&section(layout, header(words, report), true, &items));
    for line in findings(words, report) {
        out.push_str(&layout.wrap(&line, "", "  "));
    }
    if let Some(workforce) = report.workforce {
        workforce_tables(words, layout, report, workforce, &mut out);
    }
    out
}

/// A section after a blank line and its heading.
fn titled(
    layout: Layout,
    heading: &str,
    header: Vec<String>,
    ranked: bool,
    items: &[Item<'_>],
) -> String {
    format!(
        "\n{}{}",
        layout.wrap(heading, "", "  "),
        section(layout, header, ranked, items)
    )
}

/// "Workforce: 56 workers: …".
fn workforce_summary(words: &Words, workforce: &Workforce) -> String {
    say!(
        words,
        "stats-workforce",
        workers = workforce.workers,
        planned = workforce.planned,
        qualified = workforce.qualified,
        none = workforce.no_route,
        hours = words.hours(hundredths(workforce.hours.iter().sum()))
    )
}

fn fieldlab_header(words: &Words) -> [String; 3] {
    [
        say!(words, "stats-col-fieldlab"),
        say!(words, "stats-col-participants"),
        say!(words, "stats-col-hours"),
    ]
}

fn what_if_header(words: &Words) -> [String; 7] {
    [
        say!(words, "stats-col-rank"),
        say!(words, "stats-col-module"),
        say!(words, "stats-col-routes"),
        say!(words, "stats-col-longer"),
        say!(words, "stats-col-extra-hours"),
        say!(words, "stats-col-extra-cost"),
        say!(words, "stats-col-impossible"),
    ]
}

/// A what-if's figures: routes, longer, extra hours, extra cost, impossible.
fn what_if_cells(words: &Words, what_if: &WhatIf) -> [String; 5] {
    [
        words.integer(what_if.routes.into()),
        words.integer(what_if.longer.into()),
        signed(
            words.number(what_if.extra_hours as f64 / 100.0),
            what_if.extra_hours,
        ),
        signed(
            words.money(what_if.extra_cost as f64 / 100.0),
            what_if.extra_cost,
        ),
        words.integer(what_if.impossible.into()),
    ]
}

/// The workforce's summary, its fieldlab demand and the what-ifs.
fn workforce_tables(
    words: &Words,
    layout: Layout,
    report: &Report<'_>,
    workforce: &Workforce,
    out: &mut String,
) {
    let curriculum = report.curriculum;
    out.push('\n');
    out.push_str(&layout.wrap(&workforce_summary(words, workforce), "", "  "));
    if !curriculum.fieldlabs.is_empty() {
        let items: Vec<Item<'_>> = curriculum
            .fieldlabs
            .iter()
            .zip(&workforce.fieldlabs)
            .map(|(fieldlab, &(participants, hours))| Item {
                id: &fieldlab.id,
                name: &fieldlab.name,
                figures: vec![
                    words.integer(participants.into()),
                    words.number(hundredths(hours)),
                ],
            })
            .collect();
        let header = fieldlab_header(words).to_vec();
        let heading = say!(words, "stats-fieldlabs");
        out.push_str(&titled(layout, &heading, header, false, &items));
    }
    if workforce.what_ifs.is_empty() {
        return;
    }
    let items: Vec<Item<'_>> = workforce
        .what_ifs
        .iter()
        .map(|what_if| Item {
            id: report.id(what_if.module),
            name: &curriculum.modules[what_if.module].name,
            figures: what_if_cells(words, what_if).to_vec(),
        })
        .collect();
    let header = what_if_header(words).to_vec();
    let heading = say!(words, "stats-what-if");
    out.push_str(&titled(layout, &heading, header, true, &items));
}

/// `+12` for a rise; a fall keeps its minus sign, nothing stays `0`.
fn signed(text: String, value: i64) -> String {
    if value > 0 { format!("+{text}") } else { text }
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
    #[serde(skip_serializing_if = "Option::is_none")]
    workforce: Option<WorkforceJson<'a>>,
}

#[derive(Serialize)]
struct WorkforceJson<'a> {
    workers: usize,
    planned: usize,
    qualified: usize,
    no_route: usize,
    invalid: usize,
    learner_hours: f64,
    fieldlabs: Vec<FieldlabJson<'a>>,
    what_if: Vec<WhatIfJson<'a>>,
}

#[derive(Serialize)]
struct FieldlabJson<'a> {
    fieldlab: &'a str,
    name: &'a str,
    participants: u64,
    hours: f64,
}

#[derive(Serialize)]
struct WhatIfJson<'a> {
    module: &'a str,
    routes: u64,
    longer: u64,
    extra_hours: f64,
    extra_cost: f64,
    impossible: u64,
}

#[derive(Serialize)]
struct CurriculumJson<'a> {
    id: &'a str,
    name: &'a str,
    version: Option<&'a str>,
}

#[derive(Serialize)]
struct Totals {
    blocking: Value,
    delay: Value,
    centrality: Value,
    complexity: Value,
}

#[derive(Serialize)]
struct Maximum<'a> {
    value: Value,
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

/// One module's metrics; `centrality` is `null` past `u128`. With a
/// workforce: its routes and learner-hours.
#[derive(Serialize)]
struct Row<'a> {
    module: &'a str,
    name: &'a str,
    blocking: u32,
    delay: u32,
    centrality: Count,
    complexity: Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    routes: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    learner_hours: Option<f64>,
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
            complexity: self.value(Sort::Complexity, module),
            routes: self.workforce.map(|w| w.routes[module]),
            learner_hours: self.workforce.map(|w| hundredths(w.hours[module])),
        }
    }

    fn workforce_json(&self, workforce: &Workforce) -> WorkforceJson<'a> {
        let curriculum = self.curriculum;
        WorkforceJson {
            workers: workforce.workers,
            planned: workforce.planned,
            qualified: workforce.qualified,
            no_route: workforce.no_route,
            invalid: workforce.invalid,
            learner_hours: hundredths(workforce.hours.iter().sum()),
            fieldlabs: curriculum
                .fieldlabs
                .iter()
                .zip(&workforce.fieldlabs)
                .map(|(fieldlab, &(participants, hours))| FieldlabJson {
                    fieldlab: &fieldlab.id,
                    name: &fieldlab.name,
                    participants,
                    hours: hundredths(hours),
                })
                .collect(),
            what_if: workforce
                .what_ifs
                .iter()
                .map(|what_if| WhatIfJson {
                    module: &curriculum.modules[what_if.module].id,
                    routes: what_if.routes,
                    longer: what_if.longer,
                    extra_hours: what_if.extra_hours as f64 / 100.0,
                    extra_cost: what_if.extra_cost as f64 / 100.0,
                    impossible: what_if.impossible,
                })
                .collect(),
        }
    }

    fn maximum_json(&self, sort: Sort) -> Maximum<'a> {
        let (value, modules) = self.maximum(sort);
        let curriculum = self.curriculum;
        Maximum {
            value,
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
                blocking: self.total(Sort::Blocking),
                delay: self.total(Sort::Delay),
                centrality: self.total(Sort::Centrality),
                complexity: self.total(Sort::Complexity),
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
            workforce: self.workforce.map(|w| self.workforce_json(w)),
        }
    }
}

/// `stats --format json`.
pub fn json(report: &Report<'_>) -> String {
    serde_json::to_string_pretty(&report.document()).unwrap_or_default() + "\n"
}

/// `stats --format csv`: one row per module, in the report's order; with a
/// workforce also its routes, learner-hours and, for the modules tested,
/// what removing it costs (empty for the others).
pub fn csv(report: &Report<'_>) -> anyhow::Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec![
        "module",
        "name",
        "blocking",
        "delay",
        "centrality",
        "complexity",
    ];
    if report.workforce.is_some() {
        header.extend(CSV_WORKFORCE);
    }
    writer.write_record(&header)?;
    for module in report.rows() {
        let row = report.row(module);
        let mut record = vec![
            text_cell(row.module),
            text_cell(row.name),
            row.blocking.to_string(),
            row.delay.to_string(),
            row.centrality.map(|c| c.to_string()).unwrap_or_default(),
            row.complexity.to_string(),
        ];
        if let Some(workforce) = report.workforce {
            record.push(workforce.routes[module].to_string());
            record.push(hundredths(workforce.hours[module]).to_string());
            let what_if = workforce.what_ifs.iter().find(|w| w.module == module);
            record.extend(match what_if {
                Some(w) => [
                    w.longer.to_string(),
                    (w.extra_hours as f64 / 100.0).to_string(),
                    format!("{:.2}", w.extra_cost as f64 / 100.0),
                    w.impossible.to_string(),
                ],
                None => Default::default(),
            });
        }
        writer.write_record(&record)?;
    }
    Ok(String::from_utf8(writer.into_inner()?)?)
}

const CSV_WORKFORCE: [&str; 6] = [
    "routes",
    "learner_hours",
    "what_if_longer",
    "what_if_extra_hours",
    "what_if_extra_cost",
    "what_if_impossible",
];

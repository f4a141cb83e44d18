//! `diff OLD NEW`: what changed between two versions of a curriculum, item
//! by item and field by field, and what that does to a workforce's routes,
//! as a table or the `leerroute.diff/v1` JSON document.

use std::fmt::Write;

use comfy_table::{Cell, CellAlignment};
use serde::Serialize;
use serde_json::{Map, Value, json};

use super::catalog;
use super::layout::Layout;
use super::plan::reason_messages;
use super::records::{Records, block, new_table, set_header};
use crate::model::Curriculum;
use crate::plan::route::Plan;
use crate::words::{Words, say};

pub const SCHEMA: &str = "leerroute.diff/v1";

/// One field of an item that differs: its value before and after (`null`
/// when absent).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    pub field: String,
    pub old: Value,
    pub new: Value,
}

/// An item in both versions whose fields differ.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Changed {
    pub id: String,
    pub fields: Vec<FieldChange>,
}

/// The changes to one kind of item, by id.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Changes {
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub changed: Vec<Changed>,
}

impl Changes {
    fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// Every change between two curricula: the `[curriculum]` table's fields,
/// then each kind of item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CurriculumChanges {
    pub curriculum: Vec<FieldChange>,
    pub skills: Changes,
    pub modules: Changes,
    pub lines: Changes,
    pub fieldlabs: Changes,
    pub profiles: Changes,
}

/// A module's fields as a diff compares them: those `list` shows, and its
/// free-text fields.
fn modules(curriculum: &Curriculum) -> Records {
    let mut records = catalog::modules(curriculum, None);
    for (row, module) in records.rows.iter_mut().zip(&curriculum.modules) {
        for (key, value) in [
            ("description", &module.description),
            ("url", &module.url),
            ("language", &module.language),
            ("credential", &module.credential),
        ] {
            row.insert(key.to_string(), json!(value));
        }
    }
    records
}

fn meta(curriculum: &Curriculum) -> Map<String, Value> {
    let meta = &curriculum.meta;
    let mut fields = Map::new();
    fields.insert("id".into(), json!(meta.id));
    fields.insert("name".into(), json!(meta.name));
    fields.insert("version".into(), json!(meta.version));
    fields.insert("levels".into(), json!(meta.levels));
    fields
}

/// The fields that differ, in the new record's key order, then those only
/// the old one has.
fn fields(old: &Map<String, Value>, new: &Map<String, Value>) -> Vec<FieldChange> {
    let keys = new
        .keys()
        .chain(old.keys().filter(|key| !new.contains_key(*key)));
    keys.filter_map(|key| {
        let (before, after) = (
            old.get(key).cloned().unwrap_or(Value::Null),
            new.get(key).cloned().unwrap_or(Value::Null),
        );
        (before != after).then(|| FieldChange {
            field: key.clone(),
            old: before,
            new: after,
        })
    })
    .collect()
}

fn id_of(row: &Map<String, Value>) -> &str {
    row.get("id").and_then(Value::as_str).unwrap_or_default()
}

/// Added, removed and changed records by id; added in the new order,
/// removed and changed in the old one.
fn compare(old: &Records, new: &Records) -> Changes {
    let find =
        |records: &Records, id: &str| records.rows.iter().find(|row| id_of(row) == id).cloned();
    let mut changes = Changes::default();
    for row in &old.rows {
        match find(new, id_of(row)) {
            None => changes.removed.push(id_of(row).to_string()),
            Some(after) => {
                let fields = fields(row, &after);
                if !fields.is_empty() {
                    changes.changed.push(Changed {
                        id: id_of(row).to_string(),
                        fields,
                    });
                }
            }
        }
    }
    changes.added = new
        .rows
        .iter()
        .map(id_of)
        .filter(|id| find(old, id).is_none())
        .map(str::to_string)
        .collect();
    changes
}

pub fn curriculum_changes(old: &Curriculum, new: &Curriculum) -> CurriculumChanges {
    CurriculumChanges {
        curriculum: fields(&meta(old), &meta(new)),
        skills: compare(&catalog::skills(old), &catalog::skills(new)),
        modules: compare(&modules(old), &modules(new)),
        lines: compare(&catalog::lines(old), &catalog::lines(new)),
        fieldlabs: compare(&catalog::fieldlabs(old), &catalog::fieldlabs(new)),
        profiles: compare(&catalog::profiles(old), &catalog::profiles(new)),
    }
}

/// A worker whose plan differs between the two versions.
#[derive(Debug, Clone)]
pub struct WorkerChange {
    pub old: Plan,
    pub new: Plan,
    pub modules_in: Vec<String>,
    pub modules_out: Vec<String>,
}

/// What the new version does to a workforce.
#[derive(Debug, Clone, Default)]
pub struct WorkforceChanges {
    /// Rows valid under both versions.
    pub workers: usize,
    pub unchanged: usize,
    /// Routes that take more hours, and fewer, under the new version.
    pub longer: usize,
    pub shorter: usize,
    /// Workers with a route (or qualified) before and none after, and the
    /// other way round.
    pub lost: usize,
    pub gained: usize,
    /// Rows that are invalid input under either version.
    pub invalid: usize,
    pub changed: Vec<WorkerChange>,
}

/// The two curricula compared, and a workforce if one was given.
pub struct Diff<'a> {
    pub old: &'a Curriculum,
    pub new: &'a Curriculum,
    pub changes: &'a CurriculumChanges,
    pub workforce: Option<&'a WorkforceChanges>,
}

/// A field's value for a person: lists joined, `-` for none.
fn shown(value: &Value) -> String {
    match value {
        Value::Null => "-".to_string(),
        Value::String(text) => text.clone(),
        Value::Array(items) if items.is_empty() => "-".to_string(),
        Value::Array(items) => items.iter().map(shown).collect::<Vec<_>>().join(", "),
        // 24.0 hours read as 24; 24.5 stays 24.5.
        Value::Number(number) => match number.as_f64() {
            Some(whole) if whole.fract() == 0.0 && whole.abs() < 1e15 => {
                format!("{}", whole as i64)
            }
            _ => number.to_string(),
        },
        other => other.to_string(),
    }
}

fn version(curriculum: &Curriculum) -> String {
    match &curriculum.meta.version {
        Some(version) => format!("{} {version}", curriculum.meta.id),
        None => curriculum.meta.id.clone(),
    }
}

/// `diff` as text: the changes, then the workforce's.
pub fn table(words: &Words, layout: Layout, diff: &Diff<'_>) -> String {
    let mut out = String::new();
    let changes = diff.changes;
    let _ = writeln!(
        out,
        "{}",
        say!(
            words,
            "diff-title",
            old = version(diff.old),
            new = version(diff.new)
        )
    );
    for change in &changes.curriculum {
        let line = format!("~ [curriculum] {}", field_text(change));
        out.push_str(&layout.wrap(&line, "  ", "    "));
    }
    let kinds = [
        (
            say!(words, "diff-skill"),
            say!(words, "diff-skills"),
            &changes.skills,
        ),
        (
            say!(words, "diff-module"),
            say!(words, "diff-modules"),
            &changes.modules,
        ),
        (
            say!(words, "diff-line"),
            say!(words, "diff-lines"),
            &changes.lines,
        ),
        (
            say!(words, "diff-fieldlab"),
            say!(words, "diff-fieldlabs"),
            &changes.fieldlabs,
        ),
        (
            say!(words, "diff-profile"),
            say!(words, "diff-profiles"),
            &changes.profiles,
        ),
    ];
    for (kind, kinds_name, change) in &kinds {
        if change.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "{}",
            say!(
                words,
                "diff-kind",
                kind = kinds_name.as_str(),
                added = change.added.len(),
                removed = change.removed.len(),
                changed = change.changed.len()
            )
        );
        for id in &change.added {
            let _ = writeln!(out, "  + {kind} {id}");
        }
        for id in &change.removed {
            let _ = writeln!(out, "  - {kind} {id}");
        }
        for item in &change.changed {
            let fields: Vec<String> = item.fields.iter().map(field_text).collect();
            let line = format!("~ {kind} {}: {}", item.id, fields.join("; "));
            out.push_str(&layout.wrap(&line, "  ", "    "));
        }
    }
    if kinds.iter().all(|(_, _, change)| change.is_empty()) && changes.curriculum.is_empty() {
        let _ = writeln!(out, "{}", say!(words, "diff-none"));
    }
    if let Some(workforce) = diff.workforce {
        workforce_table(words, layout, diff, workforce, &mut out);
    }
    out
}

fn field_text(change: &FieldChange) -> String {
    format!(
        "{} {} → {}",
        change.field,
        shown(&change.old),
        shown(&change.new)
    )
}

/// Before → after of one total; where there is no route, `none`.
fn before_after(
    plan_old: &Plan,
    plan_new: &Plan,
    none: &str,
    total: impl Fn(&Plan) -> String,
) -> String {
    let side = |plan: &Plan| match plan.status.is_success() {
        true => total(plan),
        false => none.to_string(),
    };
    format!("{} → {}", side(plan_old), side(plan_new))
}

fn workforce_table(
    words: &Words,
    layout: Layout,
    diff: &Diff<'_>,
    workforce: &WorkforceChanges,
    out: &mut String,
) {
    out.push('\n');
    out.push_str(&layout.wrap(
        &say!(
            words,
            "diff-workforce",
            workers = workforce.workers,
            changed = workforce.changed.len(),
            longer = workforce.longer,
            shorter = workforce.shorter,
            lost = workforce.lost,
            gained = workforce.gained,
            invalid = workforce.invalid
        ),
        "",
        "  ",
    ));
    if workforce.changed.is_empty() {
        return;
    }
    let header = [
        say!(words, "diff-col-worker"),
        say!(words, "diff-col-target"),
        say!(words, "diff-col-hours"),
        say!(words, "diff-col-cost"),
        say!(words, "diff-col-in"),
        say!(words, "diff-col-out"),
    ];
    let mut table = new_table(layout);
    set_header(&mut table, layout, header.clone());
    let mut why = Vec::new();
    let no_route = say!(words, "diff-no-route");
    for change in &workforce.changed {
        let (old, new) = (&change.old, &change.new);
        let cells = [
            new.target.to_string(),
            before_after(old, new, &no_route, |p| words.number(p.totals.hours)),
            before_after(old, new, "-", |p| words.money(p.totals.cost)),
            change.modules_in.join(", "),
            change.modules_out.join(", "),
        ];
        if layout.compact() {
            let fields: Vec<(String, String)> = header[1..].iter().cloned().zip(cells).collect();
            out.push_str(&block(
                layout,
                &format!("{} ({})", new.name, new.worker),
                &fields,
            ));
        } else {
            let [target, hours, cost, modules_in, modules_out] = cells;
            table.add_row([
                Cell::new(&new.worker),
                Cell::new(target),
                Cell::new(hours).set_alignment(CellAlignment::Right),
                Cell::new(cost).set_alignment(CellAlignment::Right),
                Cell::new(modules_in),
                Cell::new(modules_out),
            ]);
        }
        for reason in reason_messages(words, diff.new, new) {
            why.push(layout.wrap(&format!("{}: {reason}", new.worker), "  ", "    "));
        }
    }
    if !layout.compact() {
        let _ = writeln!(out, "{table}");
    }
    if !why.is_empty() {
        let _ = writeln!(out, "{}", say!(words, "diff-why"));
        out.push_str(&why.concat());
    }
}

/// The `leerroute.diff/v1` document.
#[derive(Serialize)]
struct Document<'a> {
    schema: &'static str,
    old: Version<'a>,
    new: Version<'a>,
    changes: &'a CurriculumChanges,
    #[serde(skip_serializing_if = "Option::is_none")]
    workers: Option<WorkersJson<'a>>,
}

#[derive(Serialize)]
struct Version<'a> {
    id: &'a str,
    version: Option<&'a str>,
}

impl<'a> Version<'a> {
    fn of(curriculum: &'a Curriculum) -> Version<'a> {
        Version {
            id: &curriculum.meta.id,
            version: curriculum.meta.version.as_deref(),
        }
    }
}

#[derive(Serialize)]
struct WorkersJson<'a> {
    summary: Summary,
    changed: Vec<WorkerJson<'a>>,
}

#[derive(Serialize)]
struct Summary {
    workers: usize,
    unchanged: usize,
    changed: usize,
    longer: usize,
    shorter: usize,
    no_longer_reachable: usize,
    newly_reachable: usize,
    invalid: usize,
}

#[derive(Serialize)]
struct BeforeAfter<T> {
    old: T,
    new: T,
}

#[derive(Serialize)]
struct WorkerJson<'a> {
    worker: &'a str,
    name: &'a str,
    target: &'a str,
    status: BeforeAfter<&'static str>,
    /// `null` without a route.
    hours: BeforeAfter<Option<f64>>,
    cost: BeforeAfter<Option<f64>>,
    modules_in: &'a [String],
    modules_out: &'a [String],
    /// Why there is no route (or no plan) under the new version.
    reasons: Vec<String>,
}

fn totals(plan: &Plan) -> (Option<f64>, Option<f64>) {
    if plan.status.is_success() {
        (Some(plan.totals.hours), Some(plan.totals.cost))
    } else {
        (None, None)
    }
}

/// `diff --format json`.
pub fn json(words: &Words, diff: &Diff<'_>) -> String {
    let workers = diff.workforce.map(|workforce| WorkersJson {
        summary: Summary {
            workers: workforce.workers,
            unchanged: workforce.unchanged,
            changed: workforce.changed.len(),
            longer: workforce.longer,
            shorter: workforce.shorter,
            no_longer_reachable: workforce.lost,
            newly_reachable: workforce.gained,
            invalid: workforce.invalid,
        },
        changed: workforce
            .changed
            .iter()
            .map(|change| {
                let ((old_hours, old_cost), (new_hours, new_cost)) =
                    (totals(&change.old), totals(&change.new));
                WorkerJson {
                    worker: &change.new.worker,
                    name: &change.new.name,
                    target: &change.new.target,
                    status: BeforeAfter {
                        old: change.old.status.as_str(),
                        new: change.new.status.as_str(),
                    },
                    hours: BeforeAfter {
                        old: old_hours,
                        new: new_hours,
                    },
                    cost: BeforeAfter {
                        old: old_cost,
                        new: new_cost,
                    },
                    modules_in: &change.modules_in,
                    modules_out: &change.modules_out,
                    reasons: reason_messages(words, diff.new, &change.new).collect(),
                }
            })
            .collect(),
    });
    let document = Document {
        schema: SCHEMA,
        old: Version::of(diff.old),
        new: Version::of(diff.new),
        changes: diff.changes,
        workers,
    };
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}

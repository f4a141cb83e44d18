//! `leerroute gap`: per target skill-level, what the worker has, needs and
//! still misses, with the curriculum's level names.

use serde_json::json;

use std::fmt::Write;

use super::layout::Layout;
use super::records::{Records, keep_whole, new_table, set_header};
use crate::model::{Curriculum, SkillLevel};
use crate::plan::route::Gap;
use crate::words::{Words, say};

/// One record per target skill-level; `start` is the level held per skill
/// and `missing` the target's gap.
pub fn records(
    curriculum: &Curriculum,
    start: &[u8],
    target: &[SkillLevel],
    missing: &[Gap],
) -> Records {
    let name_of = |level: u8| {
        if level == 0 {
            "-".to_string()
        } else {
            format!("{level} {}", curriculum.level_name(level))
        }
    };
    let mut rows = Vec::new();
    for level in target {
        let skill = curriculum.skill(level.skill);
        let have = start[level.skill.index()];
        let missing_levels: Vec<String> = missing
            .iter()
            .find(|g| g.skill == skill.id)
            .map(|g| {
                (g.have + 1..=g.need)
                    .map(|l| format!("{l} {}", curriculum.level_name(l)))
                    .collect()
            })
            .unwrap_or_default();
        let row = json!({
            "skill": skill.id, "name": skill.name,
            "have": have, "have_name": name_of(have),
            "need": level.level, "need_name": name_of(level.level),
            "missing": missing_levels,
        });
        if let serde_json::Value::Object(map) = row {
            rows.push(map);
        }
    }
    Records {
        columns: vec![
            "skill",
            "name",
            "have",
            "have_name",
            "need",
            "need_name",
            "missing",
        ],
        rows,
    }
}

/// The gap for a person: per target skill, what the worker has, needs and
/// still has to learn, in level names; a table, or blocks below 100 columns;
/// then a line that sums it up.
pub fn people(
    words: &Words,
    layout: Layout,
    curriculum: &Curriculum,
    start: &[u8],
    target: &[SkillLevel],
) -> String {
    let level = |level: u8| match level {
        0 => say!(words, "gap-none"),
        _ => format!("{level} ({})", curriculum.level_name(level)),
    };
    let rows: Vec<[String; 4]> = target
        .iter()
        .map(|need| {
            let skill = curriculum.skill(need.skill);
            let have = start[need.skill.index()];
            let still: Vec<String> = (have + 1..=need.level).map(level).collect();
            [
                format!("{} ({})", skill.name, skill.id),
                level(have),
                level(need.level),
                words.and_list(&still),
            ]
        })
        .collect();
    let mut out = String::new();
    if layout.compact() {
        for [skill, have, need, still] in &rows {
            out.push_str(&layout.wrap(skill, "", "  "));
            let facts = if still.is_empty() {
                say!(
                    words,
                    "gap-held",
                    have = have.as_str(),
                    need = need.as_str()
                )
            } else {
                say!(
                    words,
                    "gap-facts",
                    have = have.as_str(),
                    need = need.as_str(),
                    still = still.as_str()
                )
            };
            out.push_str(&layout.wrap(&facts, "  ", "  "));
        }
    } else {
        let mut table = new_table(layout);
        let headers = [
            say!(words, "gap-column-skill"),
            say!(words, "gap-column-have"),
            say!(words, "gap-column-need"),
            say!(words, "gap-column-missing"),
        ];
        set_header(&mut table, layout, headers);
        for row in &rows {
            table.add_row(row.clone());
        }
        let longest = rows
            .iter()
            .map(|row| row[0].chars().count())
            .max()
            .unwrap_or(0);
        keep_whole(&mut table, 0, longest.min(48));
        let _ = writeln!(out, "{table}");
    }
    out
}

/// The line under the gap.
pub fn summary(
    words: &Words,
    worker: &str,
    target: &str,
    levels: usize,
    missing: &[Gap],
) -> String {
    if missing.is_empty() {
        say!(words, "gap-met", worker = worker, target = target) + "\n"
    } else {
        say!(
            words,
            "gap-summary",
            missing = missing.len(),
            levels = levels,
            target = target
        ) + "\n"
    }
}

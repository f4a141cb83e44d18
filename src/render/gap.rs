//! `leerroute gap`: per target skill-level, what the worker has, needs and
//! still misses, with the curriculum's level names.

use serde_json::json;

use super::records::Records;
use crate::model::{Curriculum, SkillLevel};
use crate::plan::route::Gap;

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

/// The line under the gap table.
pub fn summary(worker: &str, target: &str, levels: usize, missing: &[Gap]) -> String {
    if missing.is_empty() {
        format!("{worker} already meets `{target}`.\n")
    } else {
        format!(
            "{} of {levels} skills of `{target}` still to learn.\n",
            missing.len()
        )
    }
}

//! `leerroute gap`: what a worker is missing for a profile, level by level.

use serde_json::json;

use super::{Exit, input, load_for_use, print};
use crate::cli::{Cli, GapArgs, ListFormat};
use crate::plan::planner::gap;
use crate::render::records::Records;

pub fn run(cli: &Cli, args: &GapArgs) -> anyhow::Result<Exit> {
    let curriculum = match load_for_use(cli)? {
        Ok(curriculum) => curriculum,
        Err(exit) => return Ok(exit),
    };
    let resolved = input::passport(cli, &args.who, &curriculum).and_then(|passport| {
        let target = input::target(cli, &curriculum, args.target.as_deref(), None, &passport)?;
        Ok((passport, target))
    });
    let (passport, target) = match resolved {
        Ok(resolved) => resolved,
        Err(exit) => return Ok(exit),
    };
    let mut start = vec![0u8; curriculum.skills.len()];
    let completed = passport
        .completed
        .iter()
        .flat_map(|&m| curriculum.module(m).grants.iter().map(|g| g.value));
    for level in passport.skills.iter().copied().chain(completed) {
        start[level.skill.index()] = start[level.skill.index()].max(level.level);
    }
    let missing = gap(&curriculum, &start, &target.levels);
    let mut rows = Vec::new();
    for level in &target.levels {
        let skill = curriculum.skill(level.skill);
        let have = start[level.skill.index()];
        let gap_row = missing.iter().find(|g| g.skill == skill.id);
        let missing_levels: Vec<String> = gap_row
            .map(|g| {
                (g.have + 1..=g.need)
                    .map(|l| format!("{l} {}", curriculum.level_name(l)))
                    .collect()
            })
            .unwrap_or_default();
        let name_of = |level: u8| {
            if level == 0 {
                "-".to_string()
            } else {
                format!("{level} {}", curriculum.level_name(level))
            }
        };
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
    let records = Records {
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
    };
    let text = match args.format {
        ListFormat::Table => {
            let mut text = records.to_table();
            text.push_str(&if missing.is_empty() {
                format!("{} already meets `{}`.\n", passport.name, target.id)
            } else {
                format!(
                    "{} of {} skills of `{}` still to learn.\n",
                    missing.len(),
                    target.levels.len(),
                    target.id
                )
            });
            text
        }
        ListFormat::Json => records.to_json(),
        ListFormat::Csv => records.to_csv()?,
    };
    print(&text)?;
    Ok(Exit::Success)
}

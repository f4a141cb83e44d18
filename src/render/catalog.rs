//! The items of a curriculum as records, for `list`.

use serde_json::{Map, Value, json};

use super::records::Records;
use crate::model::{Curriculum, SkillLevel, Stage};
use crate::source::Located;

fn levels(curriculum: &Curriculum, levels: &[Located<SkillLevel>]) -> Value {
    levels
        .iter()
        .map(|level| Value::String(curriculum.format_level(level.value)))
        .collect()
}

fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

pub fn skills(curriculum: &Curriculum) -> Records {
    Records {
        columns: vec!["id", "name", "max_level", "esco"],
        rows: curriculum
            .skills
            .iter()
            .map(|skill| {
                object(json!({
                    "id": skill.id, "name": skill.name, "max_level": skill.max_level, "esco": skill.esco.as_ref().map(|esco| &esco.value),
                }))
            })
            .collect(),
    }
}

pub fn modules(curriculum: &Curriculum, stage: Option<Stage>) -> Records {
    Records {
        columns: vec![
            "id",
            "name",
            "stage",
            "hours",
            "cost",
            "lines",
            "requires",
            "requires_any",
            "grants",
        ],
        rows: curriculum
            .module_ids()
            .filter(|&id| stage.is_none_or(|stage| curriculum.module(id).stage == stage))
            .map(|id| {
                let module = curriculum.module(id);
                let lines: Vec<&str> = curriculum
                    .lines_of(id)
                    .into_iter()
                    .map(|line| curriculum.lines[line.index()].id.as_str())
                    .collect();
                let requires_any: Vec<Value> = module
                    .requires_any
                    .iter()
                    .map(|group| levels(curriculum, group))
                    .collect();
                object(json!({
                    "id": module.id, "name": module.name, "stage": module.stage.as_str(),
                    "hours": module.hours, "cost": module.cost, "weeks": module.weeks,
                    "mode": module.mode.map(|m| m.as_str()),
                    "fieldlab": module.fieldlab.map(|f| curriculum.fieldlabs[f.index()].id.as_str()),
                    "provider": module.provider, "lines": lines,
                    "requires": levels(curriculum, &module.requires), "requires_any": requires_any,
                    "grants": levels(curriculum, &module.grants),
                }))
            })
            .collect(),
    }
}

pub fn lines(curriculum: &Curriculum) -> Records {
    Records {
        columns: vec!["id", "name", "color", "stations"],
        rows: curriculum
            .lines
            .iter()
            .map(|line| {
                let stations: Vec<&str> = line.stations.iter().map(|s| curriculum.module(s.value).id.as_str()).collect();
                object(json!({ "id": line.id, "name": line.name, "color": line.color, "stations": stations }))
            })
            .collect(),
    }
}

pub fn fieldlabs(curriculum: &Curriculum) -> Records {
    Records {
        columns: vec!["id", "name", "location", "modules"],
        rows: curriculum
            .fieldlabs
            .iter()
            .enumerate()
            .map(|(index, fieldlab)| {
                let modules: Vec<&str> = curriculum
                    .modules
                    .iter()
                    .filter(|m| m.fieldlab.is_some_and(|f| f.index() == index))
                    .map(|m| m.id.as_str())
                    .collect();
                object(json!({ "id": fieldlab.id, "name": fieldlab.name, "location": fieldlab.location, "modules": modules }))
            })
            .collect(),
    }
}

pub fn profiles(curriculum: &Curriculum) -> Records {
    Records {
        columns: vec!["id", "name", "requires"],
        rows: curriculum
            .profiles
            .iter()
            .map(|profile| {
                object(json!({ "id": profile.id, "name": profile.name, "requires": levels(curriculum, &profile.requires) }))
            })
            .collect(),
    }
}

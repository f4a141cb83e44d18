//! Open Badges out: an OB 3.0 `Achievement` for every module (`leerroute
//! export achievements`), so that a provider can issue badges that any
//! passport system, and leerroute itself, reads back; and the parts the
//! CLR export of a passport shares with it.
//!
//! Each achievement has the module's achievement URI as its id
//! (`model::uris`), an `achievementType` by stage, `criteria` with the
//! hours, an alignment to the ESCO URI (when the skill has one) and the
//! curriculum's own URI of every skill it grants, and per granted skill a
//! `resultDescription` whose rubric is the skill's part of the curriculum's
//! level scale, with the granted level as `requiredLevel`.

use serde_json::{Value, json};

use crate::model::{Curriculum, ModuleId, SkillId, SkillLevel, Stage};
use crate::words::{Words, say};

/// The Verifiable Credentials 1.1 and Open Badges 3.0 contexts, which the
/// official JSON Schemas expect.
pub const OB_CONTEXT: [&str; 2] = [
    "https://www.w3.org/2018/credentials/v1",
    "https://purl.imsglobal.org/spec/ob/v3p0/context.json",
];

/// Every module's achievement, as a JSON array in curriculum order.
pub fn achievements(words: &Words, curriculum: &Curriculum) -> String {
    let all: Vec<Value> = curriculum
        .module_ids()
        .map(|module| achievement(words, curriculum, module))
        .collect();
    serde_json::to_string_pretty(&all).unwrap_or_default() + "\n"
}

/// The Open Badges achievement type of a stage.
fn achievement_type(stage: Stage) -> &'static str {
    match stage {
        Stage::Basis => "Course",
        Stage::Line => "Badge",
        Stage::Training => "Certificate",
        Stage::Fieldlab => "Fieldwork",
        Stage::Nanomodule => "MicroCredential",
    }
}

/// The achievement of one module.
pub fn achievement(words: &Words, curriculum: &Curriculum, id: ModuleId) -> Value {
    let module = curriculum.module(id);
    let uri = curriculum.module_uri(id);
    let grants: Vec<SkillLevel> = module.grants.iter().map(|grant| grant.value).collect();
    let alignment: Vec<Value> = grants
        .iter()
        .flat_map(|grant| alignments(curriculum, grant.skill))
        .collect();
    let results: Vec<Value> = grants
        .iter()
        .map(|&grant| result_description(curriculum, &uri, grant))
        .collect();
    let mut criteria = json!({
        "narrative": say!(
            words,
            "export-criteria",
            name = module.name.clone(),
            hours = words.hours(module.hours)
        ),
    });
    if let Some(url) = &module.url {
        criteria["id"] = json!(url);
    }
    let mut tags = vec![format!("stage:{}", module.stage.as_str())];
    tags.extend(
        curriculum
            .lines_of(id)
            .into_iter()
            .map(|line| format!("line:{}", curriculum.lines[line.index()].id)),
    );
    let mut achievement = json!({
        "id": uri,
        "type": ["Achievement"],
        "name": module.name,
        "description": module.description.clone().unwrap_or_else(|| module.name.clone()),
        "achievementType": achievement_type(module.stage),
        "criteria": criteria,
        "humanCode": module.id,
        "tag": tags,
        "alignment": alignment,
        "resultDescription": results,
    });
    if let Some(version) = &curriculum.meta.version {
        achievement["version"] = json!(version);
    }
    if let Some(language) = &module.language {
        achievement["inLanguage"] = json!(language);
    }
    achievement
}

/// The alignments of a skill: to its ESCO URI, when it has one, and to the
/// curriculum's own URI.
pub fn alignments(curriculum: &Curriculum, skill: SkillId) -> Vec<Value> {
    let found = curriculum.skill(skill);
    let mut alignments = Vec::new();
    if let Some(esco) = &found.esco {
        alignments.push(json!({
            "type": ["Alignment"],
            "targetName": found.name,
            "targetUrl": esco.value,
            "targetCode": found.id,
            "targetFramework": "ESCO",
            "targetType": "ext:ESCOAlignment",
        }));
    }
    alignments.push(json!({
        "type": ["Alignment"],
        "targetName": found.name,
        "targetUrl": curriculum.skill_uri(skill),
        "targetCode": found.id,
        "targetFramework": curriculum.meta.name,
        "targetType": "ext:LeerrouteSkill",
    }));
    alignments
}

/// The id of the result description of `skill` in the achievement `uri`.
pub fn result_description_id(curriculum: &Curriculum, uri: &str, skill: SkillId) -> String {
    format!("{uri}/results/{}", curriculum.skill(skill).id)
}

/// The result description of a skill: its rubric is the skill's levels of
/// the curriculum's scale, low to high, and the level granted is required.
pub fn result_description(curriculum: &Curriculum, uri: &str, level: SkillLevel) -> Value {
    let skill = curriculum.skill(level.skill);
    let rubric: Vec<Value> = (1..=skill.max_level)
        .map(|n| {
            json!({
                "id": curriculum.level_uri(n),
                "type": ["RubricCriterionLevel"],
                "name": curriculum.level_name(n),
                "level": n.to_string(),
            })
        })
        .collect();
    json!({
        "id": result_description_id(curriculum, uri, level.skill),
        "type": ["ResultDescription"],
        "name": skill.name,
        "resultType": "RubricCriterionLevel",
        "alignment": alignments(curriculum, level.skill),
        "rubricCriterionLevel": rubric,
        "requiredLevel": curriculum.level_uri(level.level),
    })
}

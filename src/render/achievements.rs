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
//!
//! The documents are typed structs, serialised in the order their fields
//! are declared: `@context`, `id`, `type` and `name` first, as in the
//! official examples, and never sorted by key.

use serde::Serialize;

use crate::model::{Curriculum, ModuleId, SkillId, SkillLevel, Stage};
use crate::words::{Words, say};

/// The Verifiable Credentials 1.1 and Open Badges 3.0 contexts, which the
/// official JSON Schemas expect.
pub const OB_CONTEXT: [&str; 2] = [
    "https://www.w3.org/2018/credentials/v1",
    "https://purl.imsglobal.org/spec/ob/v3p0/context.json",
];

/// An Open Badges 3.0 `Achievement`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Achievement {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: [&'static str; 1],
    pub name: String,
    pub description: String,
    pub achievement_type: &'static str,
    pub criteria: Criteria,
    pub human_code: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_language: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tag: Vec<String>,
    pub alignment: Vec<Alignment>,
    pub result_description: Vec<ResultDescription>,
}

/// What earning an achievement takes: a web page, and in words.
#[derive(Debug, Serialize)]
pub struct Criteria {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub narrative: String,
}

/// An alignment to a skill: its ESCO URI or the curriculum's own.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Alignment {
    #[serde(rename = "type")]
    kind: [&'static str; 1],
    target_name: String,
    target_url: String,
    target_code: String,
    target_framework: String,
    target_type: &'static str,
}

/// A `ResultDescription` whose rubric is a skill's levels.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResultDescription {
    id: String,
    #[serde(rename = "type")]
    kind: [&'static str; 1],
    name: String,
    result_type: &'static str,
    required_level: String,
    alignment: Vec<Alignment>,
    rubric_criterion_level: Vec<RubricLevel>,
}

/// One level of a rubric: a level of the curriculum's scale.
#[derive(Debug, Serialize)]
struct RubricLevel {
    id: String,
    #[serde(rename = "type")]
    kind: [&'static str; 1],
    name: String,
    level: String,
}

/// Every module's achievement, as a JSON array in curriculum order.
pub fn achievements(words: &Words, curriculum: &Curriculum) -> String {
    let all: Vec<Achievement> = curriculum
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
pub fn achievement(words: &Words, curriculum: &Curriculum, id: ModuleId) -> Achievement {
    let module = curriculum.module(id);
    let uri = curriculum.module_uri(id);
    let grants: Vec<SkillLevel> = module.grants.iter().map(|grant| grant.value).collect();
    let mut tag = vec![format!("stage:{}", module.stage.as_str())];
    tag.extend(
        curriculum
            .lines_of(id)
            .into_iter()
            .map(|line| format!("line:{}", curriculum.lines[line.index()].id)),
    );
    Achievement {
        kind: ["Achievement"],
        name: module.name.clone(),
        description: module
            .description
            .clone()
            .unwrap_or_else(|| module.name.clone()),
        achievement_type: achievement_type(module.stage),
        criteria: Criteria {
            id: module.url.clone(),
            narrative: say!(
                words,
                "export-criteria",
                name = module.name.clone(),
                hours = words.hours(module.hours)
            ),
        },
        human_code: module.id.clone(),
        version: curriculum.meta.version.clone(),
        in_language: module.language.clone(),
        tag,
        alignment: grants
            .iter()
            .flat_map(|grant| alignments(curriculum, grant.skill))
            .collect(),
        result_description: grants
            .iter()
            .map(|&grant| result_description(curriculum, &uri, grant))
            .collect(),
        id: uri,
    }
}

/// The alignments of a skill: to its ESCO URI, when it has one, and to the
/// curriculum's own URI.
pub fn alignments(curriculum: &Curriculum, skill: SkillId) -> Vec<Alignment> {
    let found = curriculum.skill(skill);
    let alignment = |target_url: String, target_framework: String, target_type| Alignment {
        kind: ["Alignment"],
        target_name: found.name.clone(),
        target_url,
        target_code: found.id.clone(),
        target_framework,
        target_type,
    };
    let esco = found
        .esco
        .as_ref()
        .map(|esco| alignment(esco.value.clone(), "ESCO".into(), "ext:ESCOAlignment"));
    let own = alignment(
        curriculum.skill_uri(skill),
        curriculum.meta.name.clone(),
        "ext:LeerrouteSkill",
    );
    esco.into_iter().chain([own]).collect()
}

/// The id of the result description of `skill` in the achievement `uri`.
pub fn result_description_id(curriculum: &Curriculum, uri: &str, skill: SkillId) -> String {
    format!("{uri}/results/{}", curriculum.skill(skill).id)
}

/// The result description of a skill: its rubric is the skill's levels of
/// the curriculum's scale, low to high, and the level granted is required.
pub fn result_description(
    curriculum: &Curriculum,
    uri: &str,
    level: SkillLevel,
) -> ResultDescription {
    let skill = curriculum.skill(level.skill);
    ResultDescription {
        id: result_description_id(curriculum, uri, level.skill),
        kind: ["ResultDescription"],
        name: skill.name.clone(),
        result_type: "RubricCriterionLevel",
        required_level: curriculum.level_uri(level.level),
        alignment: alignments(curriculum, level.skill),
        rubric_criterion_level: (1..=skill.max_level)
            .map(|n| RubricLevel {
                id: curriculum.level_uri(n),
                kind: ["RubricCriterionLevel"],
                name: curriculum.level_name(n),
                level: n.to_string(),
            })
            .collect(),
    }
}

//! European Learning Model v3 / Europass `EuropeanDigitalCredential`: the
//! skills are the `relatedESCOSkill`s (and `relatedSkill`s naming a
//! curriculum skill) of the learning outcomes of each claim
//! (`credentialSubject.hasClaim`, and their `hasPart`), on the claim or on
//! what `specifiedBy` it. ELM carries no proficiency level: a claim that is
//! one of the curriculum's modules gives what the module grants, any other
//! level 1, with a note.

use serde_json::{Map, Value};

use super::json::{self, Checked};
use super::vc::{Opened, note_unused};
use super::{Grant, Reading};
use crate::model::{ModuleId, SkillId};

pub(super) const SUBJECT_KEYS: &[&str] = &[
    "id",
    "type",
    "hasClaim",
    "fullName",
    "givenName",
    "familyName",
];

/// Reads an opened credential's subjects.
pub(super) fn read(reading: &mut Reading<'_>, opened: Opened<'_>) -> Checked<()> {
    let Opened {
        credential,
        unused,
        subjects,
    } = opened;
    let mut found = Vec::new();
    let mut modules = Vec::new();
    for (subject, subject_path) in subjects {
        if reading.name.is_none() {
            reading.name = person_name(subject);
        }
        let mut claims = json::objects(subject, &subject_path, "hasClaim")?;
        let mut next = 0;
        while let Some((claim, claim_path)) = claims.get(next).cloned() {
            next += 1;
            if reading.credentials[credential].name.is_none() {
                reading.credentials[credential].name = json::text(claim.get("title"));
            }
            let module = claim_module(reading, claim, &claim_path)?;
            let mut places = vec![(claim, claim_path.clone())];
            places.extend(json::objects(claim, &claim_path, "specifiedBy")?);
            let mut skills = Vec::new();
            for (place, place_path) in &places {
                for (outcome, outcome_path) in json::objects(place, place_path, "learningOutcome")?
                {
                    outcome_skills(reading, credential, outcome, &outcome_path, &mut skills)?;
                }
            }
            found.extend(skills.into_iter().map(|skill| (skill, module)));
            modules.extend(module);
            claims.extend(json::objects(claim, &claim_path, "hasPart")?);
        }
    }
    let mut grant = Grant {
        modules,
        ..Grant::default()
    };
    for (skill, module) in found {
        reading.add_level(credential, skill, None, module, &mut grant);
    }
    note_unused(reading, credential, unused);
    reading.grant(credential, grant);
    Ok(())
}

/// The module a claim, or what specifies it, stands for.
fn claim_module(
    reading: &Reading<'_>,
    claim: &Map<String, Value>,
    path: &str,
) -> Checked<Option<ModuleId>> {
    let mut ids = vec![json::string(claim, path, "id")?.map(str::to_string)];
    for (specification, _) in json::many(claim, path, "specifiedBy") {
        ids.push(
            specification
                .get("id")
                .and_then(Value::as_str)
                .map(str::to_string),
        );
    }
    Ok(ids
        .into_iter()
        .flatten()
        .find_map(|id| reading.uris.module(&id)))
}

/// The curriculum skills of one learning outcome; notes for the others.
fn outcome_skills(
    reading: &mut Reading<'_>,
    credential: usize,
    outcome: &Map<String, Value>,
    path: &str,
    skills: &mut Vec<SkillId>,
) -> Checked<()> {
    for key in ["relatedESCOSkill", "relatedSkill"] {
        for (skill, skill_path) in json::many(outcome, path, key) {
            let url = json::reference(skill, &skill_path)?;
            let label = json::text(skill.get("prefLabel"));
            reading.point(credential, skill_path, &url, label, skills);
        }
    }
    Ok(())
}

/// A Europass person's `fullName`, else given and family name.
fn person_name(subject: &Map<String, Value>) -> Option<String> {
    json::text(subject.get("fullName")).or_else(|| {
        let parts: Vec<String> = ["givenName", "familyName"]
            .iter()
            .filter_map(|key| json::text(subject.get(*key)))
            .collect();
        (!parts.is_empty()).then(|| parts.join(" "))
    })
}

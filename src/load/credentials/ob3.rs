//! Open Badges 3.0 `OpenBadgeCredential` / `AchievementCredential`.
//!
//! Skills: every alignment whose `targetUrl` is a curriculum skill's URI (its
//! `esco` or its own), on the achievement, a result description, a rubric
//! level or a result. Levels: a result's `achievedLevel`, found in its own
//! result description's rubric or else among all of the achievement's
//! rubric levels, at its position among its rubric's ordered levels (low to
//! high) on the curriculum's scale; else the rubric's `requiredLevel`; else
//! what the module the achievement stands for grants; else level 1.

use serde_json::{Map, Value};

use super::json::{self, Checked, Fault, child};
use super::vc::{Opened, note_unused, unused_keys};
use super::{Grant, Reading};
use crate::model::{LevelSource, ModuleId, Note, Problem, ResultStatus, RubricLevel, SkillId};

pub(super) const SUBJECT_KEYS: &[&str] = &["id", "type", "achievement", "result", "name"];
const ACHIEVEMENT_KEYS: &[&str] = &["id", "type", "name", "alignment", "resultDescription"];

/// A result description, as far as levels go.
struct Rubric {
    id: String,
    /// Its `rubricCriterionLevel`s in order: (id, name).
    levels: Vec<(String, String)>,
    required: Option<String>,
    /// The curriculum skills aligned on it or on its levels.
    skills: Vec<SkillId>,
}

/// A result of the credential subject.
struct Outcome {
    path: String,
    description: Option<String>,
    achieved: Option<String>,
    skills: Vec<SkillId>,
}

/// Where a skill was found.
#[derive(Clone, Copy, PartialEq)]
enum Scope {
    Achievement,
    Rubric(usize),
    Outcome(usize),
}

/// Reads an opened credential's subjects.
pub(super) fn read(reading: &mut Reading<'_>, opened: Opened<'_>) -> Checked<()> {
    let Opened {
        credential,
        mut unused,
        subjects,
    } = opened;
    let mut grant = Grant::default();
    for (subject, subject_path) in subjects {
        if reading.name.is_none() {
            reading.name = json::text(subject.get("name"));
        }
        let mut found = Found::default();
        for (result, result_path) in json::objects(subject, &subject_path, "result")? {
            json::require_type(result, &result_path, "Result")?;
            if let Some(status) = status(result, &result_path)? {
                reading.status(credential, status);
            }
            let mut skills = Vec::new();
            alignments(reading, credential, result, &result_path, &mut skills)?;
            found.outcomes.push(Outcome {
                description: json::string(result, &result_path, "resultDescription")?
                    .map(str::to_string),
                achieved: json::string(result, &result_path, "achievedLevel")?.map(str::to_string),
                path: result_path,
                skills,
            });
        }
        match subject.get("achievement") {
            None | Some(Value::Null) => {}
            Some(value) => {
                let achievement_path = child(&subject_path, "achievement");
                let achievement = json::object(value, &achievement_path)?;
                unused_keys(
                    achievement,
                    "credentialSubject.achievement",
                    ACHIEVEMENT_KEYS,
                    &mut unused,
                );
                found.achievement(reading, credential, achievement, &achievement_path)?;
                found.levels(reading, credential, &mut grant);
            }
        }
    }
    note_unused(reading, credential, unused);
    reading.grant(credential, grant);
    Ok(())
}

/// A result's `status`, when it keeps the credential from counting.
fn status(result: &Map<String, Value>, path: &str) -> Checked<Option<ResultStatus>> {
    Ok(match json::string(result, path, "status")? {
        None | Some("Completed") => None,
        Some("Failed") => Some(ResultStatus::Failed),
        Some("Withdrew") => Some(ResultStatus::Withdrew),
        Some("InProgress") => Some(ResultStatus::InProgress),
        Some("Enrolled") => Some(ResultStatus::Enrolled),
        Some("OnHold") => Some(ResultStatus::OnHold),
        Some(other) => {
            return Err(Fault::new(
                child(path, "status"),
                Problem::BadStatus(other.to_string()),
            ));
        }
    })
}

/// The curriculum skills that the `alignment`s of `map` point at; notes
/// for the others.
fn alignments(
    reading: &mut Reading<'_>,
    credential: usize,
    map: &Map<String, Value>,
    path: &str,
    skills: &mut Vec<SkillId>,
) -> Checked<()> {
    for (alignment, alignment_path) in json::objects(map, path, "alignment")? {
        let url = json::required_string(alignment, &alignment_path, "targetUrl")?;
        let label = match crate::model::is_esco_skill(url) {
            true => json::text(alignment.get("targetName")),
            false => json::text(alignment.get("targetFramework")),
        };
        reading.point(credential, alignment_path, url, label, skills);
    }
    Ok(())
}

/// What a credential subject says, gathered before levels are decided.
#[derive(Default)]
struct Found {
    outcomes: Vec<Outcome>,
    rubrics: Vec<Rubric>,
    /// Skills aligned on the achievement itself.
    skills: Vec<SkillId>,
    module: Option<ModuleId>,
}

impl Found {
    fn achievement(
        &mut self,
        reading: &mut Reading<'_>,
        credential: usize,
        achievement: &Map<String, Value>,
        path: &str,
    ) -> Checked<()> {
        let id = json::required_string(achievement, path, "id")?;
        json::require_type(achievement, path, "Achievement")?;
        self.module = reading.uris.module(id);
        alignments(reading, credential, achievement, path, &mut self.skills)?;
        for (description, description_path) in
            json::objects(achievement, path, "resultDescription")?
        {
            let id = json::required_string(description, &description_path, "id")?.to_string();
            let mut skills = Vec::new();
            alignments(
                reading,
                credential,
                description,
                &description_path,
                &mut skills,
            )?;
            let mut levels = Vec::new();
            for (level, level_path) in
                json::objects(description, &description_path, "rubricCriterionLevel")?
            {
                let level_id = json::required_string(level, &level_path, "id")?.to_string();
                alignments(reading, credential, level, &level_path, &mut skills)?;
                let name = ["name", "level"]
                    .iter()
                    .find_map(|key| json::text(level.get(*key)))
                    .unwrap_or_else(|| level_id.clone());
                levels.push((level_id, name));
            }
            self.rubrics.push(Rubric {
                id,
                levels,
                required: json::string(description, &description_path, "requiredLevel")?
                    .map(str::to_string),
                skills,
            });
        }
        Ok(())
    }

    /// The rubric level an `achievedLevel` names: in the result's own
    /// description, else in any of the achievement's.
    fn resolve(&self, outcome: &Outcome, level: &str) -> Option<(usize, usize)> {
        let position = |rubric: usize| {
            self.rubrics[rubric]
                .levels
                .iter()
                .position(|(id, _)| id == level)
                .map(|position| (rubric, position))
        };
        outcome
            .description
            .as_deref()
            .and_then(|id| self.rubrics.iter().position(|rubric| rubric.id == id))
            .and_then(position)
            .or_else(|| (0..self.rubrics.len()).find_map(position))
    }

    /// Decides each skill's level and adds it to `grant`.
    fn levels(&self, reading: &mut Reading<'_>, credential: usize, grant: &mut Grant) {
        // Each result's level, where its achievedLevel is found.
        let mut achieved: Vec<(usize, usize, usize)> = Vec::new();
        for (index, outcome) in self.outcomes.iter().enumerate() {
            let Some(level) = &outcome.achieved else {
                continue;
            };
            match self.resolve(outcome, level) {
                Some((rubric, position)) => achieved.push((index, rubric, position)),
                None => reading.notes.push(Note::LevelNotInRubric {
                    credential,
                    path: child(&outcome.path, "achievedLevel"),
                    level: level.clone(),
                }),
            }
        }
        let mut scopes: Vec<(SkillId, Scope)> = Vec::new();
        let mut add = |skills: &[SkillId], scope: Scope| {
            for &skill in skills {
                if !scopes.contains(&(skill, scope)) {
                    scopes.push((skill, scope));
                }
            }
        };
        add(&self.skills, Scope::Achievement);
        for (index, rubric) in self.rubrics.iter().enumerate() {
            add(&rubric.skills, Scope::Rubric(index));
        }
        for (index, outcome) in self.outcomes.iter().enumerate() {
            add(&outcome.skills, Scope::Outcome(index));
        }
        let mut skills: Vec<SkillId> = Vec::new();
        for &(skill, _) in &scopes {
            if !skills.contains(&skill) {
                skills.push(skill);
            }
        }
        for skill in skills {
            let best = scopes
                .iter()
                .filter(|(s, _)| *s == skill)
                .filter_map(|&(_, scope)| self.level_in(reading, &achieved, scope))
                .max_by_key(|(level, _)| *level);
            reading.add_level(credential, skill, best, self.module, grant);
        }
        if let Some(module) = self.module {
            grant.modules.push(module);
        }
    }

    /// The level a scope gives from the rubrics: an achieved level, else a
    /// required one.
    fn level_in(
        &self,
        reading: &Reading<'_>,
        achieved: &[(usize, usize, usize)],
        scope: Scope,
    ) -> Option<(u8, LevelSource)> {
        // The rubrics and results whose levels apply to the scope.
        let unattributed = |rubric: usize| self.rubrics[rubric].skills.is_empty();
        let applies = |&&(outcome, rubric, _): &&(usize, usize, usize)| match scope {
            Scope::Outcome(index) => outcome == index,
            Scope::Rubric(index) => rubric == index,
            Scope::Achievement => unattributed(rubric) && self.outcomes[outcome].skills.is_empty(),
        };
        let from_results = achieved
            .iter()
            .filter(applies)
            .map(|&(_, rubric, position)| {
                let (level, at) = self.on_scale(reading, rubric, position);
                (level, LevelSource::Achieved(at))
            })
            .max_by_key(|(level, _)| *level);
        if from_results.is_some() {
            return from_results;
        }
        let rubrics: Vec<usize> = match scope {
            Scope::Rubric(index) => vec![index],
            Scope::Outcome(index) => {
                let named = self.outcomes[index].description.as_deref();
                (0..self.rubrics.len())
                    .filter(|&rubric| Some(self.rubrics[rubric].id.as_str()) == named)
                    .collect()
            }
            Scope::Achievement => (0..self.rubrics.len())
                .filter(|&r| unattributed(r))
                .collect(),
        };
        rubrics
            .into_iter()
            .filter_map(|rubric| {
                let required = self.rubrics[rubric].required.as_deref()?;
                let position = self.rubrics[rubric]
                    .levels
                    .iter()
                    .position(|(id, _)| id == required)?;
                let (level, at) = self.on_scale(reading, rubric, position);
                Some((level, LevelSource::Required(at)))
            })
            .max_by_key(|(level, _)| *level)
    }

    /// A rubric level on the curriculum's scale: the curriculum's own level
    /// URI gives its level; otherwise position p of n gives ⌈p × L / n⌉ of
    /// the curriculum's L levels.
    fn on_scale(&self, reading: &Reading<'_>, rubric: usize, position: usize) -> (u8, RubricLevel) {
        let levels = &self.rubrics[rubric].levels;
        let (id, name) = &levels[position];
        let own = reading.uris.level(id);
        let scale = reading.curriculum.meta.levels.len().max(1);
        let count = levels.len();
        let level = own.unwrap_or_else(|| {
            let mapped = ((position + 1) * scale).div_ceil(count);
            mapped.clamp(1, usize::from(u8::MAX)) as u8
        });
        (
            level,
            RubricLevel {
                name: name.clone(),
                position: position + 1,
                of: count,
                own: own.is_some(),
            },
        )
    }
}

//! Why a step is in the route, in words: which later steps need what it
//! teaches, and which of the target's requirements it leads to.
//!
//! A minimal version of its own, until the plan renderer words a step's
//! why for every format: it follows the same rule as the plan's `serves`
//! (what a step grants that a later step requires, and was not held at the
//! start).

use super::Sheet;
use crate::model::SkillLevel;
use crate::plan::compile::start_levels;
use crate::words::{Words, say};

/// A target skill-level as written in a plan (`cobot-operation@3`) in
/// words: the skill's name and the level's name.
fn level_words(sheet: &Sheet<'_>, text: &str) -> String {
    let curriculum = sheet.curriculum;
    text.split_once('@')
        .and_then(|(skill, level)| {
            let skill = curriculum.find_skill(skill)?;
            let level: u8 = level.parse().ok()?;
            Some(format!(
                "{} ({})",
                curriculum.skill(skill).name,
                curriculum.level_name(level)
            ))
        })
        .unwrap_or_else(|| text.to_string())
}

/// The sentences of step `index`'s why.
pub fn reasons(words: &Words, sheet: &Sheet<'_>, index: usize) -> Vec<String> {
    let (curriculum, plan) = (sheet.curriculum, sheet.plan);
    let held = start_levels(
        curriculum,
        &sheet.passport.skills,
        &sheet.passport.completed,
    );
    let modules: Vec<_> = plan
        .steps
        .iter()
        .map(|s| curriculum.find_module(&s.module))
        .collect();
    let mut out = Vec::new();
    if let Some(Some(this)) = modules.get(index) {
        let grants = &curriculum.module(*this).grants;
        let new = |level: &SkillLevel| held[level.skill.index()] < level.level;
        let needed_by: Vec<String> = plan
            .steps
            .iter()
            .zip(&modules)
            .skip(index + 1)
            .filter(|(_, later)| {
                later.is_some_and(|later| {
                    let later = curriculum.module(later);
                    later
                        .requires
                        .iter()
                        .chain(later.requires_any.iter().flatten())
                        .any(|r| new(&r.value) && r.value.implied_by(grants))
                })
            })
            .map(|(step, _)| {
                say!(
                    words,
                    "html-why-step",
                    step = step.step,
                    name = step.name.as_str()
                )
            })
            .collect();
        if !needed_by.is_empty() {
            out.push(say!(
                words,
                "html-why-needed-by",
                steps = needed_by.join(", ")
            ));
        }
    }
    let serves: Vec<String> = plan.steps[index]
        .serves
        .iter()
        .map(|level| level_words(sheet, level))
        .collect();
    if !serves.is_empty() {
        out.push(say!(words, "html-why-leads-to", levels = serves.join(", ")));
    }
    if out.is_empty() {
        out.push(say!(words, "html-why-enables"));
    }
    out
}

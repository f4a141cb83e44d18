//! `long-nanomodule` and `unused-skill`.

use super::Context;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::Gaps;
use crate::model::{Curriculum, Stage};
use crate::words::phrase;

/// A nanomodule closes a last gap in a few hours; beyond two working days it
/// is a regular module in disguise.
const NANOMODULE_MAX_HOURS: f64 = 16.0;

pub(super) fn long_nanomodules(context: &Context<'_>) -> Vec<Diagnostic> {
    context
        .curriculum
        .modules
        .iter()
        .filter(|m| m.stage == Stage::Nanomodule && m.hours > NANOMODULE_MAX_HOURS)
        .map(|module| {
            Diagnostic::new(
                Code::LongNanomodule,
                phrase!(
                    "check-long-nanomodule",
                    module = module.id.as_str(),
                    hours = module.hours.to_string()
                ),
            )
            .at(
                module.hours_span,
                phrase!("check-long-nanomodule-label", max = NANOMODULE_MAX_HOURS),
            )
            .help(phrase!("check-long-nanomodule-help"))
        })
        .collect()
}

pub(super) fn unused_skills(context: &Context<'_>) -> Vec<Diagnostic> {
    unused_skills_in(context.curriculum, &Gaps::default())
}

/// `unused-skill` on a curriculum that may have errors: a skill that a
/// failed reference names (`welding@9`) is used, and a skill with an error
/// of its own is not judged.
pub(super) fn unused_skills_in(curriculum: &Curriculum, gaps: &Gaps) -> Vec<Diagnostic> {
    let mut used = gaps.named_skills.clone();
    used.resize(curriculum.skills.len(), false);
    for module in &curriculum.modules {
        for level in module
            .requires
            .iter()
            .chain(module.requires_any.iter().flatten())
            .chain(&module.grants)
        {
            used[level.value.skill.index()] = true;
        }
    }
    for profile in &curriculum.profiles {
        for level in &profile.requires {
            used[level.value.skill.index()] = true;
        }
    }
    curriculum
        .skill_ids()
        .filter(|skill| !used[skill.index()] && !gaps.is_broken(&gaps.broken_skills, skill.index()))
        .map(|skill| {
            let skill = curriculum.skill(skill);
            Diagnostic::new(
                Code::UnusedSkill,
                phrase!("check-unused-skill", skill = skill.id.as_str()),
            )
            .at(skill.span, phrase!("check-unused-skill-label"))
            .help(phrase!("check-unused-skill-help"))
        })
        .collect()
}

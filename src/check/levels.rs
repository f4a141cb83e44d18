//! `level-jump`: a module that raises a skill further than its hours allow.
//!
//! The curriculum says what a step up to each level takes (`level_hours` in
//! `[curriculum]`, one amount of study hours per level): reaching
//! `zelfstandig` takes more than reaching `kennismaken`. A module that takes a
//! skill from the level it requires of it (none when it requires none) to the
//! level it grants must take at least the hours of every step in between.
//! A curriculum that declares no `level_hours` is not judged.

use super::Context;
use crate::diagnostic::{Code, Diagnostic, shown};
use crate::model::amounts::{from_units, shown_amount, to_units};
use crate::model::{Curriculum, Module, SkillId, SkillLevel};
use crate::source::Located;
use crate::words::{Phrase, joined, phrase};

/// The level of `skill` that every worker who may take `module` holds: the
/// highest its `requires` names, or that each alternative of a
/// `requires_any` group names (a group with another skill among its
/// alternatives guarantees nothing of this one).
fn required_level(module: &Module, skill: SkillId) -> u8 {
    let plain = module
        .requires
        .iter()
        .filter(|r| r.value.skill == skill)
        .map(|r| r.value.level);
    let grouped = module.requires_any.iter().filter_map(|group| {
        group
            .iter()
            .map(|r| (r.value.skill == skill).then_some(r.value.level))
            .min()
            .flatten()
    });
    plain.chain(grouped).max().unwrap_or(0)
}

/// Each skill's highest grant, in the order the module lists them.
fn highest_grants(module: &Module) -> Vec<&Located<SkillLevel>> {
    let mut highest: Vec<&Located<SkillLevel>> = Vec::new();
    for grant in &module.grants {
        match highest
            .iter_mut()
            .find(|h| h.value.skill == grant.value.skill)
        {
            Some(kept) if kept.value.level < grant.value.level => *kept = grant,
            Some(_) => {}
            None => highest.push(grant),
        }
    }
    highest
}

/// "level 3 (zelfstandig)".
fn level_words(curriculum: &Curriculum, level: u8) -> Phrase {
    phrase!(
        "check-level-named",
        level = level,
        name = shown(&curriculum.level_name(level))
    )
}

pub(super) fn level_jumps(context: &Context<'_>) -> Vec<Diagnostic> {
    let curriculum = context.curriculum;
    let steps = &curriculum.meta.level_hours;
    let mut diagnostics = Vec::new();
    for module in &curriculum.modules {
        for grant in highest_grants(module) {
            let SkillLevel { skill, level: to } = grant.value;
            let from = required_level(module, skill);
            // A grant at or below the requirement is `grants-nothing-new`'s.
            let Some(jump) = steps.get(usize::from(from)..usize::from(to)) else {
                continue;
            };
            let needed = from_units(jump.iter().map(|step| to_units(step.value)).sum());
            if jump.is_empty() || to_units(module.hours) >= to_units(needed) {
                continue;
            }
            let skill_id = &curriculum.skill(skill).id;
            let target = format!("{skill_id}@{to}");
            let label = if from == 0 {
                phrase!(
                    "check-level-jump-from-nothing",
                    target = target,
                    hours = shown_amount(needed)
                )
            } else {
                phrase!(
                    "check-level-jump-from",
                    start = format!("{skill_id}@{from}"),
                    target = target,
                    hours = shown_amount(needed)
                )
            };
            let mut diagnostic = Diagnostic::new(
                Code::LevelJump,
                phrase!(
                    "check-level-jump",
                    module = module.id.as_str(),
                    skill = skill_id.as_str(),
                    level = level_words(curriculum, to),
                    hours = shown_amount(module.hours)
                ),
            )
            .at(grant.span, label)
            .also(module.hours_span, phrase!("check-level-jump-hours"));
            // Where the curriculum says what the top step takes.
            if let Some(last) = jump.last() {
                diagnostic = diagnostic.also(
                    last.span,
                    phrase!(
                        "check-level-jump-step",
                        level = level_words(curriculum, to),
                        hours = shown_amount(last.value)
                    ),
                );
            }
            diagnostics.push(diagnostic.help(fix(module, skill_id, from, to, needed, steps)));
        }
    }
    diagnostics
}

/// The fixes, each valid input: the hours the step takes, or the highest
/// level the module's hours reach from what it requires, or the level to
/// require so that its hours suffice.
fn fix(
    module: &Module,
    skill: &str,
    from: u8,
    to: u8,
    needed: f64,
    steps: &[Located<f64>],
) -> Phrase {
    let hours = to_units(module.hours);
    let more_hours = phrase!("check-level-jump-fix-hours", hours = shown_amount(needed));
    let mut fixes = Vec::new();
    let step_units = |range: std::ops::Range<u8>| -> u64 {
        steps[usize::from(range.start)..usize::from(range.end)]
            .iter()
            .map(|step| to_units(step.value))
            .sum()
    };
    if let Some(lower) = (from + 1..to).rev().find(|&l| step_units(from..l) <= hours) {
        fixes.push(phrase!(
            "check-level-jump-fix-grant",
            level = format!("{skill}@{lower}")
        ));
    }
    if let Some(higher) = (from + 1..to).find(|&l| step_units(l..to) <= hours) {
        fixes.push(phrase!(
            "check-level-jump-fix-require",
            level = format!("{skill}@{higher}")
        ));
    }
    match fixes.pop() {
        None => more_hours,
        Some(last) => phrase!("list-or", most = joined(more_hours, fixes), last = last),
    }
}

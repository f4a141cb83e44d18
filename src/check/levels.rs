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
fn level_words(curriculum: &Curriculum, level: u8) -> String {
    format!("level {level} ({})", shown(&curriculum.level_name(level)))
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
            let start = if from == 0 {
                "from nothing".to_string()
            } else {
                format!("from `{skill_id}@{from}`")
            };
            let mut diagnostic = Diagnostic::new(
                Code::LevelJump,
                format!(
                    "module `{}` raises `{skill_id}` to {} in {} hours",
                    module.id,
                    level_words(curriculum, to),
                    shown_amount(module.hours)
                ),
            )
            .at(
                grant.span,
                format!(
                    "{start} to `{skill_id}@{to}` takes at least {} hours",
                    shown_amount(needed)
                ),
            )
            .also(module.hours_span, "the module's hours");
            // Where the curriculum says what the top step takes.
            if let Some(last) = jump.last() {
                diagnostic = diagnostic.also(
                    last.span,
                    format!(
                        "a step up to {} takes {} hours",
                        level_words(curriculum, to),
                        shown_amount(last.value)
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
) -> String {
    let hours = to_units(module.hours);
    let mut fixes = vec![format!(
        "give it `hours = {}` or more",
        shown_amount(needed)
    )];
    let step_units = |range: std::ops::Range<u8>| -> u64 {
        steps[usize::from(range.start)..usize::from(range.end)]
            .iter()
            .map(|step| to_units(step.value))
            .sum()
    };
    if let Some(lower) = (from + 1..to).rev().find(|&l| step_units(from..l) <= hours) {
        fixes.push(format!("grant `{skill}@{lower}`"));
    }
    if let Some(higher) = (from + 1..to).find(|&l| step_units(l..to) <= hours) {
        fixes.push(format!("require `{skill}@{higher}`"));
    }
    let last = fixes.pop().unwrap_or_default();
    if fixes.is_empty() {
        last
    } else {
        format!("{}, or {last}", fixes.join(", "))
    }
}

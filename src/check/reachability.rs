//! `unreachable-profile`, `never-granted`, `untakeable-module`: what can never
//! be obtained even with every module available.

use crate::render::why;
use std::collections::BTreeMap;

use super::Context;
use crate::analysis::Explainer;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::SkillLevel;
use crate::source::Located;
use crate::words::{Phrase, phrase};

fn explainer<'a>(context: &'a Context<'a>) -> Explainer<'a> {
    Explainer {
        curriculum: context.curriculum,
        grantors: &context.grantors,
        availability: &context.availability,
        left_out: &|_| None,
    }
}

/// Why `level` cannot be obtained, as a note.
fn unobtainable(context: &Context<'_>, explainer: &Explainer<'_>, level: SkillLevel) -> Phrase {
    why::unobtainable_phrase(context.curriculum, level, &explainer.why(level))
}

/// Names up to `limit` items and counts the rest.
pub(super) fn name_some(names: &[String], limit: usize) -> Phrase {
    let shown: Vec<String> = names.iter().take(limit).map(|n| format!("`{n}`")).collect();
    match names.len().saturating_sub(limit) {
        0 => Phrase::plain(shown.join(", ")),
        more => phrase!("check-and-more", names = shown.join(", "), more = more),
    }
}

pub(super) fn unreachable_profiles(context: &Context<'_>) -> Vec<Diagnostic> {
    let curriculum = context.curriculum;
    let explainer = explainer(context);
    curriculum
        .profiles
        .iter()
        .filter_map(|profile| {
            let missing: Vec<&Located<SkillLevel>> = profile
                .requires
                .iter()
                .filter(|r| !context.availability.has(r.value))
                .collect();
            let first = missing.first()?;
            let names: Vec<String> = missing
                .iter()
                .map(|r| curriculum.format_level(r.value))
                .collect();
            let mut diagnostic = Diagnostic::new(
                Code::UnreachableProfile,
                phrase!(
                    "check-unreachable-profile",
                    profile = profile.id.as_str(),
                    levels = name_some(&names, 5),
                    count = names.len()
                ),
            )
            .at(first.span, phrase!("check-unreachable-profile-label"));
            for extra in &missing[1..] {
                diagnostic = diagnostic.also(extra.span, phrase!("check-unreachable-also"));
            }
            for requirement in &missing {
                diagnostic = diagnostic.note(unobtainable(context, &explainer, requirement.value));
            }
            Some(diagnostic.help(phrase!("check-unreachable-profile-help")))
        })
        .collect()
}

/// One diagnostic per skill-level that is required somewhere and granted
/// nowhere, at its first use, naming the others.
pub(super) fn never_granted(context: &Context<'_>) -> Vec<Diagnostic> {
    let curriculum = context.curriculum;
    let mut uses: BTreeMap<SkillLevel, Vec<(&Located<SkillLevel>, &str)>> = BTreeMap::new();
    for module in &curriculum.modules {
        for requirement in module
            .requires
            .iter()
            .chain(module.requires_any.iter().flatten())
        {
            uses.entry(requirement.value)
                .or_default()
                .push((requirement, &module.id));
        }
    }
    for profile in &curriculum.profiles {
        for requirement in &profile.requires {
            uses.entry(requirement.value)
                .or_default()
                .push((requirement, &profile.id));
        }
    }
    uses.into_iter()
        .filter(|(level, _)| context.grantors.of(*level).next().is_none())
        .map(|(level, users)| {
            let name = curriculum.format_level(level);
            let granted = curriculum.skill(level.skill);
            let highest = context
                .grantors
                .of(SkillLevel {
                    skill: level.skill,
                    level: 1,
                })
                .count();
            let users_named: Vec<String> = users.iter().map(|(_, user)| user.to_string()).collect();
            let help = if highest > 0 {
                phrase!(
                    "check-never-granted-level-help",
                    skill = granted.id.as_str(),
                    level = level.level
                )
            } else {
                phrase!("check-never-granted-help", level = name.as_str())
            };
            Diagnostic::new(
                Code::NeverGranted,
                phrase!("check-never-granted", level = name),
            )
            .at(users[0].0.span, phrase!("check-required-here"))
            .note(phrase!(
                "check-required-by",
                users = name_some(&users_named, 8)
            ))
            .help(help)
        })
        .collect()
}

pub(super) fn untakeable_modules(context: &Context<'_>, in_hard_cycle: &[bool]) -> Vec<Diagnostic> {
    let curriculum = context.curriculum;
    let explainer = explainer(context);
    curriculum
        .module_ids()
        .filter(|m| !context.availability.takeable[m.index()] && !in_hard_cycle[m.index()])
        .map(|id| {
            let module = curriculum.module(id);
            let blocked: Vec<SkillLevel> = module
                .requires
                .iter()
                .map(|r| r.value)
                .filter(|&r| !context.availability.has(r))
                .chain(
                    module
                        .requires_any
                        .iter()
                        .filter(|group| group.iter().all(|r| !context.availability.has(r.value)))
                        .filter_map(|group| group.first().map(|r| r.value)),
                )
                .collect();
            let mut diagnostic = Diagnostic::new(
                Code::UntakeableModule,
                phrase!("check-untakeable", module = module.id.as_str()),
            )
            .at(module.span, phrase!("check-untakeable-label"));
            for level in blocked.iter().take(3) {
                diagnostic = diagnostic.note(unobtainable(context, &explainer, *level));
            }
            diagnostic.help(phrase!("check-untakeable-help"))
        })
        .collect()
}

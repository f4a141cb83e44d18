//! `grants-nothing-new`, `implied-requirement`, `dominated-module`: modules
//! and requirements that add nothing.

use super::Context;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::{Curriculum, SkillLevel};
use crate::source::Located;
use crate::words::{Arg, Phrase, phrase};

pub(super) fn grants_nothing_new(context: &Context<'_>) -> Vec<Diagnostic> {
    context
        .curriculum
        .modules
        .iter()
        .filter(|m| {
            !m.grants.is_empty() && m.grants.iter().all(|g| g.value.implied_by(&m.requires))
        })
        .map(|module| {
            Diagnostic::new(
                Code::GrantsNothingNew,
                phrase!("check-grants-nothing-new", module = module.id.as_str()),
            )
            .at(module.span, phrase!("check-grants-nothing-new-label"))
            .help(phrase!("check-grants-nothing-new-help"))
        })
        .collect()
}

/// The entry of `list` at `index` when another entry implies it: the same
/// skill at a higher level, or the same skill-level earlier in the list.
fn implier<'a>(
    list: &'a [Located<SkillLevel>],
    index: usize,
    entry: &Located<SkillLevel>,
) -> Option<&'a Located<SkillLevel>> {
    list.iter()
        .enumerate()
        .find(|(other, r)| {
            // mutants: equivalent — `*other <= index` below is `*other < index`
            // here, where `*other != index`.
            *other != index
                && r.value.skill == entry.value.skill
                && (r.value.level > entry.value.level
                    || (r.value.level == entry.value.level && *other < index))
        })
        .map(|(_, r)| r)
}

/// Each entry of `list` that another entry implies, with the one that does.
fn implied_entries(
    list: &[Located<SkillLevel>],
) -> impl Iterator<Item = (&Located<SkillLevel>, &Located<SkillLevel>)> {
    list.iter()
        .enumerate()
        .filter_map(|(index, entry)| Some((entry, implier(list, index, entry)?)))
}

fn implied_requirement(
    curriculum: &Curriculum,
    owner: Phrase,
    weaker: &Located<SkillLevel>,
    stronger: &Located<SkillLevel>,
) -> Diagnostic {
    let name = curriculum.format_level(weaker.value);
    Diagnostic::new(
        Code::ImpliedRequirement,
        phrase!(
            "check-implied-requirement",
            owner = owner,
            level = name.as_str(),
            stronger = curriculum.format_level(stronger.value)
        ),
    )
    .at(weaker.span, phrase!("check-implied-requirement-label"))
    .also(stronger.span, phrase!("check-implies-it"))
    .help(phrase!("check-remove-from", level = name, key = "requires"))
}

pub(super) fn implied_requirements(context: &Context<'_>) -> Vec<Diagnostic> {
    let curriculum = context.curriculum;
    let mut diagnostics = Vec::new();
    for module in &curriculum.modules {
        let owner = || phrase!("check-owner-module", id = module.id.as_str());
        for (weaker, stronger) in implied_entries(&module.requires) {
            diagnostics.push(implied_requirement(curriculum, owner(), weaker, stronger));
        }
        for group in &module.requires_any {
            if let Some(always) = group
                .iter()
                .find(|alternative| alternative.value.implied_by(&module.requires))
            {
                diagnostics.push(
                    Diagnostic::new(
                        Code::ImpliedRequirement,
                        phrase!("check-requires-any-always", module = module.id.as_str()),
                    )
                    .at(always.span, phrase!("check-requires-any-always-label"))
                    .help(phrase!("check-requires-any-always-help")),
                );
            }
        }
    }
    for profile in &curriculum.profiles {
        let owner = || phrase!("check-owner-profile", id = profile.id.as_str());
        for (weaker, stronger) in implied_entries(&profile.requires) {
            diagnostics.push(implied_requirement(curriculum, owner(), weaker, stronger));
        }
    }
    diagnostics
}

/// `grants = ["welding@1", "welding@2"]`: the first says nothing the
/// second does not.
pub(super) fn implied_grants(context: &Context<'_>) -> Vec<Diagnostic> {
    let curriculum = context.curriculum;
    let mut diagnostics = Vec::new();
    for module in &curriculum.modules {
        for (weaker, stronger) in implied_entries(&module.grants) {
            let name = curriculum.format_level(weaker.value);
            diagnostics.push(
                Diagnostic::new(
                    Code::ImpliedGrant,
                    phrase!(
                        "check-implied-grant",
                        module = module.id.as_str(),
                        level = name.as_str(),
                        stronger = curriculum.format_level(stronger.value)
                    ),
                )
                .at(weaker.span, phrase!("check-implied-grant-label"))
                .also(stronger.span, phrase!("check-implies-it"))
                .help(phrase!("check-remove-from", level = name, key = "grants")),
            );
        }
    }
    diagnostics
}

pub(super) fn dominated_modules(context: &Context<'_>) -> Vec<Diagnostic> {
    let curriculum = context.curriculum;
    // Of two identical modules only the later one is reported.
    let dominators = &curriculum.dominance().dominators;
    let mut diagnostics = Vec::new();
    for (worse, &better) in curriculum.modules.iter().zip(dominators) {
        let Some(better) = better else {
            continue;
        };
        let better = &curriculum.modules[better as usize];
        diagnostics.push(
            Diagnostic::new(
                Code::DominatedModule,
                phrase!(
                    "check-dominated",
                    module = worse.id.as_str(),
                    better = better.id.as_str()
                ),
            )
            .at(worse.span, phrase!("check-dominated-label"))
            .also(better.span, phrase!("check-dominated-better"))
            .note(phrase!(
                "check-dominated-note",
                module = worse.id.as_str(),
                hours = worse.hours.to_string(),
                cost = Arg::Money(worse.cost),
                better = better.id.as_str(),
                better_hours = better.hours.to_string(),
                better_cost = Arg::Money(better.cost)
            ))
            .help(phrase!("check-dominated-help", module = worse.id.as_str())),
        );
    }
    diagnostics
}

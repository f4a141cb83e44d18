//! `grants-nothing-new`, `implied-requirement`, `dominated-module`: modules
//! and requirements that add nothing.

use super::Context;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::{Curriculum, SkillLevel};
use crate::source::Located;

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
                format!(
                    "module `{}` grants nothing beyond what it requires",
                    module.id
                ),
            )
            .at(
                module.span,
                "every grant is already implied by a requirement",
            )
            .help("raise the granted level above the required one, or remove the module")
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
    owner: &str,
    weaker: &Located<SkillLevel>,
    stronger: &Located<SkillLevel>,
) -> Diagnostic {
    let name = curriculum.format_level(weaker.value);
    Diagnostic::new(
        Code::ImpliedRequirement,
        format!(
            "{owner} requires `{name}`, which its requirement `{}` already implies",
            curriculum.format_level(stronger.value)
        ),
    )
    .at(weaker.span, "implied by another requirement")
    .also(stronger.span, "this one implies it")
    .help(format!("remove `{name}` from `requires`"))
}

pub(super) fn implied_requirements(context: &Context<'_>) -> Vec<Diagnostic> {
    let curriculum = context.curriculum;
    let mut diagnostics = Vec::new();
    for module in &curriculum.modules {
        let owner = format!("module `{}`", module.id);
        for (weaker, stronger) in implied_entries(&module.requires) {
            diagnostics.push(implied_requirement(curriculum, &owner, weaker, stronger));
        }
        for group in &module.requires_any {
            if let Some(always) = group
                .iter()
                .find(|alternative| alternative.value.implied_by(&module.requires))
            {
                diagnostics.push(
                    Diagnostic::new(
                        Code::ImpliedRequirement,
                        format!("a `requires_any` group of module `{}` is always met by its plain requirements", module.id),
                    )
                    .at(always.span, "already implied by `requires`")
                    .help("remove this `requires_any` group"),
                );
            }
        }
    }
    for profile in &curriculum.profiles {
        let owner = format!("profile `{}`", profile.id);
        for (weaker, stronger) in implied_entries(&profile.requires) {
            diagnostics.push(implied_requirement(curriculum, &owner, weaker, stronger));
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
                    format!(
                        "module `{}` grants `{name}`, which its grant `{}` already implies",
                        module.id,
                        curriculum.format_level(stronger.value)
                    ),
                )
                .at(weaker.span, "implied by another grant")
                .also(stronger.span, "this one implies it")
                .help(format!("remove `{name}` from `grants`")),
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
                format!("module `{}` is dominated by `{}`", worse.id, better.id),
            )
            .at(worse.span, "no route ever needs this module")
            .also(
                better.span,
                "grants as much, requires no more, costs no more",
            )
            .note(format!(
                "`{}`: {} h, €{:.2}; `{}`: {} h, €{:.2}",
                worse.id, worse.hours, worse.cost, better.id, better.hours, better.cost
            ))
            .help(format!(
                "remove `{}`, or make it differ (grant more, require less, or cost less)",
                worse.id
            )),
        );
    }
    diagnostics
}

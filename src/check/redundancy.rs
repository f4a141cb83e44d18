//! `grants-nothing-new`, `implied-requirement`, `dominated-module`: modules
//! and requirements that add nothing.

use super::Context;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::{DominanceIndex, ModuleId};

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

pub(super) fn implied_requirements(context: &Context<'_>) -> Vec<Diagnostic> {
    let curriculum = context.curriculum;
    let mut diagnostics = Vec::new();
    for module in &curriculum.modules {
        for (index, requirement) in module.requires.iter().enumerate() {
            let stronger = module.requires.iter().enumerate().find(|(other, r)| {
                *other != index
                    && r.value.skill == requirement.value.skill
                    && (r.value.level > requirement.value.level
                        || (r.value.level == requirement.value.level && *other < index))
            });
            if let Some((_, stronger)) = stronger {
                let name = curriculum.format_level(requirement.value);
                diagnostics.push(
                    Diagnostic::new(
                        Code::ImpliedRequirement,
                        format!("module `{}` requires `{name}`, which its requirement `{}` already implies", module.id, curriculum.format_level(stronger.value)),
                    )
                    .at(requirement.span, "implied by another requirement")
                    .also(stronger.span, "this one implies it")
                    .help(format!("remove `{name}` from `requires`")),
                );
            }
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
    diagnostics
}

pub(super) fn dominated_modules(context: &Context<'_>) -> Vec<Diagnostic> {
    let curriculum = context.curriculum;
    let modules: Vec<ModuleId> = curriculum.module_ids().collect();
    // Of two identical modules only the later one is reported.
    let dominators = DominanceIndex::new(curriculum, &modules).dominators(|_| true);
    let mut diagnostics = Vec::new();
    for (worse, better) in modules.iter().zip(dominators) {
        let Some(better) = better else {
            continue;
        };
        let (worse, better) = (
            curriculum.module(*worse),
            &curriculum.modules[better as usize],
        );
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

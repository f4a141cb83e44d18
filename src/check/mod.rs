//! `leerroute check`: lints over a loaded curriculum. One lint per function,
//! each with a stable [`Code`]; the catalogue is `docs/lints.md`.

mod cycles;
mod levels;
mod lines;
mod reachability;
mod redundancy;
mod uris;
mod usage;

use crate::analysis::Availability;
use crate::analysis::Grantors;
use crate::diagnostic::{Code, Diagnostic, Unchecked};
use crate::model::{Curriculum, Gaps};

/// What every lint may look at, computed once.
pub struct Context<'a> {
    pub(crate) curriculum: &'a Curriculum,
    pub(crate) grantors: Grantors,
    /// Reachability from an empty passport with every module allowed.
    pub(crate) availability: Availability,
}

impl<'a> Context<'a> {
    /// Works out, once per curriculum, what the lints share: which modules
    /// grant each skill-level, and what can be obtained from nothing held.
    pub fn new(curriculum: &'a Curriculum) -> Context<'a> {
        Context {
            curriculum,
            grantors: Grantors::new(curriculum),
            availability: Availability::from_scratch(curriculum),
        }
    }
}

/// Problems that make a loaded curriculum inconsistent: planning refuses it.
pub fn structural(context: &Context<'_>) -> Vec<Diagnostic> {
    cycles::hard_cycles(context).0
}

/// Every lint, structural ones included, in source order.
pub fn lint(context: &Context<'_>) -> Vec<Diagnostic> {
    let (mut diagnostics, in_cycle) = cycles::hard_cycles(context);
    diagnostics.extend(reachability::unreachable_profiles(context));
    diagnostics.extend(reachability::never_granted(context));
    diagnostics.extend(reachability::untakeable_modules(context, &in_cycle));
    diagnostics.extend(lines::line_coherence(context));
    diagnostics.extend(lines::stage_inversions(context));
    diagnostics.extend(item_lints(context));
    diagnostics.extend(usage::unused_skills(context));
    crate::diagnostic::sort_by_place(&mut diagnostics);
    diagnostics
}

/// Lints that judge one item (or two) by its own fields: they stay true
/// whatever else the curriculum holds, so they run on the sound part of a
/// curriculum with errors too.
fn item_lints(context: &Context<'_>) -> Vec<Diagnostic> {
    let mut diagnostics = redundancy::grants_nothing_new(context);
    diagnostics.extend(redundancy::implied_requirements(context));
    diagnostics.extend(redundancy::implied_grants(context));
    diagnostics.extend(lines::duplicate_stations(context));
    diagnostics.extend(redundancy::dominated_modules(context));
    diagnostics.extend(usage::long_nanomodules(context));
    diagnostics.extend(levels::level_jumps(context));
    diagnostics.extend(uris::duplicate_achievements(context));
    diagnostics.extend(uris::duplicate_skill_uris(context));
    diagnostics
}

/// Lints that need every item as written: one lost grant or requirement
/// would make them report what is not so.
const WHOLE_CURRICULUM_LINTS: &[Code] = &[
    Code::HardCycle,
    Code::UnreachableProfile,
    Code::NeverGranted,
    Code::UntakeableModule,
    Code::LineCoherence,
    Code::StageInversion,
];

/// Load problems and every lint that can still run: all of them on a
/// curriculum without errors; on one with errors, or on one file of a
/// directory curriculum, the item lints on the items without errors, and
/// `unused-skill` when every item was read.
pub fn lint_read(
    curriculum: &Curriculum,
    gaps: &Gaps,
    found: &[Diagnostic],
) -> (Vec<Diagnostic>, Unchecked) {
    let mut diagnostics = found.to_vec();
    if !found.iter().any(Diagnostic::is_error) && gaps.part_of.is_none() {
        diagnostics.extend(lint(&Context::new(curriculum)));
        return (diagnostics, Unchecked::default());
    }
    // Nothing was read (no such path, not a curriculum file): there is
    // nothing a lint could have judged, so nothing to report as unchecked.
    if curriculum.sources.is_empty() {
        return (diagnostics, Unchecked::default());
    }
    let sound = gaps.sound_part(curriculum);
    diagnostics.extend(item_lints(&Context::new(&sound)));
    let mut unchecked = Unchecked {
        lints: WHOLE_CURRICULUM_LINTS.to_vec(),
        items: gaps.broken_count(),
        part_of: gaps.part_of.clone(),
    };
    if gaps.unread {
        unchecked.lints.push(Code::UnusedSkill);
    } else {
        diagnostics.extend(usage::unused_skills_in(curriculum, gaps));
    }
    unchecked.lints.sort();
    crate::diagnostic::sort_by_place(&mut diagnostics);
    (diagnostics, unchecked)
}

/// `--allow` and `--deny warnings` applied to a list of diagnostics.
#[derive(Debug, Clone, Default)]
pub struct Policy {
    pub allow: Vec<Code>,
    pub deny_warnings: bool,
}

impl Policy {
    /// Drops allowed lints and turns warnings into errors under `--deny warnings`.
    pub fn apply(&self, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        diagnostics
            .into_iter()
            .filter(|d| d.code.is_structural() || !self.allow.contains(&d.code))
            .map(|mut d| {
                if self.deny_warnings {
                    d.severity = crate::diagnostic::Severity::Error;
                }
                d
            })
            .collect()
    }
}

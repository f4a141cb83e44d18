//! `line-coherence` and `stage-inversion`: the order in which the learning
//! infrastructure presents modules should match what they need.

use super::Context;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::{SkillLevel, Stage};
use crate::words::phrase;

pub(super) fn line_coherence(context: &Context<'_>) -> Vec<Diagnostic> {
    let curriculum = context.curriculum;
    // What basis modules grant: every line may assume it.
    let mut basis = vec![0u8; curriculum.skills.len()];
    for module in curriculum
        .modules
        .iter()
        .filter(|m| m.stage == Stage::Basis)
    {
        for grant in &module.grants {
            let held = &mut basis[grant.value.skill.index()];
            *held = (*held).max(grant.value.level);
        }
    }
    let mut diagnostics = Vec::new();
    for line in &curriculum.lines {
        let mut earlier = basis.clone();
        for station in &line.stations {
            let module = curriculum.module(station.value);
            let holds = |level: &SkillLevel| earlier[level.skill.index()] >= level.level;
            let missing = module
                .requires
                .iter()
                .map(|r| r.value)
                .find(|r| !holds(r))
                .or_else(|| {
                    module
                        .requires_any
                        .iter()
                        .find(|group| !group.iter().any(|r| holds(&r.value)))
                        .and_then(|group| group.first().map(|r| r.value))
                });
            if let Some(missing) = missing {
                let name = curriculum.format_level(missing);
                diagnostics.push(
                    Diagnostic::new(
                        Code::LineCoherence,
                        phrase!(
                            "check-line-coherence",
                            station = module.id.as_str(),
                            line = line.id.as_str(),
                            level = name.as_str()
                        ),
                    )
                    .at(station.span, phrase!("check-needs", level = name.as_str()))
                    .help(phrase!(
                        "check-line-coherence-help",
                        level = name,
                        station = module.id.as_str()
                    )),
                );
            }
            for grant in &module.grants {
                let held = &mut earlier[grant.value.skill.index()];
                *held = (*held).max(grant.value.level);
            }
        }
    }
    diagnostics
}

/// A line that visits a station twice: the second visit teaches nothing
/// and makes the map lie about the route.
pub(super) fn duplicate_stations(context: &Context<'_>) -> Vec<Diagnostic> {
    let curriculum = context.curriculum;
    let mut diagnostics = Vec::new();
    for line in &curriculum.lines {
        for (index, station) in line.stations.iter().enumerate() {
            let Some(first) = line.stations[..index]
                .iter()
                .find(|earlier| earlier.value == station.value)
            else {
                continue;
            };
            let module = &curriculum.module(station.value).id;
            diagnostics.push(
                Diagnostic::new(
                    Code::DuplicateStation,
                    phrase!(
                        "check-duplicate-station",
                        line = line.id.as_str(),
                        station = module.as_str()
                    ),
                )
                .at(station.span, phrase!("check-listed-again"))
                .also(first.span, phrase!("check-first-listed"))
                .help(phrase!(
                    "check-duplicate-station-help",
                    station = module.as_str()
                )),
            );
        }
    }
    diagnostics
}

/// Lines and regular training run side by side, so they share a rank:
/// a line module may build on a training and the other way round.
fn rank(stage: Stage) -> u8 {
    match stage {
        Stage::Basis => 0,
        Stage::Line | Stage::Training => 1,
        Stage::Fieldlab => 2,
        Stage::Nanomodule => 3,
    }
}

pub(super) fn stage_inversions(context: &Context<'_>) -> Vec<Diagnostic> {
    let curriculum = context.curriculum;
    let mut diagnostics = Vec::new();
    for module in &curriculum.modules {
        for requirement in &module.requires {
            let earliest = context
                .grantors
                .of(requirement.value)
                .map(|grantor| curriculum.module(grantor).stage)
                .min_by_key(|stage| rank(*stage));
            let Some(earliest) = earliest else { continue };
            if rank(earliest) > rank(module.stage) {
                let name = curriculum.format_level(requirement.value);
                diagnostics.push(
                    Diagnostic::new(
                        Code::StageInversion,
                        phrase!(
                            "check-stage-inversion",
                            stage = module.stage.as_str(),
                            module = module.id.as_str(),
                            level = name.as_str(),
                            earliest = earliest.as_str()
                        ),
                    )
                    .at(
                        requirement.span,
                        phrase!("check-stage-inversion-label", stage = module.stage.as_str()),
                    )
                    .help(phrase!(
                        "check-stage-inversion-help",
                        level = name,
                        module = module.id.as_str()
                    )),
                );
            }
        }
    }
    diagnostics
}

//! What a curriculum that was read with errors still offers: which items
//! have errors of their own, and what was not read at all.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::{Curriculum, Line, LineId, ModuleId, Profile, ProfileId};
use crate::source::{Located, SourceMap};

/// What a curriculum with errors still lets `check` lint: the items with an
/// error of their own, and whether anything was not read at all.
#[derive(Debug, Clone, Default)]
pub struct Gaps {
    /// A file, an item or a field was not read: lints about the whole
    /// curriculum would judge by what is missing.
    pub unread: bool,
    /// Per item, in curriculum order: it has an error of its own.
    pub broken_skills: Vec<bool>,
    pub broken_modules: Vec<bool>,
    pub broken_lines: Vec<bool>,
    pub broken_profiles: Vec<bool>,
    /// Unknown references not reported because a file could not be read.
    pub unchecked_references: usize,
    /// Per skill: a reference names it although its level is wrong, so the
    /// skill is used all the same.
    pub named_skills: Vec<bool>,
    /// The file checked is one part of the curriculum in this directory:
    /// lints about the whole curriculum cannot judge it alone.
    pub part_of: Option<String>,
}

impl Gaps {
    /// Whether item `index` of a kind (`broken_modules`, …) has an error.
    pub fn is_broken(&self, broken: &[bool], index: usize) -> bool {
        broken.get(index).copied().unwrap_or(false)
    }

    /// How many items have an error of their own.
    pub fn broken_count(&self) -> usize {
        [
            &self.broken_skills,
            &self.broken_modules,
            &self.broken_lines,
            &self.broken_profiles,
        ]
        .iter()
        .map(|broken| broken.iter().filter(|b| **b).count())
        .sum()
    }

    /// The items without errors of their own, as a curriculum of their own
    /// (without sources): what item lints can judge. Every skill and
    /// fieldlab stays, so that their ids keep their meaning.
    pub fn sound_part(&self, whole: &Curriculum) -> Curriculum {
        let gaps = self;
        let mut renumbered = vec![None; whole.modules.len()];
        let mut modules = Vec::new();
        for (index, module) in whole.modules.iter().enumerate() {
            if !gaps.is_broken(&gaps.broken_modules, index) {
                renumbered[index] = Some(ModuleId(modules.len() as u32));
                modules.push(module.clone());
            }
        }
        let lines: Vec<Line> = whole
            .lines
            .iter()
            .enumerate()
            .filter(|(index, _)| !gaps.is_broken(&gaps.broken_lines, *index))
            .map(|(_, line)| Line {
                stations: line
                    .stations
                    .iter()
                    .filter_map(|station| {
                        let value = renumbered[station.value.index()]?;
                        Some(Located {
                            value,
                            span: station.span,
                        })
                    })
                    .collect(),
                ..line.clone()
            })
            .collect();
        let profiles: Vec<Profile> = whole
            .profiles
            .iter()
            .enumerate()
            .filter(|(index, _)| !gaps.is_broken(&gaps.broken_profiles, *index))
            .map(|(_, profile)| profile.clone())
            .collect();
        Curriculum {
            meta: whole.meta.clone(),
            skills: whole.skills.clone(),
            module_index: index_of(modules.iter().map(|m| &m.id), ModuleId),
            line_index: index_of(lines.iter().map(|l| &l.id), LineId),
            profile_index: index_of(profiles.iter().map(|p| &p.id), ProfileId),
            modules,
            lines,
            profiles,
            fieldlabs: whole.fieldlabs.clone(),
            holidays: whole.holidays.clone(),
            sources: SourceMap::default(),
            skill_index: whole.skill_index.clone(),
            fieldlab_index: whole.fieldlab_index.clone(),
            dominance: OnceLock::new(),
        }
    }
}

fn index_of<'a, Id>(
    ids: impl Iterator<Item = &'a String>,
    make: impl Fn(u32) -> Id,
) -> HashMap<String, Id> {
    ids.zip(0..)
        .map(|(id, index)| (id.clone(), make(index)))
        .collect()
}

//! The loaded, resolved and immutable curriculum.

use std::collections::HashMap;

use super::{
    Fieldlab, FieldlabId, Line, LineId, Module, ModuleId, Profile, ProfileId, Skill, SkillId,
};
use crate::source::SourceMap;

/// The `[curriculum]` table.
#[derive(Debug, Clone, Default)]
pub struct Meta {
    pub id: String,
    pub name: String,
    pub version: Option<String>,
    /// Names of levels 1..=len.
    pub levels: Vec<String>,
}

/// A whole curriculum: every item with its references resolved to indices.
/// Built only by [`crate::load`], never changed afterwards.
#[derive(Debug)]
pub struct Curriculum {
    pub meta: Meta,
    pub skills: Vec<Skill>,
    pub modules: Vec<Module>,
    pub lines: Vec<Line>,
    pub fieldlabs: Vec<Fieldlab>,
    pub profiles: Vec<Profile>,
    pub sources: SourceMap,
    pub(crate) skill_index: HashMap<String, SkillId>,
    pub(crate) module_index: HashMap<String, ModuleId>,
    pub(crate) line_index: HashMap<String, LineId>,
    pub(crate) fieldlab_index: HashMap<String, FieldlabId>,
    pub(crate) profile_index: HashMap<String, ProfileId>,
}

impl Curriculum {
    pub fn skill(&self, id: SkillId) -> &Skill {
        &self.skills[id.index()]
    }

    pub fn module(&self, id: ModuleId) -> &Module {
        &self.modules[id.index()]
    }

    pub fn find_skill(&self, id: &str) -> Option<SkillId> {
        self.skill_index.get(id).copied()
    }

    pub fn find_module(&self, id: &str) -> Option<ModuleId> {
        self.module_index.get(id).copied()
    }

    pub fn find_line(&self, id: &str) -> Option<LineId> {
        self.line_index.get(id).copied()
    }

    pub fn find_fieldlab(&self, id: &str) -> Option<FieldlabId> {
        self.fieldlab_index.get(id).copied()
    }

    pub fn find_profile(&self, id: &str) -> Option<ProfileId> {
        self.profile_index.get(id).copied()
    }

    pub fn module_ids(&self) -> impl Iterator<Item = ModuleId> + '_ {
        (0..self.modules.len() as u32).map(ModuleId)
    }

    pub fn skill_ids(&self) -> impl Iterator<Item = SkillId> + '_ {
        (0..self.skills.len() as u32).map(SkillId)
    }

    /// The name of a level of the curriculum ("zelfstandig"), or the number
    /// when the curriculum names fewer levels.
    pub fn level_name(&self, level: u8) -> String {
        self.meta
            .levels
            .get(usize::from(level).wrapping_sub(1))
            .cloned()
            .unwrap_or_else(|| level.to_string())
    }

    /// `"plc-programming@2"`, the way users write it.
    pub fn format_level(&self, level: super::SkillLevel) -> String {
        format!("{}@{}", self.skill(level.skill).id, level.level)
    }

    /// Lines that have `module` as a station, in curriculum order.
    pub fn lines_of(&self, module: ModuleId) -> Vec<LineId> {
        (0..self.lines.len() as u32)
            .map(LineId)
            .filter(|line| {
                self.lines[line.index()]
                    .stations
                    .iter()
                    .any(|station| station.value == module)
            })
            .collect()
    }
}

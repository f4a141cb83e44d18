//! The loaded, resolved and immutable curriculum.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::dominators::Dominance;
use super::{
    Fieldlab, FieldlabId, Holiday, Line, LineId, Module, ModuleId, Profile, ProfileId, Skill,
    SkillId,
};
use crate::source::{Located, SourceMap};

/// The `[curriculum]` table.
#[derive(Debug, Clone, Default)]
pub struct Meta {
    pub id: String,
    pub name: String,
    pub version: Option<String>,
    /// The base of the URIs of its skills, modules and levels
    /// (`[curriculum] uri`); `None`: `urn:leerroute:<id>`.
    pub uri: Option<String>,
    /// Names of levels 1..=len.
    pub levels: Vec<String>,
    /// The fewest study hours one step up to each level takes (index 0:
    /// level 1), as `level_hours` declares them; empty when the curriculum
    /// declares none (the `level-jump` lint then judges nothing).
    pub level_hours: Vec<Located<f64>>,
    /// The academic calendar a CurricularAnalytics CSV declares (its
    /// `System Type`); a TOML curriculum is `Semester`. Only the metrics
    /// of `stats` read it.
    pub terms: TermSystem,
}

/// Semesters or quarters: CurricularAnalytics.jl scales the complexity of a
/// quarter-system curriculum by 2/3, so that it compares with a semester
/// one, and `stats` does the same.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TermSystem {
    #[default]
    Semester,
    Quarter,
}

/// A whole curriculum: every item with its references resolved to indices.
/// Built only by [`crate::load`], never changed afterwards.
#[derive(Debug)]
pub struct Curriculum {
    /// The `[curriculum]` table: id, name, version and the level names.
    pub meta: Meta,
    /// Every skill, in curriculum order (as the files define them, files in
    /// path order); a [`SkillId`] is a position here.
    pub skills: Vec<Skill>,
    /// Every module, in curriculum order; a [`ModuleId`] is a position here.
    pub modules: Vec<Module>,
    /// Every metro line, in curriculum order.
    pub lines: Vec<Line>,
    /// Every fieldlab, in curriculum order.
    pub fieldlabs: Vec<Fieldlab>,
    /// Every skills profile, in curriculum order.
    pub profiles: Vec<Profile>,
    /// The periods in which nobody learns (`[[holiday]]`), in curriculum order.
    pub holidays: Vec<Holiday>,
    /// The text of every file it was read from, for diagnostics to point into.
    pub sources: SourceMap,
    pub(crate) skill_index: HashMap<String, SkillId>,
    pub(crate) module_index: HashMap<String, ModuleId>,
    pub(crate) line_index: HashMap<String, LineId>,
    pub(crate) fieldlab_index: HashMap<String, FieldlabId>,
    pub(crate) profile_index: HashMap<String, ProfileId>,
    /// Built on first use by [`Curriculum::dominance`].
    pub(crate) dominance: OnceLock<Dominance>,
}

impl Curriculum {
    /// The skill `id` stands for; `id` must come from this curriculum (one
    /// from another may panic).
    pub fn skill(&self, id: SkillId) -> &Skill {
        &self.skills[id.index()]
    }

    /// The module `id` stands for; `id` must come from this curriculum (one
    /// from another may panic).
    pub fn module(&self, id: ModuleId) -> &Module {
        &self.modules[id.index()]
    }

    /// The skill with this id as users write it (`plc-programming`), if any.
    pub fn find_skill(&self, id: &str) -> Option<SkillId> {
        self.skill_index.get(id).copied()
    }

    /// The module with this id as users write it (`rob-intro`), if any.
    pub fn find_module(&self, id: &str) -> Option<ModuleId> {
        self.module_index.get(id).copied()
    }

    pub(crate) fn find_line(&self, id: &str) -> Option<LineId> {
        self.line_index.get(id).copied()
    }

    pub(crate) fn find_fieldlab(&self, id: &str) -> Option<FieldlabId> {
        self.fieldlab_index.get(id).copied()
    }

    /// The profile with this id as users write it (`cobot-operator`), if any.
    pub fn find_profile(&self, id: &str) -> Option<ProfileId> {
        self.profile_index.get(id).copied()
    }

    /// Every module, as a [`ModuleId`], in curriculum order.
    pub fn module_ids(&self) -> impl Iterator<Item = ModuleId> + '_ {
        (0..self.modules.len() as u32).map(ModuleId)
    }

    /// Which modules dominate which ([`Module::dominates`]), over the whole
    /// curriculum: built on first use and then kept. The `dominated-module`
    /// lint and every plan on this curriculum share it, so it is built once
    /// per loaded curriculum, not once per target (nor, in a library or a
    /// benchmark that plans one worker at a time, once per plan).
    pub(crate) fn dominance(&self) -> &Dominance {
        self.dominance.get_or_init(|| Dominance::new(self))
    }

    /// Every skill, as a [`SkillId`], in curriculum order.
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

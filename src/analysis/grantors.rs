//! Who grants what: the index every question about obtaining a skill-level
//! starts from.

use crate::model::{Curriculum, Module, ModuleId, SkillLevel};

/// Who grants what: for each skill, the modules granting it and the level
/// they grant, highest level first.
#[derive(Debug)]
pub struct Grantors {
    by_skill: Vec<Vec<(ModuleId, u8)>>,
}

impl Grantors {
    pub fn new(curriculum: &Curriculum) -> Grantors {
        let mut by_skill = vec![Vec::new(); curriculum.skills.len()];
        for module in curriculum.module_ids() {
            for grant in &curriculum.module(module).grants {
                by_skill[grant.value.skill.index()].push((module, grant.value.level));
            }
        }
        for grantors in &mut by_skill {
            grantors.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            grantors.dedup_by_key(|(module, _)| *module);
        }
        Grantors { by_skill }
    }

    /// Modules that grant `level` or more of its skill, in id order.
    pub fn of(&self, level: SkillLevel) -> impl Iterator<Item = ModuleId> + '_ {
        self.by_skill[level.skill.index()]
            .iter()
            .take_while(move |(_, granted)| *granted >= level.level)
            .map(|(module, _)| *module)
    }
}

impl Grantors {
    /// Grantors that could be the first to grant `level`: a module that itself
    /// requires the skill at that level or higher (a level-up, `x@2` → `x@3`)
    /// can never be where the level first comes from.
    pub fn first_of<'a>(
        &'a self,
        curriculum: &'a Curriculum,
        level: SkillLevel,
    ) -> impl Iterator<Item = ModuleId> + 'a {
        self.of(level)
            .filter(move |&module| can_first_grant(curriculum.module(module), level))
    }
}

/// Whether `module` can be where `level` first comes from: it does not
/// itself require the skill at that level or higher (a level-up). It still
/// has to grant `level` to be its grantor.
pub fn can_first_grant(module: &Module, level: SkillLevel) -> bool {
    !module
        .requires
        .iter()
        .any(|own| own.value.skill == level.skill && own.value.level >= level.level)
}

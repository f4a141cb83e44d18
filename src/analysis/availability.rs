//! Which skill-levels can be obtained at all, and which modules can ever be
//! taken, from a set of held levels with a set of allowed modules. The
//! forward fixpoint behind `check`'s reachability lints and the planner's
//! "unreachable" explanations.

use crate::model::{Curriculum, Module, ModuleId, SkillLevel};

/// The fixpoint: the highest obtainable level of every skill, and the
/// modules that can be taken.
#[derive(Debug, Clone)]
pub struct Availability {
    /// Highest obtainable level per skill (0: none).
    pub level: Vec<u8>,
    /// Per module, by position in `Curriculum::modules`: whether it can
    /// ever be taken (it is allowed and its requirements can all be met).
    pub takeable: Vec<bool>,
}

impl Availability {
    /// Runs the fixpoint. `held[s]` is the level of skill `s` held at the start;
    /// `allowed(m)` says whether module `m` may be taken at all.
    pub fn compute(
        curriculum: &Curriculum,
        held: &[u8],
        allowed: impl Fn(ModuleId) -> bool,
    ) -> Availability {
        let mut level = held.to_vec();
        let mut takeable = vec![false; curriculum.modules.len()];
        // Modules to recheck when a skill rises.
        let mut watchers: Vec<Vec<ModuleId>> = vec![Vec::new(); curriculum.skills.len()];
        for id in curriculum.module_ids() {
            let module = curriculum.module(id);
            for requirement in module
                .requires
                .iter()
                .chain(module.requires_any.iter().flatten())
            {
                watchers[requirement.value.skill.index()].push(id);
            }
        }
        let mut queue: Vec<ModuleId> = curriculum.module_ids().filter(|&id| allowed(id)).collect();
        queue.reverse();
        let mut queued = vec![false; curriculum.modules.len()];
        for id in &queue {
            queued[id.index()] = true;
        }
        while let Some(id) = queue.pop() {
            queued[id.index()] = false;
            let module = curriculum.module(id);
            if takeable[id.index()] || !can_take(module, &level) {
                continue;
            }
            takeable[id.index()] = true;
            for grant in &module.grants {
                let skill = grant.value.skill.index();
                if grant.value.level > level[skill] {
                    level[skill] = grant.value.level;
                    for &watcher in &watchers[skill] {
                        if !takeable[watcher.index()]
                            && !queued[watcher.index()]
                            && allowed(watcher)
                        {
                            queued[watcher.index()] = true;
                            queue.push(watcher);
                        }
                    }
                }
            }
        }
        Availability { level, takeable }
    }

    /// From nothing held, with every module allowed.
    pub fn from_scratch(curriculum: &Curriculum) -> Availability {
        Availability::compute(curriculum, &vec![0; curriculum.skills.len()], |_| true)
    }

    /// Whether `level` can be obtained: its skill's highest obtainable
    /// level is at least `level.level`.
    pub fn has(&self, level: SkillLevel) -> bool {
        self.level[level.skill.index()] >= level.level
    }
}

/// Whether every requirement of `module` is met by `level`.
pub fn can_take(module: &Module, level: &[u8]) -> bool {
    let holds = |required: &SkillLevel| level[required.skill.index()] >= required.level;
    module.requires.iter().all(|r| holds(&r.value))
        && module
            .requires_any
            .iter()
            .all(|group| group.iter().any(|r| holds(&r.value)))
}

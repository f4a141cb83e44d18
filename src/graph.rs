//! The module graph: an edge A→B when A grants a skill-level that B requires
//! (directly or as one alternative of a `requires_any` group).

use petgraph::graph::{DiGraph, NodeIndex};

use crate::model::{Curriculum, ModuleId, SkillLevel};

/// How B depends on A.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// B lists the skill-level in `requires`.
    Requires(SkillLevel),
    /// B lists it as one alternative of a `requires_any` group.
    RequiresAny(SkillLevel),
}

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
        self.of(level).filter(move |&module| {
            !curriculum
                .module(module)
                .requires
                .iter()
                .any(|own| own.value.skill == level.skill && own.value.level >= level.level)
        })
    }
}

/// The module dependency graph; node `i` is `ModuleId(i)`.
pub struct ModuleGraph {
    pub graph: DiGraph<ModuleId, Link>,
}

impl ModuleGraph {
    pub fn new(curriculum: &Curriculum, grantors: &Grantors) -> ModuleGraph {
        let mut graph =
            DiGraph::with_capacity(curriculum.modules.len(), curriculum.modules.len() * 2);
        for module in curriculum.module_ids() {
            graph.add_node(module);
        }
        for target in curriculum.module_ids() {
            let module = curriculum.module(target);
            let plain = module.requires.iter().map(|r| Link::Requires(r.value));
            let any = module
                .requires_any
                .iter()
                .flatten()
                .map(|r| Link::RequiresAny(r.value));
            for link in plain.chain(any) {
                let (Link::Requires(level) | Link::RequiresAny(level)) = link;
                for source in grantors.of(level) {
                    graph.add_edge(node(source), node(target), link);
                }
            }
        }
        ModuleGraph { graph }
    }
}

pub fn node(module: ModuleId) -> NodeIndex {
    NodeIndex::new(module.index())
}

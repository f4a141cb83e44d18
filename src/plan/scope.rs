//! What can matter for one target, whoever is planned toward it.
//!
//! A module can only be part of a cheapest route if it grants a skill-level
//! the target asks for, or one that another module of the route requires.
//! Collecting those backward from the target, ignoring what anyone already
//! holds, gives a set that serves every worker. It is computed once per target
//! (in a batch, once for thousands of workers), and the task compiled for each
//! worker holds only these modules and only the skill-levels that the target
//! and these modules ask for. Holding more of a skill than anything asks for,
//! or holding a skill nothing in scope asks for, cannot change the route.

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::analysis::Grantors;
use crate::model::amounts::to_units;
use crate::model::{Curriculum, DominanceIndex, Module, ModuleId, SkillLevel};

use leerroute_solver::Network;
use leerroute_solver::{Action, FactId, Task};

/// The modules that can serve a target and the fact layout they need.
#[derive(Debug)]
pub struct Scope {
    /// The modules that can contribute to the target, in curriculum order.
    pub modules: Vec<ModuleId>,
    pub facts: Facts,
    /// The modules as actions over these facts (action `a` is module
    /// `modules[a]`), shared by every worker's task: see [`leerroute_solver::Instance`].
    pub(crate) network: Network,
    /// Per module of the scope: its hours, in hundredths.
    pub hours: Vec<u64>,
    /// Per module of the scope: its cost, which a budget caps, in euro cents.
    pub spend: Vec<u64>,
    /// Who grants what, in the whole curriculum (for explanations too).
    pub grantors: Grantors,
    /// Which modules of the scope (by position) dominate which
    /// ([`crate::model::Module::dominates`]). A worker who may take a module
    /// that dominates another never needs the other: some undominated one is
    /// always as good. The curriculum's index restricted to the scope, made
    /// the first time a worker needs it (see [`Scope::dominators_among`]).
    dominance: OnceLock<DominanceIndex>,
    /// Per module of the scope, its cheapest dominator in the scope (by
    /// position) when every module may be taken; of two identical ones, the
    /// first dominates the second.
    pub dominators: Vec<Option<u32>>,
}

impl Scope {
    pub fn new(curriculum: &Curriculum, target: &[SkillLevel]) -> Scope {
        let grantors = Grantors::new(curriculum);
        let mut asked: Vec<Vec<u8>> = vec![Vec::new(); curriculum.skills.len()];
        let mut in_scope = vec![false; curriculum.modules.len()];
        let mut pending: Vec<SkillLevel> = target.to_vec();
        while let Some(level) = pending.pop() {
            let levels = &mut asked[level.skill.index()];
            if levels.contains(&level.level) {
                continue;
            }
            levels.push(level.level);
            for module in grantors.of(level) {
                if !std::mem::replace(&mut in_scope[module.index()], true) {
                    let module = curriculum.module(module);
                    let requires = module.requires.iter();
                    let any = module.requires_any.iter().flatten();
                    pending.extend(requires.chain(any).map(|r| r.value));
                }
            }
        }
        let modules: Vec<ModuleId> = curriculum
            .module_ids()
            .filter(|m| in_scope[m.index()])
            .collect();
        let facts = Facts::new(asked);
        let actions: Vec<Action> = modules
            .iter()
            .map(|&m| {
                let module = curriculum.module(m);
                Action {
                    pre: module
                        .requires
                        .iter()
                        .map(|r| facts.fact(r.value))
                        .collect(),
                    pre_any: module
                        .requires_any
                        .iter()
                        .map(|group| group.iter().map(|r| facts.fact(r.value)).collect())
                        .collect(),
                    add: module
                        .grants
                        .iter()
                        .flat_map(|g| facts.up_to(g.value))
                        .collect(),
                    // Weights are the worker's task's: see `Compiled::solve`.
                    weight: 0,
                    spend: 0,
                }
            })
            .collect();
        let in_units = |of: fn(&Module) -> f64| -> Vec<u64> {
            let value = |&m: &ModuleId| to_units(of(curriculum.module(m)));
            modules.iter().map(value).collect()
        };
        let (hours, spend) = (in_units(|m| m.hours), in_units(|m| m.cost));
        let dominators = cheapest_dominators(curriculum, &modules);
        let network = Network::new(&Task {
            num_facts: facts.count,
            actions,
            ..Task::default()
        });
        Scope {
            modules,
            facts,
            network,
            hours,
            spend,
            dominance: OnceLock::new(),
            dominators,
            grantors,
        }
    }

    /// Per module of the scope (by position), a module that dominates it
    /// among those the worker `may_take`. The dominators worked out for
    /// everyone serve as long as the worker may take each of them; only
    /// otherwise are they worked out again, in the scope's share of the
    /// `curriculum`'s index (the curriculum the scope was made from).
    pub(crate) fn dominators_among(
        &self,
        curriculum: &Curriculum,
        may_take: impl Fn(usize) -> bool,
    ) -> Cow<'_, [Option<u32>]> {
        let dominators = self.dominators.iter().flatten();
        if dominators.copied().all(|better| may_take(better as usize)) {
            return Cow::Borrowed(&self.dominators);
        }
        Cow::Owned(self.dominance(curriculum).dominators(may_take))
    }

    /// The scope's share of the `curriculum`'s dominance index, made on
    /// first use and then kept.
    fn dominance(&self, curriculum: &Curriculum) -> &DominanceIndex {
        self.dominance.get_or_init(|| {
            let part = self.modules.iter().map(|module| module.index());
            curriculum.dominance().index.restricted_to(part)
        })
    }
}

/// Per module of a scope (`modules`, ascending), its cheapest dominator in
/// the scope when every module may be taken, by position. It is read off the
/// curriculum's dominance ([`Curriculum::dominance`], built once per
/// curriculum), so no index is built per target.
///
/// The curriculum's cheapest dominator of a module in scope is the scope's,
/// because every dominator of a module in scope is in scope too. A dominator
/// covers the module ([`Module::covers`]): for each skill the module grants,
/// it grants that skill at a level no lower. The module came into scope in
/// [`Scope::new`] as a grantor of some asked-for level (`Grantors::of`: it
/// grants that skill at that level or higher), so the dominator is a grantor
/// of that level too and came in with it. Positions keep curriculum order,
/// so the tie-break "then the first" picks the same module as well.
fn cheapest_dominators(curriculum: &Curriculum, modules: &[ModuleId]) -> Vec<Option<u32>> {
    let whole = &curriculum.dominance().dominators;
    let position = |better: u32| {
        let found = modules.binary_search(&ModuleId(better));
        found.expect("a dominator of a module in scope is in scope") as u32
    };
    modules
        .iter()
        .map(|module| whole[module.index()].map(position))
        .collect()
}

/// The facts of a scope: fact `f` is "holds skill `s` at level `l` or higher"
/// for each level `l` of `s` that the scope asks for, numbered densely. A
/// grant of level `k` adds every asked-for level up to `k`.
#[derive(Debug, Clone)]
pub struct Facts {
    /// Per skill, the asked-for levels, ascending (empty: out of scope).
    levels: Vec<Vec<u8>>,
    /// Per skill, the fact of its lowest asked-for level.
    base: Vec<FactId>,
    pub count: u32,
}

impl Facts {
    fn new(mut levels: Vec<Vec<u8>>) -> Facts {
        let mut base = Vec::with_capacity(levels.len());
        let mut count = 0u32;
        for asked in &mut levels {
            asked.sort_unstable();
            base.push(count);
            count += asked.len() as u32;
        }
        Facts {
            levels,
            base,
            count,
        }
    }

    /// The fact of a skill-level the scope asks for: a level of the target or
    /// a requirement of a module in scope.
    ///
    /// # Panics
    /// For a level the scope does not ask for, which would be a bug in
    /// [`Scope::new`]: every such level is collected there.
    pub fn fact(&self, level: SkillLevel) -> FactId {
        let skill = level.skill.index();
        let position = self.levels[skill]
            .binary_search(&level.level)
            .expect("every required skill-level is in scope");
        self.base[skill] + position as u32
    }

    /// The facts that holding `level` makes true: the asked-for levels of its
    /// skill up to it.
    pub fn up_to(&self, level: SkillLevel) -> impl Iterator<Item = FactId> + use<> {
        let skill = level.skill.index();
        let held = self.levels[skill].partition_point(|&asked| asked <= level.level);
        self.base[skill]..self.base[skill] + held as u32
    }
}

/// The curricula the integration tests and benches generate. (Of it, these
/// tests use only `curriculum_text`; its note on a missing catalogue prints.)
#[cfg(test)]
#[allow(dead_code, clippy::print_stderr)]
#[path = "../../tests/integration/support/generator.rs"]
mod generator;

#[cfg(test)]
mod tests {
    use super::generator;
    use super::*;
    use crate::load::parse_skill_list;
    use crate::load::{Origin, from_sources, load_curriculum};
    use crate::model::ProfileId;
    use crate::source::SourceMap;

    fn level(curriculum: &Curriculum, text: &str) -> SkillLevel {
        parse_skill_list(text, "test", curriculum).expect("a shipped skill")[0]
    }

    #[test]
    fn scope_holds_exactly_the_modules_that_can_serve_the_target() {
        let curriculum = load_curriculum(&Origin::Embedded).expect("the shipped curriculum");
        let profile = curriculum
            .find_profile("cobot-operator")
            .expect("a profile");
        let target = crate::plan::planner::Target::from_profile(&curriculum, profile).levels;
        let scope = Scope::new(&curriculum, &target);
        assert!(!scope.modules.is_empty());
        assert!(scope.modules.len() < curriculum.modules.len());
        // Closed backward: whatever a module in scope requires, every module
        // granting it is in scope too; every target level is a fact.
        for &module in &scope.modules {
            let module = curriculum.module(module);
            let requires = module.requires.iter();
            for required in requires.chain(module.requires_any.iter().flatten()) {
                let _ = scope.facts.fact(required.value);
                for other in curriculum.module_ids() {
                    let grants = curriculum.module(other).grants.iter().any(|g| {
                        g.value.skill == required.value.skill
                            && g.value.level >= required.value.level
                    });
                    assert!(!grants || scope.modules.contains(&other));
                }
            }
        }
        // And nothing more: each module grants some asked-for skill-level.
        for &module in &scope.modules {
            let grants = &curriculum.module(module).grants;
            assert!(
                grants
                    .iter()
                    .any(|g| scope.facts.up_to(g.value).next().is_some())
            );
        }
        for &wanted in &target {
            let _ = scope.facts.fact(wanted);
        }
    }

    /// `weld-short` does all `weld-long` does, quicker and cheaper: the scope
    /// knows, and a plan takes `weld-long` only when `weld-short` is excluded.
    #[test]
    fn a_dominated_module_serves_only_when_its_betters_are_excluded() {
        use crate::plan::options::Options;
        use crate::plan::planner::{Planner, Target};
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/lints/dominated-module");
        let curriculum = load_curriculum(&Origin::Path(dir)).expect("the fixture loads");
        let module = |id: &str| curriculum.find_module(id).expect("a fixture module");
        let (short, long) = (module("weld-short"), module("weld-long"));
        let target = Target {
            id: "welding".into(),
            levels: vec![level(&curriculum, "welding@1")],
        };
        let scope = Scope::new(&curriculum, &target.levels);
        let position = |m: ModuleId| scope.modules.binary_search(&m).expect("in scope") as u32;
        assert_eq!(
            scope.dominators[position(long) as usize],
            Some(position(short))
        );
        assert_eq!(scope.dominators[position(short) as usize], None);

        let planner = Planner::new(&curriculum, target);
        let steps = |options: &Options| -> Vec<String> {
            let plan = planner.plan(&crate::model::Passport::default(), options);
            plan.steps.iter().map(|s| s.module.to_string()).collect()
        };
        assert_eq!(steps(&Options::default()), ["weld-short"]);
        let without_short = Options {
            exclude: vec![short],
            ..Options::default()
        };
        assert_eq!(steps(&without_short), ["weld-long"]);
    }

    /// The shipped curriculum, the conformance sets and generated curricula.
    fn curricula() -> Vec<Curriculum> {
        let conformance =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/conformance");
        let mut curricula =
            vec![load_curriculum(&Origin::Embedded).expect("the shipped curriculum")];
        for set in ["small", "medium"] {
            let dir = conformance.join(set).join("curriculum");
            curricula.push(load_curriculum(&Origin::Path(dir)).expect("a conformance set"));
        }
        for (modules, seed) in [(300, 1), (300, 2), (1_000, 3)] {
            let mut sources = SourceMap::default();
            let text = generator::curriculum_text(modules, seed);
            sources.add("generated.toml".into(), Cow::Owned(text));
            curricula.push(from_sources(sources, Vec::new()).expect("a generated curriculum"));
        }
        curricula
    }

    /// A scope reads its dominators off the curriculum's index (see
    /// `cheapest_dominators`), and restricts that index to itself for the
    /// workers who need more: both must be what an index built over the
    /// scope's modules alone gives.
    #[test]
    fn a_scope_s_dominance_is_as_if_worked_out_over_its_modules_alone() {
        let mut dominated = 0;
        for curriculum in &curricula() {
            for profile in (0..curriculum.profiles.len() as u32).map(ProfileId) {
                let target = crate::plan::planner::Target::from_profile(curriculum, profile);
                let scope = Scope::new(curriculum, &target.levels);
                let fresh = DominanceIndex::new(curriculum, &scope.modules);
                let context = format!("{} toward {}", curriculum.meta.id, target.id);
                assert_eq!(scope.dominators, fresh.dominators(|_| true), "{context}");
                assert_eq!(*scope.dominance(curriculum), fresh, "{context}");
                dominated += scope.dominators.iter().flatten().count();
            }
        }
        assert!(dominated > 0, "some scope has a dominated module");
    }

    #[test]
    fn a_grant_adds_the_asked_for_levels_up_to_it() {
        let curriculum = load_curriculum(&Origin::Embedded).expect("the shipped curriculum");
        let asked = level(&curriculum, "workshop-safety@2");
        let scope = Scope::new(&curriculum, &[asked]);
        let fact = scope.facts.fact(asked);
        let below = SkillLevel { level: 1, ..asked };
        assert!(!scope.facts.up_to(below).any(|f| f == fact));
        assert!(scope.facts.up_to(asked).any(|f| f == fact));
        let above = SkillLevel { level: 3, ..asked };
        assert!(scope.facts.up_to(above).any(|f| f == fact));
    }
}

//! Every module's dominator ([`Module::dominates`]) within a set of modules,
//! found exactly without comparing all pairs. The `dominated-module` lint and
//! each target's scope both ask this index, so they always agree.
//!
//! Dominance has a structural half ([`Module::covers`]: grants at least as
//! much, requires no more) and a measured half (hours, cost and weeks no
//! higher). Modules with the same grants and requirements form one class, so
//! the structural half is tested once per pair of classes, and only against
//! the classes that grant the worse class's rarest grant (a dominator grants
//! it too). The measured half, for every module of the classes that one class
//! covers, is one sweep over that class in (hours, cost, weeks) order with a
//! prefix minimum of the cost over the weeks: O(n log n) for n modules that
//! all grant one skill, where comparing all pairs took n². (Many classes that
//! all grant the same skill are still compared pairwise, class by class; real
//! catalogues have a handful per skill.)
//!
//! Building the index is most of the work, so a curriculum builds one over all
//! its modules once, on first use ([`Curriculum::dominance`]), and a target's
//! scope takes its share with [`DominanceIndex::restricted_to`]: a pass over
//! the share, with no signatures, hashing or coverage tests.

use std::collections::HashMap;

use super::dominance::Measures;
use super::{Curriculum, Module, ModuleId, SkillLevel};
use crate::source::Located;

/// The dominance relation over a set of modules, ready to be asked which
/// module dominates which, for any subset of eligible dominators.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DominanceIndex {
    /// Per module of the set, by position: its measures.
    measures: Vec<Measures>,
    /// Per module of the set, by position: its class. Classes are numbered
    /// in the order of their first member.
    class_of: Vec<u32>,
    /// Per class: its members, by position, ascending.
    members: Vec<Vec<u32>>,
    /// Per class: the classes whose modules it may dominate (itself
    /// included), each with whether the two classes cover each other. Then
    /// a module with equal measures dominates only the later ones, so that
    /// of two identical modules exactly one is dominated.
    covered: Vec<Vec<(u32, bool)>>,
}

/// The dominance relation over every module of a curriculum, with each
/// module's cheapest dominator when every module may be taken: what the
/// `dominated-module` lint reports, and what each target's scope starts
/// from. [`Curriculum::dominance`] builds it once, on first use.
#[derive(Debug)]
pub struct Dominance {
    /// Over every module: a position is a module's index.
    pub index: DominanceIndex,
    /// Per module, by index: its cheapest dominator, by index
    /// ([`DominanceIndex::dominators`] with every module eligible).
    pub dominators: Vec<Option<u32>>,
}

impl Dominance {
    pub(super) fn new(curriculum: &Curriculum) -> Dominance {
        let modules: Vec<ModuleId> = curriculum.module_ids().collect();
        let index = DominanceIndex::new(curriculum, &modules);
        Dominance {
            dominators: index.dominators(|_| true),
            index,
        }
    }
}

/// What makes modules structurally the same: their grants and requirements
/// (the highest level per skill, by skill) and their sorted `requires_any`
/// groups. Equal signatures cover each other and the same other modules.
#[derive(PartialEq, Eq, Hash)]
struct Signature {
    grants: Vec<SkillLevel>,
    requires: Vec<SkillLevel>,
    requires_any: Vec<Vec<SkillLevel>>,
}

impl Signature {
    fn of(module: &Module) -> Signature {
        let mut requires_any: Vec<Vec<SkillLevel>> = module
            .requires_any
            .iter()
            .map(|group| sorted(values(group)))
            .collect();
        requires_any.sort_unstable();
        requires_any.dedup();
        Signature {
            grants: highest_per_skill(values(&module.grants)),
            requires: highest_per_skill(values(&module.requires)),
            requires_any,
        }
    }
}

fn values(levels: &[Located<SkillLevel>]) -> impl Iterator<Item = SkillLevel> + '_ {
    levels.iter().map(|level| level.value)
}

fn sorted(levels: impl Iterator<Item = SkillLevel>) -> Vec<SkillLevel> {
    let mut levels: Vec<SkillLevel> = levels.collect();
    levels.sort_unstable();
    levels.dedup();
    levels
}

/// The highest level of each skill, by skill: a level implies the lower ones.
fn highest_per_skill(levels: impl Iterator<Item = SkillLevel>) -> Vec<SkillLevel> {
    let mut levels = sorted(levels);
    // Sorted by skill, then level: keep the last of each skill.
    levels.reverse();
    levels.dedup_by_key(|level| level.skill);
    levels.reverse();
    levels
}

impl DominanceIndex {
    pub fn new(curriculum: &Curriculum, modules: &[ModuleId]) -> DominanceIndex {
        let mut class_of: HashMap<Signature, u32> = HashMap::new();
        let mut members: Vec<Vec<u32>> = Vec::new();
        let mut representatives: Vec<&Module> = Vec::new();
        let mut classes = Vec::with_capacity(modules.len());
        for (position, &id) in modules.iter().enumerate() {
            let module = curriculum.module(id);
            let next = members.len() as u32;
            let class = *class_of.entry(Signature::of(module)).or_insert(next);
            if class == next {
                members.push(Vec::new());
                representatives.push(module);
            }
            members[class as usize].push(position as u32);
            classes.push(class);
        }
        let mut signatures: Vec<(u32, &Signature)> =
            class_of.iter().map(|(s, &class)| (class, s)).collect();
        signatures.sort_unstable_by_key(|&(class, _)| class);
        let signatures: Vec<&Signature> = signatures.into_iter().map(|(_, s)| s).collect();
        let covered = covered_classes(curriculum, &signatures, &representatives);
        DominanceIndex {
            measures: modules
                .iter()
                .map(|&m| curriculum.module(m).measures())
                .collect(),
            class_of: classes,
            members,
            covered,
        }
    }

    /// The index over a part of this set: `part` lists positions in this
    /// set, ascending, and position `i` of the result is the `i`-th of them.
    /// It equals [`DominanceIndex::new`] over those modules: whether one
    /// module dominates another does not depend on the rest of the set, so
    /// a class of the part covers the same classes of the part as before.
    pub fn restricted_to(&self, part: impl IntoIterator<Item = usize>) -> DominanceIndex {
        let mut renumbered: Vec<Option<u32>> = vec![None; self.members.len()];
        let mut originals: Vec<u32> = Vec::new();
        let mut members: Vec<Vec<u32>> = Vec::new();
        let mut measures = Vec::new();
        let mut class_of = Vec::new();
        for (position, original) in part.into_iter().enumerate() {
            let original_class = self.class_of[original];
            let class = *renumbered[original_class as usize].get_or_insert_with(|| {
                originals.push(original_class);
                members.push(Vec::new());
                members.len() as u32 - 1
            });
            members[class as usize].push(position as u32);
            measures.push(self.measures[original]);
            class_of.push(class);
        }
        let covered = originals
            .iter()
            .map(|&original| self.covered_within(original, &renumbered))
            .collect();
        DominanceIndex {
            measures,
            class_of,
            members,
            covered,
        }
    }

    /// The classes that `class` covers, of those kept in a part (by their
    /// number there, `renumbered`), in class order as `new` lists them.
    fn covered_within(&self, class: u32, renumbered: &[Option<u32>]) -> Vec<(u32, bool)> {
        let mut covered: Vec<(u32, bool)> = self.covered[class as usize]
            .iter()
            .filter_map(|&(worse, mutual)| Some((renumbered[worse as usize]?, mutual)))
            .collect();
        // Renumbering keeps the order only when the part holds whole classes.
        covered.sort_unstable();
        covered
    }

    /// Per module of the set (by position), the cheapest module among the
    /// `eligible` ones (by position) that dominates it: the least cost,
    /// then the first. `None`: no eligible module dominates it.
    pub fn dominators(&self, eligible: impl Fn(usize) -> bool) -> Vec<Option<u32>> {
        let mut cheapest: Vec<Option<(u64, u32)>> = vec![None; self.measures.len()];
        for (better, covered) in self.covered.iter().enumerate() {
            let candidates: Vec<u32> = self.members[better]
                .iter()
                .copied()
                .filter(|&position| eligible(position as usize))
                .collect();
            if !candidates.is_empty() {
                self.sweep(&candidates, covered, &mut cheapest);
            }
        }
        cheapest
            .into_iter()
            .map(|found| found.map(|(_, position)| position))
            .collect()
    }

    /// Offers every candidate (of one class) as the dominator of every
    /// module of the `covered` classes that it dominates by measures.
    ///
    /// In (hours, cost, weeks, tie) order, a candidate that is no higher in
    /// every measure comes before the module it dominates. So when a module's
    /// turn comes, the candidates seen are the ones no longer than it, and
    /// the cheapest of those with no more weeks is its cheapest dominator if
    /// it costs no more. The tie is the position where equal measures need
    /// the dominator to be the first of two mutually covering modules, and
    /// after every candidate otherwise.
    fn sweep(
        &self,
        candidates: &[u32],
        covered: &[(u32, bool)],
        cheapest: &mut [Option<(u64, u32)>],
    ) {
        let mut events: Vec<Event> = candidates
            .iter()
            .map(|&position| Event {
                measures: self.measures[position as usize],
                tie: u64::from(position),
                is_candidate: true,
                position,
            })
            .collect();
        for &(class, mutual) in covered {
            events.extend(self.members[class as usize].iter().map(|&position| Event {
                measures: self.measures[position as usize],
                tie: if mutual {
                    u64::from(position)
                } else {
                    u64::MAX
                },
                is_candidate: false,
                position,
            }));
        }
        events.sort_unstable();
        let mut weeks: Vec<u32> = candidates
            .iter()
            .map(|&p| self.measures[p as usize].weeks)
            .collect();
        weeks.sort_unstable();
        weeks.dedup();
        let mut by_weeks = PrefixMinimum::new(weeks.len());
        for event in events {
            let within = weeks.partition_point(|&w| w <= event.measures.weeks);
            let offer = (event.measures.cost, event.position);
            if event.is_candidate {
                by_weeks.lower(within - 1, offer);
            } else if let Some(found) = by_weeks.up_to(within)
                && found.0 <= event.measures.cost
            {
                let best = &mut cheapest[event.position as usize];
                *best = Some(best.map_or(found, |best| best.min(found)));
            }
        }
    }
}

/// One step of [`DominanceIndex::sweep`], in the order the fields are listed
/// (a module before a candidate with the same measures and tie).
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Event {
    measures: Measures,
    tie: u64,
    is_candidate: bool,
    position: u32,
}

/// Per class (by its signature and a representative member), the classes it
/// covers with whether they cover it back. Only classes granting the rarest
/// grant of a class can cover it.
fn covered_classes(
    curriculum: &Curriculum,
    signatures: &[&Signature],
    representatives: &[&Module],
) -> Vec<Vec<(u32, bool)>> {
    // Per skill: (level, class) of the classes granting it, highest first.
    let mut grantors: Vec<Vec<(u8, u32)>> = vec![Vec::new(); curriculum.skills.len()];
    for (class, signature) in signatures.iter().enumerate() {
        for grant in &signature.grants {
            grantors[grant.skill.index()].push((grant.level, class as u32));
        }
    }
    for classes in &mut grantors {
        classes.sort_unstable_by(|a, b| b.cmp(a));
    }
    let granting = |level: &SkillLevel| {
        let classes = &grantors[level.skill.index()];
        &classes[..classes.partition_point(|&(granted, _)| granted >= level.level)]
    };
    let mut covered = vec![Vec::new(); signatures.len()];
    for (worse, signature) in signatures.iter().enumerate() {
        // A module that grants nothing is left to the `no-grants` error.
        let Some(rarest) = signature.grants.iter().min_by_key(|g| granting(g).len()) else {
            continue;
        };
        let worse_module = representatives[worse];
        for &(_, better) in granting(rarest) {
            let better_module = representatives[better as usize];
            if better as usize == worse {
                covered[worse].push((worse as u32, true));
            } else if better_module.covers(worse_module) {
                let mutual = worse_module.covers(better_module);
                covered[better as usize].push((worse as u32, mutual));
            }
        }
    }
    covered
}

/// A Fenwick tree of prefix minima: lower a slot, ask the least of a prefix.
struct PrefixMinimum {
    tree: Vec<Option<(u64, u32)>>,
}

impl PrefixMinimum {
    fn new(len: usize) -> PrefixMinimum {
        PrefixMinimum {
            tree: vec![None; len + 1],
        }
    }

    fn lower(&mut self, slot: usize, value: (u64, u32)) {
        let mut i = slot + 1;
        while i < self.tree.len() {
            let held = &mut self.tree[i];
            *held = Some(held.map_or(value, |held| held.min(value)));
            i += i & i.wrapping_neg();
        }
    }

    /// The least value in slots `0..len`.
    fn up_to(&self, len: usize) -> Option<(u64, u32)> {
        let mut least: Option<(u64, u32)> = None;
        let mut i = len;
        while i > 0 {
            if let Some(value) = self.tree[i] {
                least = Some(least.map_or(value, |least| least.min(value)));
            }
            i -= i & i.wrapping_neg();
        }
        least
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use proptest::prelude::*;

    use super::*;
    use crate::load::from_sources;
    use crate::source::SourceMap;

    /// A module of a random curriculum over the skills `a`, `b` and `c`:
    /// (grants, requires, one `requires_any` group, hours, cost, weeks).
    type Shape = (Vec<String>, Vec<String>, Vec<String>, u8, u8, u8);

    fn level() -> impl Strategy<Value = String> {
        (prop::sample::select(vec!["a", "b", "c"]), 1..=3u8)
            .prop_map(|(skill, level)| format!("\"{skill}@{level}\""))
    }

    fn shape() -> impl Strategy<Value = Shape> {
        (
            prop::collection::vec(level(), 1..=2),
            prop::collection::vec(level(), 0..=2),
            prop::collection::vec(level(), 0..=2),
            1..=3u8,
            0..=2u8,
            0..=2u8,
        )
    }

    fn curriculum(shapes: &[Shape]) -> Curriculum {
        let mut text = String::from(
            "[curriculum]\nid = \"t\"\nname = \"t\"\nlevels = [\"1\", \"2\", \"3\"]\n",
        );
        for skill in ["a", "b", "c"] {
            text += &format!("[[skill]]\nid = \"{skill}\"\nname = \"{skill}\"\n");
        }
        for (i, (grants, requires, any, hours, cost, weeks)) in shapes.iter().enumerate() {
            text += &format!(
                "[[module]]\nid = \"m{i}\"\nname = \"m{i}\"\nstage = \"line\"\nhours = {hours}\ncost = {cost}\ngrants = [{}]\nrequires = [{}]\n",
                grants.join(", "),
                requires.join(", ")
            );
            if !any.is_empty() {
                text += &format!("requires_any = [[{}]]\n", any.join(", "));
            }
            if *weeks > 0 {
                text += &format!("weeks = {weeks}\n");
            }
        }
        let mut sources = SourceMap::default();
        sources.add("t.toml".into(), Cow::Owned(text));
        from_sources(sources, Vec::new()).expect("a random curriculum loads")
    }

    /// The rule itself, pair by pair: the cheapest, then first, eligible
    /// module that dominates each one (of two identical ones, the first).
    fn brute_force(curriculum: &Curriculum, eligible: &[bool]) -> Vec<Option<u32>> {
        let modules = &curriculum.modules;
        (0..modules.len())
            .map(|worse| {
                (0..modules.len())
                    .filter(|&better| eligible[better] && better != worse)
                    .filter(|&better| {
                        let (b, w) = (&modules[better], &modules[worse]);
                        b.dominates(w) && (better < worse || !w.dominates(b))
                    })
                    .min_by_key(|&better| (modules[better].measures().cost, better))
                    .map(|better| better as u32)
            })
            .collect()
    }

    proptest! {
        #[test]
        fn the_index_finds_what_comparing_all_pairs_finds(
            shapes in prop::collection::vec(shape(), 1..40),
            eligible in prop::collection::vec(prop::bool::weighted(0.8), 40),
        ) {
            let curriculum = curriculum(&shapes);
            let modules: Vec<ModuleId> = curriculum.module_ids().collect();
            let index = DominanceIndex::new(&curriculum, &modules);
            prop_assert_eq!(index.dominators(|p| eligible[p]), brute_force(&curriculum, &eligible));
            let everyone = vec![true; modules.len()];
            prop_assert_eq!(index.dominators(|_| true), brute_force(&curriculum, &everyone));
        }

        /// What a target's scope relies on: its share of the curriculum's
        /// index is the index built over its modules alone, for any part.
        #[test]
        fn a_restricted_index_equals_one_built_over_the_part(
            shapes in prop::collection::vec(shape(), 1..40),
            kept in prop::collection::vec(prop::bool::ANY, 40),
        ) {
            let curriculum = curriculum(&shapes);
            let modules: Vec<ModuleId> = curriculum.module_ids().collect();
            let whole = DominanceIndex::new(&curriculum, &modules);
            let part: Vec<ModuleId> = modules.into_iter().filter(|m| kept[m.index()]).collect();
            prop_assert_eq!(
                whole.restricted_to(part.iter().map(|m| m.index())),
                DominanceIndex::new(&curriculum, &part)
            );
        }
    }
}

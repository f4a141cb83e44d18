//! A route's steps: the chosen modules in a valid order, and which of the
//! target's skill-levels each one serves.

use leerroute_solver::FixedBitSet;

use crate::analysis::can_take;
use crate::model::{Curriculum, ModuleId, SkillLevel};

/// A route's modules in dependency order, and what each serves; compact,
/// as a batch remembers tens of thousands of them.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Steps {
    pub modules: Box<[ModuleId]>,
    /// Bit `step * targets + t`: the step serves the target's skill-level `t`.
    serves: FixedBitSet,
    targets: usize,
}

impl Steps {
    /// `serves[step][t]`: whether the step serves the target's level `t`.
    pub(super) fn new(modules: Vec<ModuleId>, serves: &[Vec<bool>], targets: usize) -> Steps {
        let flags = serves.iter().flat_map(|of_step| {
            (0..targets).map(move |t| of_step.get(t).copied().unwrap_or(false))
        });
        let mut on = FixedBitSet::with_capacity(modules.len() * targets);
        on.extend(flags.enumerate().filter(|&(_, on)| on).map(|(bit, _)| bit));
        Steps {
            serves: on,
            modules: modules.into_boxed_slice(),
            targets,
        }
    }

    /// Whether step `step` serves the target's skill-level `t`.
    pub fn serves(&self, step: usize, t: usize) -> bool {
        t < self.targets && self.serves.contains(step * self.targets + t)
    }
}

impl Steps {
    /// The steps of a route toward `target`: `chosen` put in dependency order
    /// (by [`precedence`] where several can be taken), each with what it
    /// serves. `None` when the set cannot be completed in any order.
    pub fn of_route(
        curriculum: &Curriculum,
        rank: &[u32],
        target: &[SkillLevel],
        chosen: &[ModuleId],
        start_levels: &[u8],
    ) -> Option<Steps> {
        let modules = order(curriculum, rank, chosen, start_levels)?;
        let serves = serves(curriculum, target, start_levels, &modules);
        Some(Steps::new(modules, &serves, target.len()))
    }
}

/// The order in which `modules` are preferred when several can be taken: by
/// stage, then by station position on a line (the earliest of any line),
/// then by id. Per module of the curriculum, its rank among `modules`
/// (`u32::MAX` for the others); worked out once per target, for its scope.
pub fn precedence(curriculum: &Curriculum, modules: &[ModuleId]) -> Vec<u32> {
    let mut station = vec![usize::MAX; curriculum.modules.len()];
    for line in &curriculum.lines {
        for (position, s) in line.stations.iter().enumerate() {
            let best = &mut station[s.value.index()];
            *best = (*best).min(position);
        }
    }
    let mut ranked = modules.to_vec();
    ranked.sort_by_key(|&m| {
        let module = curriculum.module(m);
        (module.stage, station[m.index()], module.id.as_str())
    });
    let mut rank = vec![u32::MAX; curriculum.modules.len()];
    for (position, m) in ranked.into_iter().enumerate() {
        rank[m.index()] = position as u32;
    }
    rank
}

/// The chosen modules in dependency order: at each point, of the modules
/// whose requirements are held, the first by [`precedence`] (`rank`).
/// `None` when the set cannot be completed in any order.
pub fn order(
    curriculum: &Curriculum,
    rank: &[u32],
    chosen: &[ModuleId],
    start_levels: &[u8],
) -> Option<Vec<ModuleId>> {
    let mut pending: Vec<ModuleId> = chosen.to_vec();
    pending.sort_by_key(|m| rank[m.index()]);
    let mut levels = start_levels.to_vec();
    let mut ordered = Vec::with_capacity(pending.len());
    while !pending.is_empty() {
        let next = pending
            .iter()
            .position(|&m| can_take(curriculum.module(m), &levels))?;
        let module = pending.remove(next);
        for grant in &curriculum.module(module).grants {
            let held = &mut levels[grant.value.skill.index()];
            *held = (*held).max(grant.value.level);
        }
        ordered.push(module);
    }
    Some(ordered)
}

/// Per step of a route, the target's skill-levels (by position) it leads
/// to: directly, or by enabling a later step that does.
fn serves(
    curriculum: &Curriculum,
    target: &[SkillLevel],
    start_levels: &[u8],
    steps: &[ModuleId],
) -> Vec<Vec<bool>> {
    let held_at_start = |level: &SkillLevel| start_levels[level.skill.index()] >= level.level;
    let grants =
        |module: ModuleId, level: &SkillLevel| level.implied_by(&curriculum.module(module).grants);
    // serves[i]: indices into `target`, filled from the last step back.
    let mut serves: Vec<Vec<bool>> = vec![vec![false; target.len()]; steps.len()];
    for i in (0..steps.len()).rev() {
        for (t, level) in target.iter().enumerate() {
            serves[i][t] = !held_at_start(level) && grants(steps[i], level);
        }
        for later in i + 1..steps.len() {
            let module = curriculum.module(steps[later]);
            let enables = module
                .requires
                .iter()
                .chain(module.requires_any.iter().flatten())
                .any(|r| !held_at_start(&r.value) && grants(steps[i], &r.value));
            if enables {
                let (head, tail) = serves.split_at_mut(later);
                for (mine, theirs) in head[i].iter_mut().zip(&tail[0]) {
                    *mine |= *theirs;
                }
            }
        }
    }
    serves
}

/// Per step of a route, the later steps that need it: step `j` needs step
/// `i` when `i` is the first step to grant one of `j`'s requirements (or one
/// alternative of a `requires_any` group) that the worker did not hold at
/// the start. What a step needs is what makes it worth its place, in words.
pub fn needed_by(
    curriculum: &Curriculum,
    start_levels: &[u8],
    steps: &[ModuleId],
) -> Vec<Vec<usize>> {
    // The first step before `before` to grant one of `alternatives`, unless
    // the worker held one at the start.
    let provider = |before: usize, alternatives: &[&SkillLevel]| {
        if alternatives
            .iter()
            .any(|level| start_levels[level.skill.index()] >= level.level)
        {
            return None;
        }
        (0..before).find(|&i| {
            let grants = &curriculum.module(steps[i]).grants;
            alternatives.iter().any(|level| level.implied_by(grants))
        })
    };
    let mut needed_by = vec![Vec::new(); steps.len()];
    for (j, &id) in steps.iter().enumerate() {
        let module = curriculum.module(id);
        let plain = module.requires.iter().map(|r| vec![&r.value]);
        let groups =
            (module.requires_any.iter()).map(|group| group.iter().map(|r| &r.value).collect());
        let mut providers: Vec<usize> = plain
            .chain(groups)
            .filter_map(|alternatives: Vec<&SkillLevel>| provider(j, &alternatives))
            .collect();
        providers.sort_unstable();
        providers.dedup();
        for i in providers {
            needed_by[i].push(j);
        }
    }
    needed_by
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{Origin, load_curriculum};

    /// Ranks are a permutation that follows stage, then the earliest station
    /// position on any line, then id; `order` takes the first takeable by rank.
    #[test]
    fn precedence_ranks_by_stage_station_and_id() {
        let curriculum = load_curriculum(&Origin::Embedded).expect("the shipped curriculum");
        let everything: Vec<ModuleId> = curriculum.module_ids().collect();
        let rank = precedence(&curriculum, &everything);
        let mut by_rank: Vec<ModuleId> = curriculum.module_ids().collect();
        by_rank.sort_by_key(|m| rank[m.index()]);
        let station = |m: ModuleId| {
            let positions = curriculum
                .lines
                .iter()
                .filter_map(|line| line.stations.iter().position(|s| s.value == m));
            positions.min().unwrap_or(usize::MAX)
        };
        let key = |m: ModuleId| {
            let module = curriculum.module(m);
            (module.stage, station(m), module.id.clone())
        };
        for pair in by_rank.windows(2) {
            assert!(
                key(pair[0]) < key(pair[1]),
                "{:?}",
                (key(pair[0]), key(pair[1]))
            );
        }
        let mut ranks = rank.clone();
        ranks.sort_unstable();
        assert!(ranks.iter().copied().eq(0..curriculum.modules.len() as u32));

        let reversed: Vec<ModuleId> = by_rank.iter().rev().copied().collect();
        let everything = vec![u8::MAX; curriculum.skills.len()];
        assert_eq!(
            order(&curriculum, &rank, &reversed, &everything),
            Some(by_rank),
            "with every skill held, the order is the ranking"
        );
    }

    /// `c` needs `a` (the first to grant `s@1`, though `b` grants more) and
    /// `t0`; `b` needs `a`; what the worker holds at the start needs nothing.
    #[test]
    fn a_step_is_needed_by_the_later_steps_it_first_enables() {
        use std::borrow::Cow;

        use crate::load::from_sources;
        use crate::source::SourceMap;

        let mut text = String::from(
            "[curriculum]\nid = \"c\"\nname = \"C\"\nlevels = [\"x\", \"y\"]\n\
             [[skill]]\nid = \"s\"\nname = \"S\"\n[[skill]]\nid = \"t\"\nname = \"T\"\n\
             [[skill]]\nid = \"u\"\nname = \"U\"\n",
        );
        for (module, requires, requires_any, grants) in [
            ("a", "", "", "\"s@1\""),
            ("t0", "", "", "\"t@1\""),
            ("b", "\"s@1\"", "", "\"s@2\""),
            ("c", "\"s@1\"", "[\"t@1\", \"u@1\"]", "\"u@2\""),
        ] {
            text += &format!(
                "[[module]]\nid = \"{module}\"\nname = \"{module}\"\nstage = \"line\"\nhours = 1\n\
                 requires = [{requires}]\nrequires_any = [{requires_any}]\ngrants = [{grants}]\n"
            );
        }
        let mut sources = SourceMap::default();
        sources.add("c.toml".into(), Cow::Owned(text));
        let curriculum = from_sources(sources, Vec::new()).expect("loads");
        let route: Vec<ModuleId> = ["a", "t0", "b", "c"]
            .iter()
            .map(|id| curriculum.find_module(id).expect("module"))
            .collect();
        let nothing = vec![0; curriculum.skills.len()];
        assert_eq!(
            needed_by(&curriculum, &nothing, &route),
            vec![vec![2, 3], vec![3], vec![], vec![]]
        );
        // With `s@1` and `u@1` held, nothing needs `a`, and `c` needs no
        // grantor of `t`: its group is already met by `u`.
        let mut held = nothing.clone();
        held[curriculum.find_skill("s").expect("s").index()] = 1;
        held[curriculum.find_skill("u").expect("u").index()] = 1;
        assert_eq!(
            needed_by(&curriculum, &held, &route),
            vec![Vec::<usize>::new(); 4]
        );
    }
}

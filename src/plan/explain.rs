//! Why a skill-level cannot be obtained, in words: the chain of modules and
//! requirements that blocks it, the way pubgrub explains a failed resolution.
//! "`cobot-operation@3` is granted only by `cobot-advanced`, which requires
//! `robot-programming@3`, which no module grants".

use super::availability::Availability;
use crate::graph::Grantors;
use crate::model::{Curriculum, ModuleId, SkillLevel};

/// How deep a chain goes before it is cut with "…"; deeper chains stop
/// explaining anything to a person.
const MAX_DEPTH: usize = 6;
/// How many alternative grantors are explained before "and N more".
const MAX_GRANTORS: usize = 3;

/// What stops a module from being taken.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Blocker {
    /// A plain requirement that cannot be obtained.
    Requires(SkillLevel),
    /// A `requires_any` group none of whose alternatives can be obtained.
    OneOf(Vec<SkillLevel>),
    /// Nothing: the module can be taken (it is blocked elsewhere, e.g. excluded).
    Nothing,
}

pub struct Explainer<'a> {
    pub curriculum: &'a Curriculum,
    pub grantors: &'a Grantors,
    pub availability: &'a Availability,
    /// Modules that may be taken (false: excluded by the user or the budget).
    pub allowed: &'a dyn Fn(ModuleId) -> bool,
}

impl Explainer<'_> {
    /// One sentence on why `level` cannot be obtained.
    pub fn why(&self, level: SkillLevel) -> String {
        let mut trail = vec![level];
        format!("`{}` {}", self.name(level), self.clause(level, &mut trail))
    }

    fn name(&self, level: SkillLevel) -> String {
        self.curriculum.format_level(level)
    }

    /// What blocks `level`, continuing a sentence that named it.
    fn clause(&self, level: SkillLevel, trail: &mut Vec<SkillLevel>) -> String {
        let all: Vec<ModuleId> = self.grantors.of(level).collect();
        // Level-ups that need the level themselves only send the reader in circles.
        let grantors: Vec<ModuleId> = self
            .grantors
            .first_of(self.curriculum, level)
            .filter(|&m| (self.allowed)(m))
            .collect();
        if grantors.is_empty() {
            let usable: Vec<ModuleId> =
                all.iter().copied().filter(|&m| (self.allowed)(m)).collect();
            return if all.is_empty() {
                "is granted by no module".to_string()
            } else if !usable.is_empty() {
                format!(
                    "is granted only by {}, which {} it first",
                    self.list(&usable),
                    if usable.len() == 1 { "needs" } else { "need" }
                )
            } else {
                format!(
                    "is granted only by {}, which cannot be used here",
                    self.list(&all)
                )
            };
        }
        if trail.len() > MAX_DEPTH {
            return "needs a longer chain of modules that cannot be taken (…)".to_string();
        }
        // Grantors blocked by the same requirement are explained together,
        // so a shared cause is told once ("…, which all require `x@2`, …").
        let mut groups: Vec<(Blocker, Vec<ModuleId>)> = Vec::new();
        for &module in &grantors {
            let blocker = self.blocker(module);
            match groups.iter_mut().find(|(b, _)| *b == blocker) {
                Some((_, members)) => members.push(module),
                None => groups.push((blocker, vec![module])),
            }
        }
        let verb = |count: usize| match count {
            1 => "requires",
            2 => "both require",
            _ => "all require",
        };
        if let [(blocker, members)] = groups.as_slice() {
            let only = if members.len() == 1 { "only " } else { "" };
            return format!(
                "is granted {only}by {}, which {} {}",
                self.list(members),
                verb(members.len()),
                self.describe(blocker, trail)
            );
        }
        let shown = groups.len().min(MAX_GRANTORS);
        let explained: Vec<String> = groups[..shown]
            .iter()
            .map(|(blocker, members)| {
                format!(
                    "{} {} {}",
                    self.list(members),
                    verb(members.len()),
                    self.describe(blocker, trail)
                )
            })
            .collect();
        let more: usize = groups[shown..]
            .iter()
            .map(|(_, members)| members.len())
            .sum();
        let tail = match more {
            0 => String::new(),
            1 => "; and 1 more grantor is blocked too".to_string(),
            more => format!("; and {more} more grantors are blocked too"),
        };
        format!(
            "is granted by {}, but {}{tail}",
            self.list(&grantors),
            explained.join("; ")
        )
    }

    /// The first requirement of `module` that cannot be met.
    fn blocker(&self, module: ModuleId) -> Blocker {
        let module = self.curriculum.module(module);
        if let Some(missing) = module
            .requires
            .iter()
            .map(|r| r.value)
            .find(|&r| !self.availability.has(r))
        {
            return Blocker::Requires(missing);
        }
        module
            .requires_any
            .iter()
            .find(|group| group.iter().all(|r| !self.availability.has(r.value)))
            .map_or(Blocker::Nothing, |group| {
                Blocker::OneOf(group.iter().map(|r| r.value).collect())
            })
    }

    /// A blocker in words, with the chain behind it.
    fn describe(&self, blocker: &Blocker, trail: &mut Vec<SkillLevel>) -> String {
        match blocker {
            Blocker::Requires(level) => self.follow(*level, trail),
            Blocker::OneOf(group) => {
                let names: Vec<String> = group
                    .iter()
                    .map(|l| format!("`{}`", self.name(*l)))
                    .collect();
                let detail = group
                    .first()
                    .map(|first| format!(" ({})", self.follow(*first, trail)))
                    .unwrap_or_default();
                format!(
                    "one of {}, none of which can be obtained{detail}",
                    names.join(", ")
                )
            }
            Blocker::Nothing => "nothing missing (it can be taken)".to_string(),
        }
    }

    /// Names `level` and continues the chain behind it, stopping at a cycle.
    fn follow(&self, level: SkillLevel, trail: &mut Vec<SkillLevel>) -> String {
        if trail.contains(&level) {
            return format!("`{}` again (a cycle)", self.name(level));
        }
        trail.push(level);
        let text = format!(
            "`{}`, which {}",
            self.name(level),
            self.clause(level, trail)
        );
        trail.pop();
        text
    }

    fn list(&self, modules: &[ModuleId]) -> String {
        let names: Vec<String> = modules
            .iter()
            .map(|&m| format!("`{}`", self.curriculum.module(m).id))
            .collect();
        match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => names.join(""),
        }
    }
}

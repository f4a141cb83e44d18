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
        let grantors: Vec<ModuleId> = all.iter().copied().filter(|&m| (self.allowed)(m)).collect();
        if grantors.is_empty() {
            return if all.is_empty() {
                "is granted by no module".to_string()
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
        if grantors.len() == 1 {
            let module = grantors[0];
            return format!(
                "is granted only by `{}`, which requires {}",
                self.curriculum.module(module).id,
                self.blocker(module, trail)
            );
        }
        let explained: Vec<String> = grantors
            .iter()
            .take(MAX_GRANTORS)
            .map(|&module| {
                format!(
                    "`{}` requires {}",
                    self.curriculum.module(module).id,
                    self.blocker(module, trail)
                )
            })
            .collect();
        let more = grantors.len().saturating_sub(MAX_GRANTORS);
        let tail = if more > 0 {
            format!("; and {more} more grantors are blocked too")
        } else {
            String::new()
        };
        format!(
            "is granted by {}, but {}{tail}",
            self.list(&grantors),
            explained.join("; ")
        )
    }

    /// The first requirement of `module` that cannot be met, explained.
    fn blocker(&self, module: ModuleId, trail: &mut Vec<SkillLevel>) -> String {
        let module = self.curriculum.module(module);
        if let Some(missing) = module
            .requires
            .iter()
            .map(|r| r.value)
            .find(|&r| !self.availability.has(r))
        {
            return self.follow(missing, trail);
        }
        for group in &module.requires_any {
            if group.iter().all(|r| !self.availability.has(r.value)) {
                let names: Vec<String> = group
                    .iter()
                    .map(|r| format!("`{}`", self.name(r.value)))
                    .collect();
                let first = group.first().map(|r| r.value);
                let detail = first
                    .map(|first| format!(" ({})", self.follow(first, trail)))
                    .unwrap_or_default();
                return format!(
                    "one of {}, none of which can be obtained{detail}",
                    names.join(", ")
                );
            }
        }
        "nothing missing (it can be taken)".to_string()
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

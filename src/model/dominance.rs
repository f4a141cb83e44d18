//! When one module can always take another's place.
//!
//! The `dominated-module` lint reports such modules, and the planner leaves
//! them out of every search where the better module may be taken: both use
//! this one rule, so they always agree.

use super::{Located, Module, SkillLevel};

impl SkillLevel {
    /// Whether holding one of `held` implies this level (same skill, at
    /// least the level).
    pub fn implied_by(self, held: &[Located<SkillLevel>]) -> bool {
        held.iter()
            .any(|h| h.value.skill == self.skill && h.value.level >= self.level)
    }
}

impl Module {
    /// Whether this module can stand in for `worse` in any route: it grants
    /// at least as much, requires no more, and is no longer, dearer or
    /// slower. "Requires no more" only uses that a level implies the lower
    /// ones, which holds in every state a worker can be in, so the rule does
    /// not depend on what anyone holds.
    pub fn dominates(&self, worse: &Module) -> bool {
        // The measures first: they are cheap and rule out most pairs.
        if self.hours > worse.hours
            || self.cost > worse.cost
            || self.weeks.unwrap_or(0) > worse.weeks.unwrap_or(0)
        {
            return false;
        }
        let grants_enough = worse
            .grants
            .iter()
            .all(|g| g.value.implied_by(&self.grants));
        let requires_less = self
            .requires
            .iter()
            .all(|r| r.value.implied_by(&worse.requires))
            && self.requires_any.iter().all(|group| {
                group
                    .iter()
                    .any(|alternative| alternative.value.implied_by(&worse.requires))
                    || worse.requires_any.iter().any(|worse_group| {
                        worse_group.iter().all(|w| {
                            group.iter().any(|b| {
                                b.value.skill == w.value.skill && b.value.level <= w.value.level
                            })
                        })
                    })
            });
        grants_enough && requires_less
    }
}

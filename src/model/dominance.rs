//! When one module can always take another's place.
//!
//! The `dominated-module` lint reports such modules, and the planner leaves
//! them out of every search where the better module may be taken: both use
//! this one rule, so they always agree.

use super::amounts::to_units;
use super::{Module, SkillLevel};
use crate::source::Located;

impl SkillLevel {
    /// Whether holding one of `held` implies this level (same skill, at
    /// least the level).
    pub fn implied_by(self, held: &[Located<SkillLevel>]) -> bool {
        held.iter()
            .any(|h| h.value.skill == self.skill && h.value.level >= self.level)
    }
}

/// What dominance compares besides structure: hours and cost in hundredths
/// (exact for every amount that passes `check`), and the minimum weeks (0
/// when there is none).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Measures {
    pub hours: u64,
    pub cost: u64,
    pub weeks: u32,
}

impl Measures {
    /// No longer, dearer or slower than `other`.
    pub fn at_most(self, other: Measures) -> bool {
        self.hours <= other.hours && self.cost <= other.cost && self.weeks <= other.weeks
    }
}

impl Module {
    pub(crate) fn measures(&self) -> Measures {
        Measures {
            hours: to_units(self.hours),
            cost: to_units(self.cost),
            weeks: self.weeks.unwrap_or(0),
        }
    }

    /// Whether this module can stand in for `worse` in any route: it grants
    /// at least as much, requires no more, and is no longer, dearer or
    /// slower. [`super::dominators::DominanceIndex`] finds all such pairs at
    /// once; this is the rule it implements.
    pub fn dominates(&self, worse: &Module) -> bool {
        self.measures().at_most(worse.measures()) && self.covers(worse)
    }

    /// The structural half of [`Module::dominates`]: it grants at least as
    /// much and requires no more. "Requires no more" only uses that a level
    /// implies the lower ones, which holds in every state a worker can be
    /// in, so the rule does not depend on what anyone holds.
    pub(crate) fn covers(&self, worse: &Module) -> bool {
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

#[cfg(test)]
mod tests {
    use super::Measures;

    const BASE: Measures = Measures {
        hours: 800,
        cost: 10_000,
        weeks: 2,
    };

    /// Each measure counts on its own: a module that is worse in any one of
    /// them, however much better in the other two, is not at most the other.
    #[test]
    fn at_most_needs_every_measure_no_worse() {
        assert!(BASE.at_most(BASE));
        let none = Measures {
            hours: 0,
            cost: 0,
            weeks: 0,
        };
        for (worse, traded) in [
            (
                Measures { hours: 801, ..BASE },
                Measures { hours: 801, ..none },
            ),
            (
                Measures {
                    cost: 10_001,
                    ..BASE
                },
                Measures {
                    cost: 10_001,
                    ..none
                },
            ),
            (Measures { weeks: 3, ..BASE }, Measures { weeks: 3, ..none }),
        ] {
            assert!(BASE.at_most(worse), "{BASE:?} is at most {worse:?}");
            assert!(!worse.at_most(BASE), "{worse:?} is not at most {BASE:?}");
            assert!(!traded.at_most(BASE), "{traded:?} is not at most {BASE:?}");
        }
    }
}

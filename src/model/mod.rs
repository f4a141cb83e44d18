//! Domain types. Everything here is immutable once loaded; references between
//! items are interned indices, not strings.

pub mod amounts;
mod curriculum;
mod dominance;
mod dominators;
mod ids;
mod items;
mod skill_level;
mod worker;

pub use curriculum::{Curriculum, Meta};
pub use dominators::DominanceIndex;
pub use ids::{FieldlabId, LineId, ModuleId, ProfileId, SkillId};
pub use items::{Fieldlab, Line, Mode, Module, Profile, Skill, Stage};
pub use skill_level::{LevelRef, SkillLevel, parse_skill_level};
pub use worker::{
    DEFAULT_HOURS_PER_WEEK, HOURS_PER_WEEK_RANGE, InvalidValue, Passport, check_budget,
    check_hours_per_week,
};

/// Where something stands in the sources: a file of the [`crate::load::SourceMap`]
/// and a byte range in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub file: u32,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: u32, range: std::ops::Range<usize>) -> Span {
        Span {
            file,
            start: range.start as u32,
            end: range.end as u32,
        }
    }
}

/// A value together with the place it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Located<T> {
    pub value: T,
    pub span: Span,
}

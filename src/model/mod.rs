//! Domain types. Everything here is immutable once loaded; references between
//! items are interned indices, not strings.

pub mod amounts;
mod curriculum;
mod dominance;
mod dominators;
mod evidence;
mod gaps;
mod holidays;
mod ids;
mod items;
mod skill_level;
mod uris;
mod worker;

pub use curriculum::{Curriculum, Meta, TermSystem};
pub use dominators::DominanceIndex;
pub use evidence::{
    Completion, Container, Credential, CredentialError, Evidence, Expected, Format, Imported,
    LevelSource, Note, Problem, ResultStatus, RubricLevel, Standing,
};
pub use gaps::Gaps;
pub use holidays::{Date, Holiday, YEARS, parse_date};
pub use ids::{FieldlabId, LineId, ModuleId, ProfileId, SkillId};
pub use items::{Fieldlab, Line, Mode, Module, Profile, Skill, Stage};
pub use skill_level::{LevelRef, SkillLevel, parse_level, parse_skill_level};
pub(crate) use uris::normalize_uri;
pub use uris::{UriIndex, is_esco_skill};
pub use worker::{
    BadAmount, DEFAULT_HOURS_PER_WEEK, HOURS_PER_WEEK_RANGE, InvalidValue, Passport, check_budget,
    check_hours_per_week, parse_euro, parse_hours, thousands_grouped,
};

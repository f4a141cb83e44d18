//! The items a curriculum is made of.

use super::{FieldlabId, ModuleId, SkillLevel};

use crate::source::{Located, Span};

/// Where a module stands in the learning infrastructure. The order is the
/// tie-break order of the schedule: basis first, nanomodules last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stage {
    /// Basis knowledge, where a worker starts.
    Basis,
    /// A station on a metro learning line.
    Line,
    /// A regular training course.
    Training,
    /// A block at a fieldlab, which the module names in `fieldlab`.
    Fieldlab,
    /// A nanomodule of a few hours, to close a last gap.
    Nanomodule,
}

impl Stage {
    /// Every stage, in the schedule's tie-break order: basis first,
    /// nanomodules last.
    pub const ALL: [Stage; 5] = [
        Stage::Basis,
        Stage::Line,
        Stage::Training,
        Stage::Fieldlab,
        Stage::Nanomodule,
    ];

    /// The stage as a curriculum writes it (`stage = "line"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Basis => "basis",
            Stage::Line => "line",
            Stage::Training => "training",
            Stage::Fieldlab => "fieldlab",
            Stage::Nanomodule => "nanomodule",
        }
    }

    pub(crate) fn parse(text: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|stage| stage.as_str() == text)
    }
}

/// How a module is delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mode {
    /// On the job, at the workplace.
    Workplace,
    /// In a classroom, in person.
    Classroom,
    /// Online, at a distance.
    Online,
    /// Partly in a classroom, partly online.
    Blended,
    /// At a fieldlab (the mode of the shipped curriculum's fieldlab blocks).
    Fieldlab,
}

impl Mode {
    /// Every mode, in the order the curriculum format lists them.
    pub const ALL: [Mode; 5] = [
        Mode::Workplace,
        Mode::Classroom,
        Mode::Online,
        Mode::Blended,
        Mode::Fieldlab,
    ];

    /// The mode as a curriculum and `--avoid-mode` write it (`blended`).
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Workplace => "workplace",
            Mode::Classroom => "classroom",
            Mode::Online => "online",
            Mode::Blended => "blended",
            Mode::Fieldlab => "fieldlab",
        }
    }

    pub(crate) fn parse(text: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|mode| mode.as_str() == text)
    }
}

#[derive(Debug, Clone)]
pub struct Skill {
    pub id: String,
    pub name: String,
    /// Its ESCO skill URI, and where the curriculum writes it.
    pub esco: Option<Located<String>>,
    pub max_level: u8,
    /// The `id = …` value, where diagnostics about the skill point.
    pub span: Span,
}

/// A module (`[[module]]`): what a worker needs to take it, what it grants,
/// and what it takes in hours, euro and weeks. `None` is a field the
/// curriculum leaves out.
#[derive(Debug, Clone)]
pub struct Module {
    /// Its id, unique among the modules (`rob-intro`).
    pub id: String,
    /// Its name, as the curriculum writes it (Dutch in the shipped one).
    pub name: String,
    /// Where it stands in the learning infrastructure.
    pub stage: Stage,
    /// The study load in hours: above 0, at most 10000, in whole hundredths.
    pub hours: f64,
    /// The price in euro: 0 (the default) to 1000000, in whole cents.
    pub cost: f64,
    /// The minimum duration in calendar weeks (1 to 520): its step never
    /// ends sooner, whatever the hours per week.
    pub weeks: Option<u32>,
    /// How it is delivered; a module without one is never left out by
    /// `--avoid-mode`.
    pub mode: Option<Mode>,
    /// The fieldlab it takes place at: given exactly when the stage is
    /// [`Stage::Fieldlab`].
    pub fieldlab: Option<FieldlabId>,
    /// Who offers it (`ROC`, `Smart Makers Academy`).
    pub provider: Option<String>,
    /// What it is about, in free text.
    pub description: Option<String>,
    /// A web page about it.
    pub url: Option<String>,
    /// The language it is taught in, as written (`en`).
    pub language: Option<String>,
    /// The certificate or other credential it leads to, as written.
    pub credential: Option<String>,
    /// The URI of the Open Badges achievement that stands for this module,
    /// when a provider already issues badges under its own id; otherwise
    /// [`crate::model::Curriculum::module_uri`] derives one.
    pub achievement: Option<Located<String>>,
    /// Skill-levels a worker must all hold to take it.
    pub requires: Vec<Located<SkillLevel>>,
    /// Groups of alternatives: of each group, a worker must hold at least one.
    pub requires_any: Vec<Vec<Located<SkillLevel>>>,
    /// Skill-levels a worker holds once it is done; never empty.
    pub grants: Vec<Located<SkillLevel>>,
    /// The `id = …` value.
    pub span: Span,
    /// The `hours = …` value.
    pub hours_span: Span,
}

#[derive(Debug, Clone)]
pub struct Line {
    pub id: String,
    pub name: String,
    pub color: Option<String>,
    pub stations: Vec<Located<ModuleId>>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Fieldlab {
    pub id: String,
    pub name: String,
    pub location: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Profile {
    pub id: String,
    pub name: String,
    pub requires: Vec<Located<SkillLevel>>,
    pub span: Span,
}

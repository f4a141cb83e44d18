//! The items a curriculum is made of.

use super::{FieldlabId, ModuleId, SkillLevel};

use crate::source::{Located, Span};

/// Where a module stands in the learning infrastructure. The order is the
/// tie-break order of the schedule: basis first, nanomodules last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stage {
    Basis,
    Line,
    Training,
    Fieldlab,
    Nanomodule,
}

impl Stage {
    pub const ALL: [Stage; 5] = [
        Stage::Basis,
        Stage::Line,
        Stage::Training,
        Stage::Fieldlab,
        Stage::Nanomodule,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Basis => "basis",
            Stage::Line => "line",
            Stage::Training => "training",
            Stage::Fieldlab => "fieldlab",
            Stage::Nanomodule => "nanomodule",
        }
    }

    pub fn parse(text: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|stage| stage.as_str() == text)
    }
}

/// How a module is delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mode {
    Workplace,
    Classroom,
    Online,
    Blended,
    Fieldlab,
}

impl Mode {
    pub const ALL: [Mode; 5] = [
        Mode::Workplace,
        Mode::Classroom,
        Mode::Online,
        Mode::Blended,
        Mode::Fieldlab,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Workplace => "workplace",
            Mode::Classroom => "classroom",
            Mode::Online => "online",
            Mode::Blended => "blended",
            Mode::Fieldlab => "fieldlab",
        }
    }

    pub fn parse(text: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|mode| mode.as_str() == text)
    }
}

#[derive(Debug, Clone)]
pub struct Skill {
    pub id: String,
    pub name: String,
    pub esco: Option<String>,
    pub max_level: u8,
    /// The `id = …` value, where diagnostics about the skill point.
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Module {
    pub id: String,
    pub name: String,
    pub stage: Stage,
    pub hours: f64,
    pub cost: f64,
    pub weeks: Option<u32>,
    pub mode: Option<Mode>,
    pub fieldlab: Option<FieldlabId>,
    pub provider: Option<String>,
    pub description: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    pub credential: Option<String>,
    pub requires: Vec<Located<SkillLevel>>,
    pub requires_any: Vec<Vec<Located<SkillLevel>>>,
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

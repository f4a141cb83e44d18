//! A worker's skills passport.

use super::{ModuleId, SkillLevel};

/// What a worker holds and how they want to learn. The grants of the
/// `completed` modules count as held too (the planner adds them).
#[derive(Debug, Clone, Default)]
pub struct Passport {
    pub id: String,
    pub name: String,
    pub skills: Vec<SkillLevel>,
    pub completed: Vec<ModuleId>,
    /// Default target profile id, as written (resolved by the command).
    pub target: Option<String>,
    pub hours_per_week: Option<f64>,
    pub budget: Option<f64>,
}

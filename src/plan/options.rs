//! How to plan: the objective, the worker's limits and the modules to leave
//! out, with their defaults, and the one rule for who decides each value.
//!
//! **Precedence**, the same for `plan`, `advise`, `gap` and `batch`: a value
//! given on the command line wins; else the passport's (a TOML passport, or
//! a bulk row); else the default. So `batch --budget 10000` asks "what if
//! every worker had €10,000?" without rewriting the input, and a row's own
//! budget applies when the command line sets none.

use std::sync::Arc;
use std::time::Duration;

use crate::model::{DEFAULT_HOURS_PER_WEEK, Date, Holiday, Mode, ModuleId, Passport};

/// The default bound on the exact search, in milliseconds.
pub const DEFAULT_TIME_LIMIT_MS: u64 = 2000;

/// What the search minimises first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Objective {
    /// Fewest study hours; among those, the lowest cost, then fewest modules.
    Hours,
    /// Lowest cost in euro; among those, the fewest hours, then fewest modules.
    Cost,
}

impl Objective {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Objective::Hours => "hours",
            Objective::Cost => "cost",
        }
    }
}

/// How to plan one worker: the command line and the passport merged.
#[derive(Debug, Clone)]
pub struct Options {
    /// What the search minimises first (default: hours).
    pub objective: Objective,
    /// The most the route may cost, in euro; `None`: no cap.
    pub budget: Option<f64>,
    /// Learning hours per week, which the calendar fills (default 8).
    pub hours_per_week: f64,
    /// The day the plan starts, a working day; `None`: the steps get weeks
    /// but no dates.
    pub start: Option<Date>,
    /// The periods without learning (with a start date): the curriculum's
    /// and the holidays files'.
    pub holidays: Arc<[Holiday]>,
    /// Modules never to plan, besides the passport's completed ones.
    pub exclude: Vec<ModuleId>,
    /// Modes never to plan: a module given in one of them is left out.
    pub avoid_modes: Vec<Mode>,
    /// How long the exact search may run (default 2 seconds). When it runs
    /// out, the best route found comes back with `optimal` false; with no
    /// route found, the status is `Timeout`.
    pub time_limit: Duration,
}

impl Default for Options {
    fn default() -> Options {
        Settings::default().for_worker(&Passport::default())
    }
}

/// What the command line says for every worker it plans; `None` leaves the
/// value to each worker's passport.
#[derive(Debug, Clone)]
pub struct Settings {
    pub objective: Objective,
    pub budget: Option<f64>,
    pub hours_per_week: Option<f64>,
    /// The target profile's id.
    pub target: Option<String>,
    pub start: Option<Date>,
    pub holidays: Arc<[Holiday]>,
    pub exclude: Vec<ModuleId>,
    pub avoid_modes: Vec<Mode>,
    pub time_limit: Duration,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            objective: Objective::Hours,
            budget: None,
            hours_per_week: None,
            target: None,
            start: None,
            holidays: Arc::from([]),
            exclude: Vec::new(),
            avoid_modes: Vec::new(),
            time_limit: Duration::from_millis(DEFAULT_TIME_LIMIT_MS),
        }
    }
}

impl Settings {
    /// The options for one worker, by the precedence rule above.
    pub fn for_worker(&self, passport: &Passport) -> Options {
        Options {
            objective: self.objective,
            budget: self.budget.or(passport.budget),
            hours_per_week: self
                .hours_per_week
                .or(passport.hours_per_week)
                .unwrap_or(DEFAULT_HOURS_PER_WEEK),
            start: self.start,
            holidays: Arc::clone(&self.holidays),
            exclude: self.exclude.clone(),
            avoid_modes: self.avoid_modes.clone(),
            time_limit: self.time_limit,
        }
    }

    /// The target profile id for one worker, by the same rule.
    pub fn target_for<'a>(&'a self, passport_target: Option<&'a str>) -> Option<&'a str> {
        self.target.as_deref().or(passport_target)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The command line wins, then the passport, then the default; for each
    /// value on its own.
    #[test]
    fn the_command_line_wins_then_the_passport_then_the_default() {
        let passport = Passport {
            budget: Some(1500.0),
            hours_per_week: Some(4.0),
            ..Passport::default()
        };
        let none = Settings::default();
        let options = none.for_worker(&passport);
        assert_eq!(
            (options.budget, options.hours_per_week),
            (Some(1500.0), 4.0)
        );
        assert_eq!(
            none.target_for(Some("cobot-operator")),
            Some("cobot-operator")
        );
        let all = Settings {
            budget: Some(10_000.0),
            hours_per_week: Some(16.0),
            target: Some("plc-programmer".into()),
            ..Settings::default()
        };
        let options = all.for_worker(&passport);
        assert_eq!(
            (options.budget, options.hours_per_week),
            (Some(10_000.0), 16.0)
        );
        assert_eq!(
            all.target_for(Some("cobot-operator")),
            Some("plc-programmer")
        );
        let options = none.for_worker(&Passport::default());
        assert_eq!(
            (options.budget, options.hours_per_week),
            (None, DEFAULT_HOURS_PER_WEEK)
        );
        assert_eq!(none.target_for(None), None);
    }
}

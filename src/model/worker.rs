//! A worker's skills passport, and the rules its values follow wherever
//! they come from: a passport file, a bulk row or a command-line flag.

use std::ops::RangeInclusive;

use super::{ModuleId, SkillLevel};

/// What a worker holds and how they want to learn. The grants of the
/// `completed` modules count as held too (the planner adds them).
#[derive(Debug, Clone, Default)]
pub struct Passport {
    /// The worker's id, which plans name (`anna`).
    pub id: String,
    /// The worker's name; a passport or bulk row without one gets the id.
    pub name: String,
    /// The skill-levels the worker holds, as the passport lists them.
    pub skills: Vec<SkillLevel>,
    /// Modules the worker has done: never planned again.
    pub completed: Vec<ModuleId>,
    /// Default target profile id, as written (resolved by the command).
    pub target: Option<String>,
    /// Learning hours per week; `None` leaves it to the command line, else
    /// to the default of 8.
    pub hours_per_week: Option<f64>,
    /// The most a route may cost, in euro; `None`: no cap unless the
    /// command line sets one.
    pub budget: Option<f64>,
}

/// The default learning time: one day in five, "four days work, one day learning".
pub const DEFAULT_HOURS_PER_WEEK: f64 = 8.0;
/// The weekly learning time a plan accepts: from half an hour to the whole week.
pub const HOURS_PER_WEEK_RANGE: RangeInclusive<f64> = 0.5..=168.0;

/// A passport value outside what a plan accepts. The message is the same
/// for a passport file, a bulk row and a flag; each says where, and gives
/// the fix in its own notation.
#[derive(Debug, Clone, Copy, PartialEq, thiserror::Error)]
pub enum InvalidValue {
    #[error(
        "hours per week must be between {low} and {high} (a week has 168 hours), found {0}",
        low = HOURS_PER_WEEK_RANGE.start(),
        high = HOURS_PER_WEEK_RANGE.end()
    )]
    HoursPerWeek(f64),
    #[error("the budget must be 0 or more euro, found {0}")]
    Budget(f64),
    #[error("the budget must be a finite amount of euro, found {0}")]
    UnboundedBudget(f64),
}

/// A weekly learning time, if a plan accepts it.
pub fn check_hours_per_week(hours: f64) -> Result<f64, InvalidValue> {
    if HOURS_PER_WEEK_RANGE.contains(&hours) {
        Ok(hours)
    } else {
        Err(InvalidValue::HoursPerWeek(hours))
    }
}

/// A budget in euro, if a plan accepts it (0 is a budget: nothing to spend).
/// `-0` is taken as 0, so that no message shows "€-0.00".
pub fn check_budget(budget: f64) -> Result<f64, InvalidValue> {
    if budget.is_infinite() {
        Err(InvalidValue::UnboundedBudget(budget))
    } else if budget >= 0.0 {
        Ok(budget.abs())
    } else {
        Err(InvalidValue::Budget(budget))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rules_accept_exactly_their_ranges() {
        for hours in [0.5, 8.0, 168.0] {
            assert_eq!(check_hours_per_week(hours), Ok(hours));
        }
        for hours in [0.49, 168.01, 0.0, -8.0, f64::NAN, f64::INFINITY, 500.0] {
            assert!(check_hours_per_week(hours).is_err(), "{hours}");
        }
        for budget in [0.0, 0.01, 3000.0, 1e12] {
            assert_eq!(check_budget(budget), Ok(budget));
        }
        for budget in [-0.01, -5.0, f64::NAN, f64::INFINITY] {
            assert!(check_budget(budget).is_err(), "{budget}");
        }
        assert!(check_budget(-0.0).is_ok_and(f64::is_sign_positive));
        assert_eq!(
            check_budget(f64::INFINITY).map_err(|e| e.to_string()),
            Err("the budget must be a finite amount of euro, found inf".to_string())
        );
    }
}

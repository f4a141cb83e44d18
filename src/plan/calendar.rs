//! Putting a route's steps on a calendar, in weeks and, from a start date, in dates.

use crate::model::{Curriculum, ModuleId};

/// One step's place on the calendar; weeks count from 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Slot {
    pub start_week: u32,
    pub end_week: u32,
}

/// The calendar: each step starts in the week the previous one ends while
/// learning hours are left that week, ends when its hours are done, and
/// never before its minimum number of weeks.
pub fn calendar(curriculum: &Curriculum, steps: &[ModuleId], hours_per_week: f64) -> Vec<Slot> {
    let mut week = 1u32;
    // Hours already used in `week`.
    let mut used = 0.0f64;
    let mut slots = Vec::with_capacity(steps.len());
    for &step in steps {
        let module = curriculum.module(step);
        if used >= hours_per_week - 1e-9 {
            week = week.saturating_add(1);
            used = 0.0;
        }
        let start_week = week;
        let mut remaining = module.hours;
        let first = remaining.min(hours_per_week - used);
        remaining -= first;
        used += first;
        if remaining > 1e-9 {
            let more_weeks = (remaining / hours_per_week - 1e-9).ceil().max(1.0);
            // Saturating: absurd inputs must not wrap the calendar around.
            week = week.saturating_add(more_weeks.min(f64::from(u32::MAX)) as u32);
            used = remaining - (more_weeks - 1.0) * hours_per_week;
        }
        let minimum_end = start_week.saturating_add(module.weeks.unwrap_or(1).max(1) - 1);
        if week < minimum_end {
            // Spread over the minimum: the last week carries an even share.
            week = minimum_end;
            used = (module.hours / f64::from(module.weeks.unwrap_or(1).max(1))).min(hours_per_week);
        }
        slots.push(Slot {
            start_week,
            end_week: week,
        });
    }
    slots
}

/// A calendar date, for `--start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`, rejecting impossible dates such as 2026-02-30.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: u32 = parts.next()?.parse().ok()?;
        let day: u32 = parts.next()?.parse().ok()?;
        let date = Date { year, month, day };
        // Plans start in this era; it also keeps every end date four digits long.
        (Date::from_days(date.to_days()) == date && (1900..=2999).contains(&year)).then_some(date)
    }

    /// Days since 1970-01-01 (the proleptic Gregorian calendar; H. Hinnant's algorithm).
    fn to_days(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month = i64::from(self.month);
        let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5
            + i64::from(self.day)
            - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    fn from_days(days: i64) -> Date {
        let days = days + 719_468;
        let era = days.div_euclid(146_097);
        let day_of_era = days - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn plus_days(self, days: i64) -> Date {
        Date::from_days(self.to_days() + days)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_and_add() {
        let start = Date::parse("2026-12-28").unwrap();
        assert_eq!(start.plus_days(7).to_string(), "2027-01-04");
        assert_eq!(
            Date::parse("2028-02-28").unwrap().plus_days(1).to_string(),
            "2028-02-29"
        );
        assert!(Date::parse("2026-02-29").is_none());
        assert!(Date::parse("2026-13-01").is_none());
        assert!(Date::parse("next monday").is_none());
    }
}

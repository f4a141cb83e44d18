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

/// A calendar date, for `--start`: jiff's civil date.
pub type Date = jiff::civil::Date;

/// Parses `YYYY-MM-DD`, rejecting impossible dates such as 2026-02-30 and
/// years outside 1900–2999 (plans start in this era; it also keeps every
/// end date four digits long).
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    // jiff also reads a date with a time; a start date is a day.
    if text.len() != "YYYY-MM-DD".len() {
        return None;
    }
    let date: Date = text.parse().ok()?;
    (1900..=2999).contains(&date.year()).then_some(date)
}

/// The date `days` after `date`; saturating at jiff's last date, which no
/// plan reaches.
pub fn days_after(date: Date, days: i64) -> Date {
    date.checked_add(jiff::Span::new().days(days))
        .unwrap_or(Date::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_and_add() {
        let start = parse_date("2026-12-28").unwrap();
        assert_eq!(days_after(start, 7).to_string(), "2027-01-04");
        assert_eq!(
            days_after(parse_date("2028-02-28").unwrap(), 1).to_string(),
            "2028-02-29"
        );
        assert!(parse_date("2026-02-29").is_none());
        assert!(parse_date("2026-13-01").is_none());
        assert!(parse_date("1899-12-31").is_none());
        assert!(parse_date("next monday").is_none());
        assert!(parse_date("2027-01-04T08:00").is_none());
    }
}

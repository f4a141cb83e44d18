//! Putting a route's steps on a calendar, in weeks and, from a start date, in
//! dates. The rules (README, "The calendar"):
//!
//! - A week runs from Monday to Sunday (an ISO week); week 1 is the week of
//!   the start. A week has `hours_per_week` learning hours, spread over its
//!   five working days (Monday to Friday). With a start date, a working day
//!   before the start or in a non-learning period ([`Holiday`]) has none, so
//!   a week inside the Christmas holidays carries no learning hours and a
//!   week with one such day carries four fifths.
//! - Steps are taken one after another, in the route's order. A step starts
//!   in the week the step before it ends while that week has hours left,
//!   but never before every step it needs has ended: it starts in the week
//!   after the last of them ends. It needs, per requirement that the worker
//!   does not hold at the start, the first earlier step that grants it (per
//!   `requires_any` group, that grants one of its alternatives): the steps
//!   [`needed_by`](super::steps::needed_by) names, which the plan's words
//!   name too. Steps end in order, so the first is the earliest to end.
//! - A step ends when its hours are done, and not before its `weeks`
//!   minimum: a step with a minimum of `n` weeks learns at most `hours / n`
//!   hours a week, so it spans at least `n` weeks with learning hours.
//! - Dates: a step starts on the first day of its start week that has
//!   learning hours, and ends on the Sunday of its end week. So a step that
//!   needs another starts after that one's end date.
//!
//! All date arithmetic, weekdays and ISO weeks are jiff's.

use jiff::civil::Weekday;

use crate::model::{Curriculum, Date, Holiday, ModuleId};

/// Kept here too: the plan's renderers read dates back with it.
pub use crate::model::parse_date;

/// One step's place on the calendar; weeks count from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub start_week: u32,
    pub end_week: u32,
    /// The first day the step is learned on, with a start date.
    pub start_date: Option<Date>,
    /// The Sunday of its end week, with a start date.
    pub end_date: Option<Date>,
}

/// Hours below this are rounding, not learning time.
const EPSILON: f64 = 1e-9;

/// The weeks a worker learns in: how many hours each week holds.
#[derive(Debug, Clone, Copy)]
pub struct Weeks<'a> {
    hours_per_week: f64,
    days: Option<Days<'a>>,
}

/// With a start date: which days of which week are learning days.
#[derive(Debug, Clone, Copy)]
struct Days<'a> {
    start: Date,
    /// The Monday of week 1.
    monday: Date,
    holidays: &'a [Holiday],
    /// From this week on, every week has all five working days.
    regular_from: u32,
}

impl<'a> Weeks<'a> {
    /// Weeks of `hours_per_week` hours (which must be above 0), from `start`
    /// when there is one, without learning in `holidays`.
    pub fn new(hours_per_week: f64, start: Option<Date>, holidays: &'a [Holiday]) -> Weeks<'a> {
        let days = start.map(|start| {
            let monday = monday_of(start);
            let mut days = Days {
                start,
                monday,
                holidays,
                regular_from: if start == monday { 1 } else { 2 },
            };
            let last_holiday = holidays.iter().map(|h| h.to).max();
            if let Some(last) = last_holiday.filter(|&last| last >= monday) {
                days.regular_from = days.regular_from.max(days.week_of(last).saturating_add(1));
            }
            days
        });
        Weeks {
            hours_per_week,
            days,
        }
    }

    /// The learning hours of `week`.
    fn hours(&self, week: u32) -> f64 {
        match &self.days {
            None => self.hours_per_week,
            Some(days) => {
                let learning = days
                    .working_days(week)
                    .filter(|&d| days.learns_on(d))
                    .count();
                self.hours_per_week * learning as f64 / 5.0
            }
        }
    }

    /// Whether every week from `week` on has all its hours.
    fn regular(&self, week: u32) -> bool {
        self.days
            .as_ref()
            .is_none_or(|days| week >= days.regular_from)
    }

    /// Places `hours` from `week`, in which `used` hours are taken already,
    /// at most `rate` a week: the step's start and end weeks, and the hours
    /// used in the end week.
    fn place(&self, mut week: u32, mut used: f64, hours: f64, rate: f64) -> (u32, u32, f64) {
        while self.hours(week) - used <= EPSILON {
            week = week.saturating_add(1);
            used = 0.0;
        }
        let start = week;
        let mut remaining = hours;
        loop {
            if used == 0.0 && self.regular(week) {
                // Every week from here holds the same: count them at once.
                let per_week = self.hours_per_week.min(rate);
                let weeks = (remaining / per_week - EPSILON).ceil().max(1.0);
                // Saturating: absurd inputs must not wrap the calendar around.
                let more = weeks.min(f64::from(u32::MAX)) as u32 - 1;
                return (
                    start,
                    week.saturating_add(more),
                    remaining - (weeks - 1.0) * per_week,
                );
            }
            let take = (self.hours(week) - used).min(rate).min(remaining).max(0.0);
            remaining -= take;
            used += take;
            if remaining <= EPSILON {
                return (start, week, used);
            }
            week = week.saturating_add(1);
            used = 0.0;
        }
    }

    /// The first day of `week` with learning hours, and its Sunday.
    fn dates(&self, start_week: u32, end_week: u32) -> (Option<Date>, Option<Date>) {
        let Some(days) = &self.days else {
            return (None, None);
        };
        let first = days
            .working_days(start_week)
            .find(|&d| days.learns_on(d))
            .unwrap_or_else(|| days.monday_of_week(start_week));
        let sunday = days
            .monday_of_week(end_week)
            .nth_weekday(1, Weekday::Sunday);
        (Some(first), Some(sunday.unwrap_or(Date::MAX)))
    }
}

impl Days<'_> {
    fn monday_of_week(&self, week: u32) -> Date {
        let span = jiff::Span::new().try_weeks(i64::from(week) - 1);
        span.ok()
            .and_then(|span| self.monday.checked_add(span).ok())
            .unwrap_or(Date::MAX)
    }

    /// Monday to Friday of `week`.
    fn working_days(&self, week: u32) -> impl Iterator<Item = Date> {
        self.monday_of_week(week)
            .series(jiff::Span::new().days(1))
            .take(5)
    }

    fn learns_on(&self, day: Date) -> bool {
        day >= self.start && !self.holidays.iter().any(|h| h.contains(day))
    }

    /// The week `day` falls in (1 for the start's week), for days from week 1.
    fn week_of(&self, day: Date) -> u32 {
        let weeks = (day - self.monday).get_days() / 7;
        u32::try_from(weeks).map_or(u32::MAX, |w| w.saturating_add(1))
    }
}

/// The Monday of the ISO week `day` is in.
fn monday_of(day: Date) -> Date {
    day.iso_week_date()
        .first_of_week()
        .map_or(day, |monday| monday.date())
}

/// Whether `day` is a working day: Monday to Friday, in no non-learning period.
pub fn is_working_day(day: Date, holidays: &[Holiday]) -> bool {
    !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday)
        && !holidays.iter().any(|h| h.contains(day))
}

/// The day a plan starting at `start` really starts: `start` when it is a
/// working day, else the next working day (a weekend's Monday; the first
/// working day after a holiday).
pub fn working_start(start: Date, holidays: &[Holiday]) -> Date {
    let mut day = start;
    while !is_working_day(day, holidays) {
        match day.tomorrow() {
            Ok(next) => day = next,
            Err(_) => return start,
        }
    }
    day
}

/// The calendar of a route's `steps`, in order, where `needed_by[i]` are
/// the later steps that need step `i` ([`super::steps::needed_by`], the
/// relation the plan's words name too): see the module's rules.
pub fn calendar(
    curriculum: &Curriculum,
    steps: &[ModuleId],
    needed_by: &[Vec<usize>],
    weeks: &Weeks<'_>,
) -> Vec<Slot> {
    let mut week = 1u32;
    // Hours already used in `week`.
    let mut used = 0.0f64;
    // Per step: the first week it may start in, after the steps it needs.
    let mut ready = vec![1u32; steps.len()];
    let mut slots = Vec::with_capacity(steps.len());
    for (index, &step) in steps.iter().enumerate() {
        let module = curriculum.module(step);
        if ready[index] > week {
            week = ready[index];
            used = 0.0;
        }
        let minimum = f64::from(module.weeks.unwrap_or(1).max(1));
        let (start_week, end_week, end_used) =
            weeks.place(week, used, module.hours, module.hours / minimum);
        (week, used) = (end_week, end_used);
        for &later in needed_by.get(index).into_iter().flatten() {
            if let Some(after) = ready.get_mut(later) {
                *after = (*after).max(end_week.saturating_add(1));
            }
        }
        let (start_date, end_date) = weeks.dates(start_week, end_week);
        slots.push(Slot {
            start_week,
            end_week,
            start_date,
            end_date,
        });
    }
    slots
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn holiday(from: Date, to: Date) -> Holiday {
        Holiday {
            name: "vakantie".into(),
            from,
            to,
        }
    }

    #[test]
    fn a_start_that_is_no_working_day_moves_to_the_next_one() {
        let christmas = [holiday(date(2027, 12, 25), date(2028, 1, 9))];
        // Monday stays; a Sunday moves to its Monday.
        assert_eq!(working_start(date(2027, 1, 4), &[]), date(2027, 1, 4));
        assert_eq!(working_start(date(2027, 1, 3), &[]), date(2027, 1, 4));
        assert_eq!(working_start(date(2027, 1, 2), &[]), date(2027, 1, 4));
        assert_eq!(working_start(date(2027, 1, 6), &[]), date(2027, 1, 6));
        // In the Christmas holidays: the Monday after them.
        assert_eq!(
            working_start(date(2027, 12, 28), &christmas),
            date(2028, 1, 10)
        );
        assert_eq!(
            working_start(date(2027, 12, 24), &christmas),
            date(2027, 12, 24)
        );
    }

    #[test]
    fn weeks_hold_the_hours_of_their_learning_days() {
        let christmas = [holiday(date(2027, 12, 25), date(2028, 1, 9))];
        // From Wednesday 15 December 2027: 3 days in week 1, then a whole
        // week, then two Christmas weeks, then whole weeks again.
        let weeks = Weeks::new(10.0, Some(date(2027, 12, 15)), &christmas);
        let hours: Vec<f64> = (1..=6).map(|w| weeks.hours(w)).collect();
        assert_eq!(hours, [6.0, 10.0, 0.0, 0.0, 10.0, 10.0]);
        assert!(!weeks.regular(4) && weeks.regular(5));
        // 30 hours: 6 + 10, the holidays, then 10 and 4 of week 6.
        assert_eq!(weeks.place(1, 0.0, 30.0, f64::INFINITY), (1, 6, 4.0));
        assert_eq!(
            weeks.dates(1, 6),
            (Some(date(2027, 12, 15)), Some(date(2028, 1, 23)))
        );
        // A step that would start in the holidays starts after them.
        assert_eq!(weeks.place(2, 10.0, 5.0, f64::INFINITY), (5, 5, 5.0));
        assert_eq!(weeks.dates(5, 5).0, Some(date(2028, 1, 10)));
        // Without dates every week is whole.
        let plain = Weeks::new(10.0, None, &christmas);
        assert_eq!(plain.place(1, 4.0, 30.0, f64::INFINITY), (1, 4, 4.0));
        assert_eq!(plain.dates(1, 4), (None, None));
        // A minimum of 5 weeks: at most 8 of 40 hours a week.
        assert_eq!(plain.place(1, 0.0, 40.0, 8.0), (1, 5, 8.0));
    }
}

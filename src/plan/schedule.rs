//! Putting a chosen set of modules in order and on a calendar.

use crate::analysis::can_take;
use crate::model::{Curriculum, ModuleId};

/// One step's place on the calendar; weeks count from 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Slot {
    pub start_week: u32,
    pub end_week: u32,
}

/// The order in which `modules` are preferred when several can be taken: by
/// stage, then by station position on a line (the earliest of any line),
/// then by id. Per module of the curriculum, its rank among `modules`
/// (`u32::MAX` for the others); worked out once per target, for its scope.
pub fn precedence(curriculum: &Curriculum, modules: &[ModuleId]) -> Vec<u32> {
    let mut station = vec![usize::MAX; curriculum.modules.len()];
    for line in &curriculum.lines {
        for (position, s) in line.stations.iter().enumerate() {
            let best = &mut station[s.value.index()];
            *best = (*best).min(position);
        }
    }
    let mut ranked = modules.to_vec();
    ranked.sort_by_key(|&m| {
        let module = curriculum.module(m);
        (module.stage, station[m.index()], module.id.as_str())
    });
    let mut rank = vec![u32::MAX; curriculum.modules.len()];
    for (position, m) in ranked.into_iter().enumerate() {
        rank[m.index()] = position as u32;
    }
    rank
}

/// The chosen modules in dependency order: at each point, of the modules
/// whose requirements are held, the first by [`precedence`] (`rank`).
/// `None` when the set cannot be completed in any order.
pub fn order(
    curriculum: &Curriculum,
    rank: &[u32],
    chosen: &[ModuleId],
    start_levels: &[u8],
) -> Option<Vec<ModuleId>> {
    let mut pending: Vec<ModuleId> = chosen.to_vec();
    pending.sort_by_key(|m| rank[m.index()]);
    let mut levels = start_levels.to_vec();
    let mut ordered = Vec::with_capacity(pending.len());
    while !pending.is_empty() {
        let next = pending
            .iter()
            .position(|&m| can_take(curriculum.module(m), &levels))?;
        let module = pending.remove(next);
        for grant in &curriculum.module(module).grants {
            let held = &mut levels[grant.value.skill.index()];
            *held = (*held).max(grant.value.level);
        }
        ordered.push(module);
    }
    Some(ordered)
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
    use crate::load::{Origin, load_curriculum};

    /// Ranks are a permutation that follows stage, then the earliest station
    /// position on any line, then id; `order` takes the first takeable by rank.
    #[test]
    fn precedence_ranks_by_stage_station_and_id() {
        let curriculum = load_curriculum(&Origin::Embedded).expect("the shipped curriculum");
        let everything: Vec<ModuleId> = curriculum.module_ids().collect();
        let rank = precedence(&curriculum, &everything);
        let mut by_rank: Vec<ModuleId> = curriculum.module_ids().collect();
        by_rank.sort_by_key(|m| rank[m.index()]);
        let station = |m: ModuleId| {
            let positions = curriculum
                .lines
                .iter()
                .filter_map(|line| line.stations.iter().position(|s| s.value == m));
            positions.min().unwrap_or(usize::MAX)
        };
        let key = |m: ModuleId| {
            let module = curriculum.module(m);
            (module.stage, station(m), module.id.clone())
        };
        for pair in by_rank.windows(2) {
            assert!(
                key(pair[0]) < key(pair[1]),
                "{:?}",
                (key(pair[0]), key(pair[1]))
            );
        }
        let mut ranks = rank.clone();
        ranks.sort_unstable();
        assert!(ranks.iter().copied().eq(0..curriculum.modules.len() as u32));

        let reversed: Vec<ModuleId> = by_rank.iter().rev().copied().collect();
        let everything = vec![u8::MAX; curriculum.skills.len()];
        assert_eq!(
            order(&curriculum, &rank, &reversed, &everything),
            Some(by_rank),
            "with every skill held, the order is the ranking"
        );
    }

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

//! Non-learning periods (school holidays, the Christmas weeks), and the
//! calendar dates they and `--start` are written in.

/// A calendar day: jiff's civil date.
pub type Date = jiff::civil::Date;

/// A named period in which nobody learns, from its first day to its last,
/// both included: `[[holiday]]` in a curriculum or a holidays file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    /// What people call it: "Kerstvakantie 2027".
    pub name: String,
    /// The first day without learning.
    pub from: Date,
    /// The last day without learning; never before `from`.
    pub to: Date,
}

impl Holiday {
    /// Whether `day` falls in the period.
    pub fn contains(&self, day: Date) -> bool {
        (self.from..=self.to).contains(&day)
    }
}

/// The years a date may lie in: plans start in this era, and it keeps every
/// date four digits long.
pub const YEARS: std::ops::RangeInclusive<i16> = 1900..=2999;

/// Parses `YYYY-MM-DD`, rejecting impossible dates such as 2026-02-30 and
/// years outside [`YEARS`].
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    // jiff also reads a date with a time; these are days.
    if text.len() != "YYYY-MM-DD".len() {
        return None;
    }
    let date: Date = text.parse().ok()?;
    YEARS.contains(&date.year()).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_within_the_era() {
        assert_eq!(
            parse_date("2028-02-29").map(|d| d.to_string()),
            Some("2028-02-29".to_string())
        );
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "1899-12-31",
            "3000-01-01",
            "next monday",
            "2027-01-04T08:00",
            "27-01-04",
        ] {
            assert!(parse_date(bad).is_none(), "{bad}");
        }
    }
}

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

/// Hours as people write them: digits with a decimal point or a Dutch
/// decimal comma (`8`, `2.5`, `2,5`); `None` for anything else. Hours are
/// never grouped in thousands, so a comma or a point is always decimal.
pub fn parse_hours(text: &str) -> Option<f64> {
    let text = text.trim();
    let (whole, fraction) = match text.split_once([',', '.']) {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text, None),
    };
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || fraction.is_some_and(|fraction| !digits(fraction)) {
        return None;
    }
    let plain = match fraction {
        Some(fraction) => format!("{whole}.{fraction}"),
        None => whole.to_string(),
    };
    plain.parse().ok()
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

/// Why a text is not an amount of euro. The notation (README, "Amounts"):
/// a comma is always the decimal separator; a point followed by groups of
/// exactly three digits separates thousands (`2.000`, `1.234.567`), any
/// other point is a decimal point (`2.5`, `1984.999`); a euro sign and
/// `,-` ("no cents") may be written. What could be read two ways is refused.
/// `written` is the text as given; `meant` what it may have meant, as valid
/// amounts, for the fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadAmount {
    /// Not written with digits (`lots`, `inf`, `1e3`, nothing).
    #[error("`{written}` is not an amount of euro")]
    NotAnAmount { written: String },
    /// A comma followed by exactly three digits (`2,000`): a decimal comma
    /// is never followed by three digits in an amount, an English thousands
    /// separator is.
    #[error(
        "`{written}` can be read two ways: a comma is the decimal separator, but the three digits after it look like thousands"
    )]
    CommaThousands {
        written: String,
        /// The thousands reading and the decimal one: `2000` and `2,00`.
        meant: [String; 2],
    },
    /// Separators that follow neither rule (`1,234.56`, `1.50.000`, `2 000`).
    #[error(
        "`{written}` is not an amount in this notation: a comma is the decimal separator, and points stand only between groups of three digits"
    )]
    Separators {
        written: String,
        /// What it reads as without the stray separators, when that is clear
        /// (`1,234.56` → `1234.56`, `2 000` → `2000`).
        meant: Option<String>,
    },
}

/// Reads an amount of euro as people write it, by the rule of
/// [`BadAmount`]: `2000`, `2.000`, `2000,50`, `2.000,50`, `€ 2.000`,
/// `€2000`, `2000 €`, `2.000,-` and `2.5`. A leading `-` is read (the budget
/// rule then refuses it, with its own message).
pub fn parse_euro(text: &str) -> Result<f64, BadAmount> {
    let written = text.trim();
    let (negative, unsigned) = match written.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, written),
    };
    let number = match (unsigned.strip_prefix('€'), unsigned.strip_suffix('€')) {
        (Some(rest), _) => rest.trim_start(),
        (None, Some(rest)) => rest.trim_end(),
        (None, None) => unsigned,
    };
    let number = number.strip_suffix(",-").unwrap_or(number);
    match plain_number(number) {
        Some(plain) => {
            // Digits, at most one point: always a finite or infinite f64.
            let euro: f64 = plain.parse().unwrap_or(f64::INFINITY);
            Ok(if negative { -euro } else { euro })
        }
        None => Err(why_not(written, number)),
    }
}

/// `number` (no sign, no euro sign) as plain digits with at most one
/// decimal point, if the notation reads it one way only.
fn plain_number(number: &str) -> Option<String> {
    match number.split_once(',') {
        // A decimal comma with three digits after it is refused (below).
        Some((whole, fraction)) if digits(fraction) && !(fraction.len() == 3 && digits(whole)) => {
            Some(format!("{}.{fraction}", whole_euro(whole)?))
        }
        Some(_) => None,
        None if thousands_grouped(number) => Some(number.replace('.', "")),
        None => match number.split_once('.') {
            Some((units, fraction)) => {
                (digits(units) && digits(fraction)).then(|| number.to_string())
            }
            None => digits(number).then(|| number.to_string()),
        },
    }
}

/// The whole euro before a decimal comma: digits, or digits grouped in thousands.
fn whole_euro(whole: &str) -> Option<String> {
    if digits(whole) {
        Some(whole.to_string())
    } else {
        thousands_grouped(whole).then(|| whole.replace('.', ""))
    }
}

/// Why `number` (of the amount `written`) is refused, with what it may have meant.
fn why_not(written: &str, number: &str) -> BadAmount {
    let written = written.to_string();
    if !number.bytes().any(|b| b.is_ascii_digit())
        || !number
            .bytes()
            .all(|b| b.is_ascii_digit() || b".,  ".contains(&b))
    {
        return BadAmount::NotAnAmount { written };
    }
    if let Some((whole, fraction)) = number.split_once(',')
        && digits(whole)
        && digits(fraction)
        && fraction.len() == 3
    {
        let meant = [
            format!("{whole}{fraction}"),
            format!("{whole},{}", &fraction[..2]),
        ];
        return BadAmount::CommaThousands { written, meant };
    }
    // Spaces between thousands (`2 000`), or English notation (`1,234.56`).
    let english = number.rsplit_once('.').and_then(|(whole, fraction)| {
        let whole = whole.replace(',', "");
        (digits(&whole) && digits(fraction)).then(|| format!("{whole}.{fraction}"))
    });
    let meant = match number.contains(' ') {
        true => plain_number(&number.replace(' ', "")),
        false if number.contains(',') => english,
        false => None,
    };
    BadAmount::Separators { written, meant }
}

fn digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `text` is digits grouped in thousands by points: 1 to 3 digits
/// (not starting with 0), then one or more groups of a point and exactly
/// three digits (`2.000`, `12.500`, `1.234.567`; not `0.500` or `2000.000`).
pub fn thousands_grouped(text: &str) -> bool {
    let mut groups = text.split('.');
    let first = groups.next().unwrap_or_default();
    text.contains('.')
        && first.len() <= 3
        && digits(first)
        && !first.starts_with('0')
        && groups.all(|group| group.len() == 3 && digits(group))
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

    /// Every way an advisor writes an amount is read as they mean it.
    #[test]
    fn amounts_are_read_in_dutch_and_plain_notation() {
        for (text, euro) in [
            ("2000", 2000.0),
            ("2.000", 2000.0),
            ("12.500", 12_500.0),
            ("1.234.567", 1_234_567.0),
            ("2000,50", 2000.5),
            ("2000,5", 2000.5),
            ("2.000,50", 2000.5),
            ("1.234,567", 1234.567),
            ("€ 2.000", 2000.0),
            ("€2000", 2000.0),
            ("2000 €", 2000.0),
            ("€ 2.000,-", 2000.0),
            ("2.000,-", 2000.0),
            ("2.5", 2.5),
            ("2.50", 2.5),
            ("0.500", 0.5),
            ("2000.000", 2000.0),
            ("1984.999", 1984.999),
            ("0", 0.0),
            ("-0", -0.0),
            ("-5", -5.0),
            ("  1500 ", 1500.0),
        ] {
            assert_eq!(parse_euro(text), Ok(euro), "{text}");
        }
    }

    /// What could be meant two ways, or follows neither rule, is refused,
    /// with the readings it may have meant.
    #[test]
    fn ambiguous_and_malformed_amounts_are_refused() {
        let comma = |written: &str, thousands: &str, decimal: &str| BadAmount::CommaThousands {
            written: written.into(),
            meant: [thousands.into(), decimal.into()],
        };
        let separators = |written: &str, meant: Option<&str>| BadAmount::Separators {
            written: written.into(),
            meant: meant.map(String::from),
        };
        let not = |written: &str| BadAmount::NotAnAmount {
            written: written.into(),
        };
        for (text, problem) in [
            ("2,000", comma("2,000", "2000", "2,00")),
            ("€ 1,500", comma("€ 1,500", "1500", "1,50")),
            ("1,234.56", separators("1,234.56", Some("1234.56"))),
            ("1,234,567", separators("1,234,567", None)),
            ("2 000", separators("2 000", Some("2000"))),
            ("1.50.000", separators("1.50.000", None)),
            ("2.", separators("2.", None)),
            (".5", separators(".5", None)),
            ("2000,", separators("2000,", None)),
            ("lots", not("lots")),
            ("inf", not("inf")),
            ("1e3", not("1e3")),
            ("", not("")),
            ("€", not("€")),
            ("+5", not("+5")),
        ] {
            assert_eq!(parse_euro(text), Err(problem), "{text}");
        }
    }
}

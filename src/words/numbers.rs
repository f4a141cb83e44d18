//! Numbers, amounts and dates as each language writes them. Dutch groups
//! thousands with a point and writes decimals after a comma, with a space
//! after the euro sign (€ 1.985,00); English keeps the plain notation that
//! scripts and earlier output use (€1985.00).

use jiff::civil::Date;

use super::{Lang, Words, say};

impl Words {
    /// A quantity such as hours: whole when whole, else up to two decimals.
    pub fn number(&self, value: f64) -> String {
        let plain = if value.fract() == 0.0 {
            format!("{value:.0}")
        } else {
            format!("{value:.2}")
                .trim_end_matches('0')
                .trim_end_matches('.')
                .to_string()
        };
        self.localise(&plain)
    }

    /// A figure with exactly `decimals` decimals (`0.03` / `0,03`), for
    /// timings, rates and averages that line up run after run.
    pub fn fixed(&self, value: f64, decimals: usize) -> String {
        self.localise(&format!("{value:.decimals$}"))
    }

    /// A whole number of any size, grouped as the language groups thousands.
    pub fn integer(&self, value: u128) -> String {
        self.localise(&value.to_string())
    }

    /// An amount of euro, in cents.
    pub fn money(&self, euro: f64) -> String {
        let digits = self.localise(&format!("{euro:.2}"));
        match self.lang {
            Lang::Nl => format!("€ {digits}"),
            Lang::En => format!("€{digits}"),
        }
    }

    /// "120 hours" / "120 uur".
    pub fn hours(&self, hours: f64) -> String {
        say!(self, "amount-hours", n = hours, shown = self.number(hours))
    }

    /// "15 weeks" / "15 weken".
    pub fn weeks(&self, weeks: u32) -> String {
        say!(self, "amount-weeks", n = weeks, shown = weeks.to_string())
    }

    /// "11 January 2027" / "11 januari 2027".
    pub fn date(&self, date: Date) -> String {
        self.day_month_year(date, &MONTHS)
    }

    /// "11 Jan 2027" / "11 jan 2027": a date that fits a narrow column.
    pub fn date_short(&self, date: Date) -> String {
        self.day_month_year(date, &MONTHS_SHORT)
    }

    /// "11 Jan" / "11 jan": a short date within a year that is named.
    pub fn day_month(&self, date: Date) -> String {
        let month = self.month(date, &MONTHS_SHORT);
        say!(
            self,
            "date-day-month",
            day = date.day().to_string(),
            month = month
        )
    }

    fn day_month_year(&self, date: Date, months: &[&str; 12]) -> String {
        let (day, month) = (date.day().to_string(), self.month(date, months));
        say!(
            self,
            "date-long",
            day = day,
            month = month,
            year = date.year().to_string()
        )
    }

    fn month(&self, date: Date, months: &[&str; 12]) -> String {
        self.get(months[usize::from(date.month().unsigned_abs()) - 1])
    }

    /// "a, b and c" / "a, b en c".
    pub fn and_list(&self, items: &[String]) -> String {
        match items.split_last() {
            Some((last, rest)) if !rest.is_empty() => {
                say!(
                    self,
                    "list-and",
                    most = rest.join(", "),
                    last = last.as_str()
                )
            }
            _ => items.join(""),
        }
    }

    /// Dutch notation for a plain number (`1985.5` → `1.985,5`); English as is.
    fn localise(&self, plain: &str) -> String {
        if self.lang == Lang::En {
            return plain.to_string();
        }
        let (sign, unsigned) = match plain.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", plain),
        };
        let (whole, fraction) = match unsigned.split_once('.') {
            Some((whole, fraction)) => (whole, Some(fraction)),
            None => (unsigned, None),
        };
        let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
        for (i, digit) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                grouped.push('.');
            }
            grouped.push(digit);
        }
        match fraction {
            Some(fraction) => format!("{sign}{grouped},{fraction}"),
            None => format!("{sign}{grouped}"),
        }
    }
}

/// The catalogue's month names, January first.
pub(super) const MONTHS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];

/// Their abbreviations, for narrow columns.
pub(super) const MONTHS_SHORT: [&str; 12] = [
    "month-1.short",
    "month-2.short",
    "month-3.short",
    "month-4.short",
    "month-5.short",
    "month-6.short",
    "month-7.short",
    "month-8.short",
    "month-9.short",
    "month-10.short",
    "month-11.short",
    "month-12.short",
];

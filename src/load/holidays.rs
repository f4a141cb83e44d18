//! Non-learning periods: `[[holiday]]` tables in a curriculum or in a
//! holidays file (`--holidays FILE`, or `holidays` in the config file).
//!
//! ```toml
//! [[holiday]]
//! name = "Kerstvakantie 2027"
//! from = 2027-12-25   # the first day without learning
//! to = 2028-01-09     # the last day, included
//! ```
//!
//! A date is a TOML date or a string `"YYYY-MM-DD"`, in the years 1900 to
//! 2999; `to` is never before `from`.

use std::path::Path;

use super::fields::{Fields, NO_EXAMPLES, example};
use super::raw::{HOLIDAY_FIELDS, RawHoliday, Text, parse_document, read_holiday, tables_of};
use super::{LoadError, files};
use crate::diagnostic::{Code, Diagnostic, shown, suggest};
use crate::model::{Date, Holiday, YEARS, parse_date};
use crate::source::{SourceMap, Span};
use crate::words::phrase;

/// Reads a holidays file: `[[holiday]]` tables and nothing else.
pub fn load_holidays(path: &Path) -> Result<Vec<Holiday>, LoadError> {
    let mut sources = SourceMap::default();
    let mut diagnostics = Vec::new();
    let mut holidays = Vec::new();
    if let Some(file) = files::read_file(path, &mut sources, &mut diagnostics) {
        let document = parse_document(file, sources.text(file), &mut diagnostics);
        // A file with broken syntax is reported for its syntax only, as a
        // curriculum file is: what was read of it would add false errors.
        let broken = !diagnostics.is_empty();
        let mut raw = Vec::new();
        for (key, value) in document.get_ref().iter().filter(|_| !broken) {
            let key_span = Span::new(file, key.span());
            match key.get_ref().as_ref() {
                "holiday" => {
                    for (table, span) in
                        tables_of("holiday", file, key_span, value, &mut diagnostics)
                    {
                        let fields = Fields::new(
                            file,
                            table,
                            span,
                            "holiday",
                            HOLIDAY_FIELDS,
                            &NO_EXAMPLES,
                            &mut diagnostics,
                        );
                        raw.push(read_holiday(fields));
                    }
                }
                other => diagnostics.push(unknown_key(other, key_span)),
            }
        }
        holidays = resolve_holidays(raw, &mut diagnostics);
    }
    if diagnostics.iter().any(Diagnostic::is_error) {
        Err(LoadError {
            sources,
            diagnostics,
        })
    } else {
        Ok(holidays)
    }
}

fn unknown_key(key: &str, span: Span) -> Diagnostic {
    let diagnostic = Diagnostic::new(
        Code::UnknownField,
        phrase!("holidays-unknown-key", key = shown(key)),
    )
    .at(span, phrase!("holidays-unknown-key-label"));
    diagnostic.help(suggest(key, ["holiday"]).unwrap_or_else(|| {
        phrase!(
            "holidays-unknown-key-help",
            name = example("holiday", "name"),
            from = example("holiday", "from"),
            to = example("holiday", "to")
        )
    }))
}

/// The periods whose fields are all there and valid; every problem is
/// reported.
pub(crate) fn resolve_holidays(
    raw: Vec<RawHoliday>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Holiday> {
    let mut holidays = Vec::with_capacity(raw.len());
    for holiday in raw {
        let name = holiday.name.as_ref().map(|name| name.value.trim());
        if let Some(written) = holiday.name.as_ref().filter(|_| name == Some("")) {
            diagnostics.push(
                Diagnostic::new(Code::BadValue, phrase!("holidays-empty-name"))
                    .at(written.span, phrase!("holidays-empty-name-label"))
                    .help(phrase!(
                        "holidays-empty-name-help",
                        example = example("holiday", "name")
                    )),
            );
        }
        let shown_name = name.unwrap_or_default();
        let from = holiday
            .from
            .as_ref()
            .and_then(|from| day(shown_name, "from", from, diagnostics));
        let to = holiday
            .to
            .as_ref()
            .and_then(|to| day(shown_name, "to", to, diagnostics));
        let (Some(name), Some(from), Some(to)) = (name.filter(|n| !n.is_empty()), from, to) else {
            continue;
        };
        if to < from {
            diagnostics.push(ends_before_it_starts(name, &holiday, from, to));
            continue;
        }
        holidays.push(Holiday {
            name: name.to_string(),
            from,
            to,
        });
    }
    holidays
}

/// The day `written` names, or a report that it names none.
fn day(
    holiday: &str,
    key: &str,
    written: &Text,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Date> {
    if let Some(date) = parse_date(&written.value) {
        return Some(date);
    }
    let fix = day_first(&written.value).map_or_else(
        || example("holiday", key).to_string(),
        |date| date.to_string(),
    );
    let label = match written.value.trim().parse::<Date>() {
        Ok(_) => phrase!(
            "holidays-years",
            first = *YEARS.start(),
            last = *YEARS.end()
        ),
        Err(_) => phrase!("holidays-expected-day"),
    };
    diagnostics.push(
        Diagnostic::new(
            Code::BadValue,
            phrase!(
                "holidays-not-a-date",
                key = key,
                holiday = shown(holiday),
                written = shown(&written.value)
            ),
        )
        .at(written.span, label)
        .help(phrase!(
            "holidays-not-a-date-help",
            snippet = format!("{key} = {fix}")
        )),
    );
    None
}

/// A real date written day first, as Dutch people often do (`25-12-2027`,
/// `25/12/2027`), for the fix.
fn day_first(text: &str) -> Option<Date> {
    let mut parts = text.trim().split(['-', '/', '.']);
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 {
        return None;
    }
    parse_date(&format!("{year}-{month:0>2}-{day:0>2}"))
}

fn ends_before_it_starts(name: &str, holiday: &RawHoliday, from: Date, to: Date) -> Diagnostic {
    let mut diagnostic = Diagnostic::new(
        Code::BadValue,
        phrase!(
            "holidays-ends-before",
            holiday = shown(name),
            to = to.to_string(),
            from = from.to_string()
        ),
    );
    if let (Some(to_span), Some(from_span)) = (
        holiday.to.as_ref().map(|t| t.span),
        holiday.from.as_ref().map(|f| f.span),
    ) {
        diagnostic = diagnostic
            .at(to_span, phrase!("holidays-last-day"))
            .also(from_span, phrase!("holidays-first-day"));
    }
    diagnostic.help(phrase!(
        "holidays-ends-before-help",
        to = to.to_string(),
        from = from.to_string()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_written_day_first_is_turned_around_for_the_fix() {
        assert_eq!(
            day_first("25-12-2027").map(|d| d.to_string()).as_deref(),
            Some("2027-12-25")
        );
        assert_eq!(
            day_first("1/7/2027").map(|d| d.to_string()).as_deref(),
            Some("2027-07-01")
        );
        assert_eq!(day_first("31-02-2027"), None);
        assert_eq!(day_first("2027-12-25"), None);
    }
}

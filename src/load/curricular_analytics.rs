//! Curricula in the CSV layout of the Curricular Analytics platform and
//! CurricularAnalytics.jl, read into the same raw items as TOML, so that
//! resolution, every lint, the planner and `stats` apply unchanged.
//!
//! The layout: metadata rows first (`Curriculum`, `Degree Plan`,
//! `Institution`, `Degree Type`, `System Type`, `CIP`, `Date Range`, each a
//! key and its value), then a `Courses` row, a header row
//! (`Course ID,Course Name,Prefix,Number,Prerequisites,Corequisites,
//! Strict-Corequisites,Credit Hours,Institution,Canonical Name`, and `Term`
//! in a degree plan), one row per course, and in a degree plan an
//! `Additional Courses` row with a header and rows of its own. Requisites
//! are `;`-separated course ids.
//!
//! Each course becomes a module (stage `training`) that grants a skill of
//! the same id, at the curriculum's one level (`passed`), and requires the
//! skills of its prerequisites, co-requisites and strict co-requisites (as
//! CurricularAnalytics' metrics treat all three). Its id is `prefix-number`
//! in lower case (`math-20a`), else `course-<Course ID>`; its hours are its
//! credit hours times the hours per credit, in hundredths. One profile, with
//! the curriculum's id, requires every course of the `Courses` section; a
//! degree plan's terms become a line, `degree-plan`, with its courses in
//! term order. Every problem is a diagnostic that points at its cell.

use super::fields::Examples;
use super::raw::{RawCurriculum, RawLine, RawMeta, RawModule, RawProfile, RawSkill, Text};
use crate::diagnostic::{Code, Diagnostic, suggest};
use crate::model::TermSystem;
use crate::source::{Located, Span};
use crate::words::phrase;

/// Hours per credit for a `semester` system: the US credit hour, one hour
/// in class and two of work outside it each week of a 15-week semester.
pub const SEMESTER_HOURS_PER_CREDIT: f64 = 45.0;
/// Hours per credit for a `quarter` system: the same over a 10-week quarter.
pub const QUARTER_HOURS_PER_CREDIT: f64 = 30.0;

const METADATA: [&str; 7] = [
    "Curriculum",
    "Degree Plan",
    "Institution",
    "Degree Type",
    "System Type",
    "CIP",
    "Date Range",
];

const COLUMNS: [&str; 11] = [
    "Course ID",
    "Course Name",
    "Prefix",
    "Number",
    "Prerequisites",
    "Corequisites",
    "Strict-Corequisites",
    "Credit Hours",
    "Institution",
    "Canonical Name",
    "Term",
];
const REQUIRED: [&str; 3] = ["Course ID", "Course Name", "Credit Hours"];
const REQUISITES: [&str; 3] = ["Prerequisites", "Corequisites", "Strict-Corequisites"];

/// One cell: its text (quotes undone) and where it is written.
#[derive(Debug, Clone)]
struct Cell {
    text: String,
    span: Span,
}

impl Cell {
    fn value(&self) -> &str {
        self.text.trim()
    }

    fn located(&self, text: String) -> Text {
        Located {
            value: text,
            span: self.span,
        }
    }
}

/// The records of a CSV text, each with the span of the whole row. A quote
/// never closed is reported, and ends the records there.
fn records(file: u32, text: &str, diagnostics: &mut Vec<Diagnostic>) -> Vec<(Span, Vec<Cell>)> {
    let bytes = text.as_bytes();
    let mut records = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let start = at;
        let mut cells = Vec::new();
        loop {
            let cell_start = at;
            let mut value = String::new();
            if bytes.get(at) == Some(&b'"') {
                at += 1;
                loop {
                    match text[at..].find('"') {
                        None => {
                            diagnostics.push(
                                Diagnostic::new(Code::BadValue, phrase!("ca-unclosed-quote"))
                                    .at(
                                        Span::new(file, cell_start..cell_start + 1),
                                        phrase!("ca-unclosed-quote-label"),
                                    )
                                    .help(phrase!("ca-unclosed-quote-help")),
                            );
                            return records;
                        }
                        Some(quote) => {
                            value.push_str(&text[at..at + quote]);
                            at += quote + 1;
                            if bytes.get(at) == Some(&b'"') {
                                value.push('"');
                                at += 1;
                            } else {
                                break;
                            }
                        }
                    }
                }
            }
            let end = text[at..].find([',', '\n']).map_or(text.len(), |i| at + i);
            value.push_str(text[at..end].trim_end_matches('\r'));
            cells.push(Cell {
                text: value,
                span: Span::new(file, cell_start..end.max(cell_start)),
            });
            at = end;
            if bytes.get(at) == Some(&b',') {
                at += 1;
                continue;
            }
            break;
        }
        let end = text[start..at].trim_end_matches('\r').len() + start;
        at += 1;
        if cells.iter().any(|cell| !cell.value().is_empty()) {
            records.push((Span::new(file, start..end), cells));
        }
    }
    records
}

/// A course row as read.
struct Course {
    row: Span,
    id: Cell,
    name: Cell,
    prefix: Option<Cell>,
    number: Option<Cell>,
    credits: Cell,
    requisites: Vec<Cell>,
    term: Option<Cell>,
    additional: bool,
}

/// Reads a CurricularAnalytics CSV file (already in the source map as
/// `file`). `hours_per_credit` overrides the default of its `System Type`.
pub(super) fn read(
    file: u32,
    text: &str,
    hours_per_credit: Option<f64>,
    diagnostics: &mut Vec<Diagnostic>,
) -> RawCurriculum {
    let mut metadata: Vec<(String, Cell)> = Vec::new();
    let mut courses: Vec<Course> = Vec::new();
    let mut header: Option<Vec<Option<&'static str>>> = None;
    let mut section: Option<bool> = None;
    let mut expect_header = false;
    let rows = records(file, text, diagnostics);
    for (row, cells) in &rows {
        let first = cells[0].value();
        if first.eq_ignore_ascii_case("Courses") || first.eq_ignore_ascii_case("Additional Courses")
        {
            section = Some(first.eq_ignore_ascii_case("Additional Courses"));
            expect_header = true;
            continue;
        }
        let Some(additional) = section else {
            read_metadata(cells, &mut metadata, diagnostics);
            continue;
        };
        if expect_header {
            expect_header = false;
            header = read_header(*row, cells, diagnostics);
            continue;
        }
        if let Some(columns) = &header
            && let Some(course) = read_course(*row, cells, columns, additional, diagnostics)
        {
            courses.push(course);
        }
    }
    if section.is_none() {
        let end = text.len();
        diagnostics.push(
            Diagnostic::new(Code::MissingField, phrase!("ca-no-courses"))
                .at(Span::new(file, end..end), phrase!("ca-no-courses-label"))
                .help(phrase!("ca-no-courses-help")),
        );
    }
    let terms = term_system(&metadata);
    let hours_per_credit = hours_per_credit.unwrap_or_else(|| system_hours(terms));
    assemble(
        file,
        &metadata,
        &courses,
        terms,
        hours_per_credit,
        diagnostics,
    )
}

fn read_metadata(
    cells: &[Cell],
    metadata: &mut Vec<(String, Cell)>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let key = &cells[0];
    match METADATA
        .iter()
        .find(|k| k.eq_ignore_ascii_case(key.value()))
    {
        Some(known) => {
            let value = cells.get(1).cloned().unwrap_or(Cell {
                text: String::new(),
                span: Span {
                    start: key.span.end,
                    ..key.span
                },
            });
            metadata.push((known.to_string(), value));
        }
        None => {
            let fix = suggest(key.value(), METADATA)
                .unwrap_or_else(|| phrase!("ca-metadata-rows", rows = METADATA.join(", ")));
            diagnostics.push(
                Diagnostic::new(
                    Code::UnknownField,
                    phrase!("ca-unknown-metadata", key = key.value()),
                )
                .at(key.span, phrase!("ca-unknown-metadata-label"))
                .help(fix),
            );
        }
    }
}

/// The column each header cell names; `None` when a required one is missing.
fn read_header(
    row: Span,
    cells: &[Cell],
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Vec<Option<&'static str>>> {
    let mut columns = Vec::new();
    for cell in cells {
        let known = COLUMNS
            .iter()
            .copied()
            .find(|c| c.eq_ignore_ascii_case(cell.value()));
        if known.is_none() && !cell.value().is_empty() {
            let fix = suggest(cell.value(), COLUMNS)
                .unwrap_or_else(|| phrase!("ca-columns", columns = COLUMNS.join(", ")));
            diagnostics.push(
                Diagnostic::new(
                    Code::UnknownField,
                    phrase!("ca-unknown-column", column = cell.value()),
                )
                .at(cell.span, phrase!("ca-unknown-column-label"))
                .help(fix),
            );
        }
        columns.push(known);
    }
    let missing: Vec<&str> = REQUIRED
        .into_iter()
        .filter(|required| !columns.contains(&Some(*required)))
        .collect();
    if missing.is_empty() {
        return Some(columns);
    }
    diagnostics.push(
        Diagnostic::new(
            Code::MissingField,
            phrase!("ca-header-lacks", columns = missing.join("`, `")),
        )
        .at(row, phrase!("ca-header-lacks-label"))
        .help(phrase!(
            "ca-header-lacks-help",
            count = missing.len(),
            columns = missing.join("`, `")
        )),
    );
    None
}

fn read_course(
    row: Span,
    cells: &[Cell],
    columns: &[Option<&'static str>],
    additional: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Course> {
    if let Some(extra) = cells[columns.len().min(cells.len())..]
        .iter()
        .find(|cell| !cell.value().is_empty())
    {
        diagnostics.push(
            Diagnostic::new(
                Code::BadValue,
                phrase!(
                    "ca-extra-cells",
                    cells = cells.len(),
                    header = columns.len()
                ),
            )
            .at(extra.span, phrase!("ca-extra-cells-label"))
            .help(phrase!("ca-extra-cells-help")),
        );
        return None;
    }
    let cell = |name: &str| -> Option<Cell> {
        let index = columns.iter().position(|c| *c == Some(name))?;
        Some(cells.get(index).cloned().unwrap_or(Cell {
            text: String::new(),
            span: Span {
                start: row.end,
                ..row
            },
        }))
    };
    let id = cell("Course ID")?;
    if id.value().is_empty() {
        diagnostics.push(
            Diagnostic::new(Code::MissingField, phrase!("ca-no-course-id"))
                .at(id.span, phrase!("ca-no-course-id-label"))
                .help(phrase!("ca-no-course-id-help")),
        );
        return None;
    }
    Some(Course {
        row,
        name: cell("Course Name")?,
        prefix: cell("Prefix"),
        number: cell("Number"),
        credits: cell("Credit Hours")?,
        requisites: REQUISITES.iter().filter_map(|name| cell(name)).collect(),
        term: cell("Term"),
        id,
        additional,
    })
}

/// The file's `System Type`: semesters unless it says `quarter`.
fn term_system(metadata: &[(String, Cell)]) -> TermSystem {
    let quarter = metadata
        .iter()
        .any(|(key, value)| key == "System Type" && value.value().eq_ignore_ascii_case("quarter"));
    match quarter {
        true => TermSystem::Quarter,
        false => TermSystem::Semester,
    }
}

/// The hours per credit of a system's credit hour.
fn system_hours(terms: TermSystem) -> f64 {
    match terms {
        TermSystem::Quarter => QUARTER_HOURS_PER_CREDIT,
        TermSystem::Semester => SEMESTER_HOURS_PER_CREDIT,
    }
}

/// Lower case, with every run of other characters one `-`.
fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').chars().take(64).collect()
}

/// Each course's module (and skill) id: `prefix-number`, else
/// `course-<Course ID>`, unique.
fn course_ids(courses: &[Course]) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for course in courses {
        let named = match (&course.prefix, &course.number) {
            (Some(prefix), Some(number))
                if !prefix.value().is_empty() && !number.value().is_empty() =>
            {
                slug(&format!("{} {}", prefix.value(), number.value()))
            }
            _ => String::new(),
        };
        let fallback = slug(&format!("course {}", course.id.value()));
        let id = if named.is_empty() || ids.contains(&named) {
            fallback
        } else {
            named
        };
        ids.push(id);
    }
    ids
}

fn assemble(
    file: u32,
    metadata: &[(String, Cell)],
    courses: &[Course],
    terms: TermSystem,
    hours_per_credit: f64,
    diagnostics: &mut Vec<Diagnostic>,
) -> RawCurriculum {
    let meta_cell = |key: &str| {
        metadata
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, cell)| cell)
    };
    let place = Span::new(file, 0..0);
    let name = meta_cell("Curriculum").map_or_else(
        || Located {
            value: "curriculum".to_string(),
            span: place,
        },
        |cell| cell.located(cell.value().to_string()),
    );
    let curriculum_id = Located {
        value: Some(slug(&name.value))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "curriculum".into()),
        span: name.span,
    };
    let ids = course_ids(courses);
    let mut by_course_id: Vec<(&str, usize)> = Vec::new();
    let mut kept = vec![true; courses.len()];
    for (index, course) in courses.iter().enumerate() {
        if let Some(&(_, first)) = by_course_id.iter().find(|(id, _)| *id == course.id.value()) {
            diagnostics.push(
                Diagnostic::new(
                    Code::DuplicateId,
                    phrase!("ca-course-twice", id = course.id.value()),
                )
                .at(course.id.span, phrase!("load-given-again"))
                .also(courses[first].id.span, phrase!("ca-first-given"))
                .help(phrase!("ca-course-twice-help")),
            );
            kept[index] = false;
        } else {
            by_course_id.push((course.id.value(), index));
        }
    }
    let mut raw = RawCurriculum {
        metas: vec![RawMeta {
            id: Some(curriculum_id.clone()),
            name: Some(name.clone()),
            version: meta_cell("Degree Plan").map(|cell| cell.located(cell.value().to_string())),
            levels: Some(vec![Located {
                value: "passed".into(),
                span: name.span,
            }]),
            levels_span: Some(name.span),
            level_hours: None,
            level_hours_span: None,
            terms,
            uri: None,
            span: name.span,
        }],
        examples: Examples::default(),
        ..RawCurriculum::default()
    };
    for (index, course) in courses.iter().enumerate().filter(|(i, _)| kept[*i]) {
        let id = course.id.located(ids[index].clone());
        let mut requires = Vec::new();
        for requisites in &course.requisites {
            for (piece, span) in pieces(requisites) {
                match by_course_id.iter().find(|(id, _)| *id == piece) {
                    Some(&(_, target)) => requires.push(Located {
                        value: ids[target].clone(),
                        span,
                    }),
                    None => {
                        let fix = suggest(piece, by_course_id.iter().map(|(id, _)| *id))
                            .unwrap_or_else(|| phrase!("ca-list-course-ids"));
                        diagnostics.push(
                            Diagnostic::new(
                                Code::UnknownReference,
                                phrase!("ca-unknown-course", course = piece),
                            )
                            .at(span, phrase!("ca-unknown-course-label"))
                            .help(fix),
                        );
                    }
                }
            }
        }
        let hours = credit_hours(course, hours_per_credit, diagnostics);
        raw.skills.push(RawSkill {
            id: id.clone(),
            name: Some(course.name.located(course.name.value().to_string())),
            esco: None,
            max_level: None,
            incomplete: false,
        });
        raw.modules.push(RawModule {
            id: id.clone(),
            name: Some(course.name.located(course.name.value().to_string())),
            stage: Some(course.id.located("training".into())),
            hours,
            cost: None,
            weeks: None,
            mode: None,
            fieldlab: None,
            provider: None,
            description: None,
            url: None,
            achievement: None,
            language: None,
            credential: None,
            requires,
            requires_any: Vec::new(),
            grants: Some(vec![id.clone()]),
            grants_span: Some(course.id.span),
            span: course.row,
            incomplete: false,
        });
    }
    let members = || courses.iter().enumerate().filter(|(i, _)| kept[*i]);
    raw.profiles.push(RawProfile {
        id: curriculum_id,
        name: Some(name.clone()),
        requires: members()
            .filter(|(_, course)| !course.additional)
            .map(|(index, course)| course.id.located(ids[index].clone()))
            .collect(),
        requires_span: Some(name.span),
        incomplete: false,
    });
    let mut termed: Vec<(u32, Text)> = Vec::new();
    for (index, course) in members() {
        if let Some(term) = course.term.as_ref().filter(|t| !t.value().is_empty()) {
            match term.value().parse::<u32>() {
                Ok(number) if number > 0 => {
                    termed.push((number, course.id.located(ids[index].clone())))
                }
                _ => diagnostics.push(
                    Diagnostic::new(Code::BadValue, phrase!("ca-bad-term", term = term.value()))
                        .at(term.span, phrase!("ca-bad-term-label"))
                        .help(phrase!("ca-bad-term-help")),
                ),
            }
        }
    }
    if !termed.is_empty() {
        termed.sort_by_key(|(term, _)| *term);
        let plan_name = meta_cell("Degree Plan").map_or_else(
            || name.clone(),
            |cell| cell.located(cell.value().to_string()),
        );
        raw.lines.push(RawLine {
            id: Located {
                value: "degree-plan".into(),
                span: plan_name.span,
            },
            name: Some(plan_name),
            color: None,
            stations: termed.into_iter().map(|(_, id)| id).collect(),
            stations_span: None,
            incomplete: false,
        });
    }
    raw
}

/// The `;`-separated course ids of a requisites cell, with their spans.
fn pieces(cell: &Cell) -> Vec<(&str, Span)> {
    // A quoted cell's text is shifted by its opening quote.
    let offset = cell.span.start as usize
        + usize::from(cell.text.len() < (cell.span.end - cell.span.start) as usize);
    let mut found = Vec::new();
    let mut start = 0;
    for piece in cell.text.split(';') {
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            let lead = piece.len() - piece.trim_start().len();
            let from = offset + start + lead;
            found.push((
                trimmed,
                Span {
                    start: from as u32,
                    end: (from + trimmed.len()) as u32,
                    ..cell.span
                },
            ));
        }
        start += piece.len() + 1;
    }
    found
}

/// A course's credit hours in hours, rounded to hundredths; `None` (with
/// a diagnostic) when the cell is not a number above 0.
fn credit_hours(
    course: &Course,
    hours_per_credit: f64,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Located<f64>> {
    let cell = &course.credits;
    match cell.value().parse::<f64>() {
        Ok(credits) if credits.is_finite() && credits > 0.0 => Some(Located {
            value: (credits * hours_per_credit * 100.0).round() / 100.0,
            span: cell.span,
        }),
        Ok(_) => {
            diagnostics.push(
                Diagnostic::new(
                    Code::BadHours,
                    phrase!(
                        "ca-credit-hours",
                        course = course.id.value(),
                        credits = cell.value()
                    ),
                )
                .at(cell.span, phrase!("ca-credit-hours-label"))
                .help(phrase!("ca-credit-hours-help")),
            );
            None
        }
        Err(_) => {
            diagnostics.push(
                Diagnostic::new(
                    Code::WrongType,
                    phrase!("ca-credit-hours-nan", credits = cell.value()),
                )
                .at(
                    cell.span,
                    phrase!("load-expected", expected = phrase!("type-number")),
                )
                .help(phrase!("ca-credit-hours-nan-help")),
            );
            None
        }
    }
}

//! Pass one of loading: each file's TOML tables into located, unresolved items.

use toml::de::{DeTable, DeValue};

use super::fields::{Examples, Fields, NO_EXAMPLES, Spanned, noun, type_name};
use crate::diagnostic::{Code, Diagnostic, suggest};
use crate::model::TermSystem;
use crate::source::{Located, Span};
use crate::words::phrase;

pub(crate) type Text = Located<String>;

#[derive(Debug, Default)]
pub(crate) struct RawMeta {
    pub id: Option<Text>,
    pub name: Option<Text>,
    pub version: Option<Text>,
    pub uri: Option<Text>,
    pub levels: Option<Vec<Text>>,
    pub levels_span: Option<Span>,
    pub level_hours: Option<Vec<Located<f64>>>,
    pub level_hours_span: Option<Span>,
    pub terms: TermSystem,
    pub span: Span,
}

#[derive(Debug)]
pub(crate) struct RawSkill {
    pub id: Text,
    pub name: Option<Text>,
    pub esco: Option<Text>,
    pub max_level: Option<Located<i64>>,
    pub incomplete: bool,
}

#[derive(Debug)]
pub(crate) struct RawModule {
    pub id: Text,
    pub name: Option<Text>,
    pub stage: Option<Text>,
    pub hours: Option<Located<f64>>,
    pub cost: Option<Located<f64>>,
    pub weeks: Option<Located<i64>>,
    pub mode: Option<Text>,
    pub fieldlab: Option<Text>,
    pub provider: Option<Text>,
    pub description: Option<Text>,
    pub url: Option<Text>,
    pub language: Option<Text>,
    pub credential: Option<Text>,
    pub achievement: Option<Text>,
    pub requires: Vec<Text>,
    pub requires_any: Vec<Vec<Text>>,
    /// `None` when absent or not a list (the latter is reported already).
    pub grants: Option<Vec<Text>>,
    /// Where `grants = …` is written, if it is.
    pub grants_span: Option<Span>,
    pub span: Span,
    pub incomplete: bool,
}

#[derive(Debug)]
pub(crate) struct RawLine {
    pub id: Text,
    pub name: Option<Text>,
    pub color: Option<Text>,
    pub stations: Vec<Text>,
    /// Where `stations = …` is written, if it was read as a list of strings.
    pub stations_span: Option<Span>,
    pub incomplete: bool,
}

#[derive(Debug)]
pub(crate) struct RawFieldlab {
    pub id: Text,
    pub name: Option<Text>,
    pub location: Option<Text>,
    pub incomplete: bool,
}

#[derive(Debug)]
pub(crate) struct RawProfile {
    pub id: Text,
    pub name: Option<Text>,
    pub requires: Vec<Text>,
    /// Where `requires = …` is written, if it was read as a list of strings.
    pub requires_span: Option<Span>,
    pub incomplete: bool,
}

/// A non-learning period, `[[holiday]]`: in a curriculum or a holidays file.
#[derive(Debug)]
pub(crate) struct RawHoliday {
    pub name: Option<Text>,
    /// The dates as written (`2027-12-25`), checked when resolved.
    pub from: Option<Text>,
    pub to: Option<Text>,
}

/// Every item of every file, in file order then source order.
#[derive(Debug, Default)]
pub(crate) struct RawCurriculum {
    pub metas: Vec<RawMeta>,
    pub skills: Vec<RawSkill>,
    pub modules: Vec<RawModule>,
    pub lines: Vec<RawLine>,
    pub fieldlabs: Vec<RawFieldlab>,
    pub profiles: Vec<RawProfile>,
    pub holidays: Vec<RawHoliday>,
    /// Some item was not read at all (it has no id): whole-curriculum lints
    /// cannot trust what they do not see.
    pub lost_items: bool,
    /// The ids written in the files, for the examples in help.
    pub examples: Examples,
}

const TOP_LEVEL: &[&str] = &[
    "curriculum",
    "skill",
    "module",
    "line",
    "fieldlab",
    "profile",
    "holiday",
];
const META_FIELDS: &[&str] = &["id", "name", "version", "uri", "levels", "level_hours"];
const SKILL_FIELDS: &[&str] = &["id", "name", "esco", "max_level"];
const MODULE_FIELDS: &[&str] = &[
    "id",
    "name",
    "stage",
    "hours",
    "cost",
    "weeks",
    "mode",
    "fieldlab",
    "provider",
    "description",
    "url",
    "language",
    "credential",
    "achievement",
    "requires",
    "requires_any",
    "grants",
];
const LINE_FIELDS: &[&str] = &["id", "name", "color", "stations"];
const FIELDLAB_FIELDS: &[&str] = &["id", "name", "location"];
const PROFILE_FIELDS: &[&str] = &["id", "name", "requires"];
pub(crate) const HOLIDAY_FIELDS: &[&str] = &["name", "from", "to"];

impl RawCurriculum {
    /// Adds the items of one parsed file.
    pub(crate) fn read_file(
        &mut self,
        file: u32,
        document: &DeTable<'_>,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        // `id = …` and friends above every header: the `[curriculum]` line
        // is missing. Read them as the table, so that one slip is one error.
        let mut stray_meta = DeTable::new();
        for (key, value) in document.iter() {
            let key_span = Span::new(file, key.span());
            if META_FIELDS.contains(&key.get_ref().as_ref()) {
                stray_meta.insert(key.clone(), value.clone());
                continue;
            }
            match key.get_ref().as_ref() {
                "curriculum" => match value.get_ref() {
                    DeValue::Table(table) => {
                        let span = Span::new(file, key.span());
                        self.metas.push(read_meta(file, table, span, diagnostics));
                    }
                    // `[[curriculum]]`: the one slip is the brackets, so its
                    // tables are still read as the curriculum's (a second
                    // one is a second `[curriculum]`, reported as such).
                    DeValue::Array(items) if items.iter().all(|item| item.get_ref().is_table()) => {
                        diagnostics.push(curriculum_list(key_span));
                        for item in items.iter().filter_map(|item| item.get_ref().as_table()) {
                            self.metas
                                .push(read_meta(file, item, key_span, diagnostics));
                        }
                    }
                    other => diagnostics.push(table_expected(
                        key_span,
                        "curriculum",
                        other,
                        "[curriculum]",
                    )),
                },
                kind @ ("skill" | "module" | "line" | "fieldlab" | "profile" | "holiday") => {
                    let kind: &'static str = TOP_LEVEL
                        .iter()
                        .copied()
                        .find(|k| *k == kind)
                        .unwrap_or("item");
                    for (table, span) in tables_of(kind, file, key_span, value, diagnostics) {
                        self.read_item(kind, file, table, span, diagnostics);
                    }
                }
                other => {
                    let mut diagnostic = Diagnostic::new(
                        Code::UnknownField,
                        phrase!("load-unknown-top-level", key = other),
                    )
                    .at(key_span, phrase!("load-unknown-top-level-label"));
                    diagnostic = match suggest(other, TOP_LEVEL.iter().copied()) {
                        Some(fix) => diagnostic.help(fix),
                        None => diagnostic.help(phrase!("load-unknown-top-level-help")),
                    };
                    diagnostics.push(diagnostic);
                }
            }
        }
        if let Some((first, _)) = stray_meta.iter().next() {
            let span = Span::new(file, first.span());
            diagnostics.push(missing_curriculum_header(span, &stray_meta));
            self.metas
                .push(read_meta(file, &stray_meta, span, diagnostics));
        }
    }

    fn read_item(
        &mut self,
        kind: &'static str,
        file: u32,
        table: &DeTable<'_>,
        span: Span,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let allowed = match kind {
            "skill" => SKILL_FIELDS,
            "module" => MODULE_FIELDS,
            "line" => LINE_FIELDS,
            "fieldlab" => FIELDLAB_FIELDS,
            "holiday" => HOLIDAY_FIELDS,
            _ => PROFILE_FIELDS,
        };
        let fields = Fields::new(
            file,
            table,
            span,
            kind,
            allowed,
            &self.examples,
            diagnostics,
        );
        let read = match kind {
            "skill" => read_skill(fields).map(|skill| self.skills.push(skill)),
            "module" => read_module(fields, span).map(|module| self.modules.push(module)),
            "line" => read_line(fields).map(|line| self.lines.push(line)),
            "fieldlab" => read_fieldlab(fields).map(|fieldlab| self.fieldlabs.push(fieldlab)),
            "holiday" => {
                self.holidays.push(read_holiday(fields));
                Some(())
            }
            _ => read_profile(fields).map(|profile| self.profiles.push(profile)),
        };
        self.lost_items |= read.is_none();
    }
}

fn read_skill(mut fields: Fields<'_, '_>) -> Option<RawSkill> {
    let (id, name) = identity(&mut fields);
    let esco = fields.string("esco");
    let max_level = fields.integer("max_level");
    Some(RawSkill {
        id: id?,
        name,
        esco,
        max_level,
        incomplete: fields.found_errors(),
    })
}

fn read_module(mut fields: Fields<'_, '_>, span: Span) -> Option<RawModule> {
    let (id, name) = identity(&mut fields);
    let stage = fields.required_string("stage");
    let hours = fields.required_number("hours");
    Some(RawModule {
        stage,
        hours,
        cost: fields.number("cost"),
        weeks: fields.integer("weeks"),
        mode: fields.string("mode"),
        fieldlab: fields.string("fieldlab"),
        provider: fields.string("provider"),
        description: fields.string("description"),
        url: fields.string("url"),
        language: fields.string("language"),
        credential: fields.string("credential"),
        achievement: fields.string("achievement"),
        requires: fields.string_list("requires").unwrap_or_default(),
        requires_any: fields.string_groups("requires_any").unwrap_or_default(),
        grants: fields.string_list("grants"),
        grants_span: fields.span_of("grants"),
        span,
        id: id?,
        name,
        incomplete: fields.found_errors(),
    })
}

fn read_line(mut fields: Fields<'_, '_>) -> Option<RawLine> {
    let (id, name) = identity(&mut fields);
    let color = fields.string("color");
    let stations = fields.required_string_list("stations");
    Some(RawLine {
        id: id?,
        name,
        color,
        stations_span: read_list_span(&fields, "stations", &stations),
        stations: stations.unwrap_or_default(),
        incomplete: fields.found_errors(),
    })
}

fn read_fieldlab(mut fields: Fields<'_, '_>) -> Option<RawFieldlab> {
    let (id, name) = identity(&mut fields);
    let location = fields.string("location");
    Some(RawFieldlab {
        id: id?,
        name,
        location,
        incomplete: fields.found_errors(),
    })
}

fn read_profile(mut fields: Fields<'_, '_>) -> Option<RawProfile> {
    let (id, name) = identity(&mut fields);
    let requires = fields.required_string_list("requires");
    Some(RawProfile {
        id: id?,
        name,
        requires_span: read_list_span(&fields, "requires", &requires),
        requires: requires.unwrap_or_default(),
        incomplete: fields.found_errors(),
    })
}

/// A `[[holiday]]`: it has no id, so it is never lost.
pub(crate) fn read_holiday(mut fields: Fields<'_, '_>) -> RawHoliday {
    RawHoliday {
        name: fields.required_string("name"),
        from: fields.required_date("from"),
        to: fields.required_date("to"),
    }
}

/// The `[[kind]]` tables under a top-level key, each with its place; a
/// value of another shape is reported.
pub(crate) fn tables_of<'a, 'i>(
    kind: &str,
    file: u32,
    key_span: Span,
    value: &'a Spanned<DeValue<'i>>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<(&'a DeTable<'i>, Span)> {
    let header = format!("[[{kind}]]");
    let DeValue::Array(items) = value.get_ref() else {
        diagnostics.push(table_expected(key_span, kind, value.get_ref(), &header));
        return Vec::new();
    };
    let mut tables = Vec::with_capacity(items.len());
    for item in items.iter() {
        let span = Span::new(file, item.span());
        match item.get_ref() {
            DeValue::Table(table) => tables.push((table, span)),
            other => diagnostics.push(table_expected(span, kind, other, &header)),
        }
    }
    tables
}

/// Where a list that was read is written; `None` when it is absent or not
/// a list of strings (an error already), so that it is not also called empty.
fn read_list_span<T>(fields: &Fields<'_, '_>, key: &str, list: &Option<Vec<T>>) -> Option<Span> {
    list.as_ref().and(fields.span_of(key))
}

/// The `id` and `name` every item has.
fn identity(fields: &mut Fields<'_, '_>) -> (Option<Text>, Option<Text>) {
    let id = fields.required_string("id");
    let name = fields.required_string("name");
    (id, name)
}

fn read_meta(
    file: u32,
    table: &DeTable<'_>,
    span: Span,
    diagnostics: &mut Vec<Diagnostic>,
) -> RawMeta {
    let mut fields = Fields::new(
        file,
        table,
        span,
        "curriculum",
        META_FIELDS,
        &NO_EXAMPLES,
        diagnostics,
    );
    let id = fields.required_string("id");
    let name = fields.required_string("name");
    let version = fields.string("version");
    let uri = fields.string("uri");
    let levels = fields.required_string_list("levels");
    let levels_span = fields.span_of("levels");
    let level_hours = fields.number_list("level_hours");
    let level_hours_span = fields.span_of("level_hours");
    RawMeta {
        id,
        name,
        version,
        uri,
        levels,
        levels_span,
        level_hours,
        level_hours_span,
        terms: TermSystem::Semester,
        span,
    }
}

fn missing_curriculum_header(span: Span, stray: &DeTable<'_>) -> Diagnostic {
    let keys: Vec<String> = stray
        .iter()
        .map(|(key, _)| format!("`{}`", key.get_ref()))
        .collect();
    Diagnostic::new(
        Code::CurriculumTable,
        phrase!("load-curriculum-header-missing", keys = keys.join(", ")),
    )
    .at(span, phrase!("load-curriculum-header-missing-label"))
    .help(phrase!("load-curriculum-header-missing-help"))
}

fn curriculum_list(span: Span) -> Diagnostic {
    Diagnostic::new(Code::CurriculumTable, phrase!("load-curriculum-list"))
        .at(span, phrase!("load-curriculum-list-label"))
        .help(phrase!("load-curriculum-list-help"))
}

fn table_expected(span: Span, kind: &str, found: &DeValue<'_>, header: &str) -> Diagnostic {
    Diagnostic::new(
        Code::WrongType,
        phrase!(
            "load-table-expected",
            key = kind,
            header = header,
            found = type_name(found)
        ),
    )
    .at(span, phrase!("load-table-expected-label", header = header))
    .help(phrase!(
        "load-table-expected-help",
        kind = noun(kind, 1),
        header = header
    ))
}

/// Parses one file's text; syntax errors become diagnostics and the
/// recoverable part of the document is still read.
pub(crate) fn parse_document<'i>(
    file: u32,
    text: &'i str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Spanned<DeTable<'i>> {
    let (document, errors) = DeTable::parse_recoverable(text);
    // The body of a table header given twice: its keys are duplicates too,
    // but only the header is the mistake.
    let mut repeated_body: Option<std::ops::Range<usize>> = None;
    for error in errors {
        let span = error.span().unwrap_or(0..0);
        if repeated_body
            .as_ref()
            .is_some_and(|body| body.contains(&span.start))
        {
            continue;
        }
        let message = error.message().trim().to_string();
        let first_line = message.lines().next().unwrap_or("invalid TOML").to_string();
        let diagnostic = if first_line == "duplicate key" && is_header(text, &span) {
            repeated_body = Some(span.end..table_end(text, span.end));
            repeated_table(text, Span::new(file, span))
        } else if first_line == "duplicate key" {
            let key = text.get(span.clone()).unwrap_or_default();
            Diagnostic::new(Code::TomlSyntax, phrase!("load-key-twice", key = key))
                .at(Span::new(file, span), phrase!("load-given-again"))
                .help(phrase!("load-key-twice-help", key = key))
        } else if let Some(diagnostic) = curly_quotes(text, Span::new(file, span.clone())) {
            diagnostic
        } else {
            let help = if first_line.starts_with("invalid date") {
                phrase!("load-toml-date-help")
            } else {
                phrase!("load-toml-help")
            };
            Diagnostic::new(
                Code::TomlSyntax,
                phrase!("load-toml", problem = first_line.as_str()),
            )
            .at(
                Span::new(file, span),
                phrase!("load-toml-label", problem = first_line),
            )
            .help(help)
        };
        diagnostics.push(diagnostic);
    }
    document
}

/// Whether `span` is the name in a `[table]` or `[[table]]` header.
fn is_header(text: &str, span: &std::ops::Range<usize>) -> bool {
    text.get(..span.start)
        .and_then(|before| before.lines().last())
        .is_some_and(|line| line.trim_start().starts_with('['))
}

/// Where the table whose header ends at `from` ends: at the next header.
fn table_end(text: &str, from: usize) -> usize {
    let rest = text.get(from..).unwrap_or_default();
    let mut offset = from;
    for line in rest.split_inclusive('\n').skip(1) {
        offset += line.len();
        if line.trim_start().starts_with('[') {
            return offset - line.len();
        }
    }
    text.len()
}

/// `[curriculum]` twice in one file, or `[module]` after `[[module]]`.
fn repeated_table(text: &str, span: Span) -> Diagnostic {
    let name = text
        .get(span.start as usize..span.end as usize)
        .unwrap_or_default()
        .trim();
    let list_header = format!("[[{name}]]");
    if text.contains(&list_header) {
        return Diagnostic::new(
            Code::TomlSyntax,
            phrase!(
                "load-single-table",
                name = name,
                header = list_header.as_str()
            ),
        )
        .at(span, phrase!("load-single-table-label"))
        .help(phrase!("load-single-table-help", header = list_header));
    }
    let code = if name == "curriculum" {
        Code::CurriculumTable
    } else {
        Code::TomlSyntax
    };
    Diagnostic::new(code, phrase!("load-table-twice", name = name))
        .at(span, phrase!("load-given-again"))
        .help(phrase!("load-table-twice-help", name = name))
}

const CURLY_QUOTES: &[char] = &['“', '”', '„', '‘', '’', '‚'];

/// A value in typographic quotes, as word processors write them.
fn curly_quotes(text: &str, span: Span) -> Option<Diagnostic> {
    let written = text.get(span.start as usize..span.end as usize)?;
    if !written.contains(CURLY_QUOTES) {
        return None;
    }
    let straight: String = written
        .chars()
        .map(|c| if CURLY_QUOTES.contains(&c) { '"' } else { c })
        .collect();
    Some(
        Diagnostic::new(
            Code::TomlSyntax,
            phrase!("load-curly-quotes", written = written),
        )
        .at(span, phrase!("load-curly-quotes-label"))
        .help(phrase!("load-write", text = straight)),
    )
}

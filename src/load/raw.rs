//! Pass one of loading: each file's TOML tables into located, unresolved items.

use toml::de::{DeTable, DeValue};

use super::fields::{Fields, Spanned, type_name};
use crate::diagnostic::{Code, Diagnostic, did_you_mean};
use crate::model::{Located, Span};

pub(crate) type Text = Located<String>;

#[derive(Debug, Default)]
pub(crate) struct RawMeta {
    pub id: Option<Text>,
    pub name: Option<Text>,
    pub version: Option<Text>,
    pub levels: Option<Vec<Text>>,
    pub levels_span: Option<Span>,
    pub span: Span,
}

#[derive(Debug)]
pub(crate) struct RawSkill {
    pub id: Text,
    pub name: Option<Text>,
    pub esco: Option<Text>,
    pub max_level: Option<Located<i64>>,
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
    pub requires: Vec<Text>,
    pub requires_any: Vec<Vec<Text>>,
    /// `None` when absent or not a list (the latter is reported already).
    pub grants: Option<Vec<Text>>,
    /// Where `grants = …` is written, if it is.
    pub grants_span: Option<Span>,
    pub span: Span,
}

#[derive(Debug)]
pub(crate) struct RawLine {
    pub id: Text,
    pub name: Option<Text>,
    pub color: Option<Text>,
    pub stations: Vec<Text>,
}

#[derive(Debug)]
pub(crate) struct RawFieldlab {
    pub id: Text,
    pub name: Option<Text>,
    pub location: Option<Text>,
}

#[derive(Debug)]
pub(crate) struct RawProfile {
    pub id: Text,
    pub name: Option<Text>,
    pub requires: Vec<Text>,
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
}

const TOP_LEVEL: &[&str] = &[
    "curriculum",
    "skill",
    "module",
    "line",
    "fieldlab",
    "profile",
];
const META_FIELDS: &[&str] = &["id", "name", "version", "levels"];
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
    "requires",
    "requires_any",
    "grants",
];
const LINE_FIELDS: &[&str] = &["id", "name", "color", "stations"];
const FIELDLAB_FIELDS: &[&str] = &["id", "name", "location"];
const PROFILE_FIELDS: &[&str] = &["id", "name", "requires"];

impl RawCurriculum {
    /// Adds the items of one parsed file.
    pub(crate) fn read_file(
        &mut self,
        file: u32,
        document: &DeTable<'_>,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        for (key, value) in document.iter() {
            let key_span = Span::new(file, key.span());
            match key.get_ref().as_ref() {
                "curriculum" => match value.get_ref() {
                    DeValue::Table(table) => {
                        let span = Span::new(file, key.span());
                        self.metas.push(read_meta(file, table, span, diagnostics));
                    }
                    other => diagnostics.push(table_expected(
                        key_span,
                        "curriculum",
                        other,
                        "[curriculum]",
                    )),
                },
                kind @ ("skill" | "module" | "line" | "fieldlab" | "profile") => {
                    let kind: &'static str = TOP_LEVEL
                        .iter()
                        .copied()
                        .find(|k| *k == kind)
                        .unwrap_or("item");
                    let DeValue::Array(items) = value.get_ref() else {
                        diagnostics.push(table_expected(
                            key_span,
                            kind,
                            value.get_ref(),
                            &format!("[[{kind}]]"),
                        ));
                        continue;
                    };
                    for item in items.iter() {
                        match item.get_ref() {
                            DeValue::Table(table) => {
                                let span = Span::new(file, item.span());
                                self.read_item(kind, file, table, span, diagnostics);
                            }
                            other => diagnostics.push(table_expected(
                                Span::new(file, item.span()),
                                kind,
                                other,
                                &format!("[[{kind}]]"),
                            )),
                        }
                    }
                }
                other => {
                    let mut diagnostic = Diagnostic::new(
                        Code::UnknownField,
                        format!("unknown top-level key `{other}`"),
                    )
                    .at(key_span, "not part of the curriculum format");
                    diagnostic = match did_you_mean(other, TOP_LEVEL.iter().copied()) {
                        Some(close) => diagnostic.help(format!("did you mean `{close}`?")),
                        None => diagnostic.help(
                            "a curriculum file holds `[curriculum]` and `[[skill]]`, `[[module]]`, `[[line]]`, `[[fieldlab]]`, `[[profile]]` tables",
                        ),
                    };
                    diagnostics.push(diagnostic);
                }
            }
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
        match kind {
            "skill" => {
                let mut fields = Fields::new(file, table, span, kind, SKILL_FIELDS, diagnostics);
                let (id, name) =
                    identity(&mut fields, "\"plc-programming\"", "\"PLC programmeren\"");
                let esco = fields.string("esco");
                let max_level = fields.integer("max_level");
                if let Some(id) = id {
                    self.skills.push(RawSkill {
                        id,
                        name,
                        esco,
                        max_level,
                    });
                }
            }
            "module" => {
                let mut fields = Fields::new(file, table, span, kind, MODULE_FIELDS, diagnostics);
                let (id, name) = identity(&mut fields, "\"plc-basis\"", "\"PLC basis\"");
                let stage = fields.required_string("stage", "\"line\"");
                let hours = fields.required_number("hours", "24");
                let module = RawModule {
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
                    requires: fields.string_list("requires").unwrap_or_default(),
                    requires_any: fields.string_groups("requires_any").unwrap_or_default(),
                    grants: fields.string_list("grants"),
                    grants_span: fields.span_of("grants"),
                    span,
                    id: Located {
                        value: String::new(),
                        span,
                    },
                    name,
                };
                if let Some(id) = id {
                    self.modules.push(RawModule { id, ..module });
                }
            }
            "line" => {
                let mut fields = Fields::new(file, table, span, kind, LINE_FIELDS, diagnostics);
                let (id, name) = identity(&mut fields, "\"automation\"", "\"Lijn Automatisering\"");
                let color = fields.string("color");
                let stations = fields.string_list("stations").unwrap_or_default();
                if let Some(id) = id {
                    self.lines.push(RawLine {
                        id,
                        name,
                        color,
                        stations,
                    });
                }
            }
            "fieldlab" => {
                let mut fields = Fields::new(file, table, span, kind, FIELDLAB_FIELDS, diagnostics);
                let (id, name) = identity(
                    &mut fields,
                    "\"fl-flex\"",
                    "\"Fieldlab Flexibele Productie\"",
                );
                let location = fields.string("location");
                if let Some(id) = id {
                    self.fieldlabs.push(RawFieldlab { id, name, location });
                }
            }
            _ => {
                let mut fields = Fields::new(file, table, span, kind, PROFILE_FIELDS, diagnostics);
                let (id, name) = identity(&mut fields, "\"cobot-operator\"", "\"Cobot-operator\"");
                let requires = fields.required_string_list("requires", "[\"skill@2\"]");
                if let Some(id) = id {
                    self.profiles.push(RawProfile {
                        id,
                        name,
                        requires: requires.unwrap_or_default(),
                    });
                }
            }
        }
    }
}

/// The `id` and `name` every item has.
fn identity(
    fields: &mut Fields<'_, '_>,
    id_example: &str,
    name_example: &str,
) -> (Option<Text>, Option<Text>) {
    let id = fields.required_string("id", id_example);
    let name = fields.required_string("name", name_example);
    (id, name)
}

fn read_meta(
    file: u32,
    table: &DeTable<'_>,
    span: Span,
    diagnostics: &mut Vec<Diagnostic>,
) -> RawMeta {
    let mut fields = Fields::new(file, table, span, "curriculum", META_FIELDS, diagnostics);
    let id = fields.required_string("id", "\"smart-industry\"");
    let name = fields.required_string("name", "\"Smart Industry\"");
    let version = fields.string("version");
    let levels = fields.required_string_list(
        "levels",
        "[\"kennismaken\", \"basis\", \"zelfstandig\", \"expert\"]",
    );
    let levels_span = fields.span_of("levels");
    RawMeta {
        id,
        name,
        version,
        levels,
        levels_span,
        span,
    }
}

fn table_expected(span: Span, kind: &str, found: &DeValue<'_>, header: &str) -> Diagnostic {
    Diagnostic::new(
        Code::WrongType,
        format!(
            "`{kind}` must be written as `{header}` tables, found {}",
            type_name(found)
        ),
    )
    .at(span, format!("expected `{header}`"))
    .help(format!("start each {kind} with a `{header}` header line"))
}

/// Parses one file's text; syntax errors become diagnostics and the
/// recoverable part of the document is still read.
pub(crate) fn parse_document<'i>(
    file: u32,
    text: &'i str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Spanned<DeTable<'i>> {
    let (document, errors) = DeTable::parse_recoverable(text);
    for error in errors {
        let span = error.span().unwrap_or(0..0);
        let message = error.message().trim().to_string();
        let first_line = message.lines().next().unwrap_or("invalid TOML").to_string();
        diagnostics.push(
            Diagnostic::new(Code::TomlSyntax, format!("invalid TOML: {first_line}"))
                .at(Span::new(file, span), first_line)
                .help("fix the TOML syntax here; see https://toml.io for the rules"),
        );
    }
    document
}

//! Pass two of loading: ids interned to indices, references resolved, values
//! validated. Every problem is collected; none stops the pass.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::fields::{Examples, example, is_valid_id, noun, suggest_id};
use super::raw::{
    RawCurriculum, RawFieldlab, RawLine, RawMeta, RawModule, RawProfile, RawSkill, Text,
};
use crate::diagnostic::{Code, Diagnostic, closest, did_you_mean, shown, suggest};
use crate::model::Gaps;
use crate::model::amounts::{
    AmountProblem, MAX_COST, MAX_HOURS, MAX_WEEKS, check_amount, from_units, shown_amount, to_units,
};
use crate::model::{
    Curriculum, Fieldlab, FieldlabId, LevelRef, Line, LineId, Meta, Mode, Module, ModuleId,
    Profile, ProfileId, Skill, SkillId, SkillLevel, Stage, parse_level, parse_skill_level,
};
use crate::source::SourceMap;
use crate::source::{Located, Span};
use crate::words::{Phrase, phrase};

/// What an id may hold, in words.
fn id_rule() -> Phrase {
    phrase!("load-id-rule")
}

/// The ids of one kind of item, interned.
struct Interned {
    /// Id → index. An invalid id is also reachable by its suggested fix
    /// (`Welding` by `welding`), so that references already written the
    /// valid way are not reported a second time.
    index: HashMap<String, u32>,
    /// Per item: kept, or dropped as a duplicate.
    kept: Vec<bool>,
    /// Per kept item: its id is invalid.
    bad: Vec<bool>,
}

impl Interned {
    /// The items kept (a duplicate id is dropped), each with whether its id
    /// is invalid.
    fn kept<'a, T: 'a>(&'a self, items: Vec<T>) -> impl Iterator<Item = (T, bool)> + 'a {
        items
            .into_iter()
            .zip(&self.kept)
            .filter(|(_, kept)| **kept)
            .map(|(item, _)| item)
            .zip(self.bad.iter().copied())
    }

    /// The index with typed ids (`SkillId`, `ModuleId`, …).
    fn index_as<Id>(self, id: impl Fn(u32) -> Id) -> HashMap<String, Id> {
        self.index
            .into_iter()
            .map(|(text, index)| (text, id(index)))
            .collect()
    }
}

/// Interns the ids of one kind of item (each with its name, from which a
/// bad id's fix is made): reports bad and duplicate ids and keeps the first
/// of each id.
fn intern<'a>(
    kind: &'static str,
    items: impl Iterator<Item = (&'a Text, Option<&'a Text>)>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Interned {
    let items: Vec<_> = items.collect();
    let mut interned = Interned {
        index: HashMap::new(),
        kept: Vec::new(),
        bad: Vec::new(),
    };
    // A suggested id must not be one in use already, or taking it would
    // only turn the error into a duplicate id.
    let mut taken: HashSet<String> = items.iter().map(|(id, _)| id.value.clone()).collect();
    let mut first_span: HashMap<&str, Span> = HashMap::new();
    let mut aliases = Vec::new();
    for (id, name) in items {
        let valid = is_valid_id(&id.value);
        if !valid {
            diagnostics.push(bad_id(kind, id, name, &mut taken));
        }
        if let Some(first) = first_span.get(id.value.as_str()) {
            diagnostics.push(
                Diagnostic::new(
                    Code::DuplicateId,
                    phrase!(
                        "load-duplicate-id",
                        kind = noun(kind, 1),
                        id = shown(&id.value)
                    ),
                )
                .at(id.span, phrase!("load-defined-again"))
                .also(*first, phrase!("load-first-defined"))
                .help(phrase!("load-duplicate-id-help", kinds = noun(kind, 2))),
            );
            interned.kept.push(false);
            continue;
        }
        let next = interned.bad.len() as u32;
        interned.index.insert(id.value.clone(), next);
        first_span.insert(&id.value, id.span);
        interned.kept.push(true);
        interned.bad.push(!valid);
        if !valid {
            aliases.push((suggest_id(&id.value), next));
        }
    }
    for (alias, item) in aliases {
        interned.index.entry(alias).or_insert(item);
    }
    interned
}

/// An id that does not match the id syntax, with a valid id to use instead
/// that is not in `taken` (and is then taken): the id made valid, else the
/// item's name made an id, else the example id, numbered until it is free.
pub(crate) fn bad_id(
    kind: &str,
    id: &Text,
    name: Option<&Text>,
    taken: &mut HashSet<String>,
) -> Diagnostic {
    let placeholder = example(kind, "id").trim_matches('"');
    let suggestion = [Some(&id.value), name.map(|name| &name.value)]
        .into_iter()
        .flatten()
        .map(|text| suggest_id(text))
        .chain(std::iter::once(placeholder.to_string()))
        .chain((2..).map(|number| format!("{placeholder}-{number}")))
        .find(|suggestion| is_valid_id(suggestion) && !taken.contains(suggestion))
        .unwrap_or_default();
    taken.insert(suggestion.clone());
    Diagnostic::new(
        Code::BadId,
        phrase!("load-bad-id", kind = noun(kind, 1), id = shown(&id.value)),
    )
    .at(id.span, id_rule())
    .help(phrase!("load-bad-id-help", suggestion = suggestion))
}

fn unknown_reference<V>(
    kind: &str,
    reference: &Text,
    shown_as: &str,
    index: &HashMap<String, V>,
) -> Diagnostic {
    let diagnostic = Diagnostic::new(
        Code::UnknownReference,
        phrase!(
            "load-unknown-reference",
            kind = noun(kind, 1),
            id = shown(&reference.value)
        ),
    )
    .at(
        reference.span,
        phrase!("load-unknown-reference-label", kind = noun(kind, 1)),
    );
    // Only a valid id is worth suggesting: an invalid one is an error itself.
    let valid = index
        .keys()
        .map(String::as_str)
        .filter(|id| is_valid_id(id));
    match closest(&reference.value, valid) {
        Some(close) => diagnostic.help(did_you_mean(&shown(&shown_as.replacen(
            &reference.value,
            close,
            1,
        )))),
        None => diagnostic.help(define_or_fix(kind, &reference.value, shown_as)),
    }
}

/// The help for a reference to an id that nothing defines and nothing is
/// close to. An id to define must be valid: a reference that is not a
/// valid id (`Weird Skill`) gets the valid form of it for both.
fn define_or_fix(kind: &str, id: &str, shown_as: &str) -> Phrase {
    if is_valid_id(id) {
        return phrase!("load-define-or-fix", kind = noun(kind, 1), id = id);
    }
    let valid = suggest_id(id);
    if !is_valid_id(&valid) {
        return phrase!("load-fix-reference", rule = id_rule());
    }
    phrase!(
        "load-fix-or-define",
        kind = noun(kind, 1),
        id = valid.as_str(),
        reference = shown_as.replacen(id, &valid, 1)
    )
}

/// Resolves skill-level references against the interned skills.
pub(crate) struct LevelResolver<'a> {
    pub skill_index: &'a HashMap<String, SkillId>,
    pub skills: &'a [Skill],
    /// The curriculum's names of levels 1, 2, …: `cnc-milling@zelfstandig`
    /// is `cnc-milling@3`, in any case.
    pub level_names: &'a [String],
}

/// Why a skill-level reference did not resolve.
pub(crate) enum Unresolved {
    /// Not a skill-level at all (reported).
    Malformed,
    /// No skill has the id (reported unless unknown references are not),
    /// with the skill it is a near miss of: that one counts as used.
    Unknown(Option<SkillId>),
    /// The skill exists, the level does not: the skill is still used.
    Level(SkillId),
}

impl LevelResolver<'_> {
    pub(crate) fn resolve(
        &self,
        text: &Text,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<Located<SkillLevel>> {
        self.resolve_reference(text, true, diagnostics).ok()
    }

    /// Resolves one reference; an unknown skill is reported only when
    /// `report_unknown` (it is not when a file that may define it was lost).
    pub(crate) fn resolve_reference(
        &self,
        text: &Text,
        report_unknown: bool,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Result<Located<SkillLevel>, Unresolved> {
        let Some(parsed) = self
            .split(&text.value)
            .filter(|parsed| !parsed.skill.is_empty())
        else {
            diagnostics.push(
                Diagnostic::new(
                    Code::BadValue,
                    phrase!("load-not-a-skill-level", written = shown(&text.value)),
                )
                .at(text.span, phrase!("load-not-a-skill-level-label"))
                .help(phrase!(
                    "load-not-a-skill-level-help",
                    example = self.example()
                )),
            );
            return Err(Unresolved::Malformed);
        };
        let Some(&skill) = self.skill_index.get(parsed.skill) else {
            if report_unknown {
                let reference = Text {
                    value: parsed.skill.to_string(),
                    span: text.span,
                };
                diagnostics.push(unknown_reference(
                    "skill",
                    &reference,
                    &text.value,
                    self.skill_index,
                ));
            }
            let valid = self
                .skill_index
                .keys()
                .map(String::as_str)
                .filter(|id| is_valid_id(id));
            let close = closest(parsed.skill, valid).and_then(|close| self.skill_index.get(close));
            return Err(Unresolved::Unknown(close.copied()));
        };
        let max = self.skills[skill.index()].max_level;
        let written = text.value[parsed.skill.len()..]
            .strip_prefix('@')
            .unwrap_or_default();
        let named = self.level_named(written);
        match parsed.level.or(named) {
            Some(level) if (1..=max).contains(&level) => Ok(Located {
                value: SkillLevel { skill, level },
                span: text.span,
            }),
            _ => {
                let id = &self.skills[skill.index()].id;
                let names = &self.level_names[..self.level_names.len().min(usize::from(max))];
                let written = Written {
                    text: written,
                    named,
                };
                diagnostics.push(bad_level(id, &written, max, names, text.span));
                Err(Unresolved::Level(skill))
            }
        }
    }

    /// The level a name stands for, ignoring case and surrounding spaces.
    fn level_named(&self, written: &str) -> Option<u8> {
        let written = written.trim().to_lowercase();
        let position = self
            .level_names
            .iter()
            .position(|name| name.trim().to_lowercase() == written)?;
        u8::try_from(position + 1).ok()
    }

    /// A skill-level of these skills, for help.
    fn example(&self) -> String {
        let skill = self.skills.iter().find(|skill| is_valid_id(&skill.id));
        skill.map_or_else(
            || "plc-programming@2".to_string(),
            |skill| format!("{}@{}", skill.id, skill.max_level.min(2)),
        )
    }

    /// Splits a reference into its skill and level. A skill whose invalid
    /// id holds `@` (`weld@ing`) is found by its whole id: its bad id is the
    /// one error, not every reference to it as well.
    fn split<'t>(&self, text: &'t str) -> Option<LevelRef<'t>> {
        if self.skill_index.contains_key(text) {
            return Some(LevelRef {
                skill: text,
                level: Some(1),
            });
        }
        match text.rsplit_once('@') {
            Some((skill, level)) if skill.contains('@') && self.skill_index.contains_key(skill) => {
                Some(LevelRef {
                    skill,
                    level: parse_level(level),
                })
            }
            _ => parse_skill_level(text),
        }
    }

    pub(crate) fn resolve_all(
        &self,
        texts: &[Text],
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Vec<Located<SkillLevel>> {
        texts
            .iter()
            .filter_map(|text| self.resolve(text, diagnostics))
            .collect()
    }
}

/// The level part of a skill-level as written, and the level it names
/// when it is one of the curriculum's level names.
struct Written<'a> {
    text: &'a str,
    named: Option<u8>,
}

/// A level that is not a level of the skill, told apart by how it is
/// written: a number (or a level's name) out of range, a whole number
/// written as a decimal, or neither a number nor a name. `names` are the
/// names of the skill's levels, 1 to `max`, as far as the curriculum has them.
fn bad_level(
    skill: &str,
    written: &Written<'_>,
    max: u8,
    names: &[String],
    span: Span,
) -> Diagnostic {
    let (written, named) = (written.text, written.named);
    let range = || phrase!("load-level-range", skill = skill, max = max);
    let fix = || phrase!("load-level-example", skill = skill, max = max);
    let is_integer = !written.is_empty()
        && written
            .strip_prefix(['-', '+'])
            .unwrap_or(written)
            .bytes()
            .all(|b| b.is_ascii_digit())
        && written.len() > usize::from(written.starts_with(['-', '+']));
    let decimal = written.parse::<f64>().ok().filter(|n| n.is_finite());
    if is_integer {
        Diagnostic::new(
            Code::BadLevel,
            phrase!("load-level-out-of-range", written = written, skill = skill),
        )
        .at(span, range())
        .help(phrase!("load-level-use-whole", max = max, fix = fix()))
    } else if let Some(whole) =
        decimal.filter(|n| n.fract() == 0.0 && (1.0..=f64::from(max)).contains(n))
    {
        Diagnostic::new(
            Code::BadLevel,
            phrase!("load-level-decimal", written = written, skill = skill),
        )
        .at(span, phrase!("load-level-decimal-label"))
        .help(phrase!("load-write", text = format!("{skill}@{whole}")))
    } else if written.is_empty() {
        Diagnostic::new(Code::BadLevel, phrase!("load-level-none", skill = skill))
            .at(span, phrase!("load-level-none-label", max = max))
            .help(phrase!("load-level-none-help", fix = fix()))
    } else if let Some(level) = named {
        Diagnostic::new(
            Code::BadLevel,
            phrase!(
                "load-level-named-out-of-range",
                written = shown(written),
                level = level,
                skill = skill
            ),
        )
        .at(span, range())
        .help(phrase!("load-level-use", max = max, fix = fix()))
    } else {
        let message = if names.is_empty() {
            phrase!(
                "load-level-not-a-number",
                written = shown(written),
                skill = skill
            )
        } else {
            phrase!(
                "load-level-not-a-number-or-name",
                written = shown(written),
                skill = skill
            )
        };
        let diagnostic = Diagnostic::new(Code::BadLevel, message)
            .at(span, phrase!("load-level-expected", max = max));
        let named = names.iter().map(String::as_str);
        diagnostic.help(match closest(written.trim(), named) {
            Some(name) => did_you_mean(&format!("{skill}@{name}")),
            None if names.is_empty() => phrase!("load-level-write-number", max = max, fix = fix()),
            None => phrase!(
                "load-level-write-number-or-name",
                max = max,
                names = names.join(", "),
                fix = fix()
            ),
        })
    }
}

fn text(value: Option<Text>) -> Option<String> {
    value.map(|text| text.value)
}

/// The `[curriculum]` table, and its top level when `levels` can be
/// trusted (`None` when it is missing or broken: then no level is checked
/// against it, rather than hundreds against a made-up one).
fn resolve_meta(metas: Vec<RawMeta>, diagnostics: &mut Vec<Diagnostic>) -> (Meta, Option<u8>) {
    let mut metas = metas.into_iter();
    let Some(first) = metas.next() else {
        diagnostics.push(
            Diagnostic::new(Code::CurriculumTable, phrase!("load-no-curriculum-table"))
                .help(phrase!("load-no-curriculum-table-help")),
        );
        return (Meta::default(), None);
    };
    for extra in metas {
        diagnostics.push(
            Diagnostic::new(
                Code::CurriculumTable,
                phrase!("load-second-curriculum-table"),
            )
            .at(extra.span, phrase!("load-defined-again"))
            .also(first.span, phrase!("load-first-defined"))
            .help(phrase!("load-second-curriculum-table-help")),
        );
    }
    if let Some(id) = first.id.as_ref().filter(|id| !is_valid_id(&id.value)) {
        diagnostics.push(bad_id(
            "curriculum",
            id,
            first.name.as_ref(),
            &mut HashSet::new(),
        ));
    }
    // A missing or unreadable `levels` is reported already.
    let top_level = match (&first.levels, first.levels_span) {
        (Some(levels), Some(span)) if levels.is_empty() || levels.len() > usize::from(u8::MAX) => {
            diagnostics.push(level_count(span, levels.len()));
            None
        }
        (Some(levels), _) => {
            check_level_names(levels, diagnostics);
            Some(levels.len() as u8)
        }
        (None, _) => None,
    };
    let level_hours = match (first.level_hours, first.level_hours_span, top_level) {
        (Some(hours), Some(span), Some(top)) => checked_level_hours(hours, span, top, diagnostics),
        _ => Vec::new(),
    };
    let levels = first.levels.unwrap_or_default();
    let meta = Meta {
        id: first.id.map(|id| id.value).unwrap_or_default(),
        name: first.name.map(|name| name.value).unwrap_or_default(),
        version: text(first.version),
        uri: text(first.uri),
        levels: levels.into_iter().map(|level| level.value).collect(),
        level_hours,
        terms: first.terms,
    };
    (meta, top_level)
}

/// `level_hours`: one amount of hours per level, each from 0 to
/// [`MAX_HOURS`] in hundredths. Empty (the `level-jump` lint then judges
/// nothing) when it is not one valid number per level; each problem is
/// reported.
fn checked_level_hours(
    hours: Vec<Located<f64>>,
    span: Span,
    top: u8,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Located<f64>> {
    let before = diagnostics.len();
    if hours.len() != usize::from(top) {
        let mut example: Vec<String> = hours
            .iter()
            .map(|h| h.value)
            .filter(|&h| check_amount(h, true, MAX_HOURS).is_ok())
            .map(shown_amount)
            .collect();
        example.resize(
            usize::from(top),
            example.last().cloned().unwrap_or("8".into()),
        );
        diagnostics.push(
            Diagnostic::new(
                Code::BadValue,
                phrase!("load-level-hours-count", count = hours.len(), top = top),
            )
            .at(span, phrase!("load-level-hours-count-label", top = top))
            .help(phrase!(
                "load-level-hours-count-help",
                example = example.join(", ")
            )),
        );
    }
    for (level, value) in (1..).zip(&hours) {
        let Err(problem) = check_amount(value.value, true, MAX_HOURS) else {
            continue;
        };
        let label = match problem {
            AmountProblem::BelowRange => phrase!("load-level-hours-below"),
            AmountProblem::AboveBound => phrase!("load-level-hours-above", max = MAX_HOURS),
            AmountProblem::FinerThanCents => phrase!("load-level-hours-hundredths"),
        };
        diagnostics.push(
            Diagnostic::new(
                Code::BadValue,
                phrase!(
                    "load-level-hours-bad",
                    level = level,
                    hours = shown_amount(value.value)
                ),
            )
            .at(value.span, label)
            .help(phrase!(
                "load-level-hours-bad-help",
                level = level,
                example = shown_amount(from_units(to_units(
                    value.value.clamp(0.0, f64::from(MAX_HOURS))
                )))
            )),
        );
    }
    if diagnostics.len() > before {
        Vec::new()
    } else {
        hours
    }
}

fn level_count(span: Span, count: usize) -> Diagnostic {
    let message = if count == 0 {
        phrase!("load-levels-none")
    } else {
        phrase!("load-levels-too-many", count = count)
    };
    Diagnostic::new(Code::BadValue, message)
        .at(span, phrase!("load-levels-label"))
        .help(phrase!(
            "load-levels-help",
            example = example("curriculum", "levels")
        ))
}

/// Level names are shown to workers, so each must say something and no two
/// may read the same, not even in another case (`basis`, `Basis`).
fn check_level_names(levels: &[Text], diagnostics: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<String, Span> = HashMap::new();
    for (number, level) in (1..).zip(levels) {
        let name = level.value.trim();
        let key = name.to_lowercase();
        if name.is_empty() {
            diagnostics.push(
                Diagnostic::new(
                    Code::BadValue,
                    phrase!("load-level-name-empty", number = number),
                )
                .at(level.span, phrase!("load-level-name-empty-label"))
                .help(phrase!("load-level-name-empty-help")),
            );
        } else if let Some(&first) = seen.get(&key) {
            diagnostics.push(
                Diagnostic::new(
                    Code::BadValue,
                    phrase!("load-level-name-twice", number = number, name = shown(name)),
                )
                .at(level.span, phrase!("load-named-again"))
                .also(first, phrase!("load-first-named"))
                .help(phrase!("load-level-name-twice-help")),
            );
        } else {
            seen.insert(key, level.span);
        }
    }
}

fn parse_choice<T: Copy>(
    value: &Text,
    field: &str,
    parse: impl Fn(&str) -> Option<T>,
    all: &[&'static str],
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<T> {
    let parsed = parse(&value.value);
    if parsed.is_none() {
        let diagnostic = Diagnostic::new(
            Code::BadValue,
            phrase!(
                "load-unknown-choice",
                field = field,
                value = value.value.as_str()
            ),
        )
        .at(value.span, phrase!("load-not-a-choice", field = field));
        let help = suggest(&value.value, all.iter().copied())
            .unwrap_or_else(|| phrase!("load-choices", field = field, all = all.join(", ")));
        diagnostics.push(diagnostic.help(help));
    }
    parsed
}

/// References resolved for the items of a curriculum, with what the
/// failures mean for [`Gaps`].
struct Links<'a> {
    levels: LevelResolver<'a>,
    /// False when a file could not be read: a reference to an id that file
    /// would have defined is not an error of its own.
    report_unknown: bool,
    /// An unknown reference was dropped without a report since the item began.
    silenced: bool,
    /// How many were, in all.
    unchecked: usize,
    named_skills: Vec<bool>,
    /// The curriculum's ids, for the examples in help.
    examples: &'a Examples,
}

impl Links<'_> {
    fn levels(
        &mut self,
        texts: &[Text],
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Vec<Located<SkillLevel>> {
        let mut resolved = Vec::with_capacity(texts.len());
        for text in texts {
            match self
                .levels
                .resolve_reference(text, self.report_unknown, diagnostics)
            {
                Ok(level) => resolved.push(level),
                Err(Unresolved::Level(skill) | Unresolved::Unknown(Some(skill))) => {
                    self.named_skills[skill.index()] = true;
                    self.silenced |= !self.report_unknown;
                }
                Err(Unresolved::Unknown(None)) if !self.report_unknown => self.silence(),
                Err(Unresolved::Unknown(None) | Unresolved::Malformed) => {}
            }
        }
        resolved
    }

    /// An item reference (a station, a fieldlab).
    fn item<V: Copy>(
        &mut self,
        kind: &str,
        reference: &Text,
        index: &HashMap<String, V>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<V> {
        let found = index.get(&reference.value).copied();
        if found.is_none() {
            if self.report_unknown {
                diagnostics.push(unknown_reference(kind, reference, &reference.value, index));
            } else {
                self.silence();
            }
        }
        found
    }

    fn silence(&mut self) {
        self.silenced = true;
        self.unchecked += 1;
    }

    /// Whether an item resolved since `before` has an error of its own, or
    /// lost a reference silently; starts the next item.
    fn broken_since(
        &mut self,
        diagnostics: &[Diagnostic],
        before: usize,
        incomplete: bool,
    ) -> bool {
        let silenced = std::mem::take(&mut self.silenced);
        incomplete || silenced || errors_since(diagnostics, before)
    }
}

/// The curriculum the raw items make, without its sources (the caller owns
/// them and adds them once no error was found), and what `check` may still
/// lint if it has errors. `references_checkable` is false when a file could
/// not be read: unknown references are then not reported.
pub(crate) fn resolve(
    raw: RawCurriculum,
    references_checkable: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Curriculum, Gaps) {
    let (meta, top_level) = resolve_meta(raw.metas, diagnostics);
    let mut gaps = Gaps {
        unread: raw.lost_items || !references_checkable,
        ..Gaps::default()
    };
    // Without trustworthy `levels`, every level a `u8` holds is accepted.
    let ceiling = top_level.unwrap_or(u8::MAX);
    let (skills, skill_index) = resolve_skills(raw.skills, ceiling, &mut gaps, diagnostics);
    let (fieldlabs, fieldlab_index) = resolve_fieldlabs(raw.fieldlabs, &mut gaps, diagnostics);
    let mut links = Links {
        levels: LevelResolver {
            skill_index: &skill_index,
            skills: &skills,
            level_names: &meta.levels,
        },
        report_unknown: references_checkable,
        silenced: false,
        unchecked: 0,
        named_skills: vec![false; skills.len()],
        examples: &raw.examples,
    };
    let (modules, module_index) = resolve_modules(
        raw.modules,
        &fieldlab_index,
        &mut links,
        &mut gaps,
        diagnostics,
    );
    let (lines, line_index) =
        resolve_lines(raw.lines, &module_index, &mut links, &mut gaps, diagnostics);
    let (profiles, profile_index) =
        resolve_profiles(raw.profiles, &mut links, &mut gaps, diagnostics);
    let holidays = super::holidays::resolve_holidays(raw.holidays, diagnostics);
    gaps.named_skills = links.named_skills;
    gaps.unchecked_references = links.unchecked;

    let curriculum = Curriculum {
        meta,
        skills,
        modules,
        lines,
        fieldlabs,
        profiles,
        holidays,
        sources: SourceMap::default(),
        skill_index,
        module_index,
        line_index,
        fieldlab_index,
        profile_index,
        dominance: OnceLock::new(),
    };
    (curriculum, gaps)
}

fn resolve_skills(
    raw_skills: Vec<RawSkill>,
    ceiling: u8,
    gaps: &mut Gaps,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<Skill>, HashMap<String, SkillId>) {
    let interned = intern(
        "skill",
        raw_skills.iter().map(|s| (&s.id, s.name.as_ref())),
        diagnostics,
    );
    gaps.unread |= interned.kept.contains(&false);
    let skills = interned
        .kept(raw_skills)
        .map(|(skill, bad_id)| {
            let before = diagnostics.len();
            let max_level = skill
                .max_level
                .map_or(ceiling, |max| max_level(max, ceiling, diagnostics));
            gaps.unread |= skill.incomplete;
            gaps.broken_skills
                .push(skill.incomplete || bad_id || errors_since(diagnostics, before));
            Skill {
                span: skill.id.span,
                id: skill.id.value,
                name: text(skill.name).unwrap_or_default(),
                esco: skill.esco,
                max_level,
            }
        })
        .collect();
    (skills, interned.index_as(SkillId))
}

/// A skill's `max_level`, which must lie within the curriculum's levels.
fn max_level(max: Located<i64>, ceiling: u8, diagnostics: &mut Vec<Diagnostic>) -> u8 {
    if (1..=i64::from(ceiling)).contains(&max.value) {
        return max.value as u8;
    }
    diagnostics.push(
        Diagnostic::new(
            Code::BadValue,
            phrase!("load-max-level-range", max = max.value),
        )
        .at(max.span, phrase!("load-max-level-label", ceiling = ceiling))
        .help(phrase!("load-max-level-help", ceiling = ceiling)),
    );
    ceiling
}

fn resolve_fieldlabs(
    raw_fieldlabs: Vec<RawFieldlab>,
    gaps: &mut Gaps,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<Fieldlab>, HashMap<String, FieldlabId>) {
    let interned = intern(
        "fieldlab",
        raw_fieldlabs.iter().map(|f| (&f.id, f.name.as_ref())),
        diagnostics,
    );
    gaps.unread |= interned.kept.contains(&false) || raw_fieldlabs.iter().any(|f| f.incomplete);
    let fieldlabs = interned
        .kept(raw_fieldlabs)
        .map(|(fieldlab, _)| Fieldlab {
            span: fieldlab.id.span,
            id: fieldlab.id.value,
            name: text(fieldlab.name).unwrap_or_default(),
            location: text(fieldlab.location),
        })
        .collect();
    (fieldlabs, interned.index_as(FieldlabId))
}

fn resolve_modules(
    raw_modules: Vec<RawModule>,
    fieldlab_index: &HashMap<String, FieldlabId>,
    links: &mut Links<'_>,
    gaps: &mut Gaps,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<Module>, HashMap<String, ModuleId>) {
    let interned = intern(
        "module",
        raw_modules.iter().map(|m| (&m.id, m.name.as_ref())),
        diagnostics,
    );
    gaps.unread |= interned.kept.contains(&false);
    let mut modules = Vec::with_capacity(interned.bad.len());
    for (raw_module, bad_id) in interned.kept(raw_modules) {
        let before = diagnostics.len();
        let incomplete = raw_module.incomplete || bad_id;
        gaps.unread |= raw_module.incomplete;
        let module = resolve_module(raw_module, fieldlab_index, links, gaps, diagnostics);
        gaps.broken_modules
            .push(links.broken_since(diagnostics, before, incomplete));
        modules.push(module);
    }
    (modules, interned.index_as(ModuleId))
}

fn resolve_module(
    raw_module: RawModule,
    fieldlab_index: &HashMap<String, FieldlabId>,
    links: &mut Links<'_>,
    gaps: &mut Gaps,
    diagnostics: &mut Vec<Diagnostic>,
) -> Module {
    let stage_names: Vec<&'static str> = Stage::ALL.iter().map(|s| s.as_str()).collect();
    let mode_names: Vec<&'static str> = Mode::ALL.iter().map(|m| m.as_str()).collect();
    let id = &raw_module.id.value;
    let stage = raw_module
        .stage
        .as_ref()
        .and_then(|stage| parse_choice(stage, "stage", Stage::parse, &stage_names, diagnostics));
    let mode = raw_module
        .mode
        .as_ref()
        .and_then(|mode| parse_choice(mode, "mode", Mode::parse, &mode_names, diagnostics));
    let fieldlab = raw_module
        .fieldlab
        .as_ref()
        .and_then(|reference| links.item("fieldlab", reference, fieldlab_index, diagnostics));
    check_fieldlab_stage(&raw_module, stage, links.examples, diagnostics);
    let no_grants = grants_nothing(&raw_module, links.examples);
    let hours = match raw_module.hours {
        Some(hours) => {
            if let Err(problem) = check_amount(hours.value, false, MAX_HOURS) {
                diagnostics.push(amount_diagnostic(id, Amount::Hours, &hours, problem));
            }
            hours
        }
        None => Located {
            value: 0.0,
            span: raw_module.span,
        },
    };
    let cost = match raw_module.cost {
        Some(cost) => match check_amount(cost.value, true, MAX_COST) {
            Ok(()) => cost.value,
            Err(problem) => {
                diagnostics.push(amount_diagnostic(id, Amount::Cost, &cost, problem));
                0.0
            }
        },
        None => 0.0,
    };
    let weeks = raw_module
        .weeks
        .and_then(|weeks| minimum_weeks(weeks, diagnostics));
    let grants = links.levels(
        raw_module.grants.as_deref().unwrap_or_default(),
        diagnostics,
    );
    if let Some(problem) = no_grants {
        // The grants it lacks would most likely name a skill that now
        // looks unused.
        gaps.unread = true;
        diagnostics.push(problem);
    }
    let requires = links.levels(&raw_module.requires, diagnostics);
    let requires_any = raw_module
        .requires_any
        .iter()
        .map(|group| links.levels(group, diagnostics))
        .collect();
    Module {
        requires,
        requires_any,
        grants,
        span: raw_module.id.span,
        hours_span: hours.span,
        id: raw_module.id.value,
        name: text(raw_module.name).unwrap_or_default(),
        stage: stage.unwrap_or(Stage::Line),
        hours: hours.value,
        cost,
        weeks,
        mode,
        fieldlab,
        provider: text(raw_module.provider),
        description: text(raw_module.description),
        url: text(raw_module.url),
        language: text(raw_module.language),
        credential: text(raw_module.credential),
        achievement: raw_module.achievement,
    }
}

/// A module's `weeks`, which must be a sensible number of calendar weeks.
fn minimum_weeks(weeks: Located<i64>, diagnostics: &mut Vec<Diagnostic>) -> Option<u32> {
    if (1..=i64::from(MAX_WEEKS)).contains(&weeks.value) {
        return Some(weeks.value as u32);
    }
    diagnostics.push(
        Diagnostic::new(
            Code::BadValue,
            phrase!("load-weeks-range", weeks = weeks.value),
        )
        .at(weeks.span, phrase!("load-weeks-label", max = MAX_WEEKS))
        .help(phrase!("load-weeks-help")),
    );
    None
}

/// A fieldlab module names its fieldlab, and only a fieldlab module does.
fn check_fieldlab_stage(
    raw_module: &RawModule,
    stage: Option<Stage>,
    examples: &Examples,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let id = &raw_module.id.value;
    match (stage, &raw_module.fieldlab) {
        (Some(Stage::Fieldlab), None) => diagnostics.push(
            Diagnostic::new(
                Code::FieldlabMismatch,
                phrase!("load-fieldlab-missing", module = id),
            )
            .at(
                raw_module
                    .stage
                    .as_ref()
                    .map_or(raw_module.span, |s| s.span),
                phrase!("load-fieldlab-missing-label"),
            )
            .help(phrase!(
                "load-add",
                text = format!("fieldlab = {}", examples.example("module", "fieldlab"))
            )),
        ),
        (Some(other), Some(reference)) if other != Stage::Fieldlab => diagnostics.push(
            Diagnostic::new(
                Code::FieldlabMismatch,
                phrase!("load-fieldlab-stage", module = id, stage = other.as_str()),
            )
            .at(reference.span, phrase!("load-fieldlab-stage-label"))
            .help(phrase!("load-fieldlab-stage-help")),
        ),
        _ => {}
    }
}

/// A module without `grants`, or with an empty list; `grants` of the wrong
/// type is a wrong-type error already.
fn grants_nothing(raw_module: &RawModule, examples: &Examples) -> Option<Diagnostic> {
    let (span, label) = match (raw_module.grants_span, &raw_module.grants) {
        (None, _) => (raw_module.id.span, phrase!("load-no-grants-label")),
        (Some(span), Some(list)) if list.is_empty() => (span, phrase!("load-empty-grants-label")),
        _ => return None,
    };
    Some(
        Diagnostic::new(
            Code::NoGrants,
            phrase!("load-no-grants", module = raw_module.id.value.as_str()),
        )
        .at(span, label)
        .help(phrase!(
            "load-no-grants-help",
            example = examples.example("module", "grants")
        )),
    )
}

fn resolve_lines(
    raw_lines: Vec<RawLine>,
    module_index: &HashMap<String, ModuleId>,
    links: &mut Links<'_>,
    gaps: &mut Gaps,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<Line>, HashMap<String, LineId>) {
    let interned = intern(
        "line",
        raw_lines.iter().map(|l| (&l.id, l.name.as_ref())),
        diagnostics,
    );
    gaps.unread |= interned.kept.contains(&false);
    let mut lines = Vec::with_capacity(interned.bad.len());
    for (line, bad_id) in interned.kept(raw_lines) {
        let before = diagnostics.len();
        let incomplete = line.incomplete || bad_id;
        gaps.unread |= line.incomplete;
        if let Some(span) = line.stations_span.filter(|_| line.stations.is_empty()) {
            diagnostics.push(empty_list(
                "line",
                &line.id,
                "stations",
                span,
                links.examples,
            ));
        }
        let stations = line
            .stations
            .iter()
            .filter_map(|station| {
                let module = links.item("module", station, module_index, diagnostics)?;
                Some(Located {
                    value: module,
                    span: station.span,
                })
            })
            .collect();
        gaps.broken_lines
            .push(links.broken_since(diagnostics, before, incomplete));
        lines.push(Line {
            stations,
            span: line.id.span,
            id: line.id.value,
            name: text(line.name).unwrap_or_default(),
            color: text(line.color),
        });
    }
    (lines, interned.index_as(LineId))
}

fn resolve_profiles(
    raw_profiles: Vec<RawProfile>,
    links: &mut Links<'_>,
    gaps: &mut Gaps,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<Profile>, HashMap<String, ProfileId>) {
    let interned = intern(
        "profile",
        raw_profiles.iter().map(|p| (&p.id, p.name.as_ref())),
        diagnostics,
    );
    gaps.unread |= interned.kept.contains(&false);
    let mut profiles = Vec::with_capacity(interned.bad.len());
    for (profile, bad_id) in interned.kept(raw_profiles) {
        let before = diagnostics.len();
        let incomplete = profile.incomplete || bad_id;
        gaps.unread |= profile.incomplete;
        if let Some(span) = profile
            .requires_span
            .filter(|_| profile.requires.is_empty())
        {
            diagnostics.push(empty_list(
                "profile",
                &profile.id,
                "requires",
                span,
                links.examples,
            ));
        }
        let requires = links.levels(&profile.requires, diagnostics);
        gaps.broken_profiles
            .push(links.broken_since(diagnostics, before, incomplete));
        profiles.push(Profile {
            requires,
            span: profile.id.span,
            id: profile.id.value,
            name: text(profile.name).unwrap_or_default(),
        });
    }
    (profiles, interned.index_as(ProfileId))
}

/// A list that must name something but is empty: a line without stations,
/// a profile that requires nothing (every worker would hold it already).
fn empty_list(kind: &str, id: &Text, key: &str, span: Span, examples: &Examples) -> Diagnostic {
    Diagnostic::new(
        Code::BadValue,
        phrase!(
            "load-empty-list",
            kind = noun(kind, 1),
            id = shown(&id.value),
            key = key
        ),
    )
    .at(span, phrase!("load-empty-list-label", kind = noun(kind, 1)))
    .help(phrase!(
        "load-empty-list-help",
        kind = noun(kind, 1),
        snippet = format!("{key} = {}", examples.example(kind, key))
    ))
}

fn errors_since(diagnostics: &[Diagnostic], before: usize) -> bool {
    diagnostics[before..].iter().any(Diagnostic::is_error)
}

/// The two amounts of a module, for [`amount_diagnostic`].
#[derive(Clone, Copy)]
enum Amount {
    Hours,
    Cost,
}

/// What is wrong with a module's `hours` or `cost`, and how to fix it: every
/// wording of these problems is here.
fn amount_diagnostic(
    module: &str,
    amount: Amount,
    value: &Located<f64>,
    problem: AmountProblem,
) -> Diagnostic {
    let amount_shown = shown_amount(value.value);
    let (code, message) = match amount {
        Amount::Hours => (
            Code::BadHours,
            phrase!("load-hours-bad", module = module, hours = amount_shown),
        ),
        Amount::Cost => (
            Code::NegativeCost,
            phrase!("load-cost-bad", module = module, cost = amount_shown),
        ),
    };
    // The nearest amount in hundredths, at least one hundredth of an hour.
    let rounded = from_units(to_units(value.value).max(matches!(amount, Amount::Hours).into()));
    let (label, help) = match (amount, problem) {
        (Amount::Hours, AmountProblem::BelowRange) => (
            phrase!("load-hours-below"),
            phrase!("load-hours-below-help"),
        ),
        (Amount::Hours, AmountProblem::AboveBound) => (
            phrase!("load-hours-above", max = MAX_HOURS),
            phrase!("load-hours-above-help", max = MAX_HOURS),
        ),
        (Amount::Hours, AmountProblem::FinerThanCents) => (
            phrase!("load-hours-hundredths"),
            phrase!("load-hours-hundredths-help", rounded = rounded.to_string()),
        ),
        (Amount::Cost, AmountProblem::BelowRange) => {
            (phrase!("load-cost-below"), phrase!("load-cost-below-help"))
        }
        (Amount::Cost, AmountProblem::AboveBound) => (
            phrase!("load-cost-above", max = MAX_COST),
            phrase!("load-cost-above-help", max = MAX_COST),
        ),
        (Amount::Cost, AmountProblem::FinerThanCents) => (
            phrase!("load-cost-cents"),
            phrase!("load-cost-cents-help", rounded = rounded.to_string()),
        ),
    };
    Diagnostic::new(code, message)
        .at(value.span, label)
        .help(help)
}

//! Pass two of loading: ids interned to indices, references resolved, values
//! validated. Every problem is collected; none stops the pass.

use std::collections::HashMap;

use super::SourceMap;
use super::fields::{is_valid_id, suggest_id};
use super::raw::{RawCurriculum, RawMeta, Text};
use crate::diagnostic::{Code, Diagnostic, did_you_mean};
use crate::model::amounts::{
    AmountProblem, MAX_COST, MAX_HOURS, MAX_WEEKS, check_amount, from_units, shown, to_units,
};
use crate::model::{
    Curriculum, Fieldlab, FieldlabId, Line, LineId, Located, Meta, Mode, Module, ModuleId, Profile,
    ProfileId, Skill, SkillId, SkillLevel, Span, Stage, parse_skill_level,
};

/// Interns the ids of one kind of item: reports bad and duplicate ids and
/// keeps the first of each id.
fn intern<'a>(
    kind: &str,
    ids: impl Iterator<Item = &'a Text>,
    diagnostics: &mut Vec<Diagnostic>,
) -> (HashMap<String, u32>, Vec<bool>) {
    let mut index: HashMap<String, u32> = HashMap::new();
    let mut first_span: HashMap<String, Span> = HashMap::new();
    let mut kept = Vec::new();
    for id in ids {
        if !is_valid_id(&id.value) {
            diagnostics.push(
                Diagnostic::new(Code::BadId, format!("invalid {kind} id `{}`", id.value))
                    .at(
                        id.span,
                        "ids are lowercase letters, digits, `.`, `_` and `-`",
                    )
                    .help(format!(
                        "ids match `^[a-z0-9][a-z0-9._-]{{0,63}}$`; try `{}`",
                        suggest_id(&id.value)
                    )),
            );
        }
        if let Some(first) = first_span.get(&id.value) {
            diagnostics.push(
                Diagnostic::new(
                    Code::DuplicateId,
                    format!("duplicate {kind} id `{}`", id.value),
                )
                .at(id.span, "defined again here")
                .also(*first, "first defined here")
                .help(format!("rename one of the two {kind}s or merge them")),
            );
            kept.push(false);
            continue;
        }
        let next = index.len() as u32;
        index.insert(id.value.clone(), next);
        first_span.insert(id.value.clone(), id.span);
        kept.push(true);
    }
    (index, kept)
}

fn unknown_reference<V>(
    kind: &str,
    reference: &Text,
    shown: &str,
    index: &HashMap<String, V>,
) -> Diagnostic {
    let diagnostic = Diagnostic::new(
        Code::UnknownReference,
        format!("unknown {kind} `{}`", reference.value),
    )
    .at(reference.span, format!("no {kind} has this id"));
    match did_you_mean(&reference.value, index.keys().map(String::as_str)) {
        Some(close) => diagnostic.help(format!(
            "did you mean `{}`?",
            shown.replacen(&reference.value, close, 1)
        )),
        None => diagnostic.help(format!(
            "define a {kind} with id `{}`, or fix the reference",
            reference.value
        )),
    }
}

/// Resolves skill-level references against the interned skills.
pub(crate) struct LevelResolver<'a> {
    pub skill_index: &'a HashMap<String, SkillId>,
    pub skills: &'a [Skill],
}

impl LevelResolver<'_> {
    pub(crate) fn resolve(
        &self,
        text: &Text,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<Located<SkillLevel>> {
        let Some(parsed) = parse_skill_level(&text.value).filter(|parsed| !parsed.skill.is_empty())
        else {
            diagnostics.push(
                Diagnostic::new(
                    Code::BadValue,
                    format!("`{}` is not a skill-level", text.value),
                )
                .at(text.span, "expected `skill` or `skill@level`")
                .help("write a skill-level as `\"plc-programming@2\"`"),
            );
            return None;
        };
        let Some(&skill) = self.skill_index.get(parsed.skill) else {
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
            return None;
        };
        let max = self.skills[skill.index()].max_level;
        match parsed.level {
            Some(level) if (1..=max).contains(&level) => Some(Located {
                value: SkillLevel { skill, level },
                span: text.span,
            }),
            None => {
                let written = text.value.split_once('@').map_or("", |(_, level)| level);
                diagnostics.push(
                    Diagnostic::new(
                        Code::BadLevel,
                        format!(
                            "level `{written}` of `{}` is not a whole number",
                            parsed.skill
                        ),
                    )
                    .at(text.span, "expected `skill@level` with a level from 1")
                    .help(format!(
                        "write the level as a number from 1 to {max}, e.g. `{}@{max}`",
                        parsed.skill
                    )),
                );
                None
            }
            Some(_) => {
                let written = text.value.split_once('@').map_or("", |(_, level)| level);
                diagnostics.push(
                    Diagnostic::new(
                        Code::BadLevel,
                        format!("level `{written}` of `{}` is out of range", parsed.skill),
                    )
                    .at(
                        text.span,
                        format!("`{}` has levels 1 to {max}", parsed.skill),
                    )
                    .help(format!(
                        "use a whole number from 1 to {max}, e.g. `{}@{max}`",
                        parsed.skill
                    )),
                );
                None
            }
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

fn text(value: Option<Text>) -> Option<String> {
    value.map(|text| text.value)
}

fn resolve_meta(metas: Vec<RawMeta>, diagnostics: &mut Vec<Diagnostic>) -> Meta {
    let mut metas = metas.into_iter();
    let Some(first) = metas.next() else {
        diagnostics.push(
            Diagnostic::new(Code::CurriculumTable, "no file has a `[curriculum]` table")
                .help("add `[curriculum]` with `id`, `name` and `levels` to one file, e.g. curriculum.toml"),
        );
        return Meta::default();
    };
    for extra in metas {
        diagnostics.push(
            Diagnostic::new(Code::CurriculumTable, "a second `[curriculum]` table")
                .at(extra.span, "defined again here")
                .also(first.span, "first defined here")
                .help("keep exactly one `[curriculum]` table and remove the other"),
        );
    }
    // A missing `levels` is reported as a missing field already.
    let levels = first.levels.unwrap_or_default();
    if let Some(level_span) = first.levels_span
        && (levels.is_empty() || levels.len() > usize::from(u8::MAX))
    {
        diagnostics.push(
            Diagnostic::new(Code::BadValue, "`levels` must name between 1 and 255 levels")
                .at(level_span, "here")
                .help("list the level names, e.g. `levels = [\"kennismaken\", \"basis\", \"zelfstandig\", \"expert\"]`"),
        );
    }
    Meta {
        id: first.id.map(|id| id.value).unwrap_or_default(),
        name: first.name.map(|name| name.value).unwrap_or_default(),
        version: text(first.version),
        levels: levels.into_iter().map(|level| level.value).collect(),
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
        let diagnostic =
            Diagnostic::new(Code::BadValue, format!("unknown {field} `{}`", value.value))
                .at(value.span, format!("not a {field}"));
        diagnostics.push(match did_you_mean(&value.value, all.iter().copied()) {
            Some(close) => diagnostic.help(format!("did you mean `{close}`?")),
            None => diagnostic.help(format!("a {field} is one of: {}", all.join(", "))),
        });
    }
    parsed
}

/// The curriculum the raw items make, without its sources (the caller owns
/// them and adds them once no error was found).
pub(crate) fn resolve(raw: RawCurriculum, diagnostics: &mut Vec<Diagnostic>) -> Curriculum {
    let meta = resolve_meta(raw.metas, diagnostics);
    let top_level = meta.levels.len().clamp(1, usize::from(u8::MAX)) as u8;

    let (skill_ids, kept) = intern("skill", raw.skills.iter().map(|s| &s.id), diagnostics);
    let skills: Vec<Skill> = raw
        .skills
        .into_iter()
        .zip(kept)
        .filter(|(_, kept)| *kept)
        .map(|(skill, _)| {
            let max_level = match skill.max_level {
                None => top_level,
                Some(max) if (1..=i64::from(top_level)).contains(&max.value) => max.value as u8,
                Some(max) => {
                    diagnostics.push(
                        Diagnostic::new(
                            Code::BadValue,
                            format!("`max_level` {} is out of range", max.value),
                        )
                        .at(
                            max.span,
                            format!("the curriculum has levels 1 to {top_level}"),
                        )
                        .help(format!(
                            "use a whole number from 1 to {top_level}, or leave `max_level` out"
                        )),
                    );
                    top_level
                }
            };
            Skill {
                span: skill.id.span,
                id: skill.id.value,
                name: text(skill.name).unwrap_or_default(),
                esco: text(skill.esco),
                max_level,
            }
        })
        .collect();
    let skill_index: HashMap<String, SkillId> = skill_ids
        .into_iter()
        .map(|(id, index)| (id, SkillId(index)))
        .collect();

    let (fieldlab_ids, kept) = intern("fieldlab", raw.fieldlabs.iter().map(|f| &f.id), diagnostics);
    let fieldlabs: Vec<Fieldlab> = raw
        .fieldlabs
        .into_iter()
        .zip(kept)
        .filter(|(_, kept)| *kept)
        .map(|(fieldlab, _)| Fieldlab {
            span: fieldlab.id.span,
            id: fieldlab.id.value,
            name: text(fieldlab.name).unwrap_or_default(),
            location: text(fieldlab.location),
        })
        .collect();
    let fieldlab_index: HashMap<String, FieldlabId> = fieldlab_ids
        .into_iter()
        .map(|(id, index)| (id, FieldlabId(index)))
        .collect();

    let levels = LevelResolver {
        skill_index: &skill_index,
        skills: &skills,
    };
    let (module_ids, kept) = intern("module", raw.modules.iter().map(|m| &m.id), diagnostics);
    let stage_names: Vec<&'static str> = Stage::ALL.iter().map(|s| s.as_str()).collect();
    let mode_names: Vec<&'static str> = Mode::ALL.iter().map(|m| m.as_str()).collect();
    let mut modules = Vec::with_capacity(module_ids.len());
    for (raw_module, _) in raw.modules.into_iter().zip(kept).filter(|(_, kept)| *kept) {
        let stage = raw_module.stage.as_ref().and_then(|stage| {
            parse_choice(stage, "stage", Stage::parse, &stage_names, diagnostics)
        });
        let mode = raw_module
            .mode
            .as_ref()
            .and_then(|mode| parse_choice(mode, "mode", Mode::parse, &mode_names, diagnostics));
        let hours = match raw_module.hours {
            Some(hours) => {
                if let Err(problem) = check_amount(hours.value, false, MAX_HOURS) {
                    diagnostics.push(amount_diagnostic(
                        &raw_module.id.value,
                        Amount::Hours,
                        &hours,
                        problem,
                    ));
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
                    diagnostics.push(amount_diagnostic(
                        &raw_module.id.value,
                        Amount::Cost,
                        &cost,
                        problem,
                    ));
                    0.0
                }
            },
            None => 0.0,
        };
        let weeks = match raw_module.weeks {
            Some(weeks) if (1..=i64::from(MAX_WEEKS)).contains(&weeks.value) => {
                Some(weeks.value as u32)
            }
            Some(weeks) => {
                diagnostics.push(
                    Diagnostic::new(
                        Code::BadValue,
                        format!("`weeks` {} is out of range", weeks.value),
                    )
                    .at(
                        weeks.span,
                        format!("a minimum duration is 1 to {MAX_WEEKS} calendar weeks"),
                    )
                    .help("set `weeks` to the minimum number of calendar weeks, or leave it out"),
                );
                None
            }
            None => None,
        };
        let fieldlab = raw_module.fieldlab.as_ref().and_then(|reference| {
            let found = fieldlab_index.get(&reference.value).copied();
            if found.is_none() {
                diagnostics.push(unknown_reference(
                    "fieldlab",
                    reference,
                    &reference.value,
                    &fieldlab_index,
                ));
            }
            found
        });
        match (stage, &raw_module.fieldlab) {
            (Some(Stage::Fieldlab), None) => diagnostics.push(
                Diagnostic::new(
                    Code::FieldlabMismatch,
                    format!(
                        "fieldlab module `{}` does not say which fieldlab hosts it",
                        raw_module.id.value
                    ),
                )
                .at(
                    raw_module
                        .stage
                        .as_ref()
                        .map_or(raw_module.span, |s| s.span),
                    "stage is fieldlab",
                )
                .help("add `fieldlab = \"<fieldlab id>\"`"),
            ),
            (Some(other), Some(reference)) if other != Stage::Fieldlab => diagnostics.push(
                Diagnostic::new(
                    Code::FieldlabMismatch,
                    format!(
                        "module `{}` names a fieldlab but its stage is `{}`",
                        raw_module.id.value,
                        other.as_str()
                    ),
                )
                .at(reference.span, "only fieldlab modules name a fieldlab")
                .help("set `stage = \"fieldlab\"`, or remove the `fieldlab` field"),
            ),
            _ => {}
        }
        let grants = levels.resolve_all(
            raw_module.grants.as_deref().unwrap_or_default(),
            diagnostics,
        );
        // Absent, or an empty list; `grants` of the wrong type is a wrong-type error already.
        let grants_nothing = match (raw_module.grants_span, &raw_module.grants) {
            (None, _) => Some((raw_module.id.span, "this module has no `grants`")),
            (Some(span), Some(list)) if list.is_empty() => Some((span, "an empty `grants` list")),
            _ => None,
        };
        if let Some((span, label)) = grants_nothing {
            diagnostics.push(
                Diagnostic::new(
                    Code::NoGrants,
                    format!("module `{}` grants nothing", raw_module.id.value),
                )
                .at(span, label)
                .help("add the skill-levels it teaches, e.g. `grants = [\"plc-programming@2\"]`"),
            );
        }
        modules.push(Module {
            requires: levels.resolve_all(&raw_module.requires, diagnostics),
            requires_any: raw_module
                .requires_any
                .iter()
                .map(|group| levels.resolve_all(group, diagnostics))
                .collect(),
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
        });
    }
    let module_index: HashMap<String, ModuleId> = module_ids
        .into_iter()
        .map(|(id, index)| (id, ModuleId(index)))
        .collect();

    let (line_ids, kept) = intern("line", raw.lines.iter().map(|l| &l.id), diagnostics);
    let lines: Vec<Line> = raw
        .lines
        .into_iter()
        .zip(kept)
        .filter(|(_, kept)| *kept)
        .map(|(line, _)| Line {
            stations: line
                .stations
                .iter()
                .filter_map(|station| match module_index.get(&station.value) {
                    Some(&module) => Some(Located {
                        value: module,
                        span: station.span,
                    }),
                    None => {
                        diagnostics.push(unknown_reference(
                            "module",
                            station,
                            &station.value,
                            &module_index,
                        ));
                        None
                    }
                })
                .collect(),
            span: line.id.span,
            id: line.id.value,
            name: text(line.name).unwrap_or_default(),
            color: text(line.color),
        })
        .collect();
    let line_index: HashMap<String, LineId> = line_ids
        .into_iter()
        .map(|(id, index)| (id, LineId(index)))
        .collect();

    let (profile_ids, kept) = intern("profile", raw.profiles.iter().map(|p| &p.id), diagnostics);
    let profiles: Vec<Profile> = raw
        .profiles
        .into_iter()
        .zip(kept)
        .filter(|(_, kept)| *kept)
        .map(|(profile, _)| Profile {
            requires: levels.resolve_all(&profile.requires, diagnostics),
            span: profile.id.span,
            id: profile.id.value,
            name: text(profile.name).unwrap_or_default(),
        })
        .collect();
    let profile_index: HashMap<String, ProfileId> = profile_ids
        .into_iter()
        .map(|(id, index)| (id, ProfileId(index)))
        .collect();

    Curriculum {
        meta,
        skills,
        modules,
        lines,
        fieldlabs,
        profiles,
        sources: SourceMap::default(),
        skill_index,
        module_index,
        line_index,
        fieldlab_index,
        profile_index,
    }
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
    let (code, message) = match amount {
        Amount::Hours => (
            Code::BadHours,
            format!("module `{module}` has hours {}", shown(value.value)),
        ),
        Amount::Cost => (
            Code::NegativeCost,
            format!("module `{module}` costs {} euro", shown(value.value)),
        ),
    };
    // The nearest amount in hundredths, at least one hundredth of an hour.
    let rounded = from_units(to_units(value.value).max(matches!(amount, Amount::Hours).into()));
    let (label, help) = match (amount, problem) {
        (Amount::Hours, AmountProblem::TooSmall) => (
            "study load must be a finite number above 0".to_string(),
            "set `hours` to the study load in hours, e.g. `hours = 8`".to_string(),
        ),
        (Amount::Hours, AmountProblem::TooLarge) => (
            format!("study load must be at most {MAX_HOURS} hours"),
            format!(
                "set `hours` to the study load in hours, at most {MAX_HOURS} (five years of full-time study)"
            ),
        ),
        (Amount::Hours, AmountProblem::TooPrecise) => (
            "study load is counted in hundredths of an hour".to_string(),
            format!("round it to hundredths: `hours = {rounded}`"),
        ),
        (Amount::Cost, AmountProblem::TooSmall) => (
            "cost must be a finite amount of 0 euro or more".to_string(),
            "set `cost` to the price in euro, or leave it out for a free module".to_string(),
        ),
        (Amount::Cost, AmountProblem::TooLarge) => (
            format!("cost must be at most {MAX_COST} euro"),
            format!("set `cost` to the price in euro, at most {MAX_COST}"),
        ),
        (Amount::Cost, AmountProblem::TooPrecise) => (
            "cost is counted in whole euro cents".to_string(),
            format!("round it to whole cents: `cost = {rounded}`"),
        ),
    };
    Diagnostic::new(code, message)
        .at(value.span, label)
        .help(help)
}

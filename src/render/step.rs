//! One step of a route in words: what it is, why it is there (the later
//! steps that need it and the target requirements it leads to, by name and
//! level name), how and where (stage, mode, provider, fieldlab, credential)
//! and when. The table, the compact layout and the Markdown plan all use
//! these, so they can never tell a different story.

use crate::model::{Curriculum, Mode, Module, Stage, parse_skill_level};
use crate::plan::calendar::parse_date;
use crate::plan::route::{Plan, Step, Text};
use crate::words::{Words, say};

/// The curriculum's module behind a step; a plan only names modules of the
/// curriculum it was made with.
pub fn module_of<'c>(curriculum: &'c Curriculum, step: &Step) -> Option<&'c Module> {
    curriculum
        .find_module(&step.module)
        .map(|id| curriculum.module(id))
}

/// "Sensoren en actuatoren (auto-sensoren)".
pub fn title(step: &Step) -> String {
    format!("{} ({})", step.name, step.module)
}

/// The stage in words ("leerlijn", "fieldlab").
pub fn stage(words: &Words, stage: Stage) -> String {
    match stage {
        Stage::Basis => say!(words, "stage-basis"),
        Stage::Line => say!(words, "stage-line"),
        Stage::Training => say!(words, "stage-training"),
        Stage::Fieldlab => say!(words, "stage-fieldlab"),
        Stage::Nanomodule => say!(words, "stage-nanomodule"),
    }
}

/// The mode in words ("klassikaal", "op de werkplek").
pub fn mode(words: &Words, mode: Mode) -> String {
    match mode {
        Mode::Workplace => say!(words, "mode-workplace"),
        Mode::Classroom => say!(words, "mode-classroom"),
        Mode::Online => say!(words, "mode-online"),
        Mode::Blended => say!(words, "mode-blended"),
        Mode::Fieldlab => say!(words, "mode-fieldlab"),
    }
}

/// "wk 1–3".
pub fn weeks(words: &Words, step: &Step) -> String {
    if step.start_week == step.end_week {
        say!(words, "step-week", week = step.start_week.to_string())
    } else {
        say!(
            words,
            "step-weeks",
            from = step.start_week.to_string(),
            to = step.end_week.to_string()
        )
    }
}

/// "11 jan – 31 jan 2027" when the plan has a start date; the first year
/// only when the step runs into the next one.
pub fn dates(words: &Words, step: &Step) -> Option<String> {
    let start = step.start_date.as_deref().and_then(parse_date)?;
    let end = step.end_date.as_deref().and_then(parse_date)?;
    let from = if start.year() == end.year() {
        words.day_month(start)
    } else {
        words.date_short(start)
    };
    Some(say!(
        words,
        "step-dates",
        start = from,
        end = words.date_short(end)
    ))
}

/// "wk 1–3 (11 jan – 31 jan 2027)".
pub fn when(words: &Words, step: &Step) -> String {
    match dates(words, step) {
        Some(dates) => format!("{} ({dates})", weeks(words, step)),
        None => weeks(words, step),
    }
}

/// The step's line of facts: stage and lines, when, hours, cost.
pub fn facts(words: &Words, curriculum: &Curriculum, step: &Step) -> String {
    let mut parts = Vec::with_capacity(5);
    if let Some(module) = module_of(curriculum, step) {
        let lines: Vec<String> = step
            .lines
            .iter()
            .filter_map(|id| curriculum.find_line(id))
            .map(|line| curriculum.lines[line.index()].name.clone())
            .collect();
        // Line names say that they are lines ("Lijn Robotica").
        parts.push(match lines.is_empty() {
            true => stage(words, module.stage),
            false => lines.join(", "),
        });
    }
    parts.push(when(words, step));
    parts.push(words.hours(step.hours));
    parts.push(words.money(step.cost));
    parts.join(" · ")
}

/// Why the step is there: which later steps need it, and which of the
/// target's requirements it leads to. `None` only for a step that does
/// neither, which an optimal route never has.
pub fn why(words: &Words, curriculum: &Curriculum, plan: &Plan, step: &Step) -> Option<String> {
    let mut parts = Vec::with_capacity(2);
    if !step.needed_by.is_empty() {
        let later: Vec<String> = step
            .needed_by
            .iter()
            .filter_map(|&number| plan.steps.get(number.wrapping_sub(1)))
            .map(|later| {
                say!(
                    words,
                    "step-ref",
                    number = later.step,
                    name = later.name.as_str()
                )
            })
            .collect();
        parts.push(say!(
            words,
            "step-needed-for",
            steps = words.and_list(&later),
            count = later.len()
        ));
    }
    if !step.serves.is_empty() {
        // What the step grants itself first; a long list is cut, as the
        // steps it is needed for carry the rest.
        let direct = |level: &&Text| step.grants.iter().any(|grant| grant == *level);
        let (mut levels, indirect): (Vec<&Text>, Vec<&Text>) = step.serves.iter().partition(direct);
        levels.extend(indirect);
        let mut named: Vec<String> = levels
            .iter()
            .take(LEADS_TO_SHOWN)
            .map(|level| skill_level(words, curriculum, level))
            .collect();
        if levels.len() > LEADS_TO_SHOWN {
            let more = levels.len() - LEADS_TO_SHOWN;
            named.push(say!(words, "step-leads-to-more", count = more));
        }
        parts.push(say!(
            words,
            "step-leads-to",
            levels = words.and_list(&named)
        ));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// How many target requirements a step's why names before "and 3 more".
const LEADS_TO_SHOWN: usize = 2;

/// "Robotveiligheid, niveau 2 (basis)" for `robot-safety@2`; the text as
/// written when it names nothing of the curriculum.
pub fn skill_level(words: &Words, curriculum: &Curriculum, written: &str) -> String {
    let parsed = parse_skill_level(written).and_then(|reference| {
        let skill = curriculum.find_skill(reference.skill)?;
        Some((skill, reference.level?))
    });
    match parsed {
        Some((skill, level)) => say!(
            words,
            "skill-at-level",
            skill = curriculum.skill(skill).name.as_str(),
            level = level,
            level_name = curriculum.level_name(level)
        ),
        None => written.to_string(),
    }
}

/// The why and the how, those that there are.
pub fn explained(words: &Words, curriculum: &Curriculum, plan: &Plan, step: &Step) -> Vec<String> {
    [
        why(words, curriculum, plan, step),
        how(words, curriculum, step),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// How and where: mode, provider, fieldlab and its place, credential.
pub fn how(words: &Words, curriculum: &Curriculum, step: &Step) -> Option<String> {
    let module = module_of(curriculum, step)?;
    let mut parts = Vec::with_capacity(4);
    // A fieldlab step names its fieldlab, which says more than its mode.
    if let Some(mode) = module.mode.filter(|_| module.fieldlab.is_none()) {
        parts.push(self::mode(words, mode));
    }
    if let Some(provider) = &module.provider {
        parts.push(say!(words, "step-provider", provider = provider.as_str()));
    }
    if let Some(fieldlab) = module.fieldlab {
        let fieldlab = &curriculum.fieldlabs[fieldlab.index()];
        parts.push(match &fieldlab.location {
            Some(place) => say!(
                words,
                "step-fieldlab-at",
                fieldlab = fieldlab.name.as_str(),
                place = place.as_str()
            ),
            None => say!(words, "step-fieldlab", fieldlab = fieldlab.name.as_str()),
        });
    }
    if let Some(credential) = &module.credential {
        parts.push(say!(
            words,
            "step-credential",
            credential = credential.as_str()
        ));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

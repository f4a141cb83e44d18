//! `leerroute show ID`: one item, whatever its kind, and where it is used.

use super::layout::Layout;
use super::step;
use crate::analysis::Grantors;
use crate::model::{Curriculum, FieldlabId, LineId, ModuleId, ProfileId, SkillId, SkillLevel};
use crate::source::Located;
use crate::words::{Words, say};

/// A section for every kind of item that has the id `id` (ids are unique per
/// kind, so a skill and a module may share one); empty when none has.
pub fn sections(words: &Words, layout: Layout, curriculum: &Curriculum, id: &str) -> Vec<String> {
    let grantors = Grantors::new(curriculum);
    let mut sections = Vec::new();
    if let Some(skill) = curriculum.find_skill(id) {
        sections.push(skill_section(words, curriculum, &grantors, skill));
    }
    if let Some(module) = curriculum.find_module(id) {
        sections.push(module_section(words, curriculum, module));
    }
    if let Some(line) = curriculum.find_line(id) {
        sections.push(line_section(words, curriculum, line));
    }
    if let Some(fieldlab) = curriculum.find_fieldlab(id) {
        sections.push(fieldlab_section(words, curriculum, fieldlab));
    }
    if let Some(profile) = curriculum.find_profile(id) {
        sections.push(profile_section(words, curriculum, &grantors, profile));
    }
    sections
        .into_iter()
        .map(|section| section.render(layout))
        .collect()
}

/// One item's section: a title, then labelled fields whose values wrap
/// under themselves, the labels as wide as the longest.
struct Section {
    title: String,
    fields: Vec<(String, String)>,
}

impl Section {
    fn new(kind: String, id: &str, name: &str) -> Section {
        Section {
            title: format!("{kind} {id} — {name}"),
            fields: Vec::new(),
        }
    }

    fn field(&mut self, label: String, value: impl std::fmt::Display) {
        self.fields.push((label, value.to_string()));
    }

    fn render(self, layout: Layout) -> String {
        let mut out = layout.wrap(&self.title, "", "  ");
        let width = self
            .fields
            .iter()
            .map(|(l, _)| l.chars().count())
            .max()
            .unwrap_or(0)
            + 2;
        let hanging = " ".repeat(width + 2);
        for (label, value) in &self.fields {
            let first = format!("  {label:<width$}");
            out.push_str(&layout.wrap(value, &first, &hanging));
        }
        out
    }
}

fn level_list(curriculum: &Curriculum, levels: &[Located<SkillLevel>]) -> String {
    let names: Vec<String> = levels
        .iter()
        .map(|l| {
            format!(
                "{} ({})",
                curriculum.format_level(l.value),
                curriculum.level_name(l.value.level)
            )
        })
        .collect();
    if names.is_empty() {
        "-".to_string()
    } else {
        names.join(", ")
    }
}

fn id_list<'a>(ids: impl IntoIterator<Item = &'a str>) -> String {
    let ids: Vec<&str> = ids.into_iter().collect();
    if ids.is_empty() {
        "-".to_string()
    } else {
        ids.join(", ")
    }
}

fn skill_section(
    words: &Words,
    curriculum: &Curriculum,
    grantors: &Grantors,
    id: SkillId,
) -> Section {
    let skill = curriculum.skill(id);
    let mut out = Section::new(say!(words, "show-skill"), &skill.id, &skill.name);
    out.field(
        say!(words, "show-levels"),
        say!(words, "show-level-range", max = skill.max_level),
    );
    if let Some(esco) = &skill.esco {
        out.field(say!(words, "show-esco"), &esco.value);
    }
    let granted: Vec<String> = grantors
        .of(SkillLevel {
            skill: id,
            level: 1,
        })
        .map(|m| {
            let module = curriculum.module(m);
            let level = module
                .grants
                .iter()
                .filter(|g| g.value.skill == id)
                .map(|g| g.value.level)
                .max()
                .unwrap_or(1);
            format!("{} (@{level})", module.id)
        })
        .collect();
    out.field(
        say!(words, "show-granted-by"),
        id_list(granted.iter().map(String::as_str)),
    );
    let uses = |levels: &[Located<SkillLevel>]| levels.iter().any(|l| l.value.skill == id);
    let needed_by = curriculum
        .modules
        .iter()
        .filter(|m| uses(&m.requires) || m.requires_any.iter().any(|g| uses(g)))
        .map(|m| m.id.as_str());
    out.field(say!(words, "show-needed-by"), id_list(needed_by));
    let profiles = curriculum
        .profiles
        .iter()
        .filter(|p| uses(&p.requires))
        .map(|p| p.id.as_str());
    out.field(say!(words, "show-profiles"), id_list(profiles));
    out
}

fn module_section(words: &Words, curriculum: &Curriculum, id: ModuleId) -> Section {
    let module = curriculum.module(id);
    let mut out = Section::new(say!(words, "show-module"), &module.id, &module.name);
    out.field(say!(words, "show-stage"), step::stage(words, module.stage));
    out.field(say!(words, "show-hours"), words.hours(module.hours));
    out.field(say!(words, "show-cost"), words.money(module.cost));
    if let Some(weeks) = module.weeks {
        out.field(
            say!(words, "show-weeks"),
            say!(words, "show-at-least", weeks = words.weeks(weeks)),
        );
    }
    if let Some(mode) = module.mode {
        out.field(say!(words, "show-mode"), step::mode(words, mode));
    }
    if let Some(fieldlab) = module.fieldlab {
        let fieldlab = &curriculum.fieldlabs[fieldlab.index()];
        out.field(
            say!(words, "show-fieldlab"),
            format!("{} — {}", fieldlab.id, fieldlab.name),
        );
    }
    for (label, value) in [
        (say!(words, "show-provider"), &module.provider),
        (say!(words, "show-language"), &module.language),
        (say!(words, "show-credential"), &module.credential),
        (say!(words, "show-url"), &module.url),
        (say!(words, "show-description"), &module.description),
    ] {
        if let Some(value) = value {
            out.field(label, value);
        }
    }
    out.field(
        say!(words, "show-requires"),
        level_list(curriculum, &module.requires),
    );
    for group in &module.requires_any {
        out.field(say!(words, "show-one-of"), level_list(curriculum, group));
    }
    out.field(
        say!(words, "show-grants"),
        level_list(curriculum, &module.grants),
    );
    let lines: Vec<String> = curriculum
        .lines_of(id)
        .into_iter()
        .map(|line| {
            let line = &curriculum.lines[line.index()];
            let position = line
                .stations
                .iter()
                .position(|s| s.value == id)
                .map_or(0, |p| p + 1);
            say!(
                words,
                "show-station-of",
                line = line.id.as_str(),
                position = position,
                count = line.stations.len()
            )
        })
        .collect();
    out.field(
        say!(words, "show-lines"),
        id_list(lines.iter().map(String::as_str)),
    );
    out
}

fn line_section(words: &Words, curriculum: &Curriculum, id: LineId) -> Section {
    let line = &curriculum.lines[id.index()];
    let mut out = Section::new(say!(words, "show-line"), &line.id, &line.name);
    if let Some(color) = &line.color {
        out.field(say!(words, "show-color"), color);
    }
    for (index, station) in line.stations.iter().enumerate() {
        let module = curriculum.module(station.value);
        let transfers: Vec<&str> = curriculum
            .lines_of(station.value)
            .into_iter()
            .filter(|&other| other != id)
            .map(|other| curriculum.lines[other.index()].id.as_str())
            .collect();
        let transfer = if transfers.is_empty() {
            String::new()
        } else {
            format!("  ⇄ {}", transfers.join(", "))
        };
        out.field(
            say!(words, "show-station", number = index + 1),
            format!("{} — {}{transfer}", module.id, module.name),
        );
    }
    out
}

fn fieldlab_section(words: &Words, curriculum: &Curriculum, id: FieldlabId) -> Section {
    let fieldlab = &curriculum.fieldlabs[id.index()];
    let mut out = Section::new(say!(words, "show-fieldlab"), &fieldlab.id, &fieldlab.name);
    if let Some(location) = &fieldlab.location {
        out.field(say!(words, "show-location"), location);
    }
    let modules = curriculum
        .modules
        .iter()
        .filter(|m| m.fieldlab == Some(id))
        .map(|m| m.id.as_str());
    out.field(say!(words, "show-modules"), id_list(modules));
    out
}

fn profile_section(
    words: &Words,
    curriculum: &Curriculum,
    grantors: &Grantors,
    id: ProfileId,
) -> Section {
    let profile = &curriculum.profiles[id.index()];
    let mut out = Section::new(say!(words, "show-profile"), &profile.id, &profile.name);
    for requirement in &profile.requires {
        let by: Vec<&str> = grantors
            .of(requirement.value)
            .map(|m| curriculum.module(m).id.as_str())
            .collect();
        out.field(
            say!(words, "show-requires"),
            say!(
                words,
                "show-requirement",
                level = curriculum.format_level(requirement.value),
                level_name = curriculum.level_name(requirement.value.level),
                by = id_list(by)
            ),
        );
    }
    out
}

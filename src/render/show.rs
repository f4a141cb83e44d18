//! `leerroute show ID`: one item, whatever its kind, and where it is used.

use std::fmt::Write;

use crate::analysis::Grantors;
use crate::model::{Curriculum, FieldlabId, LineId, ModuleId, ProfileId, SkillId, SkillLevel};
use crate::source::Located;

/// A section for every kind of item that has the id `id` (ids are unique per
/// kind, so a skill and a module may share one); empty when none has.
pub fn sections(curriculum: &Curriculum, id: &str) -> Vec<String> {
    let grantors = Grantors::new(curriculum);
    let mut sections = Vec::new();
    if let Some(skill) = curriculum.find_skill(id) {
        sections.push(skill_section(curriculum, &grantors, skill));
    }
    if let Some(module) = curriculum.find_module(id) {
        sections.push(module_section(curriculum, module));
    }
    if let Some(line) = curriculum.find_line(id) {
        sections.push(line_section(curriculum, line));
    }
    if let Some(fieldlab) = curriculum.find_fieldlab(id) {
        sections.push(fieldlab_section(curriculum, fieldlab));
    }
    if let Some(profile) = curriculum.find_profile(id) {
        sections.push(profile_section(curriculum, &grantors, profile));
    }
    sections
}

fn field(out: &mut String, name: &str, value: impl std::fmt::Display) {
    let _ = writeln!(out, "  {name:<12}{value}");
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

fn skill_section(curriculum: &Curriculum, grantors: &Grantors, id: SkillId) -> String {
    let skill = curriculum.skill(id);
    let mut out = format!("skill {} — {}\n", skill.id, skill.name);
    field(&mut out, "levels", format!("1 to {}", skill.max_level));
    if let Some(esco) = &skill.esco {
        field(&mut out, "esco", esco);
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
    field(
        &mut out,
        "granted by",
        id_list(granted.iter().map(String::as_str)),
    );
    let uses = |levels: &[Located<SkillLevel>]| levels.iter().any(|l| l.value.skill == id);
    let needed_by = curriculum
        .modules
        .iter()
        .filter(|m| uses(&m.requires) || m.requires_any.iter().any(|g| uses(g)))
        .map(|m| m.id.as_str());
    field(&mut out, "needed by", id_list(needed_by));
    let profiles = curriculum
        .profiles
        .iter()
        .filter(|p| uses(&p.requires))
        .map(|p| p.id.as_str());
    field(&mut out, "profiles", id_list(profiles));
    out
}

fn module_section(curriculum: &Curriculum, id: ModuleId) -> String {
    let module = curriculum.module(id);
    let mut out = format!("module {} — {}\n", module.id, module.name);
    field(&mut out, "stage", module.stage.as_str());
    field(&mut out, "hours", module.hours);
    field(&mut out, "cost", format!("€{:.2}", module.cost));
    if let Some(weeks) = module.weeks {
        field(&mut out, "weeks", format!("at least {weeks}"));
    }
    if let Some(mode) = module.mode {
        field(&mut out, "mode", mode.as_str());
    }
    if let Some(fieldlab) = module.fieldlab {
        let fieldlab = &curriculum.fieldlabs[fieldlab.index()];
        field(
            &mut out,
            "fieldlab",
            format!("{} — {}", fieldlab.id, fieldlab.name),
        );
    }
    for (name, value) in [
        ("provider", &module.provider),
        ("language", &module.language),
        ("credential", &module.credential),
        ("url", &module.url),
        ("description", &module.description),
    ] {
        if let Some(value) = value {
            field(&mut out, name, value);
        }
    }
    field(
        &mut out,
        "requires",
        level_list(curriculum, &module.requires),
    );
    for group in &module.requires_any {
        field(&mut out, "one of", level_list(curriculum, group));
    }
    field(&mut out, "grants", level_list(curriculum, &module.grants));
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
            format!(
                "{} (station {position} of {})",
                line.id,
                line.stations.len()
            )
        })
        .collect();
    field(&mut out, "lines", id_list(lines.iter().map(String::as_str)));
    out
}

fn line_section(curriculum: &Curriculum, id: LineId) -> String {
    let line = &curriculum.lines[id.index()];
    let mut out = format!("line {} — {}\n", line.id, line.name);
    if let Some(color) = &line.color {
        field(&mut out, "color", color);
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
        field(
            &mut out,
            &format!("station {}", index + 1),
            format!("{} — {}{transfer}", module.id, module.name),
        );
    }
    out
}

fn fieldlab_section(curriculum: &Curriculum, id: FieldlabId) -> String {
    let fieldlab = &curriculum.fieldlabs[id.index()];
    let mut out = format!("fieldlab {} — {}\n", fieldlab.id, fieldlab.name);
    if let Some(location) = &fieldlab.location {
        field(&mut out, "location", location);
    }
    let modules = curriculum
        .modules
        .iter()
        .filter(|m| m.fieldlab == Some(id))
        .map(|m| m.id.as_str());
    field(&mut out, "modules", id_list(modules));
    out
}

fn profile_section(curriculum: &Curriculum, grantors: &Grantors, id: ProfileId) -> String {
    let profile = &curriculum.profiles[id.index()];
    let mut out = format!("profile {} — {}\n", profile.id, profile.name);
    for requirement in &profile.requires {
        let by: Vec<&str> = grantors
            .of(requirement.value)
            .map(|m| curriculum.module(m).id.as_str())
            .collect();
        field(
            &mut out,
            "requires",
            format!(
                "{} ({}) — granted by {}",
                curriculum.format_level(requirement.value),
                curriculum.level_name(requirement.value.level),
                id_list(by)
            ),
        );
    }
    out
}

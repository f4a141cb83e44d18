//! The passport read from credentials, in words: each credential, where
//! each level came from, the notes and the errors (from `locales/*/passport.ftl`).

use jiff::civil::Date;
use serde::Serialize;
use serde_json::{Value, json};

use super::achievements::{
    Achievement, Criteria, OB_CONTEXT, achievement, alignments, result_description,
    result_description_id,
};
use super::layout::Layout;
use super::records::new_table;
use crate::model::{
    Credential, CredentialError, Curriculum, Imported, LevelSource, Note, Passport, Problem,
    ResultStatus, SkillLevel, Standing,
};
use crate::words::{Words, say};

/// A credential's name, else its id.
fn credential_name(words: &Words, credential: &Credential) -> String {
    credential
        .name
        .clone()
        .or_else(|| credential.id.clone())
        .unwrap_or_else(|| say!(words, "passport-unnamed"))
}

/// How a credential is named in notes: its number, its name (or id), and
/// its file's name, with the place in the file when it is not all of it.
pub fn credential_label(words: &Words, imported: &Imported, index: usize) -> String {
    let credential = &imported.credentials[index];
    let name = credential_name(words, credential);
    let file = std::path::Path::new(&credential.file)
        .file_name()
        .map_or_else(
            || credential.file.clone(),
            |f| f.to_string_lossy().into_owned(),
        );
    let number = index + 1;
    if credential.path == "$" {
        say!(
            words,
            "passport-credential",
            number = number,
            name = name,
            file = file
        )
    } else {
        say!(
            words,
            "passport-credential-in",
            number = number,
            name = name,
            file = file,
            path = credential.path.clone()
        )
    }
}

/// That a credential's proof was not verified, or that it has none.
pub fn proof(words: &Words, credential: &Credential) -> String {
    if credential.proofs.is_empty() {
        say!(words, "passport-unsigned")
    } else {
        say!(
            words,
            "passport-proof-not-verified",
            kinds = credential.proofs.join(", ")
        )
    }
}

/// Whether a credential counts, and if not, why.
pub fn standing(words: &Words, imported: &Imported, index: usize) -> String {
    match imported.credentials[index].standing {
        Standing::Counts => say!(words, "passport-counts"),
        Standing::Expired(date) => say!(words, "passport-expired", date = words.date(date)),
        Standing::NotYetValid(date) => {
            say!(words, "passport-not-yet-valid", date = words.date(date))
        }
        Standing::Status(ResultStatus::Failed) => say!(words, "passport-status-failed"),
        Standing::Status(ResultStatus::Withdrew) => say!(words, "passport-status-withdrew"),
        Standing::Status(status) => {
            say!(words, "passport-status-not-yet", status = status.as_str())
        }
        Standing::Within(wrapper) => say!(
            words,
            "passport-within",
            wrapper = credential_label(words, imported, wrapper)
        ),
    }
}

/// Where a level came from.
pub fn source(words: &Words, curriculum: &Curriculum, source: &LevelSource) -> String {
    match source {
        LevelSource::Listed => say!(words, "passport-source-listed"),
        LevelSource::Achieved(at) => rubric_level(words, at, true),
        LevelSource::Required(at) => rubric_level(words, at, false),
        LevelSource::ModuleGrant(module) => say!(
            words,
            "passport-source-module",
            module = curriculum.module(*module).id.clone()
        ),
        LevelSource::Default => say!(words, "passport-source-default"),
    }
}

/// An achieved (or else required) rubric level, on the rubric or on the
/// curriculum's own scale.
fn rubric_level(words: &Words, at: &crate::model::RubricLevel, achieved: bool) -> String {
    let name = at.name.clone();
    match (achieved, at.own) {
        (true, true) => say!(words, "passport-source-achieved-own", name = name),
        (false, true) => say!(words, "passport-source-required-own", name = name),
        (true, false) => say!(
            words,
            "passport-source-achieved",
            name = name,
            position = at.position,
            of = at.of
        ),
        (false, false) => say!(
            words,
            "passport-source-required",
            name = name,
            position = at.position,
            of = at.of
        ),
    }
}

/// A note in words (without the credential it is about).
pub fn note(words: &Words, curriculum: &Curriculum, note: &Note) -> String {
    let or_none = |text: &Option<String>| text.clone().unwrap_or_else(|| "none".to_string());
    match note {
        Note::OtherFramework { url, framework, .. } => say!(
            words,
            "passport-note-other-framework",
            url = url.clone(),
            framework = or_none(framework)
        ),
        Note::UnknownEscoSkill { url, label, .. } => say!(
            words,
            "passport-note-unknown-esco",
            url = url.clone(),
            label = or_none(label)
        ),
        Note::LevelNotInRubric { path, level, .. } => say!(
            words,
            "passport-note-level-not-in-rubric",
            level = level.clone(),
            path = path.clone()
        ),
        Note::DefaultLevel { skill, .. } => say!(
            words,
            "passport-note-default-level",
            skill = curriculum.skill(*skill).id.clone()
        ),
        Note::LevelCapped {
            skill, level, max, ..
        } => say!(
            words,
            "passport-note-level-capped",
            skill = curriculum.skill(*skill).id.clone(),
            level = *level,
            max = *max
        ),
        Note::NothingGranted { .. } => say!(words, "passport-note-nothing-granted"),
        Note::Unused { fields, .. } => {
            say!(words, "passport-note-unused", fields = fields.join(", "))
        }
        Note::NoContext { .. } => say!(words, "passport-note-no-context"),
        Note::UnknownContext { first, .. } => {
            say!(
                words,
                "passport-note-unknown-context",
                first = first.clone()
            )
        }
        Note::UnknownType { types, .. } => {
            say!(
                words,
                "passport-note-unknown-type",
                types = types.join(", ")
            )
        }
        Note::ClrAchievements { count, .. } => {
            say!(words, "passport-note-clr-achievements", count = *count)
        }
        Note::OtherSubject { subject, first, .. } => say!(
            words,
            "passport-note-other-subject",
            subject = subject.clone(),
            first = first.clone()
        ),
    }
}

/// The notes that `plan`, `gap` and the other planning commands print on
/// stderr: each credential with its proof and standing, and under it every
/// note about it but the unused fields (`leerroute passport` shows those).
pub fn stderr_notes(
    words: &Words,
    layout: Layout,
    curriculum: &Curriculum,
    imported: &Imported,
    worker: &str,
) -> String {
    let mut text = String::new();
    for (index, credential) in imported.credentials.iter().enumerate() {
        let mut said = proof(words, credential);
        if credential.standing != Standing::Counts {
            said = format!("{}; {said}", standing(words, imported, index));
        }
        let line = say!(
            words,
            "passport-note-line",
            credential = credential_label(words, imported, index),
            note = said
        );
        text.push_str(&layout.wrap(&line, "", "    "));
        for found in &imported.notes {
            if found.credential() == index && !matches!(found, Note::Unused { .. }) {
                text.push_str(&layout.wrap(&note(words, curriculum, found), "    ", "    "));
            }
        }
    }
    if !imported.credentials.is_empty() {
        let more = say!(words, "passport-note-more", worker = worker.to_string());
        text.push_str(&layout.wrap(&more, "", "    "));
        text.push('\n');
    }
    text
}

/// A credential that cannot be read, on one line: where, why, and the fix
/// (for a `batch` row's error).
pub fn error_line(words: &Words, error: &CredentialError) -> String {
    let (reason, help) = problem(words, &error.problem);
    format!("{}: `{}`: {reason}; {help}", error.file, error.path)
}

/// Credentials that cannot be read: one error and its fix each.
pub fn errors(words: &Words, errors: &[CredentialError]) -> String {
    let mut text = String::new();
    for error in errors {
        let (reason, help) = problem(words, &error.problem);
        text.push_str(&say!(
            words,
            "passport-error",
            file = error.file.clone(),
            path = error.path.clone(),
            reason = reason
        ));
        text.push('\n');
        text.push_str(&say!(words, "passport-help", help = help));
        text.push('\n');
    }
    text
}

/// A problem in words, and its fix.
pub fn problem(words: &Words, problem: &Problem) -> (String, String) {
    let data_model = || say!(words, "passport-problem-data-model-help");
    let format = || say!(words, "passport-problem-format-help");
    match problem {
        Problem::Unreadable(reason) => (
            say!(
                words,
                "passport-problem-unreadable",
                reason = reason.clone()
            ),
            say!(words, "passport-problem-unreadable-help"),
        ),
        Problem::TooLarge(limit) => (
            say!(words, "passport-problem-too-large", limit = *limit as f64),
            format(),
        ),
        Problem::NotText => (say!(words, "passport-problem-not-text"), format()),
        Problem::NotJson { line, column, eof } => (
            say!(
                words,
                "passport-problem-not-json",
                line = *line,
                column = *column,
                eof = if *eof { "yes" } else { "no" }
            ),
            format(),
        ),
        Problem::NotACredential => (say!(words, "passport-problem-not-a-credential"), format()),
        Problem::OpenBadges2 => (
            say!(words, "passport-problem-ob2"),
            say!(words, "passport-problem-ob2-help"),
        ),
        Problem::NotBaked => (say!(words, "passport-problem-not-baked"), format()),
        Problem::BrokenPng(reason) => (
            say!(
                words,
                "passport-problem-broken-png",
                reason = reason.clone()
            ),
            format(),
        ),
        Problem::TruncatedPng => (say!(words, "passport-problem-truncated-png"), format()),
        Problem::PngTooLarge(limit) => (
            say!(
                words,
                "passport-problem-png-too-large",
                limit = *limit as f64
            ),
            format(),
        ),
        Problem::CompressedBaking => (
            say!(words, "passport-problem-compressed"),
            say!(words, "passport-problem-compressed-help"),
        ),
        Problem::BrokenSvg(reason) => (
            say!(
                words,
                "passport-problem-broken-svg",
                reason = reason.clone()
            ),
            format(),
        ),
        Problem::WrongType { expected, found } => (
            say!(
                words,
                "passport-problem-wrong-type",
                expected = expected.as_str(),
                found = *found
            ),
            data_model(),
        ),
        Problem::Missing(field) => (
            say!(words, "passport-problem-missing", field = *field),
            data_model(),
        ),
        Problem::TypeLacks { required, found } => (
            say!(
                words,
                "passport-problem-type-lacks",
                required = *required,
                found = found
                    .iter()
                    .map(|t| format!("`{t}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            data_model(),
        ),
        Problem::BadDate(text) => (
            say!(words, "passport-problem-bad-date", text = text.clone()),
            say!(words, "passport-problem-bad-date-help"),
        ),
        Problem::BadStatus(status) => (
            say!(
                words,
                "passport-problem-bad-status",
                status = status.clone()
            ),
            say!(words, "passport-problem-bad-status-help"),
        ),
        Problem::TwoPassports { first } => (
            say!(
                words,
                "passport-problem-two-passports",
                first = first.clone()
            ),
            say!(words, "passport-problem-two-passports-help"),
        ),
        Problem::EmptyFolder => (
            say!(words, "passport-problem-empty-folder"),
            say!(words, "passport-problem-empty-folder-help"),
        ),
    }
}

/// The stable code of a note, as the JSON document names it.
fn note_code(note: &Note) -> &'static str {
    match note {
        Note::OtherFramework { .. } => "other-framework",
        Note::UnknownEscoSkill { .. } => "unknown-esco-skill",
        Note::LevelNotInRubric { .. } => "level-not-in-rubric",
        Note::DefaultLevel { .. } => "default-level",
        Note::LevelCapped { .. } => "level-capped",
        Note::NothingGranted { .. } => "nothing-granted",
        Note::Unused { .. } => "unused-fields",
        Note::NoContext { .. } => "no-context",
        Note::UnknownContext { .. } => "unknown-context",
        Note::UnknownType { .. } => "unknown-type",
        Note::ClrAchievements { .. } => "clr-achievements",
        Note::OtherSubject { .. } => "other-subject",
    }
}

/// A note's facts as JSON.
fn note_facts(curriculum: &Curriculum, note: &Note) -> Value {
    let skill = |id: &crate::model::SkillId| Value::from(curriculum.skill(*id).id.clone());
    match note {
        Note::OtherFramework {
            path,
            url,
            framework,
            ..
        } => json!({"path": path, "url": url, "framework": framework}),
        Note::UnknownEscoSkill {
            path, url, label, ..
        } => json!({"path": path, "url": url, "label": label}),
        Note::LevelNotInRubric { path, level, .. } => json!({"path": path, "level": level}),
        Note::DefaultLevel { skill: id, .. } => json!({"skill": skill(id), "level": 1}),
        Note::LevelCapped {
            skill: id,
            level,
            max,
            ..
        } => json!({"skill": skill(id), "level": level, "max_level": max}),
        Note::Unused { fields, .. } => json!({ "fields": fields }),
        Note::UnknownContext { first, .. } => json!({ "context": first }),
        Note::UnknownType { types, .. } => json!({ "types": types }),
        Note::ClrAchievements { count, .. } => json!({ "count": count }),
        Note::OtherSubject { subject, first, .. } => json!({"subject": subject, "first": first}),
        Note::NothingGranted { .. } | Note::NoContext { .. } => json!({}),
    }
}

/// The standing of a credential as data.
fn standing_json(standing: Standing) -> Value {
    match standing {
        Standing::Counts => json!({"code": "counts"}),
        Standing::Expired(date) => json!({"code": "expired", "date": date.to_string()}),
        Standing::NotYetValid(date) => {
            json!({"code": "not-yet-valid", "date": date.to_string()})
        }
        Standing::Status(status) => json!({"code": "status", "status": status.as_str()}),
        Standing::Within(wrapper) => json!({"code": "within", "credential": wrapper}),
    }
}

/// Where a level came from, as data.
fn source_json(curriculum: &Curriculum, source: &LevelSource) -> Value {
    let rubric = |kind: &str, at: &crate::model::RubricLevel| json!({"kind": kind, "rubric_level": at.name, "position": at.position, "of": at.of, "own_scale": at.own});
    match source {
        LevelSource::Listed => json!({"kind": "listed"}),
        LevelSource::Achieved(at) => rubric("achieved", at),
        LevelSource::Required(at) => rubric("required", at),
        LevelSource::ModuleGrant(module) => {
            json!({"kind": "module", "module": curriculum.module(*module).id})
        }
        LevelSource::Default => json!({"kind": "default"}),
    }
}

/// A level held, the credential that says so, and where the level came from.
type Source = (u8, Option<usize>, LevelSource);

/// Every skill held, at its highest level, in curriculum order: those the
/// passport lists and those its completed modules grant, each with its sources.
fn held(curriculum: &Curriculum, imported: &Imported) -> Vec<(SkillLevel, Vec<Source>)> {
    curriculum
        .skill_ids()
        .filter_map(|skill| {
            let mut sources: Vec<Source> = imported
                .evidence
                .iter()
                .filter(|e| e.level.skill == skill)
                .map(|e| (e.level.level, e.credential, e.source.clone()))
                .collect();
            for completion in &imported.completions {
                let module = curriculum.module(completion.module);
                for grant in module.grants.iter().filter(|g| g.value.skill == skill) {
                    sources.push((
                        grant.value.level,
                        completion.credential,
                        LevelSource::ModuleGrant(completion.module),
                    ));
                }
            }
            let listed = imported
                .passport
                .skills
                .iter()
                .filter(|l| l.skill == skill)
                .map(|l| l.level);
            let level = sources.iter().map(|s| s.0).chain(listed).max()?;
            Some((SkillLevel { skill, level }, sources))
        })
        .collect()
}

/// The `leerroute.passport/v1` document: the passport, each skill-level and
/// completed module with its evidence, every credential and every note.
pub fn json(words: &Words, curriculum: &Curriculum, imported: &Imported, as_of: Date) -> String {
    let passport = &imported.passport;
    let skills: Vec<Value> = held(curriculum, imported)
        .into_iter()
        .map(|(held, sources)| {
            let evidence: Vec<Value> = sources
                .iter()
                .map(|(level, credential, from)| {
                    json!({
                        "level": level,
                        "credential": credential,
                        "source": source_json(curriculum, from),
                        "message": source(words, curriculum, from),
                    })
                })
                .collect();
            json!({
                "skill": curriculum.skill(held.skill).id,
                "name": curriculum.skill(held.skill).name,
                "level": held.level,
                "level_name": curriculum.level_name(held.level),
                "evidence": evidence,
            })
        })
        .collect();
    let completed: Vec<Value> = passport
        .completed
        .iter()
        .map(|&module| {
            let credentials: Vec<Option<usize>> = imported
                .completions
                .iter()
                .filter(|c| c.module == module)
                .map(|c| c.credential)
                .collect();
            json!({
                "module": curriculum.module(module).id,
                "name": curriculum.module(module).name,
                "grants": curriculum.module(module).grants.iter()
                    .map(|g| curriculum.format_level(g.value)).collect::<Vec<_>>(),
                "credentials": credentials,
            })
        })
        .collect();
    let credentials: Vec<Value> = imported
        .credentials
        .iter()
        .enumerate()
        .map(|(index, c)| {
            json!({
                "index": index,
                "file": c.file,
                "path": c.path,
                "format": c.format.as_str(),
                "container": c.container.as_str(),
                "id": c.id,
                "name": c.name,
                "issuer": c.issuer,
                "issued": c.issued.map(|d| d.to_string()),
                "expires": c.expires.map(|d| d.to_string()),
                "within": c.within,
                "proof": {"verified": false, "types": c.proofs, "message": proof(words, c)},
                "counts": c.standing == Standing::Counts,
                "standing": standing_json(c.standing),
                "message": standing(words, imported, index),
            })
        })
        .collect();
    let notes: Vec<Value> = imported
        .notes
        .iter()
        .map(|n| {
            let mut value = json!({
                "code": note_code(n),
                "credential": n.credential(),
                "message": note(words, curriculum, n),
            });
            if let (Value::Object(map), Value::Object(facts)) =
                (&mut value, note_facts(curriculum, n))
            {
                map.extend(facts);
            }
            value
        })
        .collect();
    let document = json!({
        "schema": "leerroute.passport/v1",
        "worker": passport.id,
        "name": passport.name,
        "as_of": as_of.to_string(),
        "target": passport.target,
        "hours_per_week": passport.hours_per_week,
        "budget": passport.budget,
        "skills": skills,
        "completed": completed,
        "credentials": credentials,
        "notes": notes,
    });
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}

/// The passport as a TOML `[worker]` file, which `--worker` reads back.
pub fn toml(curriculum: &Curriculum, passport: &Passport) -> String {
    #[derive(serde::Serialize)]
    struct Worker<'a> {
        id: &'a str,
        name: &'a str,
        skills: Vec<String>,
        completed: Vec<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        target: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        hours_per_week: Option<f64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        budget: Option<f64>,
    }
    #[derive(serde::Serialize)]
    struct File<'a> {
        worker: Worker<'a>,
    }
    let file = File {
        worker: Worker {
            id: &passport.id,
            name: &passport.name,
            skills: passport
                .skills
                .iter()
                .map(|&level| curriculum.format_level(level))
                .collect(),
            completed: passport
                .completed
                .iter()
                .map(|&module| curriculum.module(module).id.as_str())
                .collect(),
            target: passport.target.as_deref(),
            hours_per_week: passport.hours_per_week,
            budget: passport.budget,
        },
    };
    toml::to_string(&file).unwrap_or_default()
}

/// The passport for a person: the skill-levels and where each came from,
/// the completed modules, the credentials, and the notes; as tables, or as
/// blocks on a narrow screen.
pub fn table(
    words: &Words,
    layout: Layout,
    curriculum: &Curriculum,
    imported: &Imported,
    as_of: Date,
) -> String {
    let passport = &imported.passport;
    let title = say!(
        words,
        "passport-title",
        name = passport.name.clone(),
        worker = passport.id.clone(),
        date = words.date(as_of)
    );
    let mut text = layout.wrap(&title, "", "");
    text.push('\n');
    let from = |credential: Option<usize>| match credential {
        Some(index) => format!("[{}]", index + 1),
        None => say!(words, "passport-from-file"),
    };
    let held = held(curriculum, imported);
    let skills: Vec<[String; 3]> = held
        .iter()
        .map(|(level, sources)| {
            let sources: Vec<String> = sources
                .iter()
                .map(|(at, credential, found)| {
                    say!(
                        words,
                        "passport-evidence",
                        credential = from(*credential),
                        level = *at,
                        source = source(words, curriculum, found)
                    )
                })
                .collect();
            [
                curriculum.skill(level.skill).id.clone(),
                format!("{} {}", level.level, curriculum.level_name(level.level)),
                sources.join("\n"),
            ]
        })
        .collect();
    if skills.is_empty() {
        text.push_str(&layout.wrap(&say!(words, "passport-no-skills"), "", ""));
    } else {
        let header = [
            "passport-column-skill",
            "passport-column-level",
            "passport-column-from",
        ];
        text.push_str(&rows(words, layout, header, &skills));
    }
    if !passport.completed.is_empty() {
        text.push('\n');
        text.push_str(&layout.wrap(&say!(words, "passport-completed-title"), "", ""));
        let modules: Vec<[String; 3]> = passport
            .completed
            .iter()
            .map(|&module| {
                let sources: Vec<String> = imported
                    .completions
                    .iter()
                    .filter(|c| c.module == module)
                    .map(|c| from(c.credential))
                    .collect();
                let grants: Vec<String> = curriculum
                    .module(module)
                    .grants
                    .iter()
                    .map(|g| curriculum.format_level(g.value))
                    .collect();
                [
                    curriculum.module(module).id.clone(),
                    grants.join(", "),
                    sources.join(" "),
                ]
            })
            .collect();
        let header = [
            "passport-column-module",
            "passport-column-grants",
            "passport-column-from",
        ];
        text.push_str(&rows(words, layout, header, &modules));
    }
    if !imported.credentials.is_empty() {
        text.push('\n');
        text.push_str(&layout.wrap(&say!(words, "passport-credentials-title"), "", ""));
        for index in 0..imported.credentials.len() {
            text.push_str(&credential_entry(words, layout, imported, index));
        }
    }
    if !imported.notes.is_empty() {
        text.push('\n');
        text.push_str(&layout.wrap(&say!(words, "passport-notes-title"), "", ""));
        for found in &imported.notes {
            let line = say!(
                words,
                "passport-note-item",
                credential = from(Some(found.credential())),
                note = note(words, curriculum, found)
            );
            text.push_str(&layout.wrap(&line, "", "    "));
        }
    }
    text
}

/// Rows under a header of message ids: a table, or on a narrow screen one
/// block per row (the first cell, then the others indented).
fn rows(words: &Words, layout: Layout, header: [&str; 3], rows: &[[String; 3]]) -> String {
    if layout.compact() {
        let mut text = String::new();
        for [first, second, third] in rows {
            text.push_str(&layout.wrap(&format!("{first}: {second}"), "", "    "));
            for line in third.lines() {
                text.push_str(&layout.wrap(line, "    ", "        "));
            }
        }
        return text;
    }
    let mut table = new_table(layout);
    table.set_header(header.map(|id| words.get(id)));
    for row in rows {
        table.add_row(row.clone());
    }
    format!("{table}\n")
}

/// One credential: its number, name and issuer; where it is; its dates,
/// whether it counts, and its proof.
fn credential_entry(words: &Words, layout: Layout, imported: &Imported, index: usize) -> String {
    let credential = &imported.credentials[index];
    let name = credential_name(words, credential);
    let place = match credential.path.as_str() {
        "$" => credential.file.clone(),
        path => format!("{} {path}", credential.file),
    };
    let date = |date: Option<Date>| date.map(|d| words.date(d)).unwrap_or_default();
    let kind = match (credential.issued, credential.expires) {
        (Some(_), Some(_)) => "range",
        (Some(_), None) => "from",
        (None, Some(_)) => "until",
        (None, None) => "none",
    };
    let entry = say!(
        words,
        "passport-credential-entry",
        number = index + 1,
        name = name,
        issuer = credential.issuer.clone().unwrap_or_default(),
        place = place,
        valid = say!(
            words,
            "passport-valid",
            kind = kind,
            from = date(credential.issued),
            until = date(credential.expires)
        ),
        standing = standing(words, imported, index),
        proof = proof(words, credential)
    );
    entry
        .lines()
        .enumerate()
        .map(|(number, line)| match number {
            0 => layout.wrap(line, "", "    "),
            _ => layout.wrap(line.trim_start(), "    ", "    "),
        })
        .collect()
}

/// An unsigned verifiable credential (a CLR 2.0 `ClrCredential`, an Open
/// Badges 3.0 `AchievementCredential`), its fields in the order of the
/// official examples (`@context`, `id`, `type` first).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Unsigned<Subject> {
    #[serde(rename = "@context")]
    context: &'static [&'static str],
    id: String,
    #[serde(rename = "type")]
    kind: [&'static str; 2],
    name: String,
    issuer: Profile,
    issuance_date: String,
    credential_subject: Subject,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ClrSubject {
    id: String,
    #[serde(rename = "type")]
    kind: [&'static str; 1],
    verifiable_credential: Vec<Unsigned<AchievementSubject>>,
}

/// The contexts of a CLR: Verifiable Credentials 1.1, CLR 2.0 and Open
/// Badges 3.0.
const CLR_CONTEXT: [&str; 3] = [
    OB_CONTEXT[0],
    "https://purl.imsglobal.org/spec/clr/v2p0/context.json",
    OB_CONTEXT[1],
];

#[derive(Serialize)]
struct AchievementSubject {
    id: String,
    #[serde(rename = "type")]
    kind: [&'static str; 1],
    achievement: Achievement,
    result: Vec<Achieved>,
}

/// A `Result`: the level achieved of one result description.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Achieved {
    #[serde(rename = "type")]
    kind: [&'static str; 1],
    result_description: String,
    achieved_level: String,
}

/// The issuer: the curriculum.
#[derive(Clone, Serialize)]
struct Profile {
    id: String,
    #[serde(rename = "type")]
    kind: [&'static str; 1],
    name: String,
}

/// The passport as an unsigned CLR 2.0 `ClrCredential`: an
/// `AchievementCredential` per completed module (its exported achievement,
/// with a result at each level it grants) and per skill-level the passport
/// lists (an achievement of that skill-level, with its result). `None` when
/// the passport holds nothing, as a CLR needs at least one credential.
pub fn clr(
    words: &Words,
    curriculum: &Curriculum,
    passport: &Passport,
    as_of: Date,
) -> Option<String> {
    if passport.skills.is_empty() && passport.completed.is_empty() {
        return None;
    }
    let base = curriculum.base_uri();
    let worker = format!("{base}/workers/{}", passport.id);
    let issuer = Profile {
        id: base,
        kind: ["Profile"],
        name: curriculum.meta.name.clone(),
    };
    let issued = format!("{as_of}T00:00:00Z");
    let credential = |id: String, achievement: Achievement, result: Vec<Achieved>| Unsigned {
        context: &OB_CONTEXT,
        id,
        kind: ["VerifiableCredential", "AchievementCredential"],
        name: achievement.name.clone(),
        issuer: issuer.clone(),
        issuance_date: issued.clone(),
        credential_subject: AchievementSubject {
            id: worker.clone(),
            kind: ["AchievementSubject"],
            achievement,
            result,
        },
    };
    let result = |uri: &str, level: SkillLevel| Achieved {
        kind: ["Result"],
        result_description: result_description_id(curriculum, uri, level.skill),
        achieved_level: curriculum.level_uri(level.level),
    };
    let mut credentials = Vec::new();
    for &module in &passport.completed {
        let uri = curriculum.module_uri(module);
        let results = curriculum
            .module(module)
            .grants
            .iter()
            .map(|grant| result(&uri, grant.value))
            .collect();
        credentials.push(credential(
            format!("{worker}/modules/{}", curriculum.module(module).id),
            achievement(words, curriculum, module),
            results,
        ));
    }
    for &level in &passport.skills {
        let skill = curriculum.skill(level.skill);
        let uri = format!(
            "{}/levels/{}",
            curriculum.skill_uri(level.skill),
            level.level
        );
        let name = say!(
            words,
            "export-skill-level",
            skill = skill.name.clone(),
            level = curriculum.level_name(level.level)
        );
        let achievement = Achievement {
            kind: ["Achievement"],
            description: name.clone(),
            name,
            achievement_type: "Competency",
            criteria: Criteria {
                id: None,
                narrative: say!(
                    words,
                    "export-skill-criteria",
                    worker = passport.name.clone()
                ),
            },
            human_code: curriculum.format_level(level),
            version: None,
            in_language: None,
            tag: Vec::new(),
            alignment: alignments(curriculum, level.skill),
            result_description: vec![result_description(curriculum, &uri, level)],
            id: uri.clone(),
        };
        credentials.push(credential(
            format!("{worker}/skills/{}", curriculum.format_level(level)),
            achievement,
            vec![result(&uri, level)],
        ));
    }
    let document = Unsigned {
        context: &CLR_CONTEXT,
        id: format!("{worker}/clr"),
        kind: ["VerifiableCredential", "ClrCredential"],
        name: say!(words, "export-clr-name", name = passport.name.clone()),
        issuer,
        issuance_date: issued,
        credential_subject: ClrSubject {
            id: worker,
            kind: ["ClrSubject"],
            verifiable_credential: credentials,
        },
    };
    Some(serde_json::to_string_pretty(&document).unwrap_or_default() + "\n")
}

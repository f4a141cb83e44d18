//! A worker's passport from open-standard credentials: Open Badges 3.0
//! (`ob3.rs`), CLR 2.0 (`clr.rs`), Europass / ELM (`elm.rs`), baked in PNG
//! and SVG badges (`baked.rs`), or a folder of them, merged; a TOML passport
//! may be among them. The format is told from the content (`detect.rs`).
//!
//! Proofs are never verified: each credential says whether it has one.
//! Nothing merely unknown is an error (other frameworks, skills the
//! curriculum lacks, fields leerroute does not use are notes); what breaks
//! the data model is, with the file and the JSON path.

mod baked;
mod clr;
mod detect;
mod elm;
mod json;
mod ob3;
mod vc;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use self::detect::Content;
use self::json::Fault;
use super::{LoadError, load_passport};
use crate::model::{
    Completion, Container, Credential, CredentialError, Curriculum, Evidence, Imported,
    LevelSource, ModuleId, Note, Passport, Problem, ResultStatus, SkillId, SkillLevel, Standing,
    UriIndex,
};

/// The largest file read as a credential (a baked PNG is an image).
const MAX_SIZE: u64 = 64 << 20;

/// Why no passport could be read.
#[derive(Debug)]
pub enum ImportFailure {
    /// Credentials that cannot be read, each with its file, place and reason.
    Credentials(Vec<CredentialError>),
    /// A TOML passport with problems.
    Passport(LoadError),
}

/// Reads the passport in `paths`: TOML passports and credential files, or
/// folders of them, merged into one. Credentials count as of `as_of`.
pub fn read_worker(
    paths: &[PathBuf],
    curriculum: &Curriculum,
    as_of: Date,
) -> Result<Imported, ImportFailure> {
    // Each file, and whether it was found in a folder.
    let mut files: Vec<(PathBuf, bool)> = Vec::new();
    let mut errors = Vec::new();
    let mut seen = HashSet::new();
    for path in paths {
        if path.is_dir() {
            let before = files.len();
            walk(path, &mut files, &mut errors, &mut seen);
            if files.len() == before && errors.is_empty() {
                errors.push(error_at(path, Fault::new("$", Problem::EmptyFolder)));
            }
        } else {
            files.push((path.clone(), false));
        }
    }
    let mut reading = Reading::new(curriculum, as_of);
    let mut passports: Vec<PathBuf> = Vec::new();
    for (file, in_folder) in &files {
        match read_file(&mut reading, file, *in_folder) {
            Ok(true) => {}
            Ok(false) => passports.push(file.clone()),
            Err(error) => errors.push(error),
        }
    }
    if passports.len() > 1 {
        // A folder of passports and nothing else: the passport reader says
        // how to plan them (one file, or `batch`).
        if reading.credentials.is_empty()
            && errors.is_empty()
            && let [folder] = paths
            && let Err(error) = load_passport(folder, curriculum)
        {
            return Err(ImportFailure::Passport(error));
        }
        errors.push(error_at(
            &passports[1],
            Fault::new(
                "$",
                Problem::TwoPassports {
                    first: passports[0].display().to_string(),
                },
            ),
        ));
    }
    if !errors.is_empty() {
        return Err(ImportFailure::Credentials(errors));
    }
    let listed = match passports.first() {
        Some(file) => Some(load_passport(file, curriculum).map_err(ImportFailure::Passport)?),
        None => None,
    };
    Ok(reading.into_imported(listed, paths))
}

/// Every file below `dir`, sorted by path, without hidden names; only
/// regular files (links followed, each folder once, so a link to a folder
/// above cannot loop).
fn walk(
    dir: &Path,
    files: &mut Vec<(PathBuf, bool)>,
    errors: &mut Vec<CredentialError>,
    seen: &mut HashSet<PathBuf>,
) {
    if !seen.insert(std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf())) {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            errors.push(error_at(
                dir,
                Fault::new("$", Problem::Unreadable(error.to_string())),
            ));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .flatten()
        .filter(|entry| !entry.file_name().to_string_lossy().starts_with('.'))
        .map(|entry| entry.path())
        .collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(&path, files, errors, seen);
        } else if path.is_file() {
            files.push((path, true));
        }
    }
}

fn error_at(file: &Path, fault: Fault) -> CredentialError {
    CredentialError {
        file: file.display().to_string(),
        path: fault.path,
        problem: fault.problem,
    }
}

/// Reads one file's credentials into `reading`; `Ok(false)` when it is a
/// TOML passport, which the caller reads. In a folder, only text with a
/// `[worker]` table is taken for a passport (a wallet's README is not one).
fn read_file(
    reading: &mut Reading<'_>,
    file: &Path,
    in_folder: bool,
) -> Result<bool, CredentialError> {
    let bytes = read_bytes(file).map_err(|problem| error_at(file, Fault::new("$", problem)))?;
    let (text, container) = match detect::detect(&bytes) {
        Ok(Content::Json { text, container }) => (text, container),
        Ok(Content::Toml) if !in_folder || is_passport(&bytes) => return Ok(false),
        Ok(Content::Toml) => {
            return Err(error_at(file, Fault::new("$", Problem::NotACredential)));
        }
        Err(problem) => return Err(error_at(file, Fault::new("$", problem))),
    };
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|error| {
        error_at(
            file,
            Fault::new(
                "$",
                Problem::NotJson {
                    line: error.line(),
                    column: error.column(),
                    eof: error.is_eof(),
                },
            ),
        )
    })?;
    reading.file = file.display().to_string();
    reading.container = container;
    vc::read_document(reading, &value).map_err(|fault| error_at(file, fault))?;
    Ok(true)
}

/// Whether text has a `[worker]` table header.
fn is_passport(bytes: &[u8]) -> bool {
    String::from_utf8_lossy(bytes)
        .lines()
        .any(|line| line.trim_start().starts_with("[worker]"))
}

fn read_bytes(file: &Path) -> Result<Vec<u8>, Problem> {
    let size = std::fs::metadata(file)
        .map_err(|error| Problem::Unreadable(error.to_string()))?
        .len();
    if size > MAX_SIZE {
        return Err(Problem::TooLarge(MAX_SIZE));
    }
    std::fs::read(file).map_err(|error| Problem::Unreadable(error.to_string()))
}

/// What the readers gather, file by file.
pub(super) struct Reading<'c> {
    pub curriculum: &'c Curriculum,
    pub uris: UriIndex,
    pub as_of: Date,
    /// The file being read, and how its credential was carried.
    pub file: String,
    pub container: Container,
    pub credentials: Vec<Credential>,
    pub evidence: Vec<Evidence>,
    pub completions: Vec<Completion>,
    pub notes: Vec<Note>,
    /// The first credential subject's id, and its name, when one says it.
    first_subject: Option<String>,
    pub name: Option<String>,
}

/// What one credential gives, before it is known to count.
#[derive(Debug, Default)]
pub(super) struct Grant {
    pub levels: Vec<(SkillLevel, LevelSource)>,
    pub modules: Vec<ModuleId>,
    /// Notes about the levels, said only when the credential counts.
    pub notes: Vec<Note>,
}

impl<'c> Reading<'c> {
    fn new(curriculum: &'c Curriculum, as_of: Date) -> Reading<'c> {
        Reading {
            curriculum,
            uris: UriIndex::new(curriculum),
            as_of,
            file: String::new(),
            container: Container::Json,
            credentials: Vec::new(),
            evidence: Vec::new(),
            completions: Vec::new(),
            notes: Vec::new(),
            first_subject: None,
            name: None,
        }
    }

    /// Adds what a credential gives, if it counts.
    pub fn grant(&mut self, credential: usize, grant: Grant) {
        if self.credentials[credential].standing != Standing::Counts {
            return;
        }
        if grant.levels.is_empty() && grant.modules.is_empty() {
            self.notes.push(Note::NothingGranted { credential });
            return;
        }
        self.notes.extend(grant.notes);
        for (level, source) in grant.levels {
            self.evidence.push(Evidence {
                level,
                credential: Some(credential),
                source,
            });
        }
        for module in grant.modules {
            self.completions.push(Completion {
                module,
                credential: Some(credential),
            });
        }
    }

    /// A result status that keeps the credential from counting.
    pub fn status(&mut self, credential: usize, status: ResultStatus) {
        let standing = &mut self.credentials[credential].standing;
        if *standing == Standing::Counts {
            *standing = Standing::Status(status);
        }
    }

    /// The subject a credential is issued to: a note when it differs from
    /// the first one read.
    pub fn subject(&mut self, credential: usize, id: Option<&str>) {
        let Some(id) = id else { return };
        match &self.first_subject {
            None => self.first_subject = Some(id.to_string()),
            Some(first) if first != id => self.notes.push(Note::OtherSubject {
                credential,
                subject: id.to_string(),
                first: first.clone(),
            }),
            Some(_) => {}
        }
    }

    /// Adds the skills `url` names to `skills`; a URI that names none is a
    /// note, once per URI and credential (`label`: its name or framework).
    pub fn point(
        &mut self,
        credential: usize,
        path: String,
        url: &str,
        label: Option<String>,
        skills: &mut Vec<SkillId>,
    ) {
        let named = self.uris.skills(url);
        if !named.is_empty() {
            for skill in named {
                if !skills.contains(skill) {
                    skills.push(*skill);
                }
            }
            return;
        }
        let seen = self.notes.iter().any(|note| match note {
            Note::OtherFramework {
                credential: c,
                url: u,
                ..
            }
            | Note::UnknownEscoSkill {
                credential: c,
                url: u,
                ..
            } => *c == credential && u == url,
            _ => false,
        });
        if seen {
            return;
        }
        let url = url.to_string();
        self.notes.push(if crate::model::is_esco_skill(&url) {
            Note::UnknownEscoSkill {
                credential,
                path,
                url,
                label,
            }
        } else {
            Note::OtherFramework {
                credential,
                path,
                url,
                framework: label,
            }
        });
    }

    /// Adds a skill's level to `grant`: `found` when a rubric gave one,
    /// else what `module` (the achievement's module) grants of the skill,
    /// else level 1 with a note; never above the skill's top level (a note
    /// when lowered to it).
    pub fn add_level(
        &self,
        credential: usize,
        skill: SkillId,
        found: Option<(u8, LevelSource)>,
        module: Option<ModuleId>,
        grant: &mut Grant,
    ) {
        let granted = |module: ModuleId| {
            let level = self
                .curriculum
                .module(module)
                .grants
                .iter()
                .filter(|grant| grant.value.skill == skill)
                .map(|grant| grant.value.level)
                .max()?;
            Some((level, LevelSource::ModuleGrant(module)))
        };
        let (level, source) = match found.or_else(|| module.and_then(granted)) {
            Some(found) => found,
            None => {
                grant.notes.push(Note::DefaultLevel { credential, skill });
                (1, LevelSource::Default)
            }
        };
        let max = self.curriculum.skill(skill).max_level;
        if level > max {
            grant.notes.push(Note::LevelCapped {
                credential,
                skill,
                level,
                max,
            });
        }
        let level = SkillLevel {
            skill,
            level: level.clamp(1, max.max(1)),
        };
        grant.levels.push((level, source));
    }

    /// The passport: a TOML passport's fields with everything the
    /// credentials that count give.
    fn into_imported(self, listed: Option<Passport>, paths: &[PathBuf]) -> Imported {
        let base = match listed {
            Some(passport) => Imported::listed(passport),
            None => {
                let id = id_from_path(paths.first().map(PathBuf::as_path));
                Imported {
                    passport: Passport {
                        name: self.name.clone().unwrap_or_else(|| id.clone()),
                        id,
                        ..Passport::default()
                    },
                    ..Imported::default()
                }
            }
        };
        let mut imported = Imported {
            credentials: self.credentials,
            notes: self.notes,
            ..base
        };
        imported.evidence.extend(self.evidence);
        imported.completions.extend(self.completions);
        let mut completed: Vec<ModuleId> = Vec::new();
        for completion in &imported.completions {
            if !completed.contains(&completion.module) {
                completed.push(completion.module);
            }
        }
        imported.passport.skills = held(
            self.curriculum,
            imported.evidence.iter().map(|evidence| evidence.level),
            &completed,
        );
        imported.passport.completed = completed;
        imported
    }
}

/// Each skill of `levels` once, at its highest level, in curriculum order,
/// leaving out a level that a `completed` module grants: it is held through
/// the module.
fn held(
    curriculum: &Curriculum,
    levels: impl Iterator<Item = SkillLevel>,
    completed: &[ModuleId],
) -> Vec<SkillLevel> {
    let mut top = vec![0u8; curriculum.skills.len()];
    for level in levels {
        let held = &mut top[level.skill.index()];
        *held = (*held).max(level.level);
    }
    let mut granted = vec![0u8; curriculum.skills.len()];
    for &module in completed {
        for grant in &curriculum.module(module).grants {
            let level = &mut granted[grant.value.skill.index()];
            *level = (*level).max(grant.value.level);
        }
    }
    curriculum
        .skill_ids()
        .filter(|skill| top[skill.index()] > granted[skill.index()])
        .map(|skill| SkillLevel {
            skill,
            level: top[skill.index()],
        })
        .collect()
}

/// A bulk row's passport with what the credentials in `paths` give
/// (`credentials` column or key), counted as of `as_of`.
pub fn with_credentials(
    passport: Passport,
    paths: &[PathBuf],
    curriculum: &Curriculum,
    as_of: Date,
) -> Result<Passport, ImportFailure> {
    let read = read_worker(paths, curriculum, as_of)?.passport;
    let mut completed = passport.completed;
    for module in read.completed {
        if !completed.contains(&module) {
            completed.push(module);
        }
    }
    let levels = passport.skills.into_iter().chain(read.skills);
    Ok(Passport {
        skills: held(curriculum, levels, &completed),
        completed,
        ..passport
    })
}

/// A worker id from a file or folder name (`anna-wallet`), in the id alphabet.
fn id_from_path(path: Option<&Path>) -> String {
    let stem = path
        .and_then(|path| path.file_stem())
        .map(|stem| stem.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let id: String = stem
        .chars()
        .map(|c| match c {
            'a'..='z' | '0'..='9' | '.' | '_' | '-' => c,
            _ => '-',
        })
        .take(64)
        .collect();
    let id = id.trim_start_matches(['.', '_', '-']).to_string();
    if id.is_empty() {
        "worker".to_string()
    } else {
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{Origin, load_curriculum};
    use proptest::prelude::*;
    use serde_json::{Value, json};

    /// JSON made of the words credentials are made of, nested a few deep.
    fn credential_like() -> impl Strategy<Value = Value> {
        let keys = prop::sample::select(vec![
            "type",
            "id",
            "credentialSubject",
            "achievement",
            "result",
            "alignment",
            "targetUrl",
            "resultDescription",
            "rubricCriterionLevel",
            "achievedLevel",
            "requiredLevel",
            "status",
            "issuer",
            "validFrom",
            "validUntil",
            "proof",
            "verifiableCredential",
            "hasClaim",
            "specifiedBy",
            "learningOutcome",
            "relatedESCOSkill",
            "hasPart",
            "name",
            "@context",
        ]);
        let leaf = prop_oneof![
            Just(json!(null)),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            prop::sample::select(vec![
                "VerifiableCredential",
                "OpenBadgeCredential",
                "AchievementCredential",
                "ClrCredential",
                "EuropeanDigitalCredential",
                "Result",
                "Achievement",
                "Failed",
                "2030-01-01T00:00:00Z",
                "not a date",
                "l1",
                "urn:leerroute:smart-industry/levels/2",
                "urn:leerroute:smart-industry/modules/basis-vca",
                "http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0",
            ])
            .prop_map(Value::from),
        ];
        leaf.prop_recursive(5, 64, 6, move |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
                prop::collection::vec((keys.clone(), inner), 0..6).prop_map(|pairs| {
                    Value::Object(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
                }),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Whatever the JSON, reading it ends in a passport or an error:
        /// never a panic.
        #[test]
        fn any_json_reads_or_fails_without_a_panic(value in credential_like()) {
            static SHIPPED: std::sync::OnceLock<Curriculum> = std::sync::OnceLock::new();
            let curriculum = SHIPPED.get_or_init(|| load_curriculum(&Origin::Embedded).unwrap());
            let mut reading = Reading::new(curriculum, jiff::civil::date(2026, 12, 1));
            let read = vc::read_document(&mut reading, &value);
            if read.is_ok() {
                let imported = reading.into_imported(None, &[]);
                prop_assert!(imported.evidence.iter().all(|e| e.level.level >= 1));
            }
        }
    }

    #[test]
    fn ids_from_paths_keep_to_the_id_alphabet() {
        assert_eq!(
            id_from_path(Some(Path::new("a/Anna Wallet"))),
            "anna-wallet"
        );
        assert_eq!(id_from_path(Some(Path::new("_.json"))), "worker");
        assert_eq!(id_from_path(None), "worker");
    }
}

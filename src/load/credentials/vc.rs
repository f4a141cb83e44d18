//! What every verifiable credential has (W3C VC 1.1 and 2.0): its type,
//! `@context`, id, issuer, dates and proofs; and which reader a type goes to.

use serde_json::{Map, Value};

use super::json::{self, Checked, Fault, child};
use super::{Reading, clr, elm, ob3};
use crate::model::{Credential, Format, Note, Problem, Standing};

const VC_CONTEXTS: [&str; 2] = [
    "https://www.w3.org/2018/credentials/v1",
    "https://www.w3.org/ns/credentials/v2",
];

/// The keys of a credential that every reader uses.
const ENVELOPE_KEYS: &[&str] = &[
    "@context",
    "id",
    "type",
    "name",
    "issuer",
    "validFrom",
    "validUntil",
    "issuanceDate",
    "expirationDate",
    "issued",
    "proof",
    "credentialSubject",
];

/// Reads a whole JSON document: one credential, or an array of them.
pub(super) fn read_document(reading: &mut Reading<'_>, value: &Value) -> Checked<()> {
    match value {
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                read_credential(reading, item, &format!("$[{index}]"), None)?;
            }
            Ok(())
        }
        _ => read_credential(reading, value, "$", None),
    }
}

/// Reads one credential (or presentation) at `path`, inside the credential
/// `within` (a CLR) if any.
pub(super) fn read_credential(
    reading: &mut Reading<'_>,
    value: &Value,
    path: &str,
    within: Option<usize>,
) -> Checked<()> {
    let Value::Object(map) = value else {
        return Err(Fault::new(path, Problem::NotACredential));
    };
    if is_open_badges_2(map) {
        return Err(Fault::new(path, Problem::OpenBadges2));
    }
    let types = json::types(map, path)?;
    let has = |name: &str| types.iter().any(|t| t == name);
    if has("VerifiablePresentation") {
        return read_nested(reading, map, path, "verifiableCredential", within);
    }
    let format = if has("ClrCredential") {
        Format::Clr
    } else if has("EuropeanDigitalCredential") || has("EuropassCredential") {
        Format::Elm
    } else if has("OpenBadgeCredential") || has("AchievementCredential") {
        Format::OpenBadge
    } else if has("VerifiableCredential") {
        Format::Other
    } else {
        return Err(Fault::new(path, Problem::NotACredential));
    };
    type Reader = fn(&mut Reading<'_>, Opened<'_>) -> Checked<()>;
    let (keys, reader): (&[&str], Reader) = match format {
        Format::OpenBadge => (ob3::SUBJECT_KEYS, ob3::read),
        Format::Clr => (clr::SUBJECT_KEYS, clr::read),
        Format::Elm => (elm::SUBJECT_KEYS, elm::read),
        Format::Other => {
            let credential = envelope(reading, map, path, format, within)?;
            reading.notes.push(Note::UnknownType { credential, types });
            return Ok(());
        }
    };
    let opened = open(reading, map, path, format, within, keys)?;
    reader(reading, opened)
}

/// The credentials a CLR or a presentation holds under `key`: objects, or
/// compact JWS strings.
pub(super) fn read_nested(
    reading: &mut Reading<'_>,
    map: &Map<String, Value>,
    path: &str,
    key: &str,
    within: Option<usize>,
) -> Checked<()> {
    for (value, path) in json::many(map, path, key) {
        match value {
            Value::String(text) => {
                let payload = super::detect::jws_payload(text)
                    .ok_or_else(|| Fault::new(&path, Problem::NotACredential))?;
                let value: Value = serde_json::from_str(&payload)
                    .map_err(|_| Fault::new(&path, Problem::NotACredential))?;
                read_credential(reading, &value, &path, within)?;
            }
            value => read_credential(reading, value, &path, within)?,
        }
    }
    Ok(())
}

/// An Open Badges 2.0 assertion: `type: Assertion`, or a `badge` and a
/// `recipient` without a credential type.
fn is_open_badges_2(map: &Map<String, Value>) -> bool {
    let typed = |t: &Value| t.as_str() == Some("Assertion");
    match map.get("type") {
        Some(Value::Array(types)) => types.iter().any(typed),
        Some(value) => typed(value),
        None => map.contains_key("badge") && map.contains_key("recipient"),
    }
}

/// A credential opened: its index, its unused fields so far, and its subjects.
pub(super) struct Opened<'a> {
    pub credential: usize,
    pub unused: Vec<String>,
    pub subjects: Vec<(&'a Map<String, Value>, String)>,
}

/// Reads the envelope and the subjects (at least one, each with its `id`
/// recorded); `subject_keys` are the subject's fields the reader uses.
fn open<'a>(
    reading: &mut Reading<'_>,
    map: &'a Map<String, Value>,
    path: &str,
    format: Format,
    within: Option<usize>,
    subject_keys: &[&str],
) -> Checked<Opened<'a>> {
    let credential = envelope(reading, map, path, format, within)?;
    let mut unused = Vec::new();
    unused_keys(map, "", ENVELOPE_KEYS, &mut unused);
    let subjects = json::objects(map, path, "credentialSubject")?;
    if subjects.is_empty() {
        return Err(Fault::new(path, Problem::Missing("credentialSubject")));
    }
    for (subject, subject_path) in &subjects {
        reading.subject(credential, json::string(subject, subject_path, "id")?);
        unused_keys(subject, "credentialSubject", subject_keys, &mut unused);
    }
    Ok(Opened {
        credential,
        unused,
        subjects,
    })
}

/// Reads what every credential has, records it, and returns its index.
pub(super) fn envelope(
    reading: &mut Reading<'_>,
    map: &Map<String, Value>,
    path: &str,
    format: Format,
    within: Option<usize>,
) -> Checked<usize> {
    let id = json::string(map, path, "id")?.map(str::to_string);
    let issuer = match map.get("issuer") {
        None | Some(Value::Null) => return Err(Fault::new(path, Problem::Missing("issuer"))),
        Some(value) => issuer_name(value, &child(path, "issuer"))?,
    };
    let issued = json::first_date(map, path, &["validFrom", "issuanceDate", "issued"])?;
    let expires = json::first_date(map, path, &["validUntil", "expirationDate"])?;
    let mut proofs = Vec::new();
    for (proof, proof_path) in json::many(map, path, "proof") {
        let proof = json::object(proof, &proof_path)?;
        proofs.extend(json::types(proof, &proof_path)?);
        if !proof.contains_key("type") {
            proofs.push(String::new());
        }
    }
    let standing = match within.map(|wrapper| (wrapper, reading.credentials[wrapper].standing)) {
        Some((wrapper, standing)) if standing != Standing::Counts => Standing::Within(wrapper),
        _ => match (expires, issued) {
            (Some(until), _) if until < reading.as_of => Standing::Expired(until),
            (_, Some(from)) if from > reading.as_of => Standing::NotYetValid(from),
            _ => Standing::Counts,
        },
    };
    let index = reading.credentials.len();
    reading.credentials.push(Credential {
        file: reading.file.clone(),
        path: path.to_string(),
        format,
        container: reading.container,
        id,
        name: json::text(map.get("name")),
        issuer: Some(issuer),
        issued,
        expires,
        within,
        proofs,
        standing,
    });
    context_note(reading, map, index);
    Ok(index)
}

/// The issuer's name (a `name`, a Europass `legalName` or `prefLabel`), else
/// its id.
fn issuer_name(value: &Value, path: &str) -> Checked<String> {
    if let Value::Object(map) = value
        && let Some(name) = ["name", "legalName", "prefLabel"]
            .iter()
            .find_map(|key| json::text(map.get(*key)))
    {
        return Ok(name);
    }
    json::reference(value, path)
}

/// Says when a credential has no `@context` (plain JSON) or one without a
/// Verifiable Credentials context.
fn context_note(reading: &mut Reading<'_>, map: &Map<String, Value>, credential: usize) {
    let contexts: Vec<&str> = match map.get("@context") {
        None => {
            reading.notes.push(Note::NoContext { credential });
            return;
        }
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
        Some(Value::String(text)) => vec![text.as_str()],
        Some(_) => Vec::new(),
    };
    if !contexts.iter().any(|context| VC_CONTEXTS.contains(context)) {
        reading.notes.push(Note::UnknownContext {
            credential,
            first: contexts.first().unwrap_or(&"").to_string(),
        });
    }
}

/// What describes a credential for people and says nothing about skills:
/// read as such, never reported unused.
const DESCRIPTIVE: &[&str] = &[
    "description",
    "image",
    "criteria",
    "achievementType",
    "credentialSchema",
    "humanCode",
    "version",
    "tag",
    "@language",
    "inLanguage",
];

/// Adds the keys of `map` that are neither `used` nor descriptive to `unused`, as paths below
/// the credential (`credentialSubject.creditsEarned`).
pub(super) fn unused_keys(
    map: &Map<String, Value>,
    below: &str,
    used: &[&str],
    unused: &mut Vec<String>,
) {
    for key in map.keys() {
        if !used.contains(&key.as_str()) && !DESCRIPTIVE.contains(&key.as_str()) {
            unused.push(if below.is_empty() {
                key.clone()
            } else {
                format!("{below}.{key}")
            });
        }
    }
}

/// Records the unused fields of a credential, if it has any.
pub(super) fn note_unused(reading: &mut Reading<'_>, credential: usize, fields: Vec<String>) {
    if !fields.is_empty() {
        reading.notes.push(Note::Unused { credential, fields });
    }
}

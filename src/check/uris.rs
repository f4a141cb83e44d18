//! `duplicate-achievement` and `duplicate-skill-uri`: two modules that one
//! achievement URI names, or two skills that one skill URI names. An
//! imported credential (Open Badges, CLR, Europass) points at a URI; when
//! two items answer to it, the credential completes the first module only,
//! or gives both skills. URIs compare as the import compares them
//! ([`crate::model::UriIndex`]).

use std::collections::HashMap;

use super::Context;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::normalize_uri;
use crate::source::{Located, Span};
use crate::words::{Phrase, phrase};

/// A URI that names an item, and where the curriculum says so.
#[derive(Clone)]
struct Claim<T> {
    owner: T,
    uri: String,
    span: Span,
    /// Written in the item (`achievement`, `esco`), not derived from its id.
    written: bool,
}

/// Two items claiming one URI: the first to claim it (in curriculum order),
/// the other, and which of the two claims to point at: the one written in
/// the curriculum (a URI derived from an id is no mistake of its own), the
/// later one when both are.
struct Clash<T> {
    first: T,
    other: T,
    uri: String,
    at: Claim<T>,
    also: Claim<T>,
}

/// Every clash, one per two items.
fn clashes<T: Copy + PartialEq>(claims: Vec<Claim<T>>) -> Vec<Clash<T>> {
    let mut first: HashMap<String, Claim<T>> = HashMap::new();
    let mut found: Vec<Clash<T>> = Vec::new();
    for claim in claims {
        let key = normalize_uri(&claim.uri);
        let Some(earlier) = first.get(&key) else {
            first.insert(key, claim);
            continue;
        };
        let known = found
            .iter()
            .any(|c| c.first == earlier.owner && c.other == claim.owner);
        if earlier.owner == claim.owner || known {
            continue;
        }
        let (at, also) = if claim.written || !earlier.written {
            (claim, earlier.clone())
        } else {
            (earlier.clone(), claim)
        };
        found.push(Clash {
            first: earlier.owner,
            other: if at.owner == earlier.owner {
                also.owner
            } else {
                at.owner
            },
            uri: at.uri.clone(),
            at,
            also,
        });
    }
    found
}

/// An item as URIs name it: by the URI derived from its id, at its id,
/// and by the one written in its `field`, if any.
struct Named<'c> {
    id: &'c str,
    span: Span,
    derived: String,
    written: Option<&'c Located<String>>,
}

/// What a lint says about a clash, in the words of its kind of item.
struct Words {
    code: Code,
    /// The field a URI is written in (`achievement`, `esco`).
    field: &'static str,
    /// The message, from the first item's id and the other's.
    message: fn(&str, &str) -> Phrase,
    /// The note, from the URI and the two ids.
    note: fn(&str, &str, &str) -> Phrase,
    /// The help, from the id of the item to fix and its derived URI.
    help: fn(&str, &str) -> Phrase,
}

fn diagnose(items: &[Named<'_>], words: &Words) -> Vec<Diagnostic> {
    let mut claims = Vec::new();
    for (owner, item) in items.iter().enumerate() {
        let derived = (item.derived.clone(), item.span, false);
        let written = item.written.map(|uri| (uri.value.clone(), uri.span, true));
        for (uri, span, written) in std::iter::once(derived).chain(written) {
            claims.push(Claim {
                owner,
                uri,
                span,
                written,
            });
        }
    }
    let label = |claim: &Claim<usize>| match claim.written {
        true => phrase!(
            "check-uri-written",
            item = items[claim.owner].id,
            field = words.field
        ),
        false => phrase!("check-uri-derived", item = items[claim.owner].id),
    };
    clashes(claims)
        .into_iter()
        .map(|clash| {
            let (first, other) = (items[clash.first].id, items[clash.other].id);
            let fixed = &items[clash.at.owner];
            Diagnostic::new(words.code, (words.message)(first, other))
                .at(clash.at.span, label(&clash.at))
                .also(clash.also.span, label(&clash.also))
                .note((words.note)(&clash.uri, first, other))
                .help((words.help)(fixed.id, &fixed.derived))
        })
        .collect()
}

pub(super) fn duplicate_achievements(context: &Context<'_>) -> Vec<Diagnostic> {
    let curriculum = context.curriculum;
    let modules: Vec<Named<'_>> = curriculum
        .module_ids()
        .map(|id| {
            let module = curriculum.module(id);
            Named {
                id: &module.id,
                span: module.span,
                derived: curriculum.derived_module_uri(id),
                written: module.achievement.as_ref(),
            }
        })
        .collect();
    let words = Words {
        code: Code::DuplicateAchievement,
        field: "achievement",
        message: |first, other| {
            phrase!("check-duplicate-achievement", first = first, other = other)
        },
        note: |uri, first, other| {
            phrase!(
                "check-duplicate-achievement-note",
                uri = uri,
                first = first,
                other = other
            )
        },
        help: |module, derived| {
            phrase!(
                "check-duplicate-achievement-help",
                module = module,
                derived = derived
            )
        },
    };
    diagnose(&modules, &words)
}

pub(super) fn duplicate_skill_uris(context: &Context<'_>) -> Vec<Diagnostic> {
    let curriculum = context.curriculum;
    let skills: Vec<Named<'_>> = curriculum
        .skill_ids()
        .map(|id| {
            let skill = curriculum.skill(id);
            Named {
                id: &skill.id,
                span: skill.span,
                derived: curriculum.skill_uri(id),
                written: skill.esco.as_ref(),
            }
        })
        .collect();
    let words = Words {
        code: Code::DuplicateSkillUri,
        field: "esco",
        message: |first, other| phrase!("check-duplicate-skill-uri", first = first, other = other),
        note: |uri, first, other| {
            phrase!(
                "check-duplicate-skill-uri-note",
                uri = uri,
                first = first,
                other = other
            )
        },
        help: |skill, _| phrase!("check-duplicate-skill-uri-help", skill = skill),
    };
    diagnose(&skills, &words)
}

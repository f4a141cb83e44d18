//! What a file holds, told from its content and never from its name: a
//! baked PNG, a baked SVG, JSON (a credential, a CLR, a JSON array of
//! them), a compact JWS whose payload is one, or else a TOML passport.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD_INDIFFERENT;

use super::baked;
use crate::model::{Container, Problem};

/// A file's content, as far as the format goes.
#[derive(Debug, PartialEq)]
pub(super) enum Content {
    /// JSON text, and how it was carried.
    Json { text: String, container: Container },
    /// Anything else: read as a TOML passport.
    Toml,
}

pub(super) fn detect(bytes: &[u8]) -> Result<Content, Problem> {
    if baked::is_png(bytes) {
        let text = baked::from_png(bytes)?;
        return json_or_jws(text, Container::Png);
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(Problem::NotText);
    };
    if baked::is_xml(text) {
        let text = baked::from_svg(text)?;
        return json_or_jws(text, Container::Svg);
    }
    if looks_like_json(text) || jws_payload(text).is_some() {
        return json_or_jws(text.to_string(), Container::Json);
    }
    Ok(Content::Toml)
}

/// The JSON of a baked or plain text, which may be a compact JWS.
fn json_or_jws(text: String, container: Container) -> Result<Content, Problem> {
    let text = match jws_payload(&text) {
        Some(payload) => payload,
        None => text,
    };
    Ok(Content::Json { text, container })
}

/// Whether text starts as JSON does: an object, or an array (`[` then `{`,
/// `[`, `]` or `"`, which a TOML table header such as `[worker]` never has).
fn looks_like_json(text: &str) -> bool {
    let mut chars = text
        .trim_start_matches('\u{feff}')
        .chars()
        .filter(|c| !c.is_whitespace());
    match chars.next() {
        Some('{') => true,
        Some('[') => matches!(chars.next(), Some('{' | '[' | ']' | '"')),
        _ => false,
    }
}

/// The payload of a compact JWS (`header.payload.signature`, base64url) as
/// JSON text; a VC-JWT's credential is its `vc` claim. The signature is not
/// verified.
pub(super) fn jws_payload(text: &str) -> Option<String> {
    let text = text.trim();
    let mut parts = text.split('.');
    let (_header, payload, _signature) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || !text.starts_with("eyJ") {
        return None;
    }
    // RFC 7515 writes base64url without padding; padding is let pass.
    let bytes = URL_SAFE_NO_PAD_INDIFFERENT.decode(payload).ok()?;
    let json: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    match json.get("vc") {
        Some(vc) if vc.is_object() => Some(vc.to_string()),
        _ => String::from_utf8(bytes).ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_and_toml_are_told_apart_by_their_first_characters() {
        for json in ["{}", " [ {", "[]", "\u{feff}{\"a\":1}", "[\"x\"]"] {
            assert!(looks_like_json(json), "{json}");
        }
        for toml in ["[worker]", "# passport\n[worker]", "id = 1", ""] {
            assert!(!looks_like_json(toml), "{toml}");
        }
    }

    #[test]
    fn a_compact_jws_gives_its_payload_or_its_vc_claim() {
        // {"alg":"none"} . {"vc":{"id":"x"}} . (no signature)
        let jws = "eyJhbGciOiJub25lIn0.eyJ2YyI6eyJpZCI6IngifX0.";
        assert_eq!(jws_payload(jws).as_deref(), Some("{\"id\":\"x\"}"));
        assert_eq!(jws_payload("[worker]"), None);
        // Padded, the same payload.
        let padded = "eyJhbGciOiJub25lIn0.eyJ2YyI6eyJpZCI6IngifX0=.";
        assert_eq!(jws_payload(padded).as_deref(), Some("{\"id\":\"x\"}"));
        assert_eq!(jws_payload("eyJhbGciOiJub25lIn0.e*J9.x"), None);
    }
}

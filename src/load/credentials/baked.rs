//! Credentials baked into badge images (Open Badges 3.0, "Baking"): a PNG's
//! `iTXt` chunk with the keyword `openbadgecredential`, or an SVG's
//! `<openbadges:credential>` element, holding the credential's JSON (or its
//! compact JWS, whose payload is the JSON).

use crate::model::Problem;

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// The keywords a baked credential is found under: Open Badges 3.0's, and
/// 2.0's, which some issuers still use for 3.0 credentials.
const KEYWORDS: [&[u8]; 2] = [b"openbadgecredential", b"openbadges"];

pub(super) fn is_png(bytes: &[u8]) -> bool {
    bytes.starts_with(PNG_SIGNATURE)
}

/// The text of the first `iTXt` chunk with a badge keyword.
pub(super) fn from_png(bytes: &[u8]) -> Result<String, Problem> {
    let mut rest = &bytes[PNG_SIGNATURE.len()..];
    while !rest.is_empty() {
        let (kind, data, after) = chunk(rest).ok_or(Problem::BrokenPng)?;
        if kind == b"iTXt"
            && let Some(text) = itxt(data)?
        {
            return Ok(text);
        }
        if kind == b"IEND" {
            break;
        }
        rest = after;
    }
    Err(Problem::NotBaked)
}

/// One chunk: its type and data, and what follows its CRC.
fn chunk(bytes: &[u8]) -> Option<(&[u8], &[u8], &[u8])> {
    let length = u32::from_be_bytes(bytes.get(..4)?.try_into().ok()?) as usize;
    let kind = bytes.get(4..8)?;
    let end = 8usize.checked_add(length)?;
    let data = bytes.get(8..end)?;
    let after = bytes.get(end.checked_add(4)?..)?;
    Some((kind, data, after))
}

/// The text of an `iTXt` chunk if its keyword is a badge's.
fn itxt(data: &[u8]) -> Result<Option<String>, Problem> {
    let Some(nul) = data.iter().position(|&b| b == 0) else {
        return Err(Problem::BrokenPng);
    };
    if !KEYWORDS.contains(&&data[..nul]) {
        return Ok(None);
    }
    let rest = &data[nul + 1..];
    let (&compressed, rest) = rest.split_first().ok_or(Problem::BrokenPng)?;
    let (_, rest) = rest.split_first().ok_or(Problem::BrokenPng)?;
    if compressed != 0 {
        return Err(Problem::CompressedBaking);
    }
    // The language tag and the translated keyword, each ended by a NUL.
    let mut rest = rest;
    for _ in 0..2 {
        let nul = rest
            .iter()
            .position(|&b| b == 0)
            .ok_or(Problem::BrokenPng)?;
        rest = &rest[nul + 1..];
    }
    String::from_utf8(rest.to_vec())
        .map(Some)
        .map_err(|_| Problem::BrokenPng)
}

/// Whether a text is XML (an SVG) rather than JSON or TOML.
pub(super) fn is_xml(text: &str) -> bool {
    text.trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('<')
}

/// The text of the first `<credential>` element in an Open Badges namespace
/// (`openbadges:credential`): its content (usually CDATA), or its `verify`
/// attribute, which holds a compact JWS.
pub(super) fn from_svg(text: &str) -> Result<String, Problem> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let document = roxmltree::Document::parse_with_options(text, options)
        .map_err(|error| Problem::BrokenSvg(error.to_string()))?;
    let element = document
        .descendants()
        .find(|node| {
            node.is_element()
                && node.tag_name().name() == "credential"
                && node
                    .tag_name()
                    .namespace()
                    .is_some_and(|ns| ns.contains("openbadges") || ns.contains("imsglobal.org/ob"))
        })
        .ok_or(Problem::NotBaked)?;
    if let Some(jws) = element.attribute("verify") {
        return Ok(jws.to_string());
    }
    let content: String = element
        .children()
        .filter_map(|child| child.text())
        .collect();
    if content.trim().is_empty() {
        Err(Problem::NotBaked)
    } else {
        Ok(content)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png_with(chunks: &[(&[u8], Vec<u8>)]) -> Vec<u8> {
        let mut png = PNG_SIGNATURE.to_vec();
        for (kind, data) in chunks {
            png.extend((data.len() as u32).to_be_bytes());
            png.extend(*kind);
            png.extend(data);
            png.extend([0; 4]);
        }
        png
    }

    fn itxt_chunk(keyword: &str, compressed: u8, text: &str) -> Vec<u8> {
        let mut data = keyword.as_bytes().to_vec();
        data.extend([0, compressed, 0]);
        data.extend(b"json\0\0");
        data.extend(text.as_bytes());
        data
    }

    #[test]
    fn a_baked_png_gives_its_text_and_other_chunks_are_passed_over() {
        let png = png_with(&[
            (b"tEXt", b"Comment\0hello".to_vec()),
            (b"iTXt", itxt_chunk("XML:com.adobe.xmp", 0, "<x/>")),
            (b"iTXt", itxt_chunk("openbadgecredential", 0, "{\"a\": 1}")),
            (b"IEND", Vec::new()),
        ]);
        assert_eq!(from_png(&png), Ok("{\"a\": 1}".to_string()));
    }

    #[test]
    fn png_problems_are_told_apart() {
        let plain = png_with(&[(b"IEND", Vec::new())]);
        assert_eq!(from_png(&plain), Err(Problem::NotBaked));
        let compressed = png_with(&[(b"iTXt", itxt_chunk("openbadgecredential", 1, "x"))]);
        assert_eq!(from_png(&compressed), Err(Problem::CompressedBaking));
        let mut cut = png_with(&[(b"iTXt", itxt_chunk("openbadgecredential", 0, "{}"))]);
        cut.truncate(cut.len() - 6);
        assert_eq!(from_png(&cut), Err(Problem::BrokenPng));
    }

    #[test]
    fn a_baked_svg_gives_its_cdata_or_its_verify_attribute() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><openbadges:credential><![CDATA[{"a": 1}]]></openbadges:credential></svg>"#;
        assert_eq!(from_svg(svg), Ok("{\"a\": 1}".to_string()));
        let jws = r#"<svg xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><openbadges:credential verify="a.b.c"/></svg>"#;
        assert_eq!(from_svg(jws), Ok("a.b.c".to_string()));
        assert_eq!(from_svg("<svg/>"), Err(Problem::NotBaked));
        assert!(matches!(from_svg("<svg>"), Err(Problem::BrokenSvg(_))));
    }
}

//! Credentials baked into badge images (Open Badges 3.0, "Baking"): a PNG's
//! `iTXt` chunk with the keyword `openbadgecredential`, or an SVG's
//! `<openbadges:credential>` element, holding the credential's JSON (or its
//! compact JWS, whose payload is the JSON).
//!
//! PNGs are read with the `png` crate, within [`PNG_MEMORY`]: its text
//! chunks only, never the image itself.

use std::io::Cursor;

use crate::model::Problem;

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// What reading a PNG's chunks may allocate, in bytes: far more than any
/// credential, and far less than a PNG could ask for.
pub(super) const PNG_MEMORY: usize = 16 << 20;

/// The keywords a baked credential is found under: Open Badges 3.0's, and
/// 2.0's, which some issuers still use for 3.0 credentials.
const KEYWORDS: [&str; 2] = ["openbadgecredential", "openbadges"];

pub(super) fn is_png(bytes: &[u8]) -> bool {
    bytes.starts_with(PNG_SIGNATURE)
}

/// The text of the first `iTXt` chunk with a badge keyword, before the
/// image data or after it.
pub(super) fn from_png(bytes: &[u8]) -> Result<String, Problem> {
    let limits = png::Limits { bytes: PNG_MEMORY };
    let mut reader = png::Decoder::new_with_limits(Cursor::new(bytes), limits)
        .read_info()
        .map_err(broken)?;
    if let Some(text) = baked_text(reader.info())? {
        return Ok(text);
    }
    // Skips the image data unread, then reads the chunks after it.
    reader.finish().map_err(broken)?;
    baked_text(reader.info())?.ok_or(Problem::NotBaked)
}

/// The text of the first badge `iTXt` chunk read so far.
fn baked_text(info: &png::Info<'_>) -> Result<Option<String>, Problem> {
    let Some(chunk) = info
        .utf8_text
        .iter()
        .find(|chunk| KEYWORDS.contains(&chunk.keyword.as_str()))
    else {
        return Ok(None);
    };
    if chunk.compressed {
        return Err(Problem::CompressedBaking);
    }
    chunk.get_text().map(Some).map_err(broken)
}

/// Why the `png` crate could not read a PNG.
fn broken(error: png::DecodingError) -> Problem {
    match error {
        png::DecodingError::IoError(error) if error.kind() == std::io::ErrorKind::UnexpectedEof => {
            Problem::TruncatedPng
        }
        png::DecodingError::LimitsExceeded => Problem::PngTooLarge(PNG_MEMORY as u64),
        error => Problem::BrokenPng(error.to_string()),
    }
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

    use png::text_metadata::ITXtChunk;

    /// A 1×1 grey PNG with a `tEXt` comment, and `iTXt` chunks before its
    /// image data and after it.
    fn png_with(before: &[ITXtChunk], after: &[ITXtChunk]) -> Vec<u8> {
        let mut bytes = Vec::new();
        let mut encoder = png::Encoder::new(&mut bytes, 1, 1);
        encoder
            .add_text_chunk("Comment".into(), "hello".into())
            .unwrap();
        let mut writer = encoder.write_header().unwrap();
        for chunk in before {
            writer.write_text_chunk(chunk).unwrap();
        }
        writer.write_image_data(&[0]).unwrap();
        for chunk in after {
            writer.write_text_chunk(chunk).unwrap();
        }
        writer.finish().unwrap();
        bytes
    }

    fn badge(text: &str) -> ITXtChunk {
        ITXtChunk::new("openbadgecredential", text)
    }

    #[test]
    fn a_baked_png_gives_its_text_and_other_chunks_are_passed_over() {
        let xmp = ITXtChunk::new("XML:com.adobe.xmp", "<x/>");
        let png = png_with(&[xmp, badge("{\"a\": 1}")], &[]);
        assert_eq!(from_png(&png), Ok("{\"a\": 1}".to_string()));
        let after = png_with(&[], &[ITXtChunk::new("openbadges", "{}")]);
        assert_eq!(from_png(&after), Ok("{}".to_string()));
    }

    #[test]
    fn png_problems_are_told_apart() {
        assert_eq!(from_png(&png_with(&[], &[])), Err(Problem::NotBaked));
        let mut compressed = badge("x");
        compressed.compressed = true;
        compressed.compress_text().unwrap();
        assert_eq!(
            from_png(&png_with(&[compressed], &[])),
            Err(Problem::CompressedBaking)
        );
        let mut cut = png_with(&[badge("{}")], &[]);
        cut.truncate(PNG_SIGNATURE.len() + 30);
        assert_eq!(from_png(&cut), Err(Problem::TruncatedPng));
        // A wrong checksum in the header chunk.
        let mut corrupt = png_with(&[], &[]);
        corrupt[PNG_SIGNATURE.len() + 8 + 13] ^= 0xff;
        assert!(matches!(from_png(&corrupt), Err(Problem::BrokenPng(_))));
        assert!(matches!(
            from_png(PNG_SIGNATURE),
            Err(Problem::TruncatedPng)
        ));
    }

    #[test]
    fn a_huge_png_is_refused_within_the_memory_limit() {
        let huge = "x".repeat(PNG_MEMORY + 1);
        assert_eq!(
            from_png(&png_with(&[badge(&huge)], &[])),
            Err(Problem::PngTooLarge(PNG_MEMORY as u64))
        );
        // 10 GB of pixels: the image is never decoded, so nothing is
        // allocated for it and the badge is still found.
        let mut bytes = Vec::new();
        let mut writer = png::Encoder::new(&mut bytes, 100_000, 100_000)
            .write_header()
            .unwrap();
        writer.write_text_chunk(&badge("{}")).unwrap();
        writer.write_chunk(png::chunk::IDAT, &[0]).unwrap();
        drop(writer);
        assert_eq!(from_png(&bytes), Ok("{}".to_string()));
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

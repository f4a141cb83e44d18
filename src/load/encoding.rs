//! Turning the bytes of a file into text: UTF-8, or a precise word on what
//! the file is instead, so that the message can say which encoding to change.

use std::ops::Range;

/// How many leading code units decide whether a file without a byte-order
/// mark is UTF-16 or UTF-32: enough for a few lines, cheap on a large file.
const SAMPLE_UNITS: usize = 512;

/// A Unicode encoding with code units wider than a byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Wide {
    /// Bytes per code unit: 2 for UTF-16, 4 for UTF-32.
    pub unit: usize,
    pub big_endian: bool,
}

impl Wide {
    /// "UTF-16" or "UTF-32".
    pub(super) fn name(self) -> String {
        format!("UTF-{}", self.unit * 8)
    }

    /// "little" or "big".
    pub(super) fn order(self) -> &'static str {
        if self.big_endian { "big" } else { "little" }
    }
}

/// The bytes of a file, read as text.
#[derive(Debug, PartialEq)]
pub(super) enum Decoded {
    Utf8(String),
    /// Saved as UTF-16 (Windows Notepad's "Unicode") or UTF-32; `text` is
    /// its content, kept so that a diagnostic can show the first line as it
    /// reads.
    Wide {
        encoding: Wide,
        text: String,
    },
    /// Neither: the valid start of the file up to the first invalid byte,
    /// then the rest of that line with every invalid byte escaped (`\xE9`),
    /// so that the echo shows the byte where the marker is; `bad` is where
    /// the first one's escape is in `text`.
    Invalid {
        text: String,
        bad: Range<usize>,
    },
}

pub(super) fn decode(bytes: Vec<u8>) -> Decoded {
    if let Some(encoding) = wide_encoding(&bytes) {
        return Decoded::Wide {
            encoding,
            text: decode_wide(&bytes, encoding),
        };
    }
    match String::from_utf8(bytes) {
        Ok(text) => Decoded::Utf8(text),
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let bytes = error.into_bytes();
            let line_end = bytes[valid..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(bytes.len(), |end| valid + end);
            // The first `valid` bytes are UTF-8 by definition.
            let mut text = String::from_utf8_lossy(&bytes[..valid]).into_owned();
            let mut bad = None;
            for chunk in bytes[valid..line_end].utf8_chunks() {
                text.push_str(chunk.valid());
                let start = text.len();
                for byte in chunk.invalid() {
                    text.push_str(&format!("\\x{byte:02X}"));
                }
                bad.get_or_insert(start..text.len());
            }
            Decoded::Invalid {
                bad: bad.unwrap_or(valid..valid),
                text,
            }
        }
    }
}

/// The wide encoding of the bytes, if they are UTF-32 or UTF-16: by
/// byte-order mark (UTF-32's first, as UTF-16's little-endian mark begins
/// it), or, without one, because the NUL bytes fall where ASCII characters
/// pad them (curricula are mostly ASCII; UTF-8 text has no NUL bytes).
fn wide_encoding(bytes: &[u8]) -> Option<Wide> {
    let wide = |unit, big_endian| Some(Wide { unit, big_endian });
    match bytes {
        [0xFF, 0xFE, 0, 0, ..] => return wide(4, false),
        [0, 0, 0xFE, 0xFF, ..] => return wide(4, true),
        [0xFF, 0xFE, ..] => return wide(2, false),
        [0xFE, 0xFF, ..] => return wide(2, true),
        _ => {}
    }
    [(4, false), (4, true), (2, false), (2, true)]
        .into_iter()
        .find(|&(unit, big_endian)| mostly_padded_ascii(bytes, unit, big_endian))
        .and_then(|(unit, big_endian)| wide(unit, big_endian))
}

/// Whether at least three in four of the first code units hold one
/// non-NUL byte, at the low end, and NUL bytes otherwise.
fn mostly_padded_ascii(bytes: &[u8], unit: usize, big_endian: bool) -> bool {
    let units: Vec<&[u8]> = bytes.chunks_exact(unit).take(SAMPLE_UNITS).collect();
    let low = if big_endian { unit - 1 } else { 0 };
    let padded = |unit: &&&[u8]| {
        unit.iter()
            .enumerate()
            .all(|(at, &byte)| (at == low) == (byte != 0))
    };
    units.len() >= 2 && units.iter().filter(padded).count() * 4 >= units.len() * 3
}

fn decode_wide(bytes: &[u8], encoding: Wide) -> String {
    let value = |unit: &[u8]| {
        let ordered = |acc: u32, &byte: &u8| acc << 8 | u32::from(byte);
        if encoding.big_endian {
            unit.iter().fold(0, ordered)
        } else {
            unit.iter().rev().fold(0, ordered)
        }
    };
    let units = bytes.chunks_exact(encoding.unit).map(value);
    let chars: Vec<char> = if encoding.unit == 2 {
        char::decode_utf16(units.map(|unit| unit as u16))
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect()
    } else {
        units
            .map(|unit| char::from_u32(unit).unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect()
    };
    chars.into_iter().skip_while(|&c| c == '\u{feff}').collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(text: &str, encoding: Wide, mark: bool) -> Vec<u8> {
        let mark = mark.then_some('\u{feff}');
        let chars: String = mark.into_iter().chain(text.chars()).collect();
        let units: Vec<u32> = if encoding.unit == 2 {
            chars.encode_utf16().map(u32::from).collect()
        } else {
            chars.chars().map(u32::from).collect()
        };
        units
            .into_iter()
            .flat_map(|unit| {
                let bytes = if encoding.big_endian {
                    unit.to_be_bytes()
                } else {
                    unit.to_le_bytes()
                };
                let keep = if encoding.big_endian {
                    4 - encoding.unit
                } else {
                    0
                };
                bytes[keep..keep + encoding.unit].to_vec()
            })
            .collect()
    }

    #[test]
    fn utf16_and_utf32_are_recognised_with_or_without_a_byte_order_mark() {
        let text = "[curriculum]\nid = \"één\"\n";
        for unit in [2, 4] {
            for big_endian in [false, true] {
                for mark in [false, true] {
                    let encoding = Wide { unit, big_endian };
                    assert_eq!(
                        decode(encoded(text, encoding, mark)),
                        Decoded::Wide {
                            encoding,
                            text: text.to_string()
                        },
                        "{encoding:?}, mark {mark}"
                    );
                }
            }
        }
    }

    #[test]
    fn utf8_with_a_stray_nul_is_still_utf8() {
        let text = "name = \"a\0b\"\n";
        assert_eq!(decode(text.as_bytes().to_vec()), Decoded::Utf8(text.into()));
    }

    #[test]
    fn invalid_utf8_keeps_its_line_with_the_bad_bytes_escaped() {
        assert_eq!(
            decode(b"id = 1\nname = \"caf\xe9 \xff\"\nnext\xe9".to_vec()),
            Decoded::Invalid {
                text: "id = 1\nname = \"caf\\xE9 \\xFF\"".into(),
                bad: 18..22,
            }
        );
    }
}

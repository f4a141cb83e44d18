//! Turning the bytes of a file into text: UTF-8, or a precise word on what
//! the file is instead, so that the message can say which encoding to change.

/// How many leading byte pairs decide whether a file without a byte-order
/// mark is UTF-16: enough for a few lines, cheap on a large file.
const UTF16_SAMPLE_PAIRS: usize = 512;

/// The bytes of a file, read as text.
#[derive(Debug, PartialEq)]
pub(super) enum Decoded {
    Utf8(String),
    /// Saved as UTF-16 (Windows Notepad's "Unicode"); `text` is its content,
    /// kept so that a diagnostic can show the first line as it reads.
    Utf16 {
        big_endian: bool,
        text: String,
    },
    /// Neither: the valid start of the file, up to the first invalid byte.
    Invalid {
        valid_prefix: String,
    },
}

pub(super) fn decode(bytes: Vec<u8>) -> Decoded {
    if let Some(big_endian) = utf16_byte_order(&bytes) {
        return Decoded::Utf16 {
            big_endian,
            text: decode_utf16(&bytes, big_endian),
        };
    }
    match String::from_utf8(bytes) {
        Ok(text) => Decoded::Utf8(text),
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let mut bytes = error.into_bytes();
            bytes.truncate(valid);
            Decoded::Invalid {
                // The first `valid` bytes are UTF-8 by definition.
                valid_prefix: String::from_utf8(bytes).unwrap_or_default(),
            }
        }
    }
}

/// `Some(big_endian)` when the bytes are UTF-16: by byte-order mark, or,
/// without one, because nearly every other byte is NUL (curricula are mostly
/// ASCII, and UTF-16 pads each ASCII character with a NUL byte; UTF-8 text
/// has none).
fn utf16_byte_order(bytes: &[u8]) -> Option<bool> {
    match bytes {
        [0xFF, 0xFE, ..] => return Some(false),
        [0xFE, 0xFF, ..] => return Some(true),
        _ => {}
    }
    let pairs: Vec<&[u8]> = bytes.chunks_exact(2).take(UTF16_SAMPLE_PAIRS).collect();
    let mostly = |test: fn(&[u8]) -> bool| {
        pairs.len() >= 2 && pairs.iter().filter(|pair| test(pair)).count() * 4 >= pairs.len() * 3
    };
    if mostly(|pair| pair[0] != 0 && pair[1] == 0) {
        Some(false)
    } else if mostly(|pair| pair[0] == 0 && pair[1] != 0) {
        Some(true)
    } else {
        None
    }
}

fn decode_utf16(bytes: &[u8], big_endian: bool) -> String {
    let units = bytes.chunks_exact(2).map(|pair| {
        let pair = [pair[0], pair[1]];
        if big_endian {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    });
    char::decode_utf16(units)
        .map(|unit| unit.unwrap_or(char::REPLACEMENT_CHARACTER))
        .skip_while(|&c| c == '\u{feff}')
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, big_endian: bool, mark: bool) -> Vec<u8> {
        let mark = mark.then_some('\u{feff}');
        mark.into_iter()
            .chain(text.chars())
            .collect::<String>()
            .encode_utf16()
            .flat_map(|unit| {
                if big_endian {
                    unit.to_be_bytes()
                } else {
                    unit.to_le_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn utf16_is_recognised_with_or_without_a_byte_order_mark() {
        let text = "[curriculum]\nid = \"één\"\n";
        for big_endian in [false, true] {
            for mark in [false, true] {
                assert_eq!(
                    decode(utf16(text, big_endian, mark)),
                    Decoded::Utf16 {
                        big_endian,
                        text: text.to_string()
                    },
                    "big_endian {big_endian}, mark {mark}"
                );
            }
        }
    }

    #[test]
    fn utf8_with_a_stray_nul_is_still_utf8() {
        let text = "name = \"a\0b\"\n";
        assert_eq!(decode(text.as_bytes().to_vec()), Decoded::Utf8(text.into()));
    }

    #[test]
    fn invalid_utf8_keeps_the_valid_prefix() {
        assert_eq!(
            decode(b"name = \"caf\xe9\"".to_vec()),
            Decoded::Invalid {
                valid_prefix: "name = \"caf".into()
            }
        );
    }
}

//! The bytes of a bulk input with exact line numbers, counted here from the
//! `\n` bytes consumed (CRLF, blank lines and quoted line breaks included),
//! because the csv crate's record positions are off by one with CRLF and
//! after blank lines (rust-csv #395, #208).
//!
//! Input is handed out in pieces that never cross a line break, so whoever
//! consumes a piece knows the line every byte of it is on, and no line has to
//! be held whole: a line of a gigabyte costs no more memory than a short one.

use std::io::{BufRead, BufReader, Read};

use super::Unreadable;
use crate::words::{Phrase, phrase};

/// The longest row kept: longer rows are skipped and reported, so that one
/// unbroken gigabyte (a binary file, a runaway quote) cannot exhaust memory.
pub(super) const MAX_ROW_BYTES: usize = 1 << 20;

const UTF8_BOM: &[u8] = b"\xef\xbb\xbf";

pub(super) struct Lines<R> {
    input: BufReader<R>,
    /// The line the next byte is on, from 1.
    line: u64,
    /// Whether the next byte starts its line.
    at_line_start: bool,
}

/// A line read whole by [`Lines::read_line`].
pub(super) struct ReadLine {
    pub number: u64,
    /// False when the line was longer than `MAX_ROW_BYTES`: its bytes are dropped.
    pub kept: bool,
}

impl<R: Read> Lines<R> {
    /// Opens an input: drops a UTF-8 byte order mark, refuses what is not
    /// text, and skips leading blank lines. `expected` says what a non-empty
    /// input starts with, for the message about an empty one; `format` is the
    /// `--input-format` value, for the fix of a compressed one.
    pub fn open(input: R, format: &str, expected: &Phrase) -> Result<Lines<R>, Unreadable> {
        let mut lines = Lines {
            input: BufReader::with_capacity(1 << 16, input),
            line: 1,
            at_line_start: true,
        };
        let head = lines.fill()?;
        if head.starts_with(UTF8_BOM) {
            lines.input.consume(UTF8_BOM.len());
        }
        if let Some(problem) = sniff(lines.fill()?, format) {
            return Err(problem);
        }
        if !lines.skip_blank_lines()? {
            return Err(empty_input(expected));
        }
        Ok(lines)
    }

    /// The line the next byte is on.
    pub fn line(&self) -> u64 {
        self.line
    }

    /// The last line that has any bytes: where the input ended.
    pub fn last_line(&self) -> u64 {
        if self.at_line_start {
            self.line.saturating_sub(1).max(1)
        } else {
            self.line
        }
    }

    /// The buffered bytes up to and including the next line break (empty at
    /// the end of the input). Pass what was used of it to [`Lines::consume`].
    pub fn piece(&mut self) -> Result<&[u8], Unreadable> {
        let buffered = self.fill()?;
        let end = buffered
            .iter()
            .position(|&byte| byte == b'\n')
            .map_or(buffered.len(), |newline| newline + 1);
        Ok(&buffered[..end])
    }

    /// Marks the first `used` bytes of the last [`Lines::piece`] as read;
    /// `ends_line` says whether they end with its line break.
    pub fn consume(&mut self, used: usize, ends_line: bool) {
        self.input.consume(used);
        if ends_line {
            self.line += 1;
        }
        self.at_line_start = ends_line || (used == 0 && self.at_line_start);
    }

    /// Reads the next line into `text` (without its line break), keeping at
    /// most `MAX_ROW_BYTES` of it. `None` at the end of the input.
    pub fn read_line(&mut self, text: &mut Vec<u8>) -> Result<Option<ReadLine>, Unreadable> {
        text.clear();
        let number = self.line;
        let (mut kept, mut started) = (true, false);
        loop {
            let piece = self.piece()?;
            if piece.is_empty() {
                // A last line without a line break still counts.
                return Ok(started.then_some(ReadLine { number, kept }));
            }
            started = true;
            let used = piece.len();
            let ends_line = piece.ends_with(b"\n");
            if kept && text.len() + used <= MAX_ROW_BYTES + 1 {
                text.extend_from_slice(piece);
            } else {
                // Too long: drop what was kept, and the rest of the line.
                kept = false;
                text.clear();
            }
            self.consume(used, ends_line);
            if ends_line {
                text.pop();
                if text.ends_with(b"\r") {
                    text.pop();
                }
                return Ok(Some(ReadLine { number, kept }));
            }
        }
    }

    /// Skips lines of nothing but white space; false when nothing else follows.
    fn skip_blank_lines(&mut self) -> Result<bool, Unreadable> {
        loop {
            let piece = self.piece()?;
            if piece.is_empty() {
                return Ok(false);
            }
            if !piece.iter().all(u8::is_ascii_whitespace) {
                return Ok(true);
            }
            let (used, ends_line) = (piece.len(), piece.ends_with(b"\n"));
            self.consume(used, ends_line);
        }
    }

    fn fill(&mut self) -> Result<&[u8], Unreadable> {
        self.input.fill_buf().map_err(|error| {
            Unreadable::new(
                phrase!("rows-cannot-read", error = error.to_string()),
                phrase!("rows-cannot-read-help"),
            )
        })
    }
}

/// Why the start of an input shows that it is not CSV or JSON Lines text.
fn sniff(head: &[u8], format: &str) -> Option<Unreadable> {
    let convert = || phrase!("rows-convert-help");
    let (message, help) = if head.starts_with(&[0x1f, 0x8b]) {
        (
            phrase!("rows-gzip"),
            phrase!("rows-gzip-help", format = format),
        )
    } else if head.starts_with(b"PK\x03\x04") {
        (phrase!("rows-zip"), phrase!("rows-zip-help"))
    } else if head.starts_with(&[0xff, 0xfe]) || head.starts_with(&[0xfe, 0xff]) {
        (phrase!("rows-utf16"), convert())
    } else if head.contains(&0) {
        (phrase!("rows-binary"), phrase!("rows-binary-help"))
    } else if invalid_utf8(first_line(head)).is_some() {
        (phrase!("rows-line1-not-utf8"), convert())
    } else {
        return None;
    };
    Some(Unreadable::new(message, help))
}

fn first_line(head: &[u8]) -> &[u8] {
    head.split(|&byte| byte == b'\n').next().unwrap_or(head)
}

/// The first byte that makes `bytes` invalid UTF-8, and its column (from 1).
/// A character cut off at the end of `bytes` does not count.
pub(super) fn invalid_utf8(bytes: &[u8]) -> Option<(u8, usize)> {
    match std::str::from_utf8(bytes) {
        Err(error) if error.error_len().is_some() => {
            let at = error.valid_up_to();
            Some((bytes[at], at + 1))
        }
        _ => None,
    }
}

/// An input with nothing but blank lines; `expected` says what it should start with.
pub(super) fn empty_input(expected: &Phrase) -> Unreadable {
    Unreadable::new(
        phrase!("rows-empty", expected = expected.clone()),
        phrase!("rows-empty-help"),
    )
}

/// "the row is longer than 1 MiB", for `what` past `MAX_ROW_BYTES`.
pub(super) fn too_long(what: Phrase) -> Phrase {
    phrase!("rows-too-long", what = what, mib = MAX_ROW_BYTES >> 20)
}

/// What a row that is not UTF-8 is told: `what` is the text that is not,
/// and `bytes` its bytes.
pub(super) fn not_utf8_message(what: Phrase, bytes: &[u8]) -> Phrase {
    let (byte, column) = invalid_utf8(bytes).unwrap_or_default();
    phrase!(
        "rows-not-utf8",
        what = what,
        byte = format!("0x{byte:02X}"),
        column = column
    )
}

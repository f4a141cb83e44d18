//! How wide the output may be, and prose wrapped to that width. Ids,
//! dates and amounts are never broken: lines break only at spaces, never at
//! the hyphens of `rob-cobot-bedienen` or `2027-01-11`, and never between an
//! amount and its unit or the euro sign and its number.

use textwrap::{Options, WordSeparator, WordSplitter};

/// Below this many columns, plans, gaps and lists are drawn as one block per
/// item instead of a table.
const COMPACT_BELOW: usize = 100;

/// What the output is drawn for: its width, and whether it may be coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// In columns; `None` when nothing bounds it (a pipe or a file without
    /// `COLUMNS`), and lines are not wrapped.
    pub width: Option<usize>,
    /// Whether escape codes for colour may be written.
    pub color: bool,
}

impl Layout {
    /// Whether items are drawn as blocks rather than table rows.
    pub fn compact(self) -> bool {
        self.width.is_some_and(|width| width < COMPACT_BELOW)
    }

    /// `text` wrapped to the width: the first line after `first`, the others
    /// after `rest` (both usually spaces), each line ending in a newline.
    pub fn wrap(self, text: &str, first: &str, rest: &str) -> String {
        let Some(width) = self.width else {
            return format!("{first}{text}\n");
        };
        let kept = keep_together(text);
        let options = Options::new(width.max(20))
            .initial_indent(first)
            .subsequent_indent(rest)
            .word_separator(WordSeparator::AsciiSpace)
            .word_splitter(WordSplitter::NoHyphenation)
            .break_words(false);
        let mut out = String::with_capacity(text.len() + 16);
        for line in textwrap::wrap(&kept, options) {
            out.push_str(&unglue(&line));
            out.push('\n');
        }
        out
    }
}

/// A no-break space, which `AsciiSpace` and tables do not break at; turned
/// back into a plain space after wrapping ([`unglue`]), so the output holds
/// no unusual characters.
const GLUE: char = '\u{a0}';

/// Text drawn from glued cells, with plain spaces again.
pub fn unglue(text: &str) -> String {
    text.replace(GLUE, " ")
}

/// `text` with the spaces that must not break glued: after `€`, and between
/// a number and a word on either side (`120 uur`, `11 jan 2027`, `stap 4`),
/// and between a level and its name (`3 (zelfstandig)`).
pub fn keep_together(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|b| chars[b]);
        let after = chars.get(i + 1).copied();
        let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
        let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
        let glue = c == ' '
            && (before == Some('€')
                || (digit(before) && letter(after))
                || (letter(before) && digit(after))
                || (digit(before) && after == Some('('))
                // Break after a separator, never before it.
                || after == Some('·'));
        out.push(if glue { GLUE } else { c });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(width: usize) -> Layout {
        Layout {
            width: Some(width),
            color: false,
        }
    }

    #[test]
    fn ids_dates_and_amounts_never_break() {
        let text = "nodig voor rob-cobot-bedienen vanaf 2027-01-11 voor € 1.985,00 en 120 uur werk op 11 jan 2027";
        for width in 30..=60 {
            let wrapped = at(width).wrap(text, "", "  ");
            for whole in [
                "rob-cobot-bedienen",
                "2027-01-11",
                "€ 1.985,00",
                "120 uur",
                "11 jan 2027",
            ] {
                assert!(
                    wrapped.contains(whole),
                    "{whole} broken at {width}:\n{wrapped}"
                );
            }
            for line in wrapped.lines() {
                assert!(
                    line.chars().count() <= width,
                    "{line:?} is wider than {width}"
                );
            }
            assert!(!wrapped.contains(GLUE));
        }
    }

    #[test]
    fn unbounded_output_is_not_wrapped() {
        let text = "a ".repeat(100);
        assert_eq!(
            Layout {
                width: None,
                color: false
            }
            .wrap(&text, "- ", "  ")
            .lines()
            .count(),
            1
        );
        assert!(
            !Layout {
                width: None,
                color: false
            }
            .compact()
        );
        assert!(at(80).compact());
        assert!(!at(120).compact());
    }
}

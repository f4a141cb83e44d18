//! The source lines one diagnostic echoes, made fit for a terminal: invisible
//! characters are shown escaped (a NUL byte as `␀`), and a long line is cut
//! to a window around the marked text (a 100,000-deep inline table once
//! echoed 700 KB). Line and column numbers stay those of the real file.
//!
//! [`Echo`] holds only the lines that the diagnostic shows, at their real
//! line indices, and maps its labels' byte offsets into them; codespan then
//! renders it like any source.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use codespan_reporting::files::{Error, Files};

use crate::source::SourceMap;
use crate::source::Span;

/// The widest echoed line, in characters; longer lines are cut to this.
const ECHO_WIDTH: usize = 120;
/// How many characters a cut line shows before its first marked character,
/// when that is not near the start anyway.
const LEAD: usize = 40;
/// Stands for the text left out at either end of a cut line.
const CUT: char = '…';
/// The context codespan shows inside a multi-line label (its
/// `start_context_lines` and `end_context_lines` defaults).
const START_CONTEXT: usize = 3;
const END_CONTEXT: usize = 1;

/// The echoed lines of one diagnostic, for every file its labels point into.
pub(super) struct Echo<'a> {
    sources: &'a SourceMap,
    files: BTreeMap<usize, EchoFile>,
}

#[derive(Default)]
struct EchoFile {
    /// The shown lines, one after another.
    text: String,
    lines: BTreeMap<usize, EchoLine>,
    /// The invisible characters shown as control pictures.
    pictured: BTreeSet<char>,
}

struct EchoLine {
    /// The line in [`EchoFile::text`], without its line break.
    range: Range<usize>,
    /// The line's start in the real file.
    start: usize,
    /// Each shown character: its offset in the echo and in the real file,
    /// ending with the offsets just past the shown part.
    offsets: Vec<(usize, usize)>,
}

impl<'a> Echo<'a> {
    /// The lines that `spans` mark, and the context codespan shows with them.
    pub(super) fn new(sources: &'a SourceMap, spans: impl IntoIterator<Item = Span>) -> Echo<'a> {
        // Per file: every line to show, with the marked offsets on it.
        let mut marks: BTreeMap<usize, BTreeMap<usize, Vec<usize>>> = BTreeMap::new();
        for span in spans {
            let file = span.file as usize;
            let lines = marks.entry(file).or_default();
            let (start, end) = (span.start as usize, span.end as usize);
            let first = line_index(sources, file, start);
            let last = line_index(sources, file, end);
            lines.entry(first).or_default().push(start);
            lines.entry(last).or_default().push(end);
            for context in (first + 1..last).take(START_CONTEXT) {
                lines.entry(context).or_default();
            }
            for context in (first + 1..last).rev().take(END_CONTEXT) {
                lines.entry(context).or_default();
            }
        }
        let files = marks
            .into_iter()
            .map(|(file, mut lines)| {
                // codespan fills a gap of one line between two shown lines.
                let gaps: Vec<usize> = lines
                    .keys()
                    .zip(lines.keys().skip(1))
                    .filter(|(a, b)| **b == **a + 2)
                    .map(|(a, _)| a + 1)
                    .collect();
                for gap in gaps {
                    lines.entry(gap).or_default();
                }
                (file, EchoFile::new(sources, file, &lines))
            })
            .collect();
        Echo { sources, files }
    }

    /// Where byte `offset` of the real file is in the echo.
    pub(super) fn map(&self, file: usize, offset: usize) -> usize {
        let line = line_index(self.sources, file, offset);
        self.files
            .get(&file)
            .and_then(|echo| echo.lines.get(&line))
            .map_or(0, |line| line.echo_offset(offset))
    }

    /// The invisible characters the echo shows as control pictures, each
    /// with the picture that stands for it.
    pub(super) fn pictured(&self) -> BTreeSet<(char, char)> {
        self.files
            .values()
            .flat_map(|echo| &echo.pictured)
            .filter_map(|&c| Some((c, control_picture(c)?)))
            .collect()
    }
}

impl EchoFile {
    fn new(sources: &SourceMap, file: usize, lines: &BTreeMap<usize, Vec<usize>>) -> EchoFile {
        let mut echo = EchoFile::default();
        let text = sources.text(file as u32);
        for (&index, marks) in lines {
            let Ok(range) = sources.files().line_range(file, index) else {
                continue;
            };
            let line = text[range.clone()].trim_end_matches(['\n', '\r']);
            let anchor = marks.iter().min().map_or(0, |mark| mark - range.start);
            let shown = echo.push_line(range.start, line, anchor);
            echo.lines.insert(index, shown);
        }
        echo
    }

    /// Appends `line` (starting at byte `start` of the real file), cut to a
    /// window that shows the byte `anchor` of the line.
    fn push_line(&mut self, start: usize, line: &str, anchor: usize) -> EchoLine {
        let begin = self.text.len();
        let anchor = line
            .get(..anchor)
            .map_or(0, |before| before.chars().count());
        let skip = if anchor + LEAD > ECHO_WIDTH && line.chars().count() > ECHO_WIDTH {
            anchor - LEAD
        } else {
            0
        };
        if skip > 0 {
            self.text.push(CUT);
        }
        let mut offsets = Vec::new();
        let mut width = 0;
        let mut chars = line.char_indices().skip(skip).peekable();
        while let Some(&(at, c)) = chars.peek() {
            if width >= ECHO_WIDTH {
                break;
            }
            offsets.push((self.text.len(), start + at));
            width += self.push_escaped(c);
            chars.next();
        }
        let shown_end = chars.peek().map_or(line.len(), |&(at, _)| at);
        offsets.push((self.text.len(), start + shown_end));
        if shown_end < line.len() {
            self.text.push(CUT);
        }
        let range = begin..self.text.len();
        self.text.push('\n');
        EchoLine {
            range,
            start,
            offsets,
        }
    }

    /// Appends `c` as it can be seen; returns how many characters that took.
    fn push_escaped(&mut self, c: char) -> usize {
        if let Some(picture) = control_picture(c) {
            self.text.push(picture);
            self.pictured.insert(c);
            1
        } else if is_invisible(c) {
            let escaped = format!("\\u{{{:x}}}", c as u32);
            self.text.push_str(&escaped);
            escaped.len()
        } else {
            self.text.push(c);
            1
        }
    }
}

impl EchoLine {
    /// The echo offset of real byte `offset`; text cut away maps to the
    /// nearest shown end.
    fn echo_offset(&self, offset: usize) -> usize {
        let at = self.offsets.partition_point(|&(_, real)| real <= offset);
        self.offsets[at.saturating_sub(1)].0
    }

    /// The real offset of echo byte `offset`.
    fn real_offset(&self, offset: usize) -> usize {
        let at = self.offsets.partition_point(|&(echo, _)| echo <= offset);
        self.offsets
            .get(at.saturating_sub(1))
            .map_or(self.start, |&(_, real)| real)
    }
}

/// The Unicode control picture for an ASCII control character (`␀` for
/// NUL): one visible character for one invisible one, so columns stay true.
fn control_picture(c: char) -> Option<char> {
    match c {
        '\t' => None,
        '\0'..='\u{1f}' => char::from_u32(0x2400 + c as u32),
        '\u{7f}' => Some('\u{2421}'),
        _ => None,
    }
}

/// Characters that show as nothing, or as a plain space, yet change what
/// the text means: C1 controls, zero-width and bidirectional marks, the
/// byte-order mark, and spaces other than U+0020.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{80}'..='\u{a0}'
        | '\u{ad}'
        | '\u{61c}'
        | '\u{180e}'
        | '\u{2000}'..='\u{200f}'
        | '\u{2028}'..='\u{202f}'
        | '\u{205f}'..='\u{206f}'
        | '\u{3000}'
        | '\u{feff}'
        | '\u{fff9}'..='\u{fffb}'
    )
}

fn line_index(sources: &SourceMap, file: usize, offset: usize) -> usize {
    sources.files().line_index(file, offset).unwrap_or(0)
}

impl<'a> Files<'a> for Echo<'_> {
    type FileId = usize;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, file: usize) -> Result<&'a str, Error> {
        Ok(self.sources.name(file as u32))
    }

    fn source(&'a self, file: usize) -> Result<&'a str, Error> {
        Ok(self.files.get(&file).map_or("", |echo| echo.text.as_str()))
    }

    fn line_index(&'a self, file: usize, offset: usize) -> Result<usize, Error> {
        let lines = self.files.get(&file).map(|echo| &echo.lines);
        Ok(lines
            .and_then(|lines| {
                lines
                    .iter()
                    .find(|(_, line)| offset <= line.range.end)
                    .or_else(|| lines.iter().next_back())
            })
            .map_or(0, |(&index, _)| index))
    }

    fn line_range(&'a self, file: usize, index: usize) -> Result<Range<usize>, Error> {
        let line = self
            .files
            .get(&file)
            .and_then(|echo| echo.lines.get(&index));
        // codespan asks for every line inside a multi-line label, also the
        // ones it does not show: those are empty here.
        Ok(line.map_or(0..0, |line| line.range.clone()))
    }

    /// The column in the real file, however the line was cut or escaped.
    fn column_number(&'a self, file: usize, index: usize, offset: usize) -> Result<usize, Error> {
        let Some(line) = self
            .files
            .get(&file)
            .and_then(|echo| echo.lines.get(&index))
        else {
            return Ok(1);
        };
        let text = self.sources.text(file as u32);
        let real = line.real_offset(offset);
        Ok(text
            .get(line.start..real)
            .map_or(0, |before| before.chars().count())
            + 1)
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;

    fn one_file(text: &str) -> SourceMap {
        let mut sources = SourceMap::default();
        sources.add("c.toml".into(), Cow::Owned(text.to_string()));
        sources
    }

    #[test]
    fn a_long_line_is_cut_around_the_mark_and_keeps_its_real_column() {
        let line = format!("x = {}1{}\n", "{a=".repeat(1000), "}".repeat(1000));
        let sources = one_file(&line);
        let mark = 2000;
        let echo = Echo::new(&sources, [Span::new(0, mark..mark + 1)]);
        let shown = echo.source(0).unwrap();
        assert!(
            shown.starts_with(CUT) && shown.trim_end().ends_with(CUT),
            "{shown}"
        );
        assert_eq!(shown.trim_end().chars().count(), ECHO_WIDTH + 2);
        let at = echo.map(0, mark);
        assert_eq!(&shown[at..at + 1], &line[mark..mark + 1]);
        assert_eq!(echo.location(0, at).unwrap().column_number, mark + 1);
    }

    #[test]
    fn invisible_characters_are_escaped() {
        let sources = one_file("name = \"a\0b\u{200b}c\"\r\n");
        let echo = Echo::new(&sources, [Span::new(0, 9..10)]);
        assert_eq!(echo.source(0).unwrap(), "name = \"a␀b\\u{200b}c\"\n");
        // `␀` takes three bytes where NUL took one; `\u{200b}` eight for three.
        assert_eq!(
            (echo.map(0, 9), echo.map(0, 10), echo.map(0, 14)),
            (9, 12, 21)
        );
        assert_eq!(echo.location(0, 21).unwrap().column_number, 13);
        assert_eq!(echo.pictured(), BTreeSet::from([('\0', '␀')]));
    }
}

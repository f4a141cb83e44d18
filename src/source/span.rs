//! Places in the sources: a byte range of one file.

/// Where something stands in the sources: a file of the [`super::SourceMap`]
/// and a byte range in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// Its file: the index `SourceMap::add` returned for it.
    pub file: u32,
    /// The first byte, counted from 0.
    pub start: u32,
    /// The byte after the last; equal to `start` for a place between
    /// two characters.
    pub end: u32,
}

impl Span {
    pub(crate) fn new(file: u32, range: std::ops::Range<usize>) -> Span {
        Span {
            file,
            start: range.start as u32,
            end: range.end as u32,
        }
    }
}

/// A value together with the place it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Located<T> {
    pub value: T,
    pub span: Span,
}

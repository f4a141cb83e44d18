//! The bottom layer: where things were written. Spans, located values and
//! the source map hold no domain knowledge, so every other layer (model,
//! load, diagnostics, check) may use them, and they use none of them.

mod map;
mod span;

pub use map::{Position, SourceMap};
pub use span::{Located, Span};

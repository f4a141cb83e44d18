//! Tiny random curricula for the property tests (`planner_oracle`,
//! `calendar`): four skills `s0`…`s3` with three levels, modules `m0`…,
//! written as TOML and loaded as a user's curriculum is.

use std::borrow::Cow;

use leerroute::{Curriculum, SourceMap, from_sources};

/// How many skills a tiny curriculum has.
pub const SKILLS: usize = 4;

/// A skill-level as indices: skill `s{skill}` at `level` (1..=3).
pub type Level = (usize, u8);

/// `["s0@2", "s3@1"]`.
pub fn list(levels: &[Level]) -> String {
    let items: Vec<String> = levels
        .iter()
        .map(|(s, l)| format!("\"s{s}@{l}\""))
        .collect();
    format!("[{}]", items.join(", "))
}

/// The `[curriculum]` table and the skills; modules follow.
pub fn header(id: &str) -> String {
    let mut text =
        format!("[curriculum]\nid = \"{id}\"\nname = \"{id}\"\nlevels = [\"a\", \"b\", \"c\"]\n");
    for skill in 0..SKILLS {
        text += &format!("\n[[skill]]\nid = \"s{skill}\"\nname = \"S{skill}\"\n");
    }
    text
}

/// The curriculum `text`, or `None` when the random one is not a valid
/// curriculum (a hard cycle, a duplicate): planning refuses those, so they
/// are no case.
pub fn load(file: &str, text: String) -> Option<Curriculum> {
    let mut sources = SourceMap::default();
    sources.add(file.into(), Cow::Owned(text));
    let curriculum = from_sources(sources, Vec::new()).ok()?;
    leerroute::structural(&leerroute::Context::new(&curriculum))
        .is_empty()
        .then_some(curriculum)
}

//! The Smart Industry curriculum, compiled into the binary by `build.rs`.

/// How diagnostics and reports name the embedded curriculum.
pub const EMBEDDED_NAME: &str = "smart-industry";

/// `(file name, text)` for every `curricula/smart-industry/*.toml`, sorted.
pub(super) const FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

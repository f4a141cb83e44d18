//! Embeds every file of the shipped curriculum and of the words catalogue
//! (`locales/<lang>/*.ftl`), so the binary works from anywhere with no files
//! and no file can be forgotten in a hand-kept list.

use std::fmt::Write;
use std::path::Path;

fn main() {
    embed_curriculum();
    embed_catalogue();
}

/// The files of `dir` whose names end in `extension`, sorted; each one, and
/// the folder, rebuilds the crate when it changes.
fn files_in(dir: &Path, extension: &str) -> Vec<String> {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|entry| entry.file_name().to_string_lossy().into_owned())
                .filter(|name| name.ends_with(extension))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    for name in &names {
        println!("cargo:rerun-if-changed={}", dir.join(name).display());
    }
    names
}

fn write_out(file: &str, code: &str) {
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join(file);
    std::fs::write(out, code).expect("OUT_DIR is writable");
}

fn embed_catalogue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut code = String::from("&[\n");
    for lang in ["en", "nl"] {
        let dir = root.join(lang);
        for name in files_in(&dir, ".ftl") {
            let _ = writeln!(
                code,
                "    ({lang:?}, {name:?}, include_str!({:?})),",
                dir.join(&name).display().to_string()
            );
        }
    }
    code.push_str("]\n");
    write_out("catalogue.rs", &code);
}

fn embed_curriculum() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("curricula/smart-industry");
    let mut code = String::from("&[\n");
    for name in files_in(&dir, ".toml") {
        let _ = writeln!(
            code,
            "    ({name:?}, include_str!({:?})),",
            dir.join(&name).display().to_string()
        );
    }
    code.push_str("]\n");
    write_out("embedded.rs", &code);
}

//! `batch`'s documents beside its stream: a development plan per worker in
//! a directory (`--html-dir`), and an Excel workbook of all plans
//! (`--xlsx`).

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::input::Refusal;
use super::output::Output;
use super::staged::StagedFile;
use crate::graph::ModuleGraph;
use crate::model::{Curriculum, Date, Passport};
use crate::plan::options::Options;
use crate::plan::route::Plan;
use crate::render::html::{Sheet, html};
use crate::render::xlsx::Book;
use crate::words::{Words, phrase};

/// Names Windows keeps for devices, in any case and with any extension.
const RESERVED: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// A worker id as a file name that is safe on every system: letters,
/// digits, `.`, `_` and `-` kept, anything else `_`; no leading dot, no
/// device name, at most 100 characters; `row-<line>` for an empty id.
pub fn safe_name(id: &str, line: u64) -> String {
    let mut name: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '_'
            }
        })
        .take(100)
        .collect();
    name = name.trim_start_matches('.').to_string();
    if name.is_empty() || name.chars().all(|c| c == '_') {
        return format!("row-{line}");
    }
    let stem = name
        .split('.')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if RESERVED.contains(&stem.as_str()) {
        name.insert(0, '_');
    }
    name
}

/// The HTML plans of a batch, one file per worker.
pub struct HtmlDir {
    dir: PathBuf,
    /// Names given so far, in lower case (for file systems that ignore case).
    taken: Mutex<HashSet<String>>,
}

impl HtmlDir {
    /// Makes the directory if it is not there. `Err` is why it cannot be used.
    pub fn open(dir: &Path) -> Result<HtmlDir, Refusal> {
        let shown = dir.display().to_string();
        if dir.exists() && !dir.is_dir() {
            return Err(Refusal {
                message: phrase!("commands-html-dir-not-directory", dir = shown),
                help: phrase!("commands-html-dir-not-directory-help"),
            });
        }
        std::fs::create_dir_all(dir).map_err(|error| Refusal {
            message: phrase!(
                "commands-html-dir-cannot-make",
                dir = shown.as_str(),
                problem = error.to_string()
            ),
            help: phrase!("commands-html-dir-cannot-make-help"),
        })?;
        Ok(HtmlDir {
            dir: dir.to_path_buf(),
            taken: Mutex::new(HashSet::new()),
        })
    }

    /// The file for a row's worker: `<id>.html`, or `<id>-<line>.html` when
    /// an earlier row took that name. Called in input order.
    pub fn name_for(&self, id: &str, line: u64) -> PathBuf {
        let mut taken = self.taken.lock().unwrap_or_else(|e| e.into_inner());
        let mut name = safe_name(id, line);
        if !taken.insert(name.to_ascii_lowercase()) {
            name = format!("{name}-{line}");
            taken.insert(name.to_ascii_lowercase());
        }
        self.dir.join(format!("{name}.html"))
    }
}

/// What a row's development plan is made of, besides the plan.
pub struct Documents<'a> {
    pub words: &'a Words,
    pub curriculum: &'a Curriculum,
    pub graph: ModuleGraph,
    pub today: Date,
}

impl Documents<'_> {
    /// Writes a plan's page to `path`, atomically.
    pub fn write(
        &self,
        path: &Path,
        plan: &Plan,
        passport: &Passport,
        options: &Options,
    ) -> anyhow::Result<()> {
        let target_name = self
            .curriculum
            .find_profile(&plan.target)
            .map_or(plan.target.as_str(), |p| {
                self.curriculum.profiles[p.index()].name.as_str()
            });
        let page = html(
            self.words,
            &Sheet {
                curriculum: self.curriculum,
                graph: &self.graph,
                plan,
                passport,
                options,
                target_name,
                today: self.today,
            },
        );
        let existing = std::fs::symlink_metadata(path).ok();
        let cannot = |error: std::io::Error| {
            let problem = phrase!(
                "commands-html-cannot-write",
                path = path.display().to_string(),
                problem = error.to_string()
            );
            anyhow::anyhow!(problem.say(self.words))
        };
        let mut file = StagedFile::create(path, existing.as_ref()).map_err(cannot)?;
        file.file().write_all(page.as_bytes()).map_err(cannot)?;
        file.commit().map_err(cannot)
    }
}

/// The workbook of `--xlsx`, and where it goes.
pub struct Workbook {
    pub book: Book,
    pub output: Output,
}

impl Workbook {
    pub fn finish(self) -> anyhow::Result<()> {
        let mut output = self.output;
        output.write_all(&self.book.finish()?)?;
        output.finish()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_safe_everywhere() {
        assert_eq!(safe_name("anna", 2), "anna");
        assert_eq!(safe_name("../../etc/passwd", 3), "_.._etc_passwd");
        assert_eq!(safe_name("a b\\c:d", 4), "a_b_c_d");
        assert_eq!(safe_name("CON", 5), "_CON");
        assert_eq!(safe_name("lpt1.txt", 6), "_lpt1.txt");
        assert_eq!(safe_name("", 7), "row-7");
        assert_eq!(safe_name("...", 8), "row-8");
        assert_eq!(safe_name("été", 9), "_t_");
        assert_eq!(safe_name(&"x".repeat(300), 10).len(), 100);
    }
}

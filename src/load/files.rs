//! Finding and reading the files of a curriculum on disk.
//!
//! The rule (documented in the README under "File formats"): below a
//! curriculum directory, every file whose name ends in `.toml`, in any case,
//! is read, in path order. Files and folders whose name starts with `.` are
//! skipped: editor lock and swap files (Emacs's `.#c.toml`), `.git` and other
//! tool folders. Symbolic links are followed, but every real file and folder
//! is visited once (by device and inode, so hard links too), so a link loop
//! ends and a linked file is not read twice.
//! Only regular files are opened (a pipe would block, `/dev/zero` never
//! ends), and none may be larger than [`MAX_FILE_BYTES`].

use std::borrow::Cow;
use std::collections::{HashSet, VecDeque};
use std::fs::{FileType, Metadata};
use std::io::Read;
use std::path::{Path, PathBuf};

use super::encoding::{Decoded, decode};
use crate::diagnostic::{Code, Diagnostic, check_command, closest};
use crate::source::SourceMap;
use crate::source::Span;
use crate::words::{Phrase, phrase};

/// The largest file leerroute reads: far above any real curriculum file
/// (the shipped catalogue is 0.2 MiB in 17 files), far below what would
/// strain memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

fn save_as_utf8() -> Phrase {
    phrase!("load-save-as-utf8")
}

/// Reads `path` (a `.toml` file, or a directory with `.toml` files at any
/// depth, in path order) into `sources`.
pub(super) fn read_tree(path: &Path, sources: &mut SourceMap, diagnostics: &mut Vec<Diagnostic>) {
    match std::fs::metadata(path) {
        Ok(metadata) if metadata.is_dir() => {
            let files = Walk::new(diagnostics).run(path);
            if files.is_empty() && diagnostics.is_empty() {
                diagnostics.push(
                    Diagnostic::new(
                        Code::Io,
                        phrase!("load-no-toml-files", path = path.display().to_string()),
                    )
                    .help(phrase!("load-no-toml-files-help")),
                );
            }
            for file in files {
                read_file(&file, sources, diagnostics);
            }
        }
        Ok(_) if !is_toml_name(path) => diagnostics.push(Unreadable::NotToml.diagnostic(path)),
        // A missing path is reported by `read_file`, with the other reasons.
        _ => {
            read_file(path, sources, diagnostics);
        }
    }
}

/// A walk of a curriculum directory. The real tree is walked first; the
/// links met on the way are followed after it, and only to files and folders
/// not seen yet. So a file keeps its own name when a link also leads to it,
/// and a link back into the tree (`up -> ..`) ends the walk there.
struct Walk<'a> {
    files: Vec<PathBuf>,
    /// The folders and files found so far.
    seen: HashSet<Identity>,
    /// Links still to follow, in the order they were met.
    links: VecDeque<PathBuf>,
    diagnostics: &'a mut Vec<Diagnostic>,
}

impl<'a> Walk<'a> {
    fn new(diagnostics: &'a mut Vec<Diagnostic>) -> Walk<'a> {
        Walk {
            files: Vec::new(),
            seen: HashSet::new(),
            links: VecDeque::new(),
            diagnostics,
        }
    }

    /// The curriculum files below `root`, in path order.
    fn run(mut self, root: &Path) -> Vec<PathBuf> {
        self.first_visit(root);
        self.directory(root);
        while let Some(link) = self.links.pop_front() {
            self.follow(&link);
        }
        self.files.sort();
        self.files
    }

    /// Visits the entries of `dir`, sorted by name so that links are
    /// followed in a stable order.
    fn directory(&mut self, dir: &Path) {
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(error) => {
                self.diagnostics.push(Unreadable::Io(error).diagnostic(dir));
                return;
            }
        };
        let mut paths: Vec<PathBuf> = entries.flatten().map(|entry| entry.path()).collect();
        paths.sort();
        for path in paths.into_iter().filter(|path| !is_hidden(path)) {
            match std::fs::symlink_metadata(&path) {
                Ok(metadata) if metadata.file_type().is_symlink() => self.links.push_back(path),
                _ => self.follow(&path),
            }
        }
    }

    /// Takes in what `path` is, or leads to when it is a link.
    fn follow(&mut self, path: &Path) {
        match std::fs::metadata(path) {
            Ok(metadata) if metadata.is_dir() => {
                if self.first_visit(path) {
                    self.directory(path);
                }
            }
            Ok(_) if is_toml_name(path) => {
                if self.first_visit(path) {
                    self.files.push(path.to_path_buf());
                }
            }
            Err(error) if is_toml_name(path) => {
                self.diagnostics
                    .push(Unreadable::from_io(path, error).diagnostic(path));
            }
            // Not a curriculum file, such as a README or a dangling link
            // without a `.toml` name.
            Ok(_) | Err(_) => {}
        }
    }

    /// True the first time the real file or folder behind `path` is met.
    fn first_visit(&mut self, path: &Path) -> bool {
        match identity(path) {
            Some(real) => self.seen.insert(real),
            None => true,
        }
    }
}

/// What makes a file or folder the same one, however it is reached: its
/// device and inode on Unix, so that hard links to one file (which have
/// different canonical paths) are one file too.
#[cfg(unix)]
type Identity = (u64, u64);

#[cfg(unix)]
fn identity(path: &Path) -> Option<Identity> {
    use std::os::unix::fs::MetadataExt;
    let metadata = std::fs::metadata(path).ok()?;
    Some((metadata.dev(), metadata.ino()))
}

#[cfg(not(unix))]
type Identity = PathBuf;

#[cfg(not(unix))]
fn identity(path: &Path) -> Option<Identity> {
    std::fs::canonicalize(path).ok()
}

/// Editor lock and swap files, `.git` and other tool folders.
fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|name| name.as_encoded_bytes().starts_with(b"."))
}

/// `c.toml`, and also `C.TOML` as saved by some tools on case-insensitive disks.
fn is_toml_name(path: &Path) -> bool {
    path.extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("toml"))
}

/// How many folders above a lone file are searched for the curriculum it
/// belongs to (`modules/automation.toml` sits two below `curriculum.toml`).
const ENCLOSING_LEVELS: usize = 3;

/// When `file`, checked on its own, lacks the `[curriculum]` table that a
/// folder above it has, says so instead of the references it cannot resolve
/// alone.
pub(super) fn explain_part(file: &Path, curriculum: &Path, diagnostics: &mut Vec<Diagnostic>) {
    let lacks_table = |d: &Diagnostic| d.code == Code::CurriculumTable && d.span.is_none();
    if !diagnostics.iter().any(lacks_table) {
        return;
    }
    diagnostics.retain(|d| !lacks_table(d) && d.code != Code::UnknownReference);
    let curriculum = curriculum.display().to_string();
    diagnostics.push(
        Diagnostic::new(
            Code::CurriculumTable,
            phrase!(
                "load-part-of",
                file = file.display().to_string(),
                curriculum = curriculum.as_str()
            ),
        )
        .help(phrase!(
            "load-check-whole",
            command = check_command(&curriculum)
        )),
    );
}

/// The curriculum directory that `file` is one part of: the nearest folder
/// above it with another file that starts a `[curriculum]` table, or, when
/// `file` starts it, its own folder if other curriculum files lie beside or
/// below it. `None` for a one-file curriculum and for anything not a file.
pub(crate) fn curriculum_of_part(file: &Path) -> Option<PathBuf> {
    if !std::fs::metadata(file).is_ok_and(|metadata| metadata.is_file()) {
        return None;
    }
    let folders = file.ancestors().skip(1).take(ENCLOSING_LEVELS).map(|dir| {
        // The parent of a bare `c.toml` is the empty path: the current folder.
        if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        }
    });
    if starts_curriculum(file) {
        let folder = folders.take(1).next()?;
        let mut ignored = Vec::new();
        let others: Vec<PathBuf> = Walk::new(&mut ignored)
            .run(folder)
            .into_iter()
            .filter(|other| identity(other) != identity(file))
            .collect();
        let part = !others.is_empty() && !others.iter().any(|other| starts_curriculum(other));
        return part.then(|| folder.to_path_buf());
    }
    folders
        .into_iter()
        .find(|dir| has_curriculum_table(dir))
        .map(Path::to_path_buf)
}

fn has_curriculum_table(dir: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| is_toml_name(path) && !is_hidden(path))
        .any(|path| starts_curriculum(&path))
}

/// Whether a curriculum file has a line that starts the `[curriculum]` table.
fn starts_curriculum(path: &Path) -> bool {
    read_regular_file(path).is_ok_and(|bytes| {
        String::from_utf8_lossy(&bytes)
            .lines()
            .any(|line| line.trim_start().starts_with("[curriculum]"))
    })
}

/// The existing file in the folder of `path` whose name is closest to
/// `path`'s (for a path that does not exist: `cnc-operator.tml` →
/// `cnc-operator.toml`), written as `path` is (in the same folder).
pub fn nearest_file(path: &Path) -> Option<PathBuf> {
    let wanted = path.file_name()?.to_str()?;
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
    let names: Vec<String> = std::fs::read_dir(folder.unwrap_or(Path::new(".")))
        .ok()?
        .flatten()
        .filter(|entry| entry.path().is_file())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| !name.starts_with('.'))
        .collect();
    let near = closest(wanted, names.iter().map(String::as_str))?;
    Some(folder.map_or_else(|| PathBuf::from(near), |folder| folder.join(near)))
}

/// Reads one regular file as UTF-8 into `sources`; returns its file index.
pub(super) fn read_file(
    path: &Path,
    sources: &mut SourceMap,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<u32> {
    let bytes = match read_regular_file(path) {
        Ok(bytes) => bytes,
        Err(unreadable) => {
            diagnostics.push(unreadable.diagnostic(path));
            return None;
        }
    };
    let name = path.display().to_string();
    match decode(bytes) {
        Decoded::Utf8(text) => Some(sources.add(name, Cow::Owned(text))),
        Decoded::Wide { encoding, text } => {
            // The decoded text is kept only to show the first line.
            let file = sources.add(name.clone(), Cow::Owned(text));
            let (encoding, order) = (encoding.name(), encoding.order());
            diagnostics.push(
                Diagnostic::new(
                    Code::NotUtf8,
                    phrase!(
                        "load-wide-encoding",
                        name = name.as_str(),
                        encoding = encoding.as_str(),
                        order = order
                    ),
                )
                .at(
                    Span::new(file, 0..0),
                    phrase!("load-wide-encoding-label", encoding = encoding),
                )
                .help(save_as_utf8()),
            );
            None
        }
        Decoded::Invalid { text, bad } => {
            // Keep the text up to the bad byte's line so the diagnostic can
            // show where it is.
            let file = sources.add(name.clone(), Cow::Owned(text));
            diagnostics.push(
                Diagnostic::new(Code::NotUtf8, phrase!("load-not-utf8", name = name))
                    .at(Span::new(file, bad), phrase!("load-not-utf8-label"))
                    .help(save_as_utf8()),
            );
            None
        }
    }
}

/// The bytes of `path` if it is a regular file of at most [`MAX_FILE_BYTES`].
/// Its type is checked before it is opened: opening a pipe blocks.
fn read_regular_file(path: &Path) -> Result<Vec<u8>, Unreadable> {
    let metadata = std::fs::metadata(path).map_err(|error| Unreadable::from_io(path, error))?;
    if !metadata.is_file() {
        return Err(Unreadable::NotRegular(kind_of(&metadata)));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(Unreadable::AboveBound);
    }
    let file = std::fs::File::open(path).map_err(Unreadable::Io)?;
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    // The cap holds even for a file that grows while it is read, or one that
    // reports no size (such as those under /proc).
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(Unreadable::Io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Unreadable::AboveBound);
    }
    Ok(bytes)
}

/// What a path that is not a regular file is, in words.
fn kind_of(metadata: &Metadata) -> Phrase {
    let kind = metadata.file_type();
    if kind.is_dir() {
        phrase!("file-directory")
    } else {
        special_kind(&kind)
    }
}

#[cfg(unix)]
fn special_kind(kind: &FileType) -> Phrase {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        phrase!("file-fifo")
    } else if kind.is_socket() {
        phrase!("file-socket")
    } else if kind.is_char_device() {
        phrase!("file-char-device")
    } else if kind.is_block_device() {
        phrase!("file-block-device")
    } else {
        phrase!("file-special")
    }
}

#[cfg(not(unix))]
fn special_kind(_: &FileType) -> Phrase {
    phrase!("file-special")
}

/// Why a path cannot be read as a curriculum or passport file. Every
/// message about reading files is made here.
enum Unreadable {
    Io(std::io::Error),
    /// A symbolic link to `target`, which does not exist.
    DanglingLink(PathBuf),
    /// A pipe, a device, a directory where a file belongs: its kind in words.
    NotRegular(Phrase),
    AboveBound,
    /// A file given as the curriculum whose name does not end in `.toml`.
    NotToml,
}

impl Unreadable {
    fn from_io(path: &Path, error: std::io::Error) -> Unreadable {
        let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
        match std::fs::read_link(path) {
            Ok(target) if is_link && error.kind() == std::io::ErrorKind::NotFound => {
                Unreadable::DanglingLink(target)
            }
            _ => Unreadable::Io(error),
        }
    }

    fn diagnostic(self, path: &Path) -> Diagnostic {
        let path = path.display().to_string();
        let (message, help) = match self {
            Unreadable::Io(error) => (
                phrase!("load-cannot-read", path = path, error = error.to_string()),
                io_help(&error),
            ),
            Unreadable::DanglingLink(target) => (
                phrase!(
                    "load-dangling-link",
                    path = path,
                    target = target.display().to_string()
                ),
                phrase!("load-dangling-link-help"),
            ),
            Unreadable::NotRegular(kind) => (
                phrase!("load-not-regular", path = path, kind = kind),
                phrase!("load-not-regular-help"),
            ),
            Unreadable::AboveBound => (
                phrase!("load-too-large", path = path, mib = MAX_FILE_BYTES >> 20),
                phrase!("load-too-large-help"),
            ),
            Unreadable::NotToml => (
                phrase!("load-not-toml", path = path),
                phrase!("load-not-toml-help"),
            ),
        };
        Diagnostic::new(Code::Io, message).help(help)
    }
}

fn io_help(error: &std::io::Error) -> Phrase {
    match error.kind() {
        std::io::ErrorKind::NotFound => phrase!("load-io-not-found-help"),
        std::io::ErrorKind::PermissionDenied => phrase!("load-io-permission-help"),
        _ => phrase!("load-io-help"),
    }
}

//! A file written beside the regular file it will replace, and renamed over
//! it only when complete, so an interrupted or failing run never leaves half
//! a file.
//!
//! On Linux the new file has no name while it is written (O_TMPFILE), so not
//! even SIGKILL leaves anything behind; it gets a name only for the rename at
//! the end. Where that is not possible it is a named
//! `.leerroute-XXXXXX.partial` file, removed on failure, on drop and on
//! Ctrl-C or SIGTERM (see [`super::cleanup`]).

use std::fs::{File, Metadata, Permissions};
use std::io;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use super::cleanup::{RemoveOnSignal, remove_on_signal};

/// What a new output file may be, before the umask: what `>` in a shell gives.
const NEW_FILE_MODE: u32 = 0o666;

pub struct StagedFile {
    file: File,
    name: Name,
    target: PathBuf,
}

enum Name {
    /// O_TMPFILE: only linked into the directory when committed.
    None,
    /// Removed when dropped (and on a stopping signal while registered).
    Temporary(tempfile::TempPath, RemoveOnSignal),
}

impl StagedFile {
    /// Starts the file that will replace `target`. The `existing` target's
    /// mode (and, where allowed, owner) is kept; a new file gets the umask's.
    pub fn create(target: &Path, existing: Option<&Metadata>) -> io::Result<StagedFile> {
        let directory = directory_of(target);
        let (file, name) = match unnamed_in(directory) {
            Ok(file) => (file, Name::None),
            Err(_) => named_in(directory).map_err(without_temporary_name)?,
        };
        if let Some(existing) = existing {
            keep_attributes(&file, existing)?;
        }
        Ok(StagedFile {
            file,
            name,
            target: target.to_path_buf(),
        })
    }

    pub fn file(&mut self) -> &mut File {
        &mut self.file
    }

    /// Puts the complete file in the target's place.
    pub fn commit(self) -> io::Result<()> {
        self.put_in_place().map_err(without_temporary_name)
    }

    fn put_in_place(self) -> io::Result<()> {
        self.file.sync_all()?;
        match self.name {
            Name::None => {
                let mut registration = None;
                let linked = partial_name().make_in(directory_of(&self.target), |path| {
                    registration = Some(remove_on_signal(path));
                    link_unnamed(&self.file, path)
                })?;
                linked.persist(&self.target).map_err(|e| e.error)?;
                drop(registration);
            }
            Name::Temporary(path, registration) => {
                path.persist(&self.target).map_err(|e| e.error)?;
                drop(registration);
            }
        }
        Ok(())
    }
}

/// The error as the system gave it, without the temporary file's name that
/// tempfile adds ("… at path "/dir/.leerroute-x.partial""): messages name
/// the `--out` path, which is the one the user knows.
fn without_temporary_name(error: io::Error) -> io::Error {
    // tempfile keeps the system's error only as text (its source is not
    // exposed), so the name is cut off the text.
    let text = error.to_string();
    match text.split_once(" at path \"") {
        Some((system, _)) => io::Error::new(error.kind(), system),
        None => error,
    }
}

/// The directory of `path`: a rename is only atomic within one file system.
fn directory_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

fn partial_name() -> tempfile::Builder<'static, 'static> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".leerroute-").suffix(".partial");
    builder
}

#[cfg(target_os = "linux")]
fn unnamed_in(directory: &Path) -> io::Result<File> {
    use rustix::fs::{Mode, OFlags};
    let descriptor = rustix::fs::open(
        directory,
        OFlags::TMPFILE | OFlags::WRONLY | OFlags::CLOEXEC,
        Mode::from_raw_mode(NEW_FILE_MODE),
    )?;
    Ok(File::from(descriptor))
}

#[cfg(not(target_os = "linux"))]
fn unnamed_in(_directory: &Path) -> io::Result<File> {
    Err(io::ErrorKind::Unsupported.into())
}

/// Gives the unnamed file the name `path`; an existing `path` is an
/// `AlreadyExists` error, so that a fresh name is tried.
#[cfg(target_os = "linux")]
fn link_unnamed(file: &File, path: &Path) -> io::Result<()> {
    use rustix::fs::{AtFlags, CWD, linkat};
    use std::os::fd::AsRawFd;
    // Through /proc works for everyone; AT_EMPTY_PATH needs a capability
    // but no /proc.
    let by_proc = format!("/proc/self/fd/{}", file.as_raw_fd());
    match linkat(CWD, by_proc.as_str(), CWD, path, AtFlags::SYMLINK_FOLLOW) {
        Err(rustix::io::Errno::NOENT) => Ok(linkat(file, "", CWD, path, AtFlags::EMPTY_PATH)?),
        result => Ok(result?),
    }
}

#[cfg(not(target_os = "linux"))]
fn link_unnamed(_file: &File, _path: &Path) -> io::Result<()> {
    Err(io::ErrorKind::Unsupported.into())
}

fn named_in(directory: &Path) -> io::Result<(File, Name)> {
    let temporary = partial_name()
        .permissions(Permissions::from_mode(NEW_FILE_MODE))
        .tempfile_in(directory)?;
    let registration = remove_on_signal(temporary.path());
    let (file, path) = temporary.into_parts();
    Ok((file, Name::Temporary(path, registration)))
}

fn keep_attributes(file: &File, existing: &Metadata) -> io::Result<()> {
    // Only root may give a file away; anyone else keeps their own file.
    let _ = rustix::fs::fchown(
        file,
        Some(rustix::fs::Uid::from_raw(existing.uid())),
        Some(rustix::fs::Gid::from_raw(existing.gid())),
    );
    file.set_permissions(Permissions::from_mode(existing.mode() & 0o7777))
}

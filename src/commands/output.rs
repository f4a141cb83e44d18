//! Where a command's main output goes: standard output, or `--out PATH`.
//!
//! A regular file (new, or existing behind any symlinks) is replaced
//! atomically (see [`super::staged`]), keeping its mode. One of the
//! process's descriptors (`/dev/stdout`, `/dev/fd/N`, a shell's `>(…)`) is
//! written through that descriptor. Anything else that can be written (a
//! FIFO, a device such as `/dev/null`) is written straight, as a shell
//! redirection would: it is never replaced. A directory is refused when the output is opened, before
//! any work is done.

use std::fs::{File, Metadata, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::os::fd::{BorrowedFd, RawFd};
use std::path::{Path, PathBuf};

use super::input::Refusal;
use super::staged::StagedFile;
use crate::words::{Phrase, phrase};

/// Symlinks followed before giving up, as the kernel does (ELOOP).
const MAX_SYMLINKS: usize = 40;

pub struct Output {
    sink: Sink,
    /// For messages: "standard output" or the `--out` path.
    name: String,
}

enum Sink {
    Stdout(BufWriter<io::Stdout>),
    /// Not a regular file: written in place.
    Straight(BufWriter<File>),
    Staged(BufWriter<StagedFile>),
}

/// What `--out` names, once symlinks are followed.
enum Destination {
    /// One of the process's open descriptors (`/dev/stdout`, `/dev/fd/N`,
    /// `/proc/self/fd/N`): written through the descriptor itself, so that
    /// the output lands where the shell's redirection has got to. Opening
    /// the path again would start a second, separate file position.
    Descriptor(RawFd),
    Straight,
    RegularFile {
        path: PathBuf,
        existing: Option<Metadata>,
    },
}

impl Output {
    /// The output `--out path` names (standard output without it); `Err`
    /// says why it cannot be used, before any work is done.
    pub fn open(path: Option<&Path>) -> Result<Output, Refusal> {
        let Some(path) = path else {
            return Ok(Output {
                sink: Sink::Stdout(BufWriter::with_capacity(1 << 16, io::stdout())),
                name: "standard output".to_string(),
            });
        };
        let cannot = |error: io::Error| cannot_write(path, Phrase::plain(error.to_string()));
        let sink = match destination(path)? {
            Destination::Descriptor(1) => {
                Sink::Stdout(BufWriter::with_capacity(1 << 16, io::stdout()))
            }
            Destination::Descriptor(descriptor) => Sink::Straight(BufWriter::with_capacity(
                1 << 16,
                duplicate(descriptor).map_err(cannot)?,
            )),
            // Appending: a file behind `/dev/stdout` that the shell opened
            // with `>>` must not be overwritten from its start.
            Destination::Straight => Sink::Straight(BufWriter::with_capacity(
                1 << 16,
                OpenOptions::new().append(true).open(path).map_err(cannot)?,
            )),
            Destination::RegularFile { path, existing } => Sink::Staged(BufWriter::with_capacity(
                1 << 16,
                StagedFile::create(&path, existing.as_ref()).map_err(cannot)?,
            )),
        };
        Ok(Output {
            sink,
            name: format!("`{}`", path.display()),
        })
    }

    /// Whether what is written goes out at once (standard output, a FIFO, a
    /// device), rather than into a file put in place only at the end.
    pub fn is_stream(&self) -> bool {
        !matches!(self.sink, Sink::Staged(_))
    }

    /// Flushes and, for a replaced file, puts it in place. Without this call
    /// a replaced file is left as it was.
    pub fn finish(self) -> io::Result<()> {
        let finished = match self.sink {
            Sink::Stdout(mut writer) => writer.flush(),
            Sink::Straight(mut writer) => writer.flush(),
            Sink::Staged(writer) => writer
                .into_inner()
                .map_err(|e| e.into_error())
                .and_then(StagedFile::commit),
        };
        finished.map_err(|error| naming(&self.name, error))
    }
}

/// The error, with the output it happened on (its kind kept, so that a
/// closed pipe is still told from a real failure).
fn naming(name: &str, error: io::Error) -> io::Error {
    io::Error::new(error.kind(), format!("cannot write to {name}: {error}"))
}

/// `--out path` cannot be written, because of `problem`.
fn cannot_write(path: &Path, problem: Phrase) -> Refusal {
    let path = path.display().to_string();
    let message = phrase!("commands-out-cannot-write", path = path, problem = problem);
    Refusal::new(message, phrase!("commands-out-writable-help"))
}

fn destination(path: &Path) -> Result<Destination, Refusal> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_SYMLINKS {
        if let Some(descriptor) = descriptor_named(&current) {
            return open_descriptor(path, descriptor);
        }
        let link = match std::fs::symlink_metadata(&current) {
            Ok(metadata) if metadata.is_symlink() => std::fs::read_link(&current),
            Ok(metadata) if metadata.is_dir() => {
                return Err(Refusal {
                    message: phrase!("commands-out-directory", path = path.display().to_string()),
                    help: phrase!(
                        "commands-out-directory-help",
                        file = path.join("plans.jsonl").display().to_string()
                    ),
                });
            }
            Ok(metadata) if metadata.is_file() && !in_proc(&current) => {
                return Ok(Destination::RegularFile {
                    path: current,
                    existing: Some(metadata),
                });
            }
            Ok(_) => return Ok(Destination::Straight),
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                return Ok(Destination::RegularFile {
                    path: current,
                    existing: None,
                });
            }
            Err(error) => return Err(unreachable(path, &current, &error)),
        };
        let link = link.map_err(|error| broken_link(&current, Phrase::plain(error.to_string())))?;
        if in_proc(&current) {
            return Ok(Destination::Straight);
        }
        current = match current.parent() {
            Some(parent) => parent.join(link),
            None => link,
        };
    }
    Err(broken_link(
        path,
        phrase!(
            "commands-out-too-many-links",
            count = MAX_SYMLINKS.to_string()
        ),
    ))
}

/// The descriptor that `path` names, if it names one of this process's
/// descriptors: `/dev/stdout` (1), `/dev/stderr` (2), `/dev/fd/N`,
/// `/proc/self/fd/N` or `/proc/<this pid>/fd/N`.
fn descriptor_named(path: &Path) -> Option<RawFd> {
    let text = path.to_str()?;
    let number = match text {
        "/dev/stdout" => "1",
        "/dev/stderr" => "2",
        _ => {
            let own = format!("/proc/{}/fd/", std::process::id());
            ["/dev/fd/", "/proc/self/fd/", own.as_str()]
                .iter()
                .find_map(|prefix| text.strip_prefix(prefix))?
        }
    };
    number.parse().ok()
}

/// The descriptor `--out path` names, if it is open.
fn open_descriptor(path: &Path, descriptor: RawFd) -> Result<Destination, Refusal> {
    // The path of a closed descriptor is missing.
    if std::fs::metadata(format!("/proc/self/fd/{descriptor}")).is_ok() {
        return Ok(Destination::Descriptor(descriptor));
    }
    let descriptor = descriptor.to_string();
    Err(Refusal {
        help: phrase!(
            "commands-out-descriptor-help",
            descriptor = descriptor.as_str()
        ),
        ..cannot_write(
            path,
            phrase!(
                "commands-out-descriptor-closed",
                descriptor = descriptor.as_str()
            ),
        )
    })
}

/// A descriptor of our own for the open `descriptor`, sharing its file
/// position.
fn duplicate(descriptor: RawFd) -> io::Result<File> {
    // SAFETY: `open_descriptor` found the descriptor open, and this process
    // never closes a descriptor it inherited, so it stays valid while it
    // is borrowed for the duplicate.
    let borrowed = unsafe { BorrowedFd::borrow_raw(descriptor) };
    Ok(File::from(borrowed.try_clone_to_owned()?))
}

/// Why `current` (reached from `--out path`) cannot be looked at: a path
/// that goes on below a file (`real.jsonl/x`) names the file.
fn unreachable(path: &Path, current: &Path, error: &io::Error) -> Refusal {
    let below_file = current.ancestors().skip(1).find(|dir| dir.is_file());
    let problem = match below_file {
        Some(file) => phrase!(
            "commands-out-file-not-directory",
            file = file.display().to_string()
        ),
        None => Phrase::plain(error.to_string()),
    };
    cannot_write(path, problem)
}

fn broken_link(path: &Path, problem: Phrase) -> Refusal {
    let path = path.display().to_string();
    let message = phrase!("commands-out-cannot-follow", path = path, problem = problem);
    Refusal::new(message, phrase!("commands-out-cannot-follow-help"))
}

/// Whether `path` is in `/proc`: one of the process's open descriptors
/// (`/proc/self/fd/N`, where `/dev/stdout` and `/dev/fd/N` lead), which
/// stands for what the descriptor is open on, or a kernel setting. Either
/// must be written, never replaced by a new file.
fn in_proc(path: &Path) -> bool {
    path.parent()
        .and_then(|parent| std::fs::canonicalize(parent).ok())
        .is_some_and(|parent| parent.starts_with("/proc"))
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let written = match &mut self.sink {
            Sink::Stdout(writer) => writer.write(buf),
            Sink::Straight(writer) => writer.write(buf),
            Sink::Staged(writer) => writer.write(buf),
        };
        written.map_err(|error| naming(&self.name, error))
    }

    fn flush(&mut self) -> io::Result<()> {
        let flushed = match &mut self.sink {
            Sink::Stdout(writer) => writer.flush(),
            Sink::Straight(writer) => writer.flush(),
            Sink::Staged(writer) => writer.flush(),
        };
        flushed.map_err(|error| naming(&self.name, error))
    }
}

impl Write for StagedFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file().write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file().flush()
    }
}

//! Where a command's main output goes: standard output, or a file written
//! atomically (a temporary file beside it, renamed into place at the end), so
//! an interrupted or failing run never leaves half a file behind.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;

pub enum Output {
    Stdout(BufWriter<std::io::Stdout>),
    File {
        temporary: BufWriter<tempfile::NamedTempFile>,
        path: PathBuf,
    },
}

impl Output {
    pub fn open(path: Option<&Path>) -> anyhow::Result<Output> {
        let Some(path) = path else {
            return Ok(Output::Stdout(BufWriter::with_capacity(
                1 << 16,
                std::io::stdout(),
            )));
        };
        // The temporary file must live in the same directory: a rename across
        // file systems is not atomic.
        let directory = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        let temporary = tempfile::Builder::new()
            .prefix(".leerroute-")
            .suffix(".partial")
            .tempfile_in(directory)
            .with_context(|| format!("cannot write to `{}`", directory.display()))?;
        Ok(Output::File {
            temporary: BufWriter::with_capacity(1 << 16, temporary),
            path: path.to_path_buf(),
        })
    }

    /// Flushes and, for a file, renames it into place. Without this call a
    /// file output is deleted (the temporary file is removed when dropped).
    pub fn finish(self) -> anyhow::Result<()> {
        match self {
            Output::Stdout(mut writer) => Ok(writer.flush()?),
            Output::File { temporary, path } => {
                let temporary = temporary.into_inner().map_err(|e| e.into_error())?;
                temporary.as_file().sync_all()?;
                temporary
                    .persist(&path)
                    .map_err(|e| e.error)
                    .with_context(|| format!("cannot write `{}`", path.display()))?;
                Ok(())
            }
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Output::Stdout(writer) => writer.write(buf),
            Output::File { temporary, .. } => temporary.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Output::Stdout(writer) => writer.flush(),
            Output::File { temporary, .. } => temporary.flush(),
        }
    }
}

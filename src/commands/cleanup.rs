//! Removing named temporary files when the process is told to stop.
//!
//! A `.leerroute-XXXXXX.partial` file is registered here while it exists;
//! on Ctrl-C (SIGINT), SIGTERM or SIGHUP a watcher thread removes every
//! registered file and then lets the signal end the process as it would have
//! (so the parent still sees "killed by SIGTERM"). SIGKILL cannot be caught:
//! that is why [`super::staged`] prefers files that have no name at all.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, Once, PoisonError};

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

static REGISTERED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
static WATCHER: Once = Once::new();

/// Keeps `path` registered for removal on a stopping signal until dropped.
pub struct RemoveOnSignal {
    path: PathBuf,
}

pub fn remove_on_signal(path: &Path) -> RemoveOnSignal {
    WATCHER.call_once(start_watcher);
    registered().push(path.to_path_buf());
    RemoveOnSignal {
        path: path.to_path_buf(),
    }
}

impl Drop for RemoveOnSignal {
    fn drop(&mut self) {
        let mut paths = registered();
        if let Some(index) = paths.iter().position(|p| *p == self.path) {
            paths.swap_remove(index);
        }
    }
}

/// The registry, even after a panic elsewhere: cleaning up must still work.
fn registered() -> MutexGuard<'static, Vec<PathBuf>> {
    REGISTERED.lock().unwrap_or_else(PoisonError::into_inner)
}

fn start_watcher() {
    // Without the watcher the signals keep their default action; the named
    // file may then be left behind, which is no reason to refuse the run.
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            for path in registered().iter() {
                let _ = std::fs::remove_file(path);
            }
            let _ = signal_hook::low_level::emulate_default_handler(signal);
            // Only reached for a signal whose default is not to terminate.
            std::process::exit(128 + signal);
        }
    });
}

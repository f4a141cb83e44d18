//! The one way the integration tests run the real `leerroute` binary: a
//! builder, after `just`'s test harness. Say what to run and what to expect,
//! then [`Test::run`]:
//!
//! ```text
//! Test::new()
//!     .args(["plan", "--worker", "examples/workers/anna.toml"])
//!     .stdout_contains("rob-intro")
//!     .run();
//! ```
//!
//! A run expects exit code 0 unless [`Test::code`] says otherwise, and never
//! a panic; stdout and stderr are checked only as far as asked. [`Test::run`]
//! returns the output for further asserts (`.run().json()`), and
//! [`Test::output`] runs without expectations, for helpers that decide from
//! the output what to expect.
//!
//! Every run is hermetic: the repository root is the current directory (so
//! relative fixture paths, and the file names in messages and snapshots, are
//! stable), `--color never` comes first, and nothing from the environment of
//! whoever runs the tests (`LEERROUTE_CURRICULUM`, `NO_COLOR`, a user config
//! file) changes what the binary does.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::Value;

/// A directory without a `leerroute/config.toml`.
const NO_CONFIG: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/plan");

/// What one run of the binary produced.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    /// The command line, for failure messages.
    pub command: String,
}

impl Run {
    /// The stdout as a JSON document (`--format json`).
    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|error| {
            panic!(
                "`{}`: invalid JSON ({error}):\n{}\nstderr:\n{}",
                self.command, self.stdout, self.stderr
            )
        })
    }
}

/// One run of `leerroute`: what to run, and what it must give.
#[must_use = "a test does nothing until `run` or `output`"]
pub struct Test {
    args: Vec<OsString>,
    env: Vec<(OsString, OsString)>,
    stdin: Option<Vec<u8>>,
    current_dir: Option<PathBuf>,
    timeout: Option<Duration>,
    /// Where `.tree` and `.curriculum` wrote; removed after the run.
    dirs: Vec<tempfile::TempDir>,
    code: i32,
    stdout: Option<String>,
    stdout_contains: Vec<String>,
    stderr: Option<String>,
    stderr_contains: Vec<String>,
}

impl Test {
    /// `leerroute --color never`, from the repository root, with the
    /// embedded curriculum, an empty standard input, expecting exit code 0.
    pub fn new() -> Test {
        Test {
            args: vec!["--color".into(), "never".into()],
            env: Vec::new(),
            stdin: None,
            current_dir: None,
            timeout: None,
            dirs: Vec::new(),
            code: 0,
            stdout: None,
            stdout_contains: Vec::new(),
            stderr: None,
            stderr_contains: Vec::new(),
        }
    }

    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Test {
        self.args.push(arg.as_ref().to_owned());
        self
    }

    pub fn args(mut self, args: impl IntoIterator<Item = impl AsRef<OsStr>>) -> Test {
        self.args
            .extend(args.into_iter().map(|arg| arg.as_ref().to_owned()));
        self
    }

    /// Sets an environment variable, over the hermetic defaults.
    pub fn env(mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Test {
        self.env
            .push((key.as_ref().to_owned(), value.as_ref().to_owned()));
        self
    }

    pub fn stdin(mut self, input: impl AsRef<[u8]>) -> Test {
        self.stdin = Some(input.as_ref().to_vec());
        self
    }

    /// Runs in `dir` instead of the repository root.
    pub fn current_dir(mut self, dir: impl AsRef<Path>) -> Test {
        self.current_dir = Some(dir.as_ref().to_owned());
        self
    }

    /// Fails the test if the run takes longer than `limit`: for inputs that
    /// once made leerroute hang.
    pub fn timeout(mut self, limit: Duration) -> Test {
        self.timeout = Some(limit);
        self
    }

    /// Writes `files` (relative path, content) into a fresh temporary
    /// directory and runs there, as `just`'s `.tree(…)` does.
    pub fn tree<P: AsRef<Path>, C: AsRef<[u8]>>(
        mut self,
        files: impl IntoIterator<Item = (P, C)>,
    ) -> Test {
        let dir = write_tree(files);
        self.current_dir = Some(dir.path().to_owned());
        self.dirs.push(dir);
        self
    }

    /// Writes `files` (relative path, content) into a fresh temporary
    /// directory and runs with `--curriculum` pointing at it.
    pub fn curriculum<P: AsRef<Path>, C: AsRef<[u8]>>(
        self,
        files: impl IntoIterator<Item = (P, C)>,
    ) -> Test {
        let dir = write_tree(files);
        let mut test = self.arg("--curriculum").arg(dir.path());
        test.dirs.push(dir);
        test
    }

    /// The exit code the run must end with (0 unless set).
    pub fn code(mut self, code: i32) -> Test {
        self.code = code;
        self
    }

    /// The whole stdout the run must print.
    pub fn stdout(mut self, text: impl Into<String>) -> Test {
        self.stdout = Some(text.into());
        self
    }

    /// Text the stdout must hold (as often as called).
    pub fn stdout_contains(mut self, needle: impl Into<String>) -> Test {
        self.stdout_contains.push(needle.into());
        self
    }

    /// The whole stderr the run must print.
    pub fn stderr(mut self, text: impl Into<String>) -> Test {
        self.stderr = Some(text.into());
        self
    }

    /// Text the stderr must hold (as often as called).
    pub fn stderr_contains(mut self, needle: impl Into<String>) -> Test {
        self.stderr_contains.push(needle.into());
        self
    }

    /// Every needle in stderr, as [`Test::stderr_contains`] for each.
    pub fn stderr_contains_all(self, needles: &[&str]) -> Test {
        needles
            .iter()
            .fold(self, |test, needle| test.stderr_contains(*needle))
    }

    /// The command that [`Test::run`] would run, for tests that drive the
    /// process themselves (its standard streams, signals). Only the
    /// arguments, the environment and the directory apply.
    pub fn command(&self) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_leerroute"));
        hermetic(&mut command).args(&self.args);
        for (key, value) in &self.env {
            command.env(key, value);
        }
        if let Some(dir) = &self.current_dir {
            command.current_dir(dir);
        }
        command
    }

    /// Runs, fails the test unless every expectation holds, and returns
    /// what the run printed.
    #[track_caller]
    pub fn run(self) -> Run {
        let run = self.execute();
        if run.code != self.code {
            let what = format!("exit code {}, expected {}", run.code, self.code);
            self.fail(&what, &run);
        }
        for (stream, text, whole, needles) in [
            ("stdout", &run.stdout, &self.stdout, &self.stdout_contains),
            ("stderr", &run.stderr, &self.stderr, &self.stderr_contains),
        ] {
            if let Some(whole) = whole
                && text != whole
            {
                self.fail(&format!("{stream} is not:\n{whole}"), &run);
            }
            for needle in needles {
                if !text.contains(needle.as_str()) {
                    self.fail(&format!("no `{needle}` in {stream}"), &run);
                }
            }
        }
        run
    }

    /// Runs without checking anything but that the binary exited without a
    /// panic: for helpers that decide from the output what to expect.
    #[track_caller]
    pub fn output(self) -> Run {
        self.execute()
    }

    #[track_caller]
    fn execute(&self) -> Run {
        let mut command = assert_cmd::Command::from_std(self.command());
        if let Some(input) = &self.stdin {
            command.write_stdin(input.clone());
        }
        if let Some(limit) = self.timeout {
            command.timeout(limit);
        }
        let output = command.output().expect("leerroute runs");
        let run = Run {
            code: output.status.code().unwrap_or_else(|| {
                panic!("{}: killed ({})", self.shown(), output.status);
            }),
            stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
            command: self.shown(),
        };
        if run.stderr.contains("panicked") {
            self.fail("a panic", &run);
        }
        run
    }

    /// The command line, as a person would type it.
    fn shown(&self) -> String {
        let args: Vec<_> = self.args.iter().map(|arg| arg.to_string_lossy()).collect();
        format!("leerroute {}", args.join(" "))
    }

    #[track_caller]
    fn fail(&self, what: &str, run: &Run) -> ! {
        panic!(
            "`{}`: {what}\n--- exit code {}\n--- stdout\n{}\n--- stderr\n{}",
            run.command, run.code, run.stdout, run.stderr
        )
    }
}

/// A fresh temporary directory holding `files`.
fn write_tree<P: AsRef<Path>, C: AsRef<[u8]>>(
    files: impl IntoIterator<Item = (P, C)>,
) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    for (path, content) in files {
        let path = dir.path().join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("a directory in the tree");
        }
        std::fs::write(&path, content).expect("a file in the tree");
    }
    dir
}

/// Sets up `command` (leerroute, or a shell that runs it) to run from the
/// repository root, untouched by the environment of whoever runs the tests.
pub fn hermetic(command: &mut Command) -> &mut Command {
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LEERROUTE_CURRICULUM")
        .env_remove("NO_COLOR")
        // English and unbounded unless a test says otherwise: neither the
        // tester's locale nor their terminal may change the output.
        .env_remove("LEERROUTE_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("COLUMNS")
        // No user config file may point at another curriculum.
        .env("XDG_CONFIG_HOME", NO_CONFIG)
        .env("HOME", NO_CONFIG)
}

/// Fails, showing the whole text, unless `text` contains `needle`.
#[track_caller]
pub fn assert_contains(text: &str, needle: &str) {
    assert!(text.contains(needle), "expected `{needle}` in:\n{text}");
}

//! Running the real `leerroute` binary in the end-to-end tests (`check`,
//! `plan`, `batch`, …), so that they all run it the same hermetic way.
//!
//! Every run uses the repository root as current directory, so relative
//! paths and the file names in messages and snapshots are stable; it passes
//! `--color never`, and nothing from the environment of the person running
//! the tests (`LEERROUTE_CURRICULUM`, `NO_COLOR`, a user config file) can
//! change what the binary does.

use serde_json::Value;

/// A directory without a `leerroute/config.toml`.
const NO_CONFIG: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/plan");

/// What one run of the binary produced.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// The stdout as a JSON document (`--format json`).
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|error| {
            panic!(
                "invalid JSON ({error}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }
}

/// `leerroute --color never <args…>`, to be run from the repository root
/// with the embedded curriculum unless `args` say otherwise; for tests that
/// drive the process themselves (its standard streams, signals).
pub fn leerroute_command(args: &[&str]) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_leerroute"));
    hermetic(&mut command)
        .arg("--color")
        .arg("never")
        .args(args);
    command
}

/// Sets up `command` (leerroute, or a shell that runs it) to run from the
/// repository root, untouched by the environment of whoever runs the tests.
pub fn hermetic(command: &mut std::process::Command) -> &mut std::process::Command {
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LEERROUTE_CURRICULUM")
        .env_remove("NO_COLOR")
        // No user config file may point at another curriculum.
        .env("XDG_CONFIG_HOME", NO_CONFIG)
        .env("HOME", NO_CONFIG)
}

fn finish(mut command: assert_cmd::Command) -> Run {
    let output = command.output().expect("leerroute runs");
    Run {
        code: output.status.code().expect("leerroute exits, not killed"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

/// Runs `leerroute --color never <args…>` from the repository root, with the
/// embedded curriculum unless `args` say otherwise, and with `stdin` as
/// standard input (empty when `None`).
pub fn leerroute_with_stdin(args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut command = assert_cmd::Command::from_std(leerroute_command(args));
    if let Some(input) = stdin {
        command.write_stdin(input);
    }
    finish(command)
}

/// Like [`leerroute`], but killed (and the test failed) after `limit`: for
/// inputs that once made leerroute hang.
pub fn leerroute_within(limit: std::time::Duration, args: &[&str]) -> Run {
    let mut command = assert_cmd::Command::from_std(leerroute_command(args));
    command.timeout(limit);
    finish(command)
}

/// Runs `leerroute --color never <args…>` from the repository root, with an
/// empty standard input.
pub fn leerroute(args: &[&str]) -> Run {
    leerroute_with_stdin(args, None)
}

/// Fails, showing the whole text, unless `text` contains `needle`.
#[track_caller]
pub fn assert_contains(text: &str, needle: &str) {
    assert!(text.contains(needle), "expected `{needle}` in:\n{text}");
}

//! `leerroute stats` as a user runs it: the release binary, wall clock,
//! loading included.
//!
//! - `stats/ucsd`: the metrics of the real UC San Diego catalogue (7,375
//!   modules; `LEERROUTE_UCSD`, else `../shared/realdata/ucsd/curriculum`
//!   next to the crate; skipped with a note when it is not there). Goal:
//!   under 1 s.
//!
//! Run: `cargo bench --bench stats`. Cargo builds the binary with the bench
//! profile and passes its path as `CARGO_BIN_EXE_leerroute`.

// Each bench uses a part of the generator the integration tests share.
#[allow(dead_code)]
#[path = "../tests/integration/support/generator.rs"]
mod generator;

use std::ffi::OsStr;
use std::process::{Command, Stdio};
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};

const BIN: &str = env!("CARGO_BIN_EXE_leerroute");

/// One run of `leerroute <args>`, its output thrown away; it must succeed.
fn leerroute(args: &[&OsStr]) {
    let status = Command::new(BIN)
        .args(args)
        .stdout(Stdio::null())
        .status()
        .expect("leerroute runs");
    assert!(status.success(), "leerroute {args:?}: {status}");
}

fn ucsd(c: &mut Criterion) {
    let Some(path) = generator::ucsd_catalogue() else {
        return;
    };
    let mut group = c.benchmark_group("stats");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    for format in ["table", "json"] {
        let args = [
            OsStr::new("stats"),
            path.as_os_str(),
            OsStr::new("--format"),
            OsStr::new(format),
        ];
        group.bench_function(format!("ucsd/{format}"), |b| b.iter(|| leerroute(&args)));
    }
    group.finish();
}

criterion_group!(benches, ucsd);
criterion_main!(benches);

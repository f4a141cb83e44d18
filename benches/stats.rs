//! `leerroute stats` as a user runs it: the release binary, wall clock,
//! loading included.
//!
//! - `stats/ucsd`: the metrics of the real UC San Diego catalogue (7,375
//!   modules; `LEERROUTE_UCSD`, else `../shared/realdata/ucsd/curriculum`
//!   next to the crate; skipped with a note when it is not there). Goal:
//!   under 1 s.
//! - `stats/workers-10000`: `stats --workers` for 10,000 generated workers
//!   on the shipped curriculum, with the default 20 what-ifs (every worker
//!   planned, then the users of each of the 20 busiest modules planned
//!   again without it). Goal: under 10 s. The workers start from the 56
//!   rows of `examples/workers.csv`, each with some of those skills
//!   forgotten, one more skill of the curriculum at a random level, and a
//!   random target profile.
//!
//! Run: `cargo bench --bench stats`. Cargo builds the binary with the bench
//! profile and passes its path as `CARGO_BIN_EXE_leerroute`.

// Each bench uses a part of the generator the integration tests share.
#[allow(dead_code)]
#[path = "../tests/integration/support/generator.rs"]
mod generator;

use std::ffi::OsStr;
use std::fmt::Write as _;
use std::process::{Command, Stdio};
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use generator::Rng;
use leerroute::{Origin, load_curriculum};

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

/// `rows` workers as a CSV text, varied from the example workforce.
fn workers_csv(rows: usize) -> String {
    let curriculum = load_curriculum(&Origin::Embedded).expect("the shipped curriculum");
    let examples =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/workers.csv"))
            .expect("examples/workers.csv");
    let backgrounds: Vec<Vec<&str>> = examples
        .lines()
        .skip(1)
        .map(|line| line.split(',').collect())
        .collect();
    let mut rng = Rng::new(14);
    let mut csv = String::from("id,name,skills,completed,target,hours_per_week,budget\n");
    for row in 0..rows {
        let background = &backgrounds[rng.below(backgrounds.len())];
        let mut skills: Vec<String> = background[2]
            .split(';')
            .filter(|_| !rng.chance(30))
            .map(str::to_string)
            .collect();
        let extra = &curriculum.skills[rng.below(curriculum.skills.len())];
        if !skills
            .iter()
            .any(|s| s.split('@').next() == Some(extra.id.as_str()))
        {
            skills.push(format!(
                "{}@{}",
                extra.id,
                rng.between(1, usize::from(extra.max_level))
            ));
        }
        let target = &curriculum.profiles[rng.below(curriculum.profiles.len())].id;
        let _ = writeln!(
            csv,
            "w{row},Worker {row},{},{},{target},{},",
            skills.join(";"),
            background[3],
            background[5]
        );
    }
    csv
}

fn workers(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("workers.csv");
    std::fs::write(&path, workers_csv(10_000)).expect("the workers file");
    let args = [
        OsStr::new("stats"),
        OsStr::new("--workers"),
        path.as_os_str(),
        OsStr::new("--format"),
        OsStr::new("json"),
    ];
    let mut group = c.benchmark_group("stats");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(30));
    group.bench_function("workers-10000", |b| b.iter(|| leerroute(&args)));
    group.finish();
}

criterion_group!(benches, ucsd, workers);
criterion_main!(benches);

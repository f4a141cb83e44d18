//! `leerroute check` at scale: load (`from_sources`) + lint for generated
//! curricula of 1,000, 5,000 and 20,000 modules, for 100,000 modules that all
//! grant one skill, and for the real UC San Diego catalogue (7,375 modules)
//! when it is present.
//!
//! Run: `cargo bench --bench check`. The catalogue is read from
//! `LEERROUTE_UCSD`, else `../shared/realdata/ucsd/curriculum` next to the
//! crate; without it those benchmarks are skipped with a note (under
//! `CI=true`, a missing catalogue is an error).
//! Goal: 20,000 modules loaded and checked in under 1 s, and so are
//! 100,000 modules that all grant the same skill (`check/same-skill`).

// Each bench uses a part of the generator the integration tests share.
#[allow(dead_code)]
#[path = "../tests/integration/support/generator.rs"]
mod generator;

use std::borrow::Cow;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{
    BenchmarkGroup, BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group,
    criterion_main,
};
use leerroute::Severity;
use leerroute::SourceMap;
use leerroute::{Context, lint};
use leerroute::{Origin, from_sources, load_curriculum};

const SEED: u64 = 2026;
const SIZES: [usize; 3] = [1_000, 5_000, 20_000];

/// Files held in memory for the whole run, so the timed loop never copies text.
type Files = Vec<(String, &'static str)>;

/// What one load + check found: (modules, errors, warnings).
fn load_and_check(files: &Files) -> (usize, usize, usize) {
    let mut sources = SourceMap::default();
    for (name, text) in files {
        sources.add(name.clone(), Cow::Borrowed(text));
    }
    let curriculum = match from_sources(sources, Vec::new()) {
        Ok(curriculum) => curriculum,
        Err(error) => panic!(
            "the curriculum does not load: {} problems, first: {:?}",
            error.diagnostics.len(),
            error.diagnostics.first()
        ),
    };
    let diagnostics = lint(&Context::new(&curriculum));
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    (curriculum.modules.len(), errors, diagnostics.len() - errors)
}

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// Every `*.toml` below `dir`, sorted by path, as the loader reads a directory.
fn toml_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            toml_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            found.push(path);
        }
    }
}

fn read_files(path: &Path) -> Files {
    let mut paths = Vec::new();
    if path.is_dir() {
        toml_files(path, &mut paths);
    } else {
        paths.push(path.to_path_buf());
    }
    paths.sort();
    paths
        .into_iter()
        .map(|file| {
            let text = std::fs::read_to_string(&file)
                .unwrap_or_else(|error| panic!("cannot read {}: {error}", file.display()));
            (file.display().to_string(), leak(text))
        })
        .collect()
}

fn generated(c: &mut Criterion) {
    let mut group = c.benchmark_group("check/generated");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1));
    for modules in SIZES {
        // Ten samples of one run each fit for 20,000 modules even on a busy machine.
        group.measurement_time(Duration::from_secs(if modules >= 20_000 { 9 } else { 4 }));
        let files: Files = vec![(
            format!("generated-{modules}.toml"),
            leak(generator::curriculum_text(modules, SEED)),
        )];
        let (loaded, errors, warnings) = load_and_check(&files);
        eprintln!(
            "note: generated {loaded} modules ({} bytes): {errors} errors, {warnings} warnings",
            files[0].1.len()
        );
        group.throughput(Throughput::Elements(modules as u64));
        group.bench_with_input(BenchmarkId::from_parameter(modules), &files, |b, files| {
            b.iter(|| black_box(load_and_check(black_box(files))))
        });
    }
    group.finish();
}

/// A group of ten samples of one run each, for runs of about a second.
fn slow_group<'c>(
    c: &'c mut Criterion,
    name: &str,
    measurement: Duration,
    modules: usize,
) -> BenchmarkGroup<'c, WallTime> {
    let mut group = c.benchmark_group(name);
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(measurement)
        .throughput(Throughput::Elements(modules as u64));
    group
}

/// 100,000 modules that all grant one skill, none dominating another: the
/// `dominated-module` lint once compared all their pairs (100 s).
/// Goal: under 1 s.
fn same_skill(c: &mut Criterion) {
    const MODULES: usize = 100_000;
    let files: Files = vec![(
        format!("same-skill-{MODULES}.toml"),
        leak(generator::same_skill_text(MODULES)),
    )];
    let (loaded, errors, warnings) = load_and_check(&files);
    eprintln!("note: same-skill: {loaded} modules: {errors} errors, {warnings} warnings");
    let mut group = slow_group(c, "check/same-skill", Duration::from_secs(9), MODULES);
    group.bench_with_input(BenchmarkId::from_parameter(MODULES), &files, |b, files| {
        b.iter(|| black_box(load_and_check(black_box(files))))
    });
    group.finish();
}

fn ucsd(c: &mut Criterion) {
    let Some(path) = generator::ucsd_catalogue() else {
        return;
    };
    let files = read_files(&path);
    let (modules, errors, warnings) = load_and_check(&files);
    eprintln!("note: UCSD catalogue: {modules} modules: {errors} errors, {warnings} warnings");
    let mut group = slow_group(c, "check/ucsd", Duration::from_secs(3), modules);
    // The same work as the generated benchmarks: text already in memory.
    group.bench_function("in-memory", |b| {
        b.iter(|| black_box(load_and_check(black_box(&files))))
    });
    // What `leerroute check PATH` does: read the directory, load, lint.
    let origin = Origin::Path(path);
    group.bench_function("from-disk", |b| {
        b.iter(|| {
            let curriculum = load_curriculum(black_box(&origin)).expect("the catalogue loads");
            black_box(lint(&Context::new(&curriculum)).len())
        })
    });
    group.finish();
}

criterion_group!(benches, generated, same_skill, ucsd);
criterion_main!(benches);

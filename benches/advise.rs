//! `leerroute advise` on the shipped curriculum: the time `advise(...)`
//! takes to rank all 12 profiles for one worker, a proven-optimal route to
//! each (issue 11: under 20 ms for one worker on this machine), for every
//! example worker in `examples/workers/`.
//!
//! Run: `cargo bench --bench advise`. Before the criterion runs, each worker
//! is ranked `REPEATS` times and a line is printed with the median time,
//! how many routes were proven optimal and the closest profile. Criterion
//! then times each worker's ranking. The passport and the curriculum are
//! loaded before timing; each ranking includes working out every profile's
//! scope, as `leerroute advise` does. Benches report; they assert nothing.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use leerroute::{Curriculum, Options, Passport, ProfileId, Status};
use leerroute::{Origin, advise, load_curriculum, load_passport};

const REPEATS: usize = 21;

/// The options the CLI would use for this passport: its budget and hours
/// per week, everything else default.
fn options_for(passport: &Passport) -> Options {
    let mut options = Options {
        budget: passport.budget,
        ..Options::default()
    };
    if let Some(hours) = passport.hours_per_week {
        options.hours_per_week = hours;
    }
    options
}

fn workers(curriculum: &Curriculum) -> Vec<(Passport, Options)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/workers");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("examples/workers")
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let passport = load_passport(path, curriculum)
                .unwrap_or_else(|_| panic!("{} does not load", path.display()));
            let options = options_for(&passport);
            (passport, options)
        })
        .collect()
}

fn advise_benches(c: &mut Criterion) {
    let curriculum = load_curriculum(&Origin::Embedded).expect("the shipped curriculum");
    let profiles: Vec<ProfileId> = (0..curriculum.profiles.len() as u32)
        .map(ProfileId)
        .collect();
    let workers = workers(&curriculum);
    for (passport, options) in &workers {
        let mut times: Vec<Duration> = (0..REPEATS)
            .map(|_| {
                let started = Instant::now();
                black_box(advise(&curriculum, passport, &profiles, options));
                started.elapsed()
            })
            .collect();
        times.sort();
        let advice = advise(&curriculum, passport, &profiles, options);
        let routes = advice
            .fits
            .iter()
            .filter(|fit| fit.plan.status == Status::Planned)
            .count();
        let proven = advice
            .fits
            .iter()
            .filter(|fit| fit.plan.status == Status::Planned && fit.plan.optimal)
            .count();
        let closest = advice.fits.first().map_or("-", |fit| {
            curriculum.profiles[fit.profile.0 as usize].id.as_str()
        });
        println!(
            "advise/shipped/{}: {} profiles, median {:.2} ms (min {:.2}, max {:.2}); {proven} of {routes} routes proven optimal; closest {closest}",
            passport.id,
            profiles.len(),
            times[REPEATS / 2].as_secs_f64() * 1e3,
            times[0].as_secs_f64() * 1e3,
            times[REPEATS - 1].as_secs_f64() * 1e3,
        );
    }
    let mut group = c.benchmark_group("advise/shipped");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2));
    for (passport, options) in &workers {
        group.bench_function(BenchmarkId::from_parameter(&passport.id), |b| {
            b.iter(|| black_box(advise(&curriculum, black_box(passport), &profiles, options)))
        });
    }
    group.finish();
}

criterion_group!(benches, advise_benches);
criterion_main!(benches);

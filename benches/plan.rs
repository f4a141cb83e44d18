//! `leerroute plan` at scale: the time `plan(...)` takes to a proven-optimal
//! route (issue 3, "Performance") on
//! - the shipped curriculum: every example worker toward its own target;
//! - the conformance sets `small` and `medium`: every case, both objectives;
//! - the real UC San Diego catalogue (7,375 courses), when present: students
//!   holding random lower-division courses ask "what is the fastest way to be
//!   allowed into course X?" for a few dozen targets of 1–4 courses;
//! - generated curricula of 1,000, 3,000 and 10,000 modules with generated
//!   workers and profiles.
//!
//! Run: `cargo bench --bench plan`. The catalogue is read from
//! `LEERROUTE_UCSD`, else `../shared/realdata/ucsd/curriculum` next to the
//! crate; without it that set is skipped with a note (under `CI=true`, a
//! missing catalogue is an error).
//!
//! Every input is built before timing; only `plan(...)` is timed. Before the
//! criterion runs, each set is planned case by case and a line is printed with
//! the statuses, whether every plan was `optimal: true`, and the median, 90th
//! percentile and maximum over cases of each case's median time: the goal's
//! "median time to a proven optimal plan". Criterion then times the set as a
//! whole, one case per iteration in turn (its figure is the mean over cases).
//! For the 3,000-module set, 200 (worker, profile) pairs are planned once
//! each with the default options (time limit 2 s) and the fraction proven
//! optimal is printed (goal: at least 99%). Benches report; they assert
//! nothing.
//!
//! Goals (issue 3, 2 cores): median ≤ 1 ms on the shipped curriculum, ≤ 5 ms
//! on conformance/medium, ≤ 20 ms at 1,000 generated modules and on the
//! real catalogue.

// Each bench uses a part of the generator the integration tests share.
#[allow(dead_code)]
#[path = "../tests/integration/support/generator.rs"]
mod generator;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};
use generator::Rng;
use leerroute::Availability;
use leerroute::Objective;
use leerroute::Options;
use leerroute::SourceMap;
use leerroute::Status;
use leerroute::{Curriculum, ModuleId, Passport, SkillLevel};
use leerroute::{Origin, from_sources, load_curriculum, parse_passport};
use leerroute::{Target, plan};

const SEED: u64 = 2026;
/// Repetitions per case for the printed per-case medians.
const REPEATS: usize = 3;

/// One planning question: everything `plan(...)` takes but the curriculum.
struct Case {
    passport: Passport,
    target: Target,
    options: Options,
}

/// A curriculum with its cases.
struct Set {
    name: String,
    curriculum: Curriculum,
    cases: Vec<Case>,
}

fn load(origin: &Origin) -> Curriculum {
    load_curriculum(origin).unwrap_or_else(|error| {
        panic!(
            "{} does not load: {:?}",
            origin.describe(),
            error.diagnostics.first()
        )
    })
}

fn load_text(name: &str, text: String) -> Curriculum {
    let mut sources = SourceMap::default();
    sources.add(name.to_string(), Cow::Owned(text));
    from_sources(sources, Vec::new())
        .unwrap_or_else(|error| panic!("{name} does not load: {:?}", error.diagnostics.first()))
}

fn passport(curriculum: &Curriculum, name: &str, text: String) -> Passport {
    let mut sources = SourceMap::default();
    let file = sources.add(name.to_string(), Cow::Owned(text));
    let mut diagnostics = Vec::new();
    match parse_passport(&sources, file, curriculum, &mut diagnostics) {
        Some(passport) if diagnostics.iter().all(|d| !d.is_error()) => passport,
        _ => panic!("{name} does not parse: {:?}", diagnostics.first()),
    }
}

fn profile(curriculum: &Curriculum, id: &str) -> Target {
    let index = curriculum
        .find_profile(id)
        .unwrap_or_else(|| panic!("no profile `{id}`"));
    Target::from_profile(curriculum, index)
}

/// The options the CLI would use for this passport (its budget and hours per
/// week; everything else default).
fn options_for(passport: &Passport, objective: Objective) -> Options {
    let mut options = Options {
        objective,
        budget: passport.budget,
        ..Options::default()
    };
    if let Some(hours) = passport.hours_per_week {
        options.hours_per_week = hours;
    }
    options
}

impl Case {
    /// The passport file `name` with text `text`, toward profile `target`
    /// (else the passport's own target), with the CLI's options for it.
    fn new(
        curriculum: &Curriculum,
        name: &str,
        text: String,
        target: Option<&str>,
        objective: Objective,
    ) -> Case {
        let passport = passport(curriculum, name, text);
        let target = target.or(passport.target.as_deref()).expect("a target");
        Case {
            target: profile(curriculum, target),
            options: options_for(&passport, objective),
            passport,
        }
    }
}

/// (a) The shipped curriculum: each example worker toward its own target.
fn shipped() -> Set {
    let curriculum = load(&Origin::Embedded);
    let paths = generator::example_worker_paths();
    let cases = paths
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).expect("a readable passport");
            let name = path.display().to_string();
            Case::new(&curriculum, &name, text, None, Objective::Hours)
        })
        .collect();
    Set {
        name: "shipped".into(),
        curriculum,
        cases,
    }
}

/// (b) A conformance set: every case of `cases.json`, both objectives.
fn conformance(name: &str) -> Set {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/conformance")
        .join(name);
    let curriculum = load(&Origin::Path(dir.join("curriculum")));
    let listed: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("cases.json")).expect("cases.json"))
            .expect("cases.json is JSON");
    let mut cases = Vec::new();
    for objective in [Objective::Hours, Objective::Cost] {
        for case in listed.as_array().expect("a list of cases") {
            let worker = dir.join(case["worker"].as_str().expect("worker"));
            let text = std::fs::read_to_string(&worker).expect("a readable passport");
            let name = worker.display().to_string();
            let target = case["target"].as_str().expect("target");
            cases.push(Case::new(&curriculum, &name, text, Some(target), objective));
        }
    }
    Set {
        name: format!("conformance-{name}"),
        curriculum,
        cases,
    }
}

/// (d) A generated curriculum of `modules` modules with `count` generated
/// workers, each toward a profile drawn at random.
fn generated(modules: usize, count: usize) -> Set {
    let curriculum = load_text(
        &format!("generated-{modules}.toml"),
        generator::curriculum_text(modules, SEED),
    );
    let profiles = generator::profile_ids(modules);
    let mut rng = Rng::new(SEED ^ modules as u64);
    let cases = generator::worker_texts(modules, SEED, count)
        .into_iter()
        .enumerate()
        .map(|(index, text)| {
            let target = &profiles[rng.below(profiles.len())];
            let name = format!("w{index:04}.toml");
            Case::new(&curriculum, &name, text, Some(target), Objective::Hours)
        })
        .collect();
    Set {
        name: format!("generated-{modules}"),
        curriculum,
        cases,
    }
}

/// The course number of a UCSD id such as `math-20a` (20) or `cse-100` (100).
fn course_number(id: &str) -> Option<u32> {
    let (_, number) = id.rsplit_once('-')?;
    let digits: String = number.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// What being allowed into course `module` takes, as a `--target-skills`
/// list. A target is a conjunction of skill-levels, while a course's
/// `requires_any` groups are disjunctions, so this is the plain `requires`
/// plus, of each `requires_any` group, the first alternative that can be
/// obtained at all (the first listed is often a retired course). This asks a
/// little more than "allowed into X" (the planner may not pick the cheaper
/// alternative), but it is a fixed, explainable target with the same search
/// behind it; the course itself is not part of the target.
fn entry_requirements(
    curriculum: &Curriculum,
    available: &Availability,
    module: ModuleId,
) -> Vec<SkillLevel> {
    let module = curriculum.module(module);
    let mut levels: Vec<SkillLevel> = module.requires.iter().map(|r| r.value).collect();
    for group in &module.requires_any {
        if let Some(first) = group.iter().map(|r| r.value).find(|&l| available.has(l)) {
            levels.push(first);
        }
    }
    levels
}

/// (c) The real UCSD catalogue: 36 targets of 1–4 courses, each the entry
/// requirements of courses that can be taken at all (and have requirements),
/// for students who completed 3–12 random lower-division courses (number
/// below 100). `None` when the catalogue is absent.
fn ucsd() -> Option<Set> {
    let path = generator::ucsd_catalogue()?;
    let curriculum = load(&Origin::Path(path));
    let available = Availability::from_scratch(&curriculum);
    let courses: Vec<ModuleId> = curriculum
        .module_ids()
        .filter(|&m| available.takeable[m.index()])
        .filter(|&m| !entry_requirements(&curriculum, &available, m).is_empty())
        .collect();
    let lower: Vec<ModuleId> = curriculum
        .module_ids()
        .filter(|&m| course_number(&curriculum.module(m).id).is_some_and(|n| n < 100))
        .collect();
    let mut rng = Rng::new(SEED);
    let mut cases = Vec::new();
    for index in 0..36 {
        let mut chosen: Vec<&str> = Vec::new();
        let mut levels: Vec<SkillLevel> = Vec::new();
        for _ in 0..1 + index % 4 {
            let course = courses[rng.below(courses.len())];
            chosen.push(&curriculum.module(course).id);
            levels.extend(entry_requirements(&curriculum, &available, course));
        }
        levels.sort_unstable();
        levels.dedup();
        let mut completed: Vec<ModuleId> = (0..rng.between(3, 12))
            .map(|_| lower[rng.below(lower.len())])
            .collect();
        completed.sort_unstable();
        completed.dedup();
        let passport = Passport {
            id: format!("student-{index:02}"),
            name: format!("Student {index}"),
            completed,
            ..Passport::default()
        };
        cases.push(Case {
            target: Target {
                id: format!("into:{}", chosen.join("+")),
                levels,
            },
            options: options_for(&passport, Objective::Hours),
            passport,
        });
    }
    eprintln!(
        "note: UCSD: {} courses, {} takeable with requirements, {} lower-division",
        curriculum.modules.len(),
        courses.len(),
        lower.len()
    );
    Some(Set {
        name: "ucsd".into(),
        curriculum,
        cases,
    })
}

fn plan_case(curriculum: &Curriculum, case: &Case) -> leerroute::Plan {
    plan(curriculum, &case.passport, &case.target, &case.options)
}

fn quantile(sorted: &[Duration], q: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() - 1) as f64 * q).round() as usize]
}

fn ms(duration: Duration) -> String {
    format!("{:.3} ms", duration.as_secs_f64() * 1e3)
}

/// Plans every case `repeats` times and prints what came out and how long
/// each case took (its median over the repeats).
fn report(set: &Set, repeats: usize) {
    let mut times = Vec::with_capacity(set.cases.len());
    let mut optimal_times = Vec::new();
    let mut statuses: BTreeMap<&str, usize> = BTreeMap::new();
    let (mut routes, mut optimal) = (0, 0);
    for case in &set.cases {
        let mut runs = Vec::with_capacity(repeats);
        let mut last = None;
        for _ in 0..repeats {
            let start = Instant::now();
            let result = black_box(plan_case(&set.curriculum, case));
            runs.push(start.elapsed());
            last = Some(result);
        }
        runs.sort_unstable();
        let time = quantile(&runs, 0.5);
        times.push(time);
        let result = last.expect("at least one run");
        *statuses.entry(result.status.as_str()).or_insert(0) += 1;
        // Only a planned or qualified answer can be `optimal: true`.
        if matches!(result.status, Status::Planned | Status::Qualified) {
            routes += 1;
        }
        if result.optimal {
            optimal += 1;
            optimal_times.push(time);
        }
    }
    times.sort_unstable();
    optimal_times.sort_unstable();
    let statuses: Vec<String> = statuses.iter().map(|(s, n)| format!("{s} {n}")).collect();
    println!(
        "{:<20} {:>3} cases ({}); optimal: true on {optimal}/{routes} routes (all: {}); \
         per-case time: median {}, p90 {}, max {}; median over optimal plans {}",
        set.name,
        set.cases.len(),
        statuses.join(", "),
        if optimal == routes { "yes" } else { "NO" },
        ms(quantile(&times, 0.5)),
        ms(quantile(&times, 0.9)),
        ms(quantile(&times, 1.0)),
        ms(quantile(&optimal_times, 0.5)),
    );
}

/// Criterion over a whole set: one case per iteration, in turn.
fn bench_set(c: &mut Criterion, set: &Set, measurement: Duration) {
    let mut group = c.benchmark_group("plan");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(measurement);
    let mut next = 0usize;
    group.bench_function(BenchmarkId::new(&set.name, "all"), |b| {
        b.iter_custom(|iters| {
            let start = Instant::now();
            for _ in 0..iters {
                let case = &set.cases[next % set.cases.len()];
                next += 1;
                black_box(plan_case(&set.curriculum, black_box(case)));
            }
            start.elapsed()
        })
    });
    group.finish();
}

fn shipped_benches(c: &mut Criterion) {
    let set = shipped();
    report(&set, 20);
    let mut group = c.benchmark_group("plan/shipped");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1));
    for case in &set.cases {
        group.bench_function(BenchmarkId::from_parameter(&case.passport.id), |b| {
            b.iter(|| black_box(plan_case(&set.curriculum, black_box(case))))
        });
    }
    group.finish();
    bench_set(c, &set, Duration::from_secs(2));
}

fn conformance_benches(c: &mut Criterion) {
    for name in ["small", "medium"] {
        let set = conformance(name);
        report(&set, REPEATS);
        bench_set(c, &set, Duration::from_secs(3));
    }
}

fn ucsd_benches(c: &mut Criterion) {
    let Some(set) = ucsd() else {
        println!("ucsd: skipped (no catalogue; set LEERROUTE_UCSD)");
        return;
    };
    report(&set, REPEATS);
    bench_set(c, &set, Duration::from_secs(5));
}

fn generated_benches(c: &mut Criterion) {
    for (modules, count, measurement) in [(1_000, 40, 5), (3_000, 20, 8), (10_000, 10, 10)] {
        let set = generated(modules, count);
        report(&set, REPEATS);
        bench_set(c, &set, Duration::from_secs(measurement));
    }
}

/// Issue 3: "at 3,000 modules, at least 99% of plans are proven optimal
/// within the default time limit". 200 pairs, each planned once.
fn proven_share(_: &mut Criterion) {
    let set = generated(3_000, 200);
    let mut times = Vec::with_capacity(set.cases.len());
    let mut optimal = 0;
    for case in &set.cases {
        let start = Instant::now();
        let result = plan_case(&set.curriculum, case);
        times.push(start.elapsed());
        if result.optimal {
            optimal += 1;
        }
    }
    times.sort_unstable();
    let n = set.cases.len();
    println!(
        "generated-3000 x {n} pairs, default options (limit {} ms): proven optimal {optimal}/{n} \
         = {:.1}% (goal >= 99%); median {}, p90 {}, max {}",
        Options::default().time_limit.as_millis(),
        100.0 * optimal as f64 / n as f64,
        ms(quantile(&times, 0.5)),
        ms(quantile(&times, 0.9)),
        ms(quantile(&times, 1.0)),
    );
}

criterion_group!(
    benches,
    shipped_benches,
    conformance_benches,
    ucsd_benches,
    generated_benches,
    proven_share
);
criterion_main!(benches);

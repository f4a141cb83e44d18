//! `leerroute batch` at scale (issue 4, "Performance"): the release binary,
//! as a user runs it, on
//! - 10,000 and 100,000 generated workers against the shipped curriculum,
//!   with mixed targets (every profile), in two populations: a *workforce*,
//!   where colleagues share backgrounds and travel the same learning lines
//!   (see [`workforce_workers`]), and *random* passports of 1–6 skills at
//!   random levels, where almost no two workers are alike (the worst case
//!   for the batch's memory of solved tasks);
//! - 10,000 generated workers against a generated 1,000-module curriculum.
//!
//! Run: `cargo bench --bench batch`. Cargo builds the `leerroute` binary with
//! the bench (optimised) profile for a benchmark and passes its path as
//! `CARGO_BIN_EXE_leerroute`. The inputs are written to a temporary
//! directory first; only the `leerroute batch --workers … --out … -q` process
//! is timed (wall clock, load included). Peak RSS is "Maximum resident set
//! size" from `/usr/bin/time -v` when present, else the child's `VmHWM` from
//! `/proc/<pid>/status`, polled until it exits. The output is read
//! afterwards to count statuses and proven-optimal plans.
//!
//! Goals (issue 4, 2 cores): at least 20,000 proven-optimal plans per second
//! on the shipped curriculum; peak memory for 100,000 rows within 1.5× of
//! that for 10,000 rows. A plain `main` (`harness = false`): one run per
//! input, printed as a table; nothing is asserted.

// Each bench uses a part of the generator the integration tests share.
#[allow(dead_code)]
#[path = "../tests/integration/support/generator.rs"]
mod generator;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ffi::OsString;
use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use generator::Rng;
use leerroute::Options;
use leerroute::{Curriculum, Module, Passport, SkillLevel, Stage};
use leerroute::{Origin, load_curriculum};
use leerroute::{Planner, Target, plan};

const SEED: u64 = 2026;
const BIN: &str = env!("CARGO_BIN_EXE_leerroute");
const HEADER: &str = "id,name,skills,completed,target,hours_per_week,budget\n";
const HOURS_PER_WEEK: [&str; 4] = ["", "4", "8", "16"];

/// One generated row of the shipped-curriculum input.
struct Worker {
    skills: Vec<String>,
    completed: Vec<&'static str>,
    target: &'static str,
    hours_per_week: &'static str,
}

/// `rows` workers for the shipped curriculum: 1–6 of its skills at random
/// levels up to each skill's `max_level`, 0–2 completed basis modules, a
/// target drawn from all profiles and, for three rows in four, hours per week.
fn shipped_workers(curriculum: &'static Curriculum, rows: usize) -> Vec<Worker> {
    let basis: Vec<&str> = curriculum
        .modules
        .iter()
        .filter(|m| m.stage == Stage::Basis)
        .map(|m| m.id.as_str())
        .collect();
    let mut rng = Rng::new(SEED);
    (0..rows)
        .map(|_| {
            let mut skills: Vec<String> = Vec::new();
            for _ in 0..rng.between(1, 6) {
                let skill = &curriculum.skills[rng.below(curriculum.skills.len())];
                if !skills
                    .iter()
                    .any(|s| s.split('@').next() == Some(&skill.id))
                {
                    let level = rng.between(1, usize::from(skill.max_level));
                    skills.push(format!("{}@{level}", skill.id));
                }
            }
            let completed: Vec<&str> = (0..rng.below(3))
                .map(|_| basis[rng.below(basis.len())])
                .collect();
            finish_worker(curriculum, &mut rng, skills, completed)
        })
        .collect()
}

/// A worker with these skills and completed modules (sorted, each once),
/// toward a random profile, with random hours per week.
fn finish_worker(
    curriculum: &'static Curriculum,
    rng: &mut Rng,
    skills: Vec<String>,
    mut completed: Vec<&'static str>,
) -> Worker {
    completed.sort_unstable();
    completed.dedup();
    Worker {
        skills,
        completed,
        target: &curriculum.profiles[rng.below(curriculum.profiles.len())].id,
        hours_per_week: HOURS_PER_WEEK[rng.below(HOURS_PER_WEEK.len())],
    }
}

/// `rows` workers as a workforce looks: each starts from one of a few dozen
/// backgrounds (a diploma's skills at level 1–2 plus the basis modules their
/// employer had everyone take), and most have since travelled part of one
/// or two learning lines (a prefix of its stations completed). Targets and
/// hours per week are drawn as for [`shipped_workers`]. Workers repeat each
/// other the way colleagues do, which the batch's memory of solved tasks
/// exploits; `shipped_workers`, where almost every passport is different,
/// shows the worst case.
fn workforce_workers(curriculum: &'static Curriculum, rows: usize) -> Vec<Worker> {
    const BACKGROUNDS: usize = 40;
    let basis: Vec<&Module> = curriculum
        .modules
        .iter()
        .filter(|m| m.stage == Stage::Basis)
        .collect();
    let mut rng = Rng::new(SEED ^ 0x5eed);
    let backgrounds: Vec<(Vec<String>, Vec<&'static str>)> = (0..BACKGROUNDS)
        .map(|_| {
            let mut skills: Vec<String> = Vec::new();
            for _ in 0..rng.between(2, 4) {
                let module = basis[rng.below(basis.len())];
                let grant = module.grants[rng.below(module.grants.len())].value;
                let skill = &curriculum.skill(grant.skill).id;
                if !skills.iter().any(|s| s.split('@').next() == Some(skill)) {
                    skills.push(format!("{skill}@{}", grant.level.min(2)));
                }
            }
            let mut completed: Vec<&str> = (0..rng.below(4))
                .map(|_| basis[rng.below(basis.len())].id.as_str())
                .collect();
            completed.sort_unstable();
            completed.dedup();
            (skills, completed)
        })
        .collect();
    (0..rows)
        .map(|_| {
            let (skills, mut completed) = backgrounds[rng.below(BACKGROUNDS)].clone();
            let lines = [0, 0, 1, 1, 1, 2][rng.below(6)];
            for _ in 0..lines {
                let line = &curriculum.lines[rng.below(curriculum.lines.len())];
                let travelled = rng.between(1, line.stations.len());
                completed.extend(
                    line.stations[..travelled]
                        .iter()
                        .map(|station| curriculum.module(station.value).id.as_str()),
                );
            }
            finish_worker(curriculum, &mut rng, skills, completed)
        })
        .collect()
}

fn shipped_csv(workers: &[Worker]) -> String {
    let mut text = String::with_capacity(workers.len() * 120);
    text.push_str(HEADER);
    for (index, worker) in workers.iter().enumerate() {
        let _ = writeln!(
            text,
            "w{index:06},Worker {index},{},{},{},{},",
            worker.skills.join(";"),
            worker.completed.join(";"),
            worker.target,
            worker.hours_per_week,
        );
    }
    text
}

/// A generated worker as the library sees it: passport, target, options.
fn planning_input(
    curriculum: &Curriculum,
    index: usize,
    worker: &Worker,
) -> (Passport, Target, Options) {
    let level = |text: &String| {
        let (skill, level) = text.split_once('@').expect("skill@level");
        SkillLevel {
            skill: curriculum.find_skill(skill).expect("a shipped skill"),
            level: level.parse().expect("a level"),
        }
    };
    let passport = Passport {
        id: format!("w{index:06}"),
        skills: worker.skills.iter().map(level).collect(),
        completed: worker
            .completed
            .iter()
            .map(|m| curriculum.find_module(m).expect("a shipped module"))
            .collect(),
        ..Passport::default()
    };
    let profile = curriculum
        .find_profile(worker.target)
        .expect("a shipped profile");
    let mut options = Options::default();
    if let Ok(hours) = worker.hours_per_week.parse() {
        options.hours_per_week = hours;
    }
    (passport, Target::from_profile(curriculum, profile), options)
}

/// How many of the workers' planning tasks are distinct: what the batch
/// has to solve, the rest it remembers.
fn distinct_tasks(curriculum: &Curriculum, workers: &[Worker]) -> usize {
    let mut planners: HashMap<&str, Planner> = HashMap::new();
    let mut keys = HashSet::new();
    for (index, worker) in workers.iter().enumerate() {
        let (passport, target, options) = planning_input(curriculum, index, worker);
        let planner = planners
            .entry(worker.target)
            .or_insert_with(|| Planner::new(curriculum, target));
        keys.insert((worker.target, planner.task_key(&passport, &options)));
    }
    keys.len()
}

/// Not the batch: `plan(...)` alone, in this process on one thread, for the
/// first `rows` shipped workers. Separates the planner's cost from the rest
/// of the batch (reading, writing, threads).
fn in_process(curriculum: &Curriculum, workers: &[Worker], rows: usize) {
    let mut times: Vec<Duration> = Vec::with_capacity(rows);
    let mut optimal = 0;
    for (index, worker) in workers.iter().take(rows).enumerate() {
        let (passport, target, options) = planning_input(curriculum, index, worker);
        let start = Instant::now();
        let result = std::hint::black_box(plan(curriculum, &passport, &target, &options));
        times.push(start.elapsed());
        optimal += usize::from(result.optimal);
    }
    let total: Duration = times.iter().sum();
    times.sort_unstable();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    let mean = total / times.len() as u32;
    println!(
        "in-process plan(), 1 thread, first {rows} shipped rows: mean {:.3} ms, median {:.3} ms, \
         p99 {:.3} ms, max {:.3} ms; optimal {optimal}/{rows}; ceiling on 2 cores {:.0} plans/s",
        mean.as_secs_f64() * 1e3,
        at(0.5).as_secs_f64() * 1e3,
        at(0.99).as_secs_f64() * 1e3,
        at(1.0).as_secs_f64() * 1e3,
        2.0 / mean.as_secs_f64(),
    );
}

/// `rows` generated workers (the generator's passports) for the curriculum
/// `generator::curriculum_text(modules, SEED)`, each toward a random profile.
fn generated_workers(modules: usize, rows: usize) -> String {
    let profiles = generator::profile_ids(modules);
    let mut rng = Rng::new(SEED ^ modules as u64);
    let mut text = String::with_capacity(rows * 80);
    text.push_str(HEADER);
    for (index, passport) in generator::worker_texts(modules, SEED, rows)
        .iter()
        .enumerate()
    {
        let skills = passport
            .lines()
            .find_map(|line| line.strip_prefix("skills = "))
            .expect("a generated passport lists its skills")
            .trim_matches(['[', ']'])
            .split(", ")
            .map(|s| s.trim_matches('"'))
            .collect::<Vec<_>>()
            .join(";");
        let target = &profiles[rng.below(profiles.len())];
        let _ = writeln!(text, "w{index:06},Worker {index},{skills},,{target},,");
    }
    text
}

/// One `leerroute batch` process.
struct Run {
    wall: Duration,
    peak_kib: Option<u64>,
    exit: Option<i32>,
}

fn rss_from_time(stderr: &str) -> Option<u64> {
    stderr
        .lines()
        .find_map(|line| {
            line.trim()
                .strip_prefix("Maximum resident set size (kbytes):")
        })
        .and_then(|value| value.trim().parse().ok())
}

fn vm_hwm(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
}

fn run_batch(curriculum: Option<&Path>, workers: &Path, out: &Path) -> Run {
    let mut args: Vec<OsString> = Vec::new();
    if let Some(curriculum) = curriculum {
        args.extend(["--curriculum".into(), curriculum.into()]);
    }
    args.extend(["batch".into(), "--workers".into(), workers.into()]);
    args.extend(["--format".into(), "jsonl".into(), "--out".into()]);
    args.extend([out.into(), "-q".into()]);
    let time = Path::new("/usr/bin/time");
    let start = Instant::now();
    if time.exists() {
        let output = Command::new(time)
            .arg("-v")
            .arg(BIN)
            .args(&args)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .expect("/usr/bin/time runs");
        let wall = start.elapsed();
        return Run {
            wall,
            peak_kib: rss_from_time(&String::from_utf8_lossy(&output.stderr)),
            exit: output.status.code(),
        };
    }
    let mut child = Command::new(BIN)
        .args(&args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("leerroute runs");
    let mut peak = None;
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for leerroute") {
            break status;
        }
        peak = vm_hwm(child.id()).or(peak);
        std::thread::sleep(Duration::from_millis(5));
    };
    Run {
        wall: start.elapsed(),
        peak_kib: peak,
        exit: status.code(),
    }
}

/// Rows by status, and how many plans are `"optimal": true`.
fn tally(out: &Path) -> (usize, BTreeMap<String, usize>, usize) {
    let text = std::fs::read_to_string(out).expect("the batch wrote its output");
    let mut statuses = BTreeMap::new();
    let (mut rows, mut optimal) = (0, 0);
    for line in text.lines() {
        let plan: serde_json::Value = serde_json::from_str(line).expect("a JSON plan per line");
        rows += 1;
        let status = plan["status"].as_str().unwrap_or("?").to_string();
        *statuses.entry(status).or_insert(0) += 1;
        if plan["optimal"] == serde_json::Value::Bool(true) {
            optimal += 1;
        }
    }
    (rows, statuses, optimal)
}

fn main() {
    // `cargo bench` passes `--bench` (and maybe a filter); nothing to parse.
    let dir = tempfile::tempdir().expect("a temporary directory");
    let shipped: &'static Curriculum = Box::leak(Box::new(
        load_curriculum(&Origin::Embedded).expect("the shipped curriculum loads"),
    ));
    let generated_dir = dir.path().join("generated-1000");
    std::fs::create_dir_all(&generated_dir).expect("a directory");
    std::fs::write(
        generated_dir.join("curriculum.toml"),
        generator::curriculum_text(1_000, SEED),
    )
    .expect("the generated curriculum is written");

    let built = Instant::now();
    let workforce_population = workforce_workers(shipped, 100_000);
    let workforce = shipped_csv(&workforce_population);
    let workers = shipped_workers(shipped, 100_000);
    let random = shipped_csv(&workers);
    for (population, workers) in [("workforce", &workforce_population), ("random", &workers)] {
        let distinct = distinct_tasks(shipped, workers);
        println!(
            "{population}: {distinct} of {} planning tasks distinct ({:.0}%)",
            workers.len(),
            100.0 * distinct as f64 / workers.len() as f64
        );
    }
    // The first 10,000 rows of an input (the header line, then rows).
    let first_10k = |text: &str| -> String { text.split_inclusive('\n').take(10_001).collect() };
    let inputs: [(&str, Option<&Path>, String); 5] = [
        ("workforce, 10,000 rows", None, first_10k(&workforce)),
        ("workforce, 100,000 rows", None, workforce),
        ("random, 10,000 rows", None, first_10k(&random)),
        ("random, 100,000 rows", None, random),
        (
            "generated-1000, 10,000 rows",
            Some(&generated_dir),
            generated_workers(1_000, 10_000),
        ),
    ];
    eprintln!(
        "note: inputs built in {:.1} s; binary {BIN}; nproc {}",
        built.elapsed().as_secs_f64(),
        std::thread::available_parallelism().map_or(0, |n| n.get()),
    );

    println!(
        "{:<30} {:>7} {:>8} {:>10} {:>13} {:>9} {:>13}  statuses",
        "input", "rows", "wall s", "plans/s", "optimal/s", "optimal", "peak RSS MiB"
    );
    let mut peaks = Vec::new();
    for (index, (name, curriculum, text)) in inputs.iter().enumerate() {
        let workers = dir.path().join(format!("workers-{index}.csv"));
        let out = dir.path().join(format!("plans-{index}.jsonl"));
        std::fs::write(&workers, text).expect("the workers file is written");
        let run = run_batch(*curriculum, &workers, &out);
        let (rows, statuses, optimal) = tally(&out);
        let seconds = run.wall.as_secs_f64();
        let statuses: Vec<String> = statuses.iter().map(|(s, n)| format!("{s} {n}")).collect();
        println!(
            "{name:<30} {rows:>7} {seconds:>8.2} {:>10.0} {:>13.0} {:>9} {:>13}  {} (exit {})",
            rows as f64 / seconds,
            optimal as f64 / seconds,
            optimal,
            run.peak_kib
                .map_or("?".to_string(), |kib| format!("{:.1}", kib as f64 / 1024.0)),
            statuses.join(", "),
            run.exit
                .map_or("signal".to_string(), |code| code.to_string()),
        );
        peaks.push(run.peak_kib);
    }
    for (population, small, big) in [("workforce", 0, 1), ("random", 2, 3)] {
        if let (Some(Some(small)), Some(Some(big))) = (peaks.get(small), peaks.get(big)) {
            println!(
                "peak RSS 100,000 / 10,000 rows ({population}): {:.2}x (goal <= 1.5x)",
                *big as f64 / *small as f64
            );
        }
    }
    println!("goal: >= 20,000 proven-optimal plans/s on the shipped curriculum");
    in_process(shipped, &workers, 2_000);
}

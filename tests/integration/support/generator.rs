//! A deterministic generator of curricula and skills passports in leerroute's
//! TOML format, shaped like the conformance sets in `tests/fixtures/conformance`:
//! four levels, layered skills (`s0000`…), modules (`m00000`…) in all five
//! stages, a few fieldlabs, metro lines, profiles, and workers.
//!
//! Shared by the integration tests (`support::generator`) and the benches,
//! which include it with
//! `#[path = "../tests/integration/support/generator.rs"] mod generator;`.
//!
//! Guarantees, so that a generated curriculum loads and `check` finds no
//! errors:
//! - skills are split into [`LAYERS`] layers; a module grants skills of one
//!   layer and its plain `requires` name only skills of lower layers, so there
//!   is no hard cycle;
//! - every requirement, every `requires_any` group (through its first
//!   alternative) and every profile requirement is a level that some module
//!   grants, and by induction over the layers every module can be taken, so
//!   every profile is reachable;
//! - every skill is granted by at least one module when there are at least as
//!   many modules as skills (always, with [`skill_count`]).
//!
//! Some `requires_any` alternatives point to skills of the same or a higher
//! layer: the soft cycles ("A or B, where B itself needs A") real catalogues
//! have. Warnings (stage inversions, incoherent lines, dominated modules) may
//! occur, as in any realistic curriculum.
//!
//! Everything is a function of `(modules, seed)`: same input, same text, on
//! every platform.

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Levels per skill (`levels = [...]` has this many names).
pub const LEVELS: u8 = 4;
/// Skill layers: a module requires only skills of layers below its own.
pub const LAYERS: usize = 6;

const STAGES: [&str; 4] = ["line", "training", "fieldlab", "nanomodule"];

/// splitmix64: tiny, fast, and good enough for test data.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// Uniform in `low..=high`.
    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// How many skills a curriculum of `modules` modules has (four modules per
/// skill, as in the conformance sets; at least two per layer).
pub fn skill_count(modules: usize) -> usize {
    (modules / 4).max(2 * LAYERS)
}

/// How many fieldlabs a curriculum of `modules` modules has.
pub fn fieldlab_count(modules: usize) -> usize {
    (2 + modules / 2_000).min(12)
}

/// How many metro lines a curriculum of `modules` modules has.
pub fn line_count(modules: usize) -> usize {
    (1 + modules / 250).min(8)
}

/// How many profiles a curriculum of `modules` modules has.
pub fn profile_count(modules: usize) -> usize {
    (modules / 50).clamp(4, 40)
}

type Level = (usize, u8);

#[derive(Debug, Clone)]
struct Module {
    layer: usize,
    stage: &'static str,
    hours: usize,
    cost: usize,
    weeks: Option<usize>,
    fieldlab: Option<usize>,
    grants: Vec<Level>,
    requires: Vec<Level>,
    requires_any: Option<Vec<Level>>,
}

/// The generated curriculum before it is written as text.
#[derive(Debug, Clone)]
struct Model {
    seed: u64,
    skills: usize,
    /// First skill of each layer, plus `skills` at the end.
    layer_start: Vec<usize>,
    fieldlabs: usize,
    modules: Vec<Module>,
    lines: Vec<Vec<usize>>,
    profiles: Vec<Vec<Level>>,
}

fn layer_of(skill: usize, skills: usize) -> usize {
    skill * LAYERS / skills
}

/// Distinct skills from `range`, none of them in `taken`; fewer when the
/// range runs out.
fn pick_skills(
    rng: &mut Rng,
    range: std::ops::Range<usize>,
    count: usize,
    taken: &[usize],
) -> Vec<usize> {
    let mut picked: Vec<usize> = Vec::with_capacity(count);
    let mut tries = 0;
    while picked.len() < count && !range.is_empty() && tries < count * 8 {
        tries += 1;
        let skill = range.start + rng.below(range.len());
        if !taken.contains(&skill) && !picked.contains(&skill) {
            picked.push(skill);
        }
    }
    picked
}

impl Model {
    fn new(module_count: usize, seed: u64) -> Model {
        let mut rng = Rng::new(seed ^ 0x6C65_6572_726F_7574); // "leerrout"
        let skills = skill_count(module_count);
        let layer_start: Vec<usize> = (0..=LAYERS)
            .map(|layer| (layer * skills).div_ceil(LAYERS))
            .collect();
        let fieldlabs = fieldlab_count(module_count);

        // Pass 1: what each module grants. The first `skills` modules grant
        // the skills in shuffled order, so that every skill is granted.
        let mut order: Vec<usize> = (0..skills).collect();
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i + 1));
        }
        let mut modules = Vec::with_capacity(module_count);
        for index in 0..module_count {
            let primary = match order.get(index) {
                Some(&skill) => skill,
                None => rng.below(skills),
            };
            let layer = layer_of(primary, skills);
            let range = layer_start[layer]..layer_start[layer + 1];
            let extra = rng.below(3);
            let mut grant_skills = vec![primary];
            grant_skills.extend(pick_skills(&mut rng, range, extra, &[primary]));
            let grants: Vec<Level> = grant_skills
                .into_iter()
                .map(|skill| (skill, rng.between(1, LEVELS as usize) as u8))
                .collect();
            let stage = if layer == 0 {
                "basis"
            } else {
                STAGES[rng.below(STAGES.len())]
            };
            let hours = if stage == "nanomodule" {
                rng.between(2, 8)
            } else {
                rng.between(2, 80)
            };
            let cost = rng.between(0, 30) * 50;
            let (fieldlab, weeks) = if stage == "fieldlab" {
                (Some(rng.below(fieldlabs)), Some(rng.between(1, 4)))
            } else {
                (None, None)
            };
            modules.push(Module {
                layer,
                stage,
                hours,
                cost,
                weeks,
                fieldlab,
                grants,
                requires: Vec::new(),
                requires_any: None,
            });
        }
        let mut granted = vec![0u8; skills];
        for module in &modules {
            for &(skill, level) in &module.grants {
                granted[skill] = granted[skill].max(level);
            }
        }
        // Every skill is granted when module_count >= skills; a tiny
        // curriculum may leave some ungranted: never require those.
        let level_of = |rng: &mut Rng, skill: usize| rng.between(1, granted[skill] as usize) as u8;

        // Pass 2: requirements, only on obtainable levels of lower layers.
        for module in &mut modules {
            if module.layer == 0 {
                continue;
            }
            let lower = 0..layer_start[module.layer];
            let own: Vec<usize> = module.grants.iter().map(|&(skill, _)| skill).collect();
            let count = rng.below(5);
            let skills_required: Vec<usize> = pick_skills(&mut rng, lower.clone(), count, &own)
                .into_iter()
                .filter(|&skill| granted[skill] > 0)
                .collect();
            module.requires = skills_required
                .iter()
                .map(|&skill| (skill, level_of(&mut rng, skill)))
                .collect();
            if rng.chance(24) {
                let mut taken = own.clone();
                taken.extend(&skills_required);
                let size = rng.between(2, 3);
                // The first alternative is obtainable from a lower layer...
                let mut alternatives = pick_skills(&mut rng, lower.clone(), 1, &taken);
                taken.extend(&alternatives);
                // ...the others come from anywhere (half the time): soft cycles.
                let others = if rng.chance(50) { 0..skills } else { lower };
                alternatives.extend(pick_skills(&mut rng, others, size - 1, &taken));
                let group: Vec<Level> = alternatives
                    .into_iter()
                    .filter(|&skill| granted[skill] > 0)
                    .map(|skill| (skill, level_of(&mut rng, skill)))
                    .collect();
                if group.len() >= 2 {
                    module.requires_any = Some(group);
                }
            }
        }

        // Metro lines: line-stage modules, lower layers first.
        let line_modules: Vec<usize> = (0..modules.len())
            .filter(|&m| modules[m].stage == "line")
            .collect();
        let mut lines = Vec::new();
        if !line_modules.is_empty() {
            for _ in 0..line_count(module_count) {
                let length = rng.between(4, 10).min(line_modules.len());
                let mut stations: Vec<usize> = Vec::with_capacity(length);
                let mut tries = 0;
                while stations.len() < length && tries < length * 8 {
                    tries += 1;
                    let station = line_modules[rng.below(line_modules.len())];
                    if !stations.contains(&station) {
                        stations.push(station);
                    }
                }
                stations.sort_by_key(|&m| (modules[m].layer, m));
                lines.push(stations);
            }
        }

        let obtainable: Vec<usize> = (0..skills).filter(|&s| granted[s] > 0).collect();
        let mut profiles = Vec::new();
        for _ in 0..profile_count(module_count) {
            let count = rng.between(2, 5).min(obtainable.len());
            let picked = pick_skills(&mut rng, 0..obtainable.len(), count, &[]);
            let mut requires: Vec<Level> = picked
                .into_iter()
                .map(|i| obtainable[i])
                .map(|skill| (skill, level_of(&mut rng, skill)))
                .collect();
            requires.sort_unstable();
            profiles.push(requires);
        }

        Model {
            seed,
            skills,
            layer_start,
            fieldlabs,
            modules,
            lines,
            profiles,
        }
    }

    fn text(&self) -> String {
        let mut out = String::with_capacity(self.modules.len() * 190 + self.skills * 50);
        let seed = self.seed;
        let _ = writeln!(
            out,
            "[curriculum]\nid = \"gen-{seed}\"\nname = \"Generated {seed}\"\nversion = \"1\"\n\
             levels = [\"level 1\", \"level 2\", \"level 3\", \"level 4\"]\n"
        );
        for skill in 0..self.skills {
            let _ = writeln!(
                out,
                "[[skill]]\nid = \"s{skill:04}\"\nname = \"Skill s{skill:04}\"\n"
            );
        }
        for fieldlab in 0..self.fieldlabs {
            let _ = writeln!(
                out,
                "[[fieldlab]]\nid = \"fl-{fieldlab:03}\"\nname = \"Fieldlab {fieldlab}\"\n\
                 location = \"Location {fieldlab}\"\n"
            );
        }
        for (index, module) in self.modules.iter().enumerate() {
            let _ = writeln!(
                out,
                "[[module]]\nid = \"m{index:05}\"\nname = \"Module m{index:05}\"\nstage = \"{}\"",
                module.stage
            );
            if let Some(fieldlab) = module.fieldlab {
                let _ = writeln!(out, "fieldlab = \"fl-{fieldlab:03}\"");
            }
            let _ = writeln!(out, "hours = {}\ncost = {}", module.hours, module.cost);
            if let Some(weeks) = module.weeks {
                let _ = writeln!(out, "weeks = {weeks}");
            }
            let _ = writeln!(out, "requires = {}", list(&module.requires));
            if let Some(group) = &module.requires_any {
                let _ = writeln!(out, "requires_any = [{}]", list(group));
            }
            let _ = writeln!(out, "grants = {}\n", list(&module.grants));
        }
        for (index, stations) in self.lines.iter().enumerate() {
            let names: Vec<String> = stations.iter().map(|m| format!("\"m{m:05}\"")).collect();
            let _ = writeln!(
                out,
                "[[line]]\nid = \"line-{index:02}\"\nname = \"Line {index}\"\n\
                 color = \"#{:06x}\"\nstations = [{}]\n",
                (index * 0x2f_4a_1d + 0x00_77_c8) & 0xff_ff_ff,
                names.join(", ")
            );
        }
        for (index, requires) in self.profiles.iter().enumerate() {
            let _ = writeln!(
                out,
                "[[profile]]\nid = \"p{index:03}\"\nname = \"Profile p{index:03}\"\nrequires = {}\n",
                list(requires)
            );
        }
        out
    }

    fn worker(&self, index: usize) -> String {
        let mut rng = Rng::new(self.seed.wrapping_mul(31).wrapping_add(index as u64 + 1));
        // Workers know mostly lower-layer skills, as beginners do.
        let basic = self.layer_start[LAYERS / 2].max(1);
        let count = rng.between(2, 7).min(basic);
        let mut skills = pick_skills(&mut rng, 0..basic, count, &[]);
        skills.sort_unstable();
        let levels: Vec<Level> = skills
            .into_iter()
            .map(|skill| (skill, rng.between(1, LEVELS as usize - 1) as u8))
            .collect();
        format!(
            "[worker]\nid = \"w{index:04}\"\nname = \"Worker w{index:04}\"\nskills = {}\n",
            list(&levels)
        )
    }
}

fn list(levels: &[Level]) -> String {
    let items: Vec<String> = levels
        .iter()
        .map(|&(skill, level)| format!("\"s{skill:04}@{level}\""))
        .collect();
    format!("[{}]", items.join(", "))
}

/// One TOML text holding a whole curriculum of `modules` modules.
pub fn curriculum_text(modules: usize, seed: u64) -> String {
    Model::new(modules, seed).text()
}

/// A curriculum of `modules` modules that all grant `s0` and nothing else,
/// the one a sector fund hits when it imports a flat catalogue. Module `i`
/// takes `1 + i/100` hours and costs `modules - i` euro, so none dominates
/// another: the worst case for a `dominated-module` lint that compares pairs.
pub fn same_skill_text(modules: usize) -> String {
    let mut out = String::from(
        "[curriculum]\nid = \"same-skill\"\nname = \"Same skill\"\nlevels = [\"basis\", \"expert\"]\n\n[[skill]]\nid = \"s0\"\nname = \"s0\"\n\n[[profile]]\nid = \"p0\"\nname = \"p0\"\nrequires = [\"s0\"]\n",
    );
    for i in 0..modules {
        let _ = write!(
            out,
            "\n[[module]]\nid = \"m{i:06}\"\nname = \"m{i:06}\"\nstage = \"line\"\nhours = {}.{:02}\ncost = {}\ngrants = [\"s0\"]\n",
            1 + i / 100,
            i % 100,
            modules - i
        );
    }
    out
}

/// The passport of worker `index` for the curriculum `curriculum_text(modules, seed)`.
pub fn worker_text(modules: usize, seed: u64, index: usize) -> String {
    Model::new(modules, seed).worker(index)
}

/// The passports of workers `0..count` for `curriculum_text(modules, seed)`.
pub fn worker_texts(modules: usize, seed: u64, count: usize) -> Vec<String> {
    let model = Model::new(modules, seed);
    (0..count).map(|index| model.worker(index)).collect()
}

/// The ids of the profiles of `curriculum_text(modules, seed)`.
pub fn profile_ids(modules: usize) -> Vec<String> {
    (0..profile_count(modules))
        .map(|index| format!("p{index:03}"))
        .collect()
}

/// Writes `dir/curriculum/curriculum.toml` and `workers` passports as
/// `dir/workers/w0000.toml`…; returns the curriculum directory.
pub fn write_curriculum(
    dir: &Path,
    modules: usize,
    seed: u64,
    workers: usize,
) -> io::Result<PathBuf> {
    let model = Model::new(modules, seed);
    let curriculum = dir.join("curriculum");
    fs::create_dir_all(&curriculum)?;
    fs::write(curriculum.join("curriculum.toml"), model.text())?;
    if workers > 0 {
        let worker_dir = dir.join("workers");
        fs::create_dir_all(&worker_dir)?;
        for index in 0..workers {
            fs::write(
                worker_dir.join(format!("w{index:04}.toml")),
                model.worker(index),
            )?;
        }
    }
    Ok(curriculum)
}

/// A fresh temporary directory holding [`write_curriculum`]'s files; it is
/// removed when the returned guard drops.
pub fn temp_curriculum(
    modules: usize,
    seed: u64,
    workers: usize,
) -> io::Result<(tempfile::TempDir, PathBuf)> {
    let dir = tempfile::tempdir()?;
    let curriculum = write_curriculum(dir.path(), modules, seed, workers)?;
    Ok((dir, curriculum))
}

/// The real UC San Diego catalogue (`../shared/realdata/README.md`), which is
/// never copied into the repository: `LEERROUTE_UCSD`, else
/// `../shared/realdata/ucsd/curriculum` next to the crate. When it is not
/// there: `None`, with a note on stderr, so that the tests and benchmarks
/// that read it skip; but under `CI=true` a panic that names the path, since
/// CI has `shared/` beside its clone and a skip there would hide that the
/// data went missing.
#[track_caller]
pub fn ucsd_catalogue() -> Option<PathBuf> {
    let path = match std::env::var_os("LEERROUTE_UCSD") {
        Some(path) => PathBuf::from(path),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/realdata/ucsd/curriculum"),
    };
    if path.exists() {
        return Some(path);
    }
    let missing = format!(
        "no UCSD catalogue at {} (set LEERROUTE_UCSD, or put shared/ beside the repository)",
        path.display()
    );
    if std::env::var_os("CI").is_some_and(|ci| ci == "true") {
        panic!("{missing}; under CI=true it must be there");
    }
    eprintln!("note: {missing}; skipping");
    None
}

/// Every example passport (`examples/workers/*.toml`), sorted by name.
pub fn example_worker_paths() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/workers");
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("examples/workers is readable")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    paths
}

//! The curriculum generator shared by benches and tests
//! (`support/generator.rs`) makes curricula that load and pass `check`.

use std::borrow::Cow;
use std::collections::BTreeMap;

use leerroute::Curriculum;
use leerroute::SourceMap;
use leerroute::{Code, Diagnostic};
use leerroute::{Context, lint};
use leerroute::{Origin, from_sources, load_curriculum, load_passport};

use crate::support::generator;

fn load_text(text: String) -> Curriculum {
    let mut sources = SourceMap::default();
    sources.add("generated.toml".to_string(), Cow::Owned(text));
    match from_sources(sources, Vec::new()) {
        Ok(curriculum) => curriculum,
        Err(error) => panic!(
            "the generated curriculum does not load: {:#?}",
            &error.diagnostics[..error.diagnostics.len().min(5)]
        ),
    }
}

fn counts(diagnostics: &[Diagnostic]) -> BTreeMap<Code, usize> {
    let mut counts = BTreeMap::new();
    for diagnostic in diagnostics {
        *counts.entry(diagnostic.code).or_default() += 1;
    }
    counts
}

#[test]
fn a_thousand_modules_load_and_check_without_errors() {
    let curriculum = load_text(generator::curriculum_text(1_000, 7));
    assert_eq!(curriculum.modules.len(), 1_000);
    assert_eq!(curriculum.skills.len(), generator::skill_count(1_000));
    assert_eq!(curriculum.profiles.len(), generator::profile_count(1_000));
    let diagnostics = lint(&Context::new(&curriculum));
    let errors: Vec<&Diagnostic> = diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "check found errors: {errors:#?}");
    // By construction every module can be taken and every skill is used.
    let counts = counts(&diagnostics);
    for code in [
        Code::HardCycle,
        Code::UnreachableProfile,
        Code::NeverGranted,
        Code::UntakeableModule,
        Code::UnusedSkill,
        Code::LongNanomodule,
        Code::GrantsNothingNew,
        Code::ImpliedRequirement,
    ] {
        assert_eq!(counts.get(&code), None, "unexpected {code}: {counts:?}");
    }
}

#[test]
fn the_shape_matches_the_conformance_sets() {
    let curriculum = load_text(generator::curriculum_text(2_000, 3));
    let modules = &curriculum.modules;
    let mut stages = BTreeMap::new();
    for module in modules {
        *stages.entry(module.stage.as_str()).or_insert(0usize) += 1;
        assert!((1..=3).contains(&module.grants.len()), "{}", module.id);
        assert!(module.requires.len() <= 4, "{}", module.id);
        assert!(module.requires_any.len() <= 1, "{}", module.id);
        for group in &module.requires_any {
            assert!((2..=3).contains(&group.len()), "{}", module.id);
        }
        assert!(module.hours >= 2.0 && module.hours <= 80.0, "{}", module.id);
        assert!(
            module.cost >= 0.0 && module.cost <= 1_500.0,
            "{}",
            module.id
        );
        if module.stage.as_str() == "nanomodule" {
            assert!(module.hours <= 8.0, "{}", module.id);
        }
    }
    assert_eq!(stages.len(), 5, "all five stages: {stages:?}");
    let with_any = modules
        .iter()
        .filter(|m| !m.requires_any.is_empty())
        .count();
    assert!(
        (250..=550).contains(&with_any),
        "about 20% with `requires_any`: {with_any}"
    );
    assert!(!curriculum.lines.is_empty());
    assert!(!curriculum.fieldlabs.is_empty());
    for profile in &curriculum.profiles {
        assert!((2..=5).contains(&profile.requires.len()), "{}", profile.id);
    }
}

#[test]
fn generation_is_deterministic_and_seeded() {
    assert_eq!(
        generator::curriculum_text(300, 11),
        generator::curriculum_text(300, 11)
    );
    assert_ne!(
        generator::curriculum_text(300, 11),
        generator::curriculum_text(300, 12)
    );
    assert_eq!(
        generator::worker_text(300, 11, 4),
        generator::worker_texts(300, 11, 5)[4]
    );
}

#[test]
fn small_curricula_load_too() {
    for modules in [12, 40, 100] {
        for seed in 0..5 {
            let curriculum = load_text(generator::curriculum_text(modules, seed));
            let diagnostics = lint(&Context::new(&curriculum));
            assert!(
                !diagnostics.iter().any(Diagnostic::is_error),
                "{modules} modules, seed {seed}: {diagnostics:#?}"
            );
        }
    }
}

#[test]
fn written_curricula_and_passports_load_from_disk() {
    let (_dir, path) = generator::temp_curriculum(200, 5, 3).expect("write the curriculum");
    let curriculum = load_curriculum(&Origin::Path(path.clone())).expect("load it back");
    assert_eq!(curriculum.modules.len(), 200);
    let workers = path.parent().expect("a parent").join("workers");
    for index in 0..3 {
        let file = workers.join(format!("w{index:04}.toml"));
        let passport = load_passport(&file, &curriculum);
        assert!(
            passport.is_ok(),
            "{}: {:?}",
            file.display(),
            passport.err().map(|e| e.diagnostics)
        );
    }
    for profile in generator::profile_ids(200) {
        assert!(curriculum.find_profile(&profile).is_some(), "{profile}");
    }
}

/// The conformance sets the generator imitates are in the repository (a copy
/// of `../shared/conformance`), complete, and load without structural errors.
#[test]
fn the_conformance_fixtures_are_complete_and_check_clean() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/conformance");
    assert!(root.join("README.md").is_file(), "{}", root.display());
    for (set, modules) in [("small", 80), ("medium", 400)] {
        let dir = root.join(set);
        let curriculum = load_curriculum(&Origin::Path(dir.join("curriculum")))
            .unwrap_or_else(|error| panic!("{set}: {:#?}", error.diagnostics));
        assert_eq!(curriculum.modules.len(), modules, "{set}");
        // The sets include targets nobody can reach from scratch (cases with
        // status `unreachable`): that is the only error `check` may report.
        let errors: Vec<Diagnostic> = lint(&Context::new(&curriculum))
            .into_iter()
            .filter(|d| d.is_error() && d.code != Code::UnreachableProfile)
            .collect();
        assert!(errors.is_empty(), "{set}: {errors:#?}");
        let read = |name: &str| -> serde_json::Value {
            let text = std::fs::read_to_string(dir.join(name)).expect(name);
            serde_json::from_str(&text).expect(name)
        };
        let cases = read("cases.json");
        let expected = read("expected.json");
        let cases = cases.as_array().expect("cases.json is an array");
        assert_eq!(
            Some(cases.len()),
            expected.as_array().map(Vec::len),
            "{set}"
        );
        for case in cases {
            let worker = case["worker"].as_str().expect("a worker path");
            let target = case["target"].as_str().expect("a target");
            assert!(
                load_passport(&dir.join(worker), &curriculum).is_ok(),
                "{set}: {worker}"
            );
            assert!(curriculum.find_profile(target).is_some(), "{set}: {target}");
        }
    }
}

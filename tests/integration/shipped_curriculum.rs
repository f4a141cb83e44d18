//! The Smart Industry curriculum that ships in the binary: clean, as large
//! and as connected as promised, and identical on disk and embedded.

use std::collections::BTreeSet;
use std::path::PathBuf;

use leerroute::{Context, lint};
use leerroute::{Curriculum, Stage};
use leerroute::{Origin, load_curriculum};

use crate::support::test::Test;

fn embedded() -> Curriculum {
    load_curriculum(&Origin::Embedded).expect("the embedded curriculum loads")
}

#[test]
fn it_checks_clean_under_deny_warnings_from_anywhere() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    Test::new()
        .current_dir(dir.path())
        .args(["check", "--deny", "warnings"])
        .stdout_contains("smart-industry: 0 errors, 0 warnings in")
        .run();
}

#[test]
fn every_lint_is_quiet_on_it() {
    let curriculum = embedded();
    let diagnostics = lint(&Context::new(&curriculum));
    let codes: Vec<&str> = diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert!(diagnostics.is_empty(), "{codes:?}");
}

#[test]
fn the_embedded_copy_is_the_directory_on_disk() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("curricula/smart-industry");
    let on_disk = load_curriculum(&Origin::Path(dir.clone())).expect("the directory loads");
    let embedded = embedded();
    let ids = |c: &Curriculum| c.modules.iter().map(|m| m.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&on_disk), ids(&embedded));
    assert_eq!(on_disk.sources.len(), embedded.sources.len());
    let files = std::fs::read_dir(&dir)
        .expect("readable")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "toml"))
        })
        .count();
    assert_eq!(embedded.sources.len(), files, "build.rs embeds every file");
}

#[test]
fn it_is_as_large_as_promised() {
    let curriculum = embedded();
    assert!(
        curriculum.skills.len() >= 60,
        "{} skills",
        curriculum.skills.len()
    );
    assert!(
        curriculum.modules.len() >= 150,
        "{} modules",
        curriculum.modules.len()
    );
    for stage in Stage::ALL {
        assert!(
            curriculum.modules.iter().any(|m| m.stage == stage),
            "no {stage:?} module"
        );
    }
    let nanomodules = curriculum
        .modules
        .iter()
        .filter(|m| m.stage == Stage::Nanomodule && (2.0..=8.0).contains(&m.hours))
        .count();
    assert!(nanomodules >= 30, "{nanomodules} nanomodules of 2-8 hours");
    assert!(curriculum.lines.len() >= 6);
    assert!(curriculum.fieldlabs.len() >= 5);
    assert!(curriculum.profiles.len() >= 10);
    for wanted in [
        "cobot-operator",
        "cnc-machinist-4-0",
        "smart-maintenance-technician",
        "additive-manufacturing-operator",
        "process-data-analyst",
        "workplace-mentor",
    ] {
        assert!(
            curriculum.find_profile(wanted).is_some(),
            "no profile {wanted}"
        );
    }
}

#[test]
fn its_lines_share_transfer_stations() {
    let curriculum = embedded();
    let transfers: BTreeSet<&str> = curriculum
        .module_ids()
        .filter(|&m| curriculum.lines_of(m).len() >= 2)
        .map(|m| curriculum.module(m).id.as_str())
        .collect();
    assert!(transfers.len() >= 6, "{transfers:?}");
    let lines_with_transfer = curriculum
        .lines
        .iter()
        .filter(|line| {
            line.stations
                .iter()
                .any(|s| curriculum.lines_of(s.value).len() >= 2)
        })
        .count();
    assert_eq!(
        lines_with_transfer,
        curriculum.lines.len(),
        "every line has a transfer"
    );
}

#[test]
fn at_least_half_of_its_skills_carry_an_esco_uri() {
    let curriculum = embedded();
    let with_esco = curriculum
        .skills
        .iter()
        .filter_map(|s| s.esco.as_ref().map(|esco| esco.value.as_str()))
        .inspect(|uri| {
            assert!(
                uri.starts_with("http://data.europa.eu/esco/skill/"),
                "{uri}"
            )
        })
        .count();
    assert!(
        2 * with_esco >= curriculum.skills.len(),
        "{with_esco} of {}",
        curriculum.skills.len()
    );
}

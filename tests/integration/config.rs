//! Where the curriculum comes from: --curriculum, LEERROUTE_CURRICULUM, the
//! config file, the embedded default — in that order.

use std::path::{Path, PathBuf};

use crate::support::test::Test;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// `leerroute list profiles --format json` with a private config home;
/// returns the exit code, the first profile id and stderr.
fn first_profile(
    config_home: &Path,
    env: Option<&Path>,
    flag: Option<&Path>,
) -> (i32, String, String) {
    let mut test = Test::new()
        .env("XDG_CONFIG_HOME", config_home)
        .args(["list", "profiles", "--format", "json"]);
    if let Some(env) = env {
        test = test.env("LEERROUTE_CURRICULUM", env);
    }
    if let Some(flag) = flag {
        test = test.arg("--curriculum").arg(flag);
    }
    let run = test.output();
    let first = serde_json::from_str::<serde_json::Value>(&run.stdout)
        .ok()
        .and_then(|v| v[0]["id"].as_str().map(str::to_string))
        .unwrap_or_default();
    (run.code, first, run.stderr)
}

fn write_config(home: &Path, text: &str) {
    let dir = home.join("leerroute");
    std::fs::create_dir_all(&dir).expect("config dir");
    std::fs::write(dir.join("config.toml"), text).expect("config written");
}

#[test]
fn without_anything_the_embedded_curriculum_is_used() {
    let home = tempfile::tempdir().expect("temp dir");
    assert_eq!(first_profile(home.path(), None, None).1, "cobot-operator");
}

#[test]
fn the_config_file_then_the_environment_then_the_flag_win() {
    let home = tempfile::tempdir().expect("temp dir");
    let small = fixture("conformance/small/curriculum");
    let medium = fixture("conformance/medium/curriculum");
    let hard_cycle = fixture("lints/hard-cycle");
    write_config(
        home.path(),
        &format!("curriculum = {:?}\n", small.display().to_string()),
    );
    let (code, from_config, _) = first_profile(home.path(), None, None);
    assert_eq!((code, from_config.as_str()), (0, "p000"));
    // The environment beats the config file; the flag beats both.
    let (_, from_env, stderr) = first_profile(home.path(), Some(&hard_cycle), None);
    assert!(
        from_env.is_empty() && stderr.contains("hard-cycle"),
        "{stderr}"
    );
    let (code, from_flag, _) = first_profile(home.path(), Some(&hard_cycle), Some(&medium));
    assert_eq!((code, from_flag.as_str()), (0, "p000"));
}

#[test]
fn a_relative_path_in_the_config_file_is_relative_to_the_file() {
    let home = tempfile::tempdir().expect("temp dir");
    let target = home.path().join("leerroute").join("my-curriculum");
    std::fs::create_dir_all(&target).expect("dir");
    std::fs::copy(
        fixture("lints/hard-cycle/curriculum.toml"),
        target.join("curriculum.toml"),
    )
    .expect("copied");
    write_config(home.path(), "curriculum = \"my-curriculum\"\n");
    let (code, _, stderr) = first_profile(home.path(), None, None);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("my-curriculum") && stderr.contains("leerroute check"),
        "{stderr}"
    );
}

#[test]
fn a_broken_config_file_is_an_error_not_a_silent_fallback() {
    let home = tempfile::tempdir().expect("temp dir");
    write_config(home.path(), "curriculm = \"x\"\n");
    let (code, first, stderr) = first_profile(home.path(), None, None);
    assert_eq!(code, 1);
    assert!(first.is_empty());
    assert!(
        stderr.contains("config.toml") && stderr.contains("curriculum ="),
        "{stderr}"
    );
}

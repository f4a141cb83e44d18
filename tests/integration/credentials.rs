//! Open-standard credentials as passports: every official example in
//! `tests/fixtures/standards/` (Open Badges 3.0, CLR 2.0, Europass) and the
//! credentials made for the tests in `tests/fixtures/credentials/` are read
//! with the skills, levels, notes or error expected; `plan` and `gap` on a
//! wallet folder answer as the equivalent TOML passport does.

use serde_json::Value;

use crate::support::test::Test;

const WALLET: &str = "tests/fixtures/credentials/wallet-anna";
const STANDARDS: &str = "tests/fixtures/standards";
const STANDARDS_CURRICULUM: &str = "tests/fixtures/credentials/standards-curriculum";
/// The day the wallet's TOML twin was made for.
const AS_OF: &str = "2026-12-01";

/// `leerroute --as-of 2026-12-01 passport --worker <paths…> --format json`.
fn passport_json(curriculum: Option<&str>, paths: &[&str]) -> Value {
    passport_on(AS_OF, curriculum, paths)
}

/// The passport document as of `date`.
fn passport_on(date: &str, curriculum: Option<&str>, paths: &[&str]) -> Value {
    let mut test = Test::new().args(["--as-of", date]);
    if let Some(curriculum) = curriculum {
        test = test.args(["--curriculum", curriculum]);
    }
    test.args(["passport", "--format", "json", "--worker"])
        .args(paths)
        .run()
        .json()
}

/// `"skill@level"` for each skill of a passport document.
fn skills(document: &Value) -> Vec<String> {
    document["skills"]
        .as_array()
        .expect("skills")
        .iter()
        .map(|s| format!("{}@{}", s["skill"].as_str().unwrap(), s["level"]))
        .collect()
}

fn completed(document: &Value) -> Vec<String> {
    document["completed"]
        .as_array()
        .expect("completed")
        .iter()
        .map(|m| m["module"].as_str().unwrap().to_string())
        .collect()
}

/// The codes of the notes about credential `index`.
fn note_codes(document: &Value, index: usize) -> Vec<String> {
    document["notes"]
        .as_array()
        .expect("notes")
        .iter()
        .filter(|note| note["credential"] == index)
        .map(|note| note["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn every_official_example_is_read_on_the_shipped_curriculum_with_what_it_gives() {
    // (file, credentials read, proofs per credential, a note on the first)
    for (file, count, proofs, note) in [
        ("ob3/simple.json", 1, &[true][..], "nothing-granted"),
        ("ob3/simple-noproof.json", 1, &[false], "nothing-granted"),
        ("ob3/complete.json", 1, &[true], "other-framework"),
        ("ob3/simple-json.png", 1, &[true], "nothing-granted"),
        ("clr2/simple.json", 2, &[true, true], "clr-achievements"),
        ("clr2/complex.json", 7, &[true; 7], "unused-fields"),
        (
            "elm/Sample-MC-Annex1-unsigned.jsonld",
            1,
            &[false],
            "unknown-esco-skill",
        ),
    ] {
        let document = passport_json(None, &[&format!("{STANDARDS}/{file}")]);
        assert!(skills(&document).is_empty(), "{file}: {document}");
        let credentials = document["credentials"].as_array().unwrap();
        assert_eq!(credentials.len(), count, "{file}");
        for (credential, signed) in credentials.iter().zip(proofs) {
            assert_eq!(credential["proof"]["verified"], false, "{file}");
            assert_eq!(
                credential["proof"]["types"].as_array().unwrap().is_empty(),
                !signed,
                "{file}"
            );
        }
        assert!(
            note_codes(&document, 0).contains(&note.to_string()),
            "{file}: {:?}",
            document["notes"]
        );
    }
}

#[test]
fn the_official_examples_give_skills_and_modules_on_a_curriculum_that_names_them() {
    let read = |file: &str| {
        passport_json(
            Some(STANDARDS_CURRICULUM),
            &[&format!("{STANDARDS}/{file}")],
        )
    };
    // The Europass sample: four ESCO skills (one an object, three an array),
    // no level in ELM: level 1 each, with a note; DigComp is another framework.
    let elm = read("elm/Sample-MC-Annex1-unsigned.jsonld");
    assert_eq!(
        skills(&elm),
        [
            "creativity@1",
            "community@1",
            "collaboration@1",
            "digital-content@1"
        ]
    );
    assert_eq!(elm["name"], "Ana Andromeda");
    let codes = note_codes(&elm, 0);
    assert_eq!(codes.iter().filter(|c| *c == "default-level").count(), 4);
    assert_eq!(codes.iter().filter(|c| *c == "other-framework").count(), 2);
    assert_eq!(elm["skills"][0]["evidence"][0]["source"]["kind"], "default");
    // An achievement named by a module's `achievement` completes it, baked or not.
    for file in ["ob3/simple.json", "ob3/simple-json.png", "clr2/simple.json"] {
        assert_eq!(completed(&read(file)), ["teamwork-badge"], "{file}");
    }
    // complete.json: valid until 2030, its degree is a module.
    let complete = read("ob3/complete.json");
    assert_eq!(completed(&complete), ["degree"]);
    assert_eq!(complete["credentials"][0]["expires"], "2030-01-01");
    // simple-noproof.json has no achievement: nothing, and a note.
    let noproof = read("ob3/simple-noproof.json");
    assert!(completed(&noproof).is_empty());
    assert_eq!(note_codes(&noproof, 0), ["nothing-granted"]);
}

#[test]
fn the_schema_violation_of_the_official_example_is_an_error_with_file_path_and_reason() {
    Test::new()
        .args(["passport", "--worker"])
        .arg(format!(
            "{STANDARDS}/ob3/simple-err-credential-subject-result-type.json"
        ))
        .code(1)
        .stderr_contains(
            "error: tests/fixtures/standards/ob3/simple-err-credential-subject-result-type.json: \
             `$.credentialSubject.result[1].type`: `type` must include `Result`, found `InvalidResult`",
        )
        .stderr_contains("help: ")
        .run();
}

#[test]
fn a_wallet_folder_is_one_passport_with_every_level_and_where_it_came_from() {
    let document = passport_json(None, &[WALLET]);
    assert_eq!(document["worker"], "wallet-anna");
    assert_eq!(document["name"], "Anna de Vries");
    assert_eq!(
        skills(&document),
        [
            "workshop-safety@3",
            "risk-assessment@1",
            "teamwork@2",
            "problem-solving@1",
            "sensors-actuators@2",
            "cobot-operation@2",
            "robot-safety@2"
        ]
    );
    assert_eq!(completed(&document), ["basis-vca", "rob-veiligheid"]);
    let skill = |id: &str| {
        document["skills"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["skill"] == id)
            .cloned()
            .unwrap()
    };
    // OB 3.0 rubric levels: position 2 of 4 is level 2; 2 of 3 is ⌈8/3⌉ = 3.
    let cobot = skill("cobot-operation");
    assert_eq!(
        cobot["evidence"][0]["source"],
        serde_json::json!({"kind": "achieved", "rubric_level": "Developing", "position": 2, "of": 4, "own_scale": false})
    );
    assert_eq!(skill("workshop-safety")["evidence"][0]["level"], 3);
    // Teamwork: level 1 from Europass (no level), level 2 from the SVG badge
    // (1 of 2); the highest counts.
    let teamwork = skill("teamwork");
    let levels: Vec<&Value> = teamwork["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["level"])
        .collect();
    assert_eq!(levels, [1, 2]);
    // The baked PNG uses the curriculum's own level URIs.
    assert_eq!(
        skill("robot-safety")["evidence"][0]["source"]["own_scale"],
        true
    );
    // Every credential says its proof was not verified; the expired one in
    // the CLR grants nothing.
    let credentials = document["credentials"].as_array().unwrap();
    assert_eq!(credentials.len(), 7);
    let containers: Vec<&str> = credentials
        .iter()
        .map(|c| c["container"].as_str().unwrap())
        .collect();
    assert_eq!(
        containers,
        ["json", "json", "json", "json", "json", "png", "svg"]
    );
    let expired: Vec<&Value> = credentials
        .iter()
        .filter(|c| c["counts"] == false)
        .collect();
    assert_eq!(expired.len(), 1);
    assert_eq!(expired[0]["name"], "Samenwerken in een productieteam");
    assert_eq!(
        expired[0]["standing"],
        serde_json::json!({"code": "expired", "date": "2025-06-01"})
    );
    assert_eq!(expired[0]["within"], 1);
    assert!(credentials.iter().all(|c| c["proof"]["verified"] == false));
}

#[test]
fn as_of_decides_which_credentials_count() {
    // Before 30 June 2026 the CLR is not valid yet, and what it wraps with it.
    let early = passport_on("2025-01-01", None, &[WALLET]);
    assert_eq!(
        early["credentials"][1]["standing"],
        serde_json::json!({"code": "not-yet-valid", "date": "2026-06-30"})
    );
    assert_eq!(
        early["credentials"][2]["standing"],
        serde_json::json!({"code": "within", "credential": 1})
    );
    assert!(!completed(&early).contains(&"basis-vca".to_string()));
    // After 1 March 2029 the cobot practice assessment has expired.
    let late = passport_on("2029-03-02", None, &[WALLET]);
    assert!(
        !skills(&late)
            .iter()
            .any(|s| s.starts_with("cobot-operation"))
    );
    Test::new()
        .args(["--as-of", "2029-02-30", "passport", "--worker", WALLET])
        .code(1)
        .stderr_contains("invalid --as-of date `2029-02-30`")
        .run();
}

#[test]
fn plan_gap_and_advise_on_the_wallet_answer_as_the_equivalent_toml_passport() {
    for command in [
        &["plan", "--target", "cobot-operator", "--format", "json"][..],
        &["plan", "--target", "smart-maintenance-technician"],
        &["gap", "--target", "cobot-operator"],
        &["gap", "--target", "cobot-operator", "--format", "json"],
        &["advise", "--format", "json"],
    ] {
        let run = |worker: &str| {
            Test::new()
                .args(["--as-of", AS_OF])
                .args(command)
                .args(["--worker", worker])
                .run()
        };
        let wallet = run(WALLET);
        let toml = run("tests/fixtures/credentials/wallet-anna.toml");
        assert_eq!(wallet.stdout, toml.stdout, "{command:?}");
        // Each credential is named on stderr, with its unverified proof.
        assert_eq!(
            wallet.stderr.matches("proof not verified").count()
                + wallet.stderr.matches("no proof: unsigned").count(),
            7,
            "{}",
            wallet.stderr
        );
        assert!(toml.stderr.is_empty(), "{}", toml.stderr);
    }
}

#[test]
fn the_toml_output_is_a_passport_that_reads_back_the_same() {
    let toml = Test::new()
        .args([
            "--as-of", AS_OF, "passport", "--format", "toml", "--worker", WALLET,
        ])
        .run()
        .stdout;
    let again = Test::new()
        .tree([("anna.toml", toml.as_str())])
        .args(["passport", "--format", "toml", "--worker", "anna.toml"])
        .run()
        .stdout;
    assert_eq!(again, toml);
    assert_eq!(
        toml,
        std::fs::read_to_string("tests/fixtures/credentials/wallet-anna.toml")
            .unwrap()
            .lines()
            .filter(|line| !line.starts_with('#'))
            .map(|line| format!("{line}\n"))
            .collect::<String>()
    );
}

#[test]
fn a_passport_and_credentials_beside_it_are_merged() {
    let document = Test::new()
        .tree([
            (
                "anna/anna.toml",
                "[worker]\nid = \"anna\"\nname = \"Anna\"\nskills = [\"cad@2\"]\ntarget = \"cobot-operator\"\n",
            ),
            (
                "anna/badge.json",
                &std::fs::read_to_string(format!("{WALLET}/cobot-practice.json")).unwrap(),
            ),
        ])
        .args(["--as-of", AS_OF, "passport", "--format", "json", "--worker", "anna"])
        .run()
        .json();
    assert_eq!(document["worker"], "anna");
    assert_eq!(document["target"], "cobot-operator");
    assert_eq!(
        skills(&document),
        [
            "workshop-safety@3",
            "sensors-actuators@2",
            "cobot-operation@2",
            "cad@2"
        ]
    );
}

/// `passport --format <format>` of `content` written as `name`, as of 2026-12-01.
fn passport_from(name: &str, content: &str, format: &str) -> crate::support::test::Run {
    Test::new()
        .tree([(name, content)])
        .args([
            "--as-of", AS_OF, "passport", "--format", format, "--worker", name,
        ])
        .run()
}

/// The passport document of one badge with `subject` as its credentialSubject.
fn read_badge(subject: &str) -> Value {
    Test::new()
        .tree([("b.json", badge(subject))])
        .args(["passport", "--format", "json", "--worker", "b.json"])
        .run()
        .json()
}

/// A minimal OB 3.0 credential with `subject` as its credentialSubject.
fn badge(subject: &str) -> String {
    format!(
        r#"{{"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": "https://issuer.example", "validFrom": "2026-01-01T00:00:00Z", "credentialSubject": {subject}}}"#
    )
}

const TEAMWORK: &str = r#"{"id": "https://x.example/a", "type": "Achievement", "name": "T",
    "alignment": {"type": "Alignment", "targetName": "work in teams",
                  "targetUrl": "http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0"}}"#;

#[test]
fn a_result_status_failed_or_in_progress_grants_nothing() {
    for (status, code) in [
        ("Failed", "status"),
        ("Withdrew", "status"),
        ("InProgress", "status"),
        ("Enrolled", "status"),
    ] {
        let subject = format!(
            r#"{{"achievement": {TEAMWORK}, "result": [{{"type": "Result", "status": "{status}"}}]}}"#
        );
        let document = read_badge(&subject);
        assert!(skills(&document).is_empty(), "{status}");
        assert_eq!(document["credentials"][0]["standing"]["code"], code);
        assert_eq!(document["credentials"][0]["standing"]["status"], status);
    }
    let completed = format!(
        r#"{{"achievement": {TEAMWORK}, "result": {{"type": "Result", "status": "Completed"}}}}"#
    );
    let document = read_badge(&completed);
    assert_eq!(skills(&document), ["teamwork@1"]);
    assert_eq!(note_codes(&document, 0), ["default-level"]);
}

#[test]
fn broken_credentials_name_the_file_the_place_and_the_reason() {
    // A 1×1 image without a badge, a "PNG" of its end chunk alone, and a
    // badge cut off in the middle.
    let mut png_without_badge = Vec::new();
    let mut writer = png::Encoder::new(&mut png_without_badge, 1, 1)
        .write_header()
        .expect("a PNG header");
    writer.write_image_data(&[0]).expect("the pixel");
    writer.finish().expect("the PNG");
    let headless_png = b"\x89PNG\r\n\x1a\n\0\0\0\0IEND\xaeB`\x82".to_vec();
    let cut_badge = {
        let badge = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/credentials/wallet-anna/rob-veiligheid.png"
        ))
        .expect("the baked badge");
        badge[..badge.len() / 2].to_vec()
    };
    for (content, needle) in [
        (b"{\"type\": ".to_vec(), "`$`: the JSON ends too early (line 1, column 9)"),
        (b"{\"a\": 1}".to_vec(), "`$`: not a verifiable credential"),
        (
            br#"{"type": "Assertion", "badge": "x", "recipient": {}}"#.to_vec(),
            "`$`: an Open Badges 2.0 assertion",
        ),
        (
            badge(r#"{"achievement": "https://x.example/a"}"#).into_bytes(),
            "`$.credentialSubject.achievement`: must be an object, found a string",
        ),
        (
            badge(r#"{"achievement": {"type": "Achievement"}}"#).into_bytes(),
            "`$.credentialSubject.achievement`: has no `id`",
        ),
        (
            badge(r#"{"result": {"type": "Result", "status": "Passed"}}"#).into_bytes(),
            "`$.credentialSubject.result.status`: `Passed` is no Open Badges result status",
        ),
        (
            badge(
                r#"{"achievement": {"id": "a", "type": "Achievement", "alignment": [{"targetName": "x"}]}}"#,
            )
            .into_bytes(),
            "`$.credentialSubject.achievement.alignment[0]`: has no `targetUrl`",
        ),
        (
            badge("{}").replace("2026-01-01T00:00:00Z", "soon").into_bytes(),
            "`$.validFrom`: `soon` is not a date",
        ),
        (png_without_badge, "`$`: an image without a baked credential"),
        (
            headless_png,
            "`$`: a broken PNG: ",
        ),
        (
            cut_badge,
            "`$`: a broken PNG: the file ends in the middle of a chunk",
        ),
    ] {
        Test::new()
            .tree([("wallet/c.json", content)])
            .args(["plan", "--target", "cobot-operator", "--worker", "wallet"])
            .code(1)
            .stderr_contains(format!("error: wallet/c.json: {needle}"))
            .run();
    }
}

#[test]
fn an_empty_folder_and_a_folder_of_passports_are_refused_with_a_fix() {
    Test::new()
        .tree([("empty/.hidden", "x")])
        .args(["gap", "--target", "cobot-operator", "--worker", "empty"])
        .code(1)
        .stderr_contains("the folder holds no credential")
        .run();
    Test::new()
        .args([
            "gap",
            "--target",
            "cobot-operator",
            "--worker",
            "examples/workers",
        ])
        .code(1)
        .stderr_contains("is a directory, not a passport")
        .run();
}

#[test]
fn the_passport_speaks_dutch_for_the_advisor() {
    Test::new()
        .args([
            "--lang", "nl", "--as-of", AS_OF, "passport", "--worker", WALLET,
        ])
        .stdout_contains("Skillspaspoort van Anna de Vries (wallet-anna), per 1 december 2026")
        .stdout_contains("verlopen op 1 juni 2025: telt niet mee")
        .stdout_contains("handtekening niet gecontroleerd (DataIntegrityProof)")
        .run();
}

/// An official schema of `tests/fixtures/standards/schemas/`.
fn schema(name: &str) -> Value {
    serde_json::from_str(
        &std::fs::read_to_string(format!("{STANDARDS}/schemas/{name}")).expect("schema"),
    )
    .expect("schema JSON")
}

/// The violations of `instance` against `schema`, with where they are.
fn violations(schema: &Value, instance: &Value) -> Vec<String> {
    let validator = jsonschema::validator_for(schema).expect("a valid schema");
    validator
        .iter_errors(instance)
        .map(|error| format!("{}: {error}", error.instance_path()))
        .collect()
}

/// The official AchievementCredential schema's `Achievement` definition.
fn achievement_schema() -> Value {
    let ob = schema("ob_v3p0_achievementcredential_schema.json");
    serde_json::json!({
        "$schema": ob["$schema"],
        "$ref": "#/$defs/Achievement",
        "$defs": ob["$defs"],
    })
}

#[test]
fn exported_achievements_are_valid_open_badges_for_every_module() {
    let curriculum = leerroute::load_curriculum(&leerroute::Origin::Embedded).unwrap();
    let exported = Test::new().args(["export", "achievements"]).run().json();
    let achievements = exported.as_array().expect("an array");
    assert_eq!(achievements.len(), curriculum.modules.len());
    let definition = achievement_schema();
    let credential_schema = schema("ob_v3p0_achievementcredential_schema.json");
    // The validator does refuse: the VC 2.0 example lacks the 1.1 `issuanceDate`
    // that this schema requires, and an achievement without criteria is no
    // achievement.
    let simple: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{STANDARDS}/ob3/simple.json")).unwrap(),
    )
    .unwrap();
    assert!(!violations(&credential_schema, &simple).is_empty());
    assert!(!violations(&definition, &serde_json::json!({"id": "x", "type": ["Achievement"], "name": "x", "description": "x"})).is_empty());
    for (module, achievement) in curriculum.modules.iter().zip(achievements) {
        assert_eq!(
            violations(&definition, achievement),
            Vec::<String>::new(),
            "{}",
            module.id
        );
        // As a provider would issue it.
        let issued = serde_json::json!({
            "@context": ["https://www.w3.org/2018/credentials/v1", "https://purl.imsglobal.org/spec/ob/v3p0/context.json"],
            "id": "https://provider.example/credentials/1",
            "type": ["VerifiableCredential", "AchievementCredential"],
            "name": achievement["name"],
            "issuer": {"id": "https://provider.example", "type": ["Profile"]},
            "issuanceDate": "2026-12-01T00:00:00Z",
            "credentialSubject": {"type": ["AchievementSubject"], "id": "did:example:1", "achievement": achievement},
        });
        assert_eq!(
            violations(&credential_schema, &issued),
            Vec::<String>::new()
        );
        assert_eq!(
            achievement["id"],
            format!("urn:leerroute:smart-industry/modules/{}", module.id)
        );
        assert_eq!(achievement["name"], module.name.as_str());
        // An alignment to the ESCO URI of every skill it grants, and a rubric
        // of the curriculum's levels with the level granted.
        let urls: Vec<&str> = achievement["alignment"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["targetUrl"].as_str().unwrap())
            .collect();
        for (grant, description) in module
            .grants
            .iter()
            .zip(achievement["resultDescription"].as_array().unwrap())
        {
            let skill = &curriculum.skills[grant.value.skill.index()];
            if let Some(esco) = &skill.esco {
                let esco = esco.value.as_str();
                assert!(urls.contains(&esco), "{}: {esco}", module.id);
            }
            assert_eq!(
                description["rubricCriterionLevel"]
                    .as_array()
                    .unwrap()
                    .len(),
                usize::from(skill.max_level)
            );
            assert_eq!(
                description["requiredLevel"],
                format!("urn:leerroute:smart-industry/levels/{}", grant.value.level)
            );
        }
    }
    let types: std::collections::BTreeSet<&str> = achievements
        .iter()
        .map(|a| a["achievementType"].as_str().unwrap())
        .collect();
    assert_eq!(
        types.into_iter().collect::<Vec<_>>(),
        [
            "Badge",
            "Certificate",
            "Course",
            "Fieldwork",
            "MicroCredential"
        ]
    );
}

#[test]
fn an_exported_achievement_issued_as_a_badge_reads_back_as_the_module() {
    let exported = Test::new().args(["export", "achievements"]).run().json();
    let vca = exported
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["humanCode"] == "basis-vca")
        .unwrap()
        .clone();
    let badge = serde_json::json!({
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": "https://provider.example/credentials/2",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "https://provider.example", "type": ["Profile"], "name": "Opleidingsinstituut"},
        "validFrom": "2026-11-01T00:00:00Z",
        "credentialSubject": {"type": ["AchievementSubject"], "achievement": vca},
    });
    let document = passport_from("vca.json", &badge.to_string(), "json").json();
    assert_eq!(completed(&document), ["basis-vca"]);
    assert_eq!(
        skills(&document),
        ["workshop-safety@2", "risk-assessment@1"]
    );
    // Without a result, the rubric's required level is the level.
    assert_eq!(
        document["skills"][0]["evidence"][0]["source"]["kind"],
        "required"
    );
}

#[test]
fn the_passport_as_a_clr_is_valid_and_reads_back_as_the_same_passport() {
    let clr = Test::new()
        .args([
            "--as-of", AS_OF, "passport", "--format", "clr", "--worker", WALLET,
        ])
        .run()
        .json();
    assert_eq!(
        violations(&schema("clr_v2p0_clrcredential_schema.json"), &clr),
        Vec::<String>::new()
    );
    let ob = schema("ob_v3p0_achievementcredential_schema.json");
    let nested = clr["credentialSubject"]["verifiableCredential"]
        .as_array()
        .unwrap();
    // Two completed modules and five skill-levels the modules do not grant.
    assert_eq!(nested.len(), 7);
    for credential in nested {
        assert_eq!(violations(&ob, credential), Vec::<String>::new());
    }
    let toml = |worker: &str| {
        Test::new()
            .args([
                "--as-of", AS_OF, "passport", "--format", "toml", "--worker", worker,
            ])
            .run()
            .stdout
    };
    let again = passport_from("wallet-anna.json", &clr.to_string(), "toml").stdout;
    assert_eq!(
        again.replace("name = \"wallet-anna\"", "name = \"Anna de Vries\""),
        toml(WALLET)
    );
    Test::new()
        .args(["passport", "--format", "clr", "--skills", "x"])
        .code(2)
        .run();
    Test::new()
        .tree([("empty.toml", "[worker]\nid = \"e\"\nskills = []\n")])
        .args(["passport", "--format", "clr", "--worker", "empty.toml"])
        .code(1)
        .stderr_contains("a CLR needs at least one credential")
        .run();
}

/// `leerroute --as-of 2026-12-01 plan --target cobot-operator --format <format> <who…>`.
fn cobot_plan(format: &str, who: &[&str]) -> String {
    Test::new()
        .args(["--as-of", AS_OF, "plan", "--target", "cobot-operator"])
        .args(["--format", format])
        .args(who)
        .run()
        .stdout
}

#[test]
fn batch_rows_name_credentials_relative_to_the_input_and_plan_as_plan_does() {
    let single: Value = serde_json::from_str(&cobot_plan(
        "json",
        &["--worker", "tests/fixtures/credentials/wallet-anna.toml"],
    ))
    .unwrap();
    for (input, bad, needle) in [
        (
            "workforce.csv",
            "cor",
            "line 4: `credentials`: tests/fixtures/credentials/missing-folder: `$`: cannot be read",
        ),
        (
            "workforce.jsonl",
            "dirk",
            "line 2: `credentials`: tests/fixtures/credentials/../standards/ob3/simple-err-credential-subject-result-type.json: `$.credentialSubject.result[1].type`",
        ),
    ] {
        let run = Test::new()
            .args(["--as-of", AS_OF, "batch", "--workers"])
            .arg(format!("tests/fixtures/credentials/{input}"))
            .code(4)
            .run();
        let plans: Vec<Value> = run
            .stdout
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect();
        let mut anna = plans[0].clone();
        anna.as_object_mut().unwrap().remove("line");
        assert_eq!(anna, single, "{input}");
        let error = plans.iter().find(|plan| plan["worker"] == bad).unwrap();
        assert_eq!(error["status"], "error");
        let message = error["reasons"][0]["message"].as_str().unwrap();
        assert!(message.starts_with(needle), "{input}: {message}");
    }
    // A row's own skills and its credentials add up.
    let run = Test::new()
        .args(["--as-of", AS_OF, "batch", "--format", "csv", "--workers"])
        .arg("tests/fixtures/credentials/workforce.csv")
        .code(4)
        .run();
    let bram = cobot_plan(
        "csv",
        &[
            "--skills",
            "cad@2,teamwork@2,workshop-safety@3,sensors-actuators@2,cobot-operation@2",
        ],
    );
    let modules = |csv: &str, row: &str| -> String {
        csv.lines()
            .find(|line| line.starts_with(row))
            .unwrap_or_default()
            .split(',')
            .nth(7)
            .unwrap_or_default()
            .to_string()
    };
    assert!(!modules(&run.stdout, "bram,").is_empty(), "{}", run.stdout);
    let planned: Vec<&str> = bram
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(1).unwrap())
        .collect();
    assert_eq!(modules(&run.stdout, "bram,"), planned.join(";"));
}

#[test]
fn a_wallet_folder_holds_credentials_only_and_a_link_back_up_is_read_once() {
    Test::new()
        .tree([
            ("wallet/README.md", "# My badges\n"),
            (
                "wallet/b.json",
                badge(&format!(r#"{{"achievement": {TEAMWORK}}}"#)).as_str(),
            ),
        ])
        .args(["passport", "--worker", "wallet"])
        .code(1)
        .stderr_contains("error: wallet/README.md: `$`: not a verifiable credential")
        .run();
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("wallet")).unwrap();
    std::fs::write(
        dir.path().join("wallet/b.json"),
        badge(&format!(r#"{{"achievement": {TEAMWORK}}}"#)),
    )
    .unwrap();
    std::os::unix::fs::symlink("..", dir.path().join("wallet/up")).unwrap();
    let document = Test::new()
        .current_dir(dir.path())
        .args(["passport", "--format", "json", "--worker", "wallet"])
        .timeout(std::time::Duration::from_secs(60))
        .run()
        .json();
    assert_eq!(skills(&document), ["teamwork@1"]);
    assert_eq!(document["credentials"].as_array().unwrap().len(), 1);
}

#[test]
fn the_passport_table_as_an_advisor_reads_it() {
    // A table at 100 columns; blocks on a narrow screen.
    for (lang, columns) in [("en", "100"), ("nl", "80")] {
        let run = Test::new()
            .env("COLUMNS", columns)
            .args([
                "--lang", lang, "--as-of", AS_OF, "passport", "--worker", WALLET,
            ])
            .run();
        insta::assert_snapshot!(format!("passport__wallet_anna__{lang}"), run.stdout);
    }
}

#[test]
fn two_skills_on_one_esco_skill_are_both_given_and_a_module_names_its_achievement() {
    let curriculum = r#"
[curriculum]
id = "small"
name = "Klein"
uri = "https://provider.example/curricula/small/"
levels = ["een", "twee", "drie"]

[[skill]]
id = "welding"
name = "Lassen"
esco = "http://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000001"

[[skill]]
id = "mig-welding"
name = "MIG-lassen"
esco = "https://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000001"
max_level = 2

[[module]]
id = "las-basis"
name = "Lassen basis"
stage = "basis"
hours = 8
achievement = "https://provider.example/badges/las-basis"
grants = ["welding@2"]

[[profile]]
id = "welder"
name = "Lasser"
requires = ["welding@3"]
"#;
    let subject = r#"{"achievement": {"id": "https://provider.example/badges/las-basis", "type": "Achievement",
        "alignment": [{"targetName": "weld", "targetUrl": "http://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000001"}],
        "resultDescription": {"id": "r", "type": "ResultDescription", "name": "n", "resultType": "RubricCriterionLevel",
            "rubricCriterionLevel": [{"id": "l1", "type": "RubricCriterionLevel", "name": "low"}, {"id": "l2", "type": "RubricCriterionLevel", "name": "high"}]}},
        "result": {"type": "Result", "achievedLevel": "l2"}}"#;
    let document = Test::new()
        .curriculum([("curriculum.toml", curriculum)])
        .tree([("b.json", badge(subject))])
        .args([
            "--as-of", AS_OF, "passport", "--format", "json", "--worker", "b.json",
        ])
        .run()
        .json();
    // The rubric is aligned to no skill: its level 2 of 2 is the top of the
    // scale (3) for the achievement's skills, lowered to MIG's top level.
    assert_eq!(skills(&document), ["welding@3", "mig-welding@2"]);
    assert_eq!(completed(&document), ["las-basis"]);
    assert!(note_codes(&document, 0).contains(&"level-capped".to_string()));
    // The own URIs come from `[curriculum] uri`.
    let exported = Test::new()
        .curriculum([("curriculum.toml", curriculum)])
        .args(["export", "achievements"])
        .run()
        .json();
    assert_eq!(
        exported[0]["id"],
        "https://provider.example/badges/las-basis"
    );
    assert_eq!(
        exported[0]["resultDescription"][0]["requiredLevel"],
        "https://provider.example/curricula/small/levels/2"
    );
}

#[test]
fn an_achieved_level_is_found_across_all_rubrics_when_its_result_names_the_wrong_description() {
    // complete.json's result names the LetterGrade description, while its
    // achievedLevel ("Mastery", the first of two) belongs to the rubric one.
    let mut complete: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{STANDARDS}/ob3/complete.json")).unwrap(),
    )
    .unwrap();
    let rubric = &mut complete["credentialSubject"]["achievement"]["resultDescription"][1];
    assert_eq!(rubric["resultType"], "RubricCriterionLevel");
    rubric["alignment"] = serde_json::json!([{
        "type": ["Alignment"], "targetName": "work in teams",
        "targetUrl": "http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0",
    }]);
    let document = passport_from("complete.json", &complete.to_string(), "json").json();
    // Position 1 of 2 on a scale of 4 levels: ⌈1 × 4 / 2⌉ = 2.
    assert_eq!(skills(&document), ["teamwork@2"]);
    assert_eq!(
        document["skills"][0]["evidence"][0]["source"],
        serde_json::json!({"kind": "achieved", "rubric_level": "Mastery", "position": 1, "of": 2, "own_scale": false})
    );
}

/// The keys of the objects at `indent` spaces in pretty-printed JSON, in
/// the order they are written.
fn keys_at(text: &str, indent: usize) -> Vec<String> {
    let prefix = format!("{}\"", " ".repeat(indent));
    text.lines()
        .filter_map(|line| line.strip_prefix(&prefix))
        .filter_map(|rest| rest.split_once("\":"))
        .map(|(key, _)| key.to_string())
        .collect()
}

#[test]
fn exported_documents_start_with_context_id_and_type_as_the_standards_do() {
    let exported = Test::new().args(["export", "achievements"]).run().stdout;
    let keys = keys_at(&exported, 4);
    assert_eq!(
        keys[..7],
        [
            "id",
            "type",
            "name",
            "description",
            "achievementType",
            "criteria",
            "humanCode"
        ]
    );
    let clr = Test::new()
        .args([
            "passport", "--worker", WALLET, "--as-of", AS_OF, "--format", "clr",
        ])
        .run()
        .stdout;
    let credential = [
        "@context",
        "id",
        "type",
        "name",
        "issuer",
        "issuanceDate",
        "credentialSubject",
    ];
    assert_eq!(keys_at(&clr, 2), credential);
    // Each credential inside, too.
    assert_eq!(keys_at(&clr, 8)[..7], credential);
}

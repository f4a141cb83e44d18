//! `leerroute map`: the SVG parses and shows every line and station, the
//! route drawn is exactly `plan`'s, the PNG renders, and bad flags are
//! refused with a fix. (The layout's no-overlap promise is tested box by
//! box in `src/render/map/tests.rs`.)

use std::collections::BTreeMap;

use crate::support::test::Test;

const ANNA: &str = "examples/workers/anna.toml";

fn svg(args: &[&str]) -> String {
    Test::new().arg("map").args(args).run().stdout
}

/// Per module drawn (`data-module` on a station's group), its route step,
/// if it has one.
pub(crate) fn stations(svg: &str) -> BTreeMap<String, Option<u32>> {
    let document = roxmltree::Document::parse(svg).expect("the map is well-formed SVG");
    let mut found = BTreeMap::new();
    for group in document
        .descendants()
        .filter(|n| n.has_tag_name("g") && n.attribute("data-module").is_some())
    {
        let step = group
            .descendants()
            .find_map(|n| n.attribute("data-step"))
            .map(|s| s.parse().expect("a step number"));
        found.insert(
            group
                .attribute("data-module")
                .unwrap_or_default()
                .to_string(),
            step,
        );
    }
    found
}

/// A plan document's route: each step's module and number.
pub(crate) fn planned_steps(plan: &serde_json::Value) -> Vec<(String, u32)> {
    plan["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .map(|s| {
            let module = s["module"].as_str().expect("a module").to_string();
            (module, s["step"].as_u64().expect("a step") as u32)
        })
        .collect()
}

/// The route a map draws: each numbered station's module and number, in order.
pub(crate) fn drawn_steps(svg: &str) -> Vec<(String, u32)> {
    let mut drawn: Vec<(String, u32)> = stations(svg)
        .into_iter()
        .filter_map(|(module, step)| step.map(|s| (module, s)))
        .collect();
    drawn.sort_by_key(|d| d.1);
    drawn
}

fn listed(kind: &str) -> Vec<serde_json::Value> {
    let list = Test::new()
        .args(["list", kind, "--format", "json"])
        .run()
        .json();
    list.as_array().expect("a JSON array").clone()
}

#[test]
fn the_map_shows_every_line_in_its_colour_and_every_station() {
    let map = svg(&[]);
    let drawn = stations(&map);
    for module in listed("modules") {
        let id = module["id"].as_str().expect("an id");
        assert!(drawn.contains_key(id), "`{id}` is on the map");
    }
    for line in listed("lines") {
        let color = line["color"].as_str().expect("a colour");
        assert!(
            map.contains(&format!("stroke=\"{color}\"")),
            "line `{}` is drawn in {color}",
            line["id"]
        );
        let name = line["name"].as_str().expect("a name");
        assert!(map.contains(&name.replace('&', "&amp;")), "{name} is named");
    }
    assert!(map.contains("@font-face"), "the SVG carries its fonts");
    assert!(
        !map.contains("http://") || !map.contains("href=\"http"),
        "no external requests"
    );
}

#[test]
fn a_line_alone_is_drawn_with_what_links_to_it() {
    let map = svg(&["--line", "safety", "--lang", "nl"]);
    let drawn = stations(&map);
    for station in [
        "vei-rie",
        "rob-veiligheid",
        "vei-machineveiligheid",
        "vei-nen3140-vp",
    ] {
        assert!(drawn.contains_key(station), "{station}");
    }
    assert!(
        !drawn.contains_key("cnc-frezen"),
        "another line's station is left out"
    );
    assert!(map.contains("stroke=\"#d50032\""));
    assert!(!map.contains("stroke=\"#00a651\""), "no other line's track");
    assert!(map.contains("Metroleerlijnen"), "Dutch with --lang nl");
}

#[test]
fn the_route_drawn_is_the_route_planned() {
    for extra in [
        &[][..],
        &["--minimize", "cost"],
        &["--exclude", "rob-intro"],
        &["--line", "robots"],
    ] {
        let plan_extra: Vec<&str> = extra
            .iter()
            .copied()
            .filter(|a| *a != "--line" && *a != "robots")
            .collect();
        let plan = Test::new()
            .args(["plan", "--worker", ANNA, "--format", "json"])
            .args(&plan_extra)
            .output()
            .json();
        let planned = planned_steps(&plan);
        let map = Test::new()
            .args(["map", "--worker", ANNA])
            .args(extra)
            .code(if plan["status"] == "planned" { 0 } else { 3 })
            .run()
            .stdout;
        let drawn = drawn_steps(&map);
        assert_eq!(drawn, planned, "{extra:?}");
    }
}

#[test]
fn an_unreachable_target_still_gives_the_map_and_exit_3() {
    let map = Test::new()
        .args([
            "map",
            "--skills",
            "teamwork@1",
            "--target",
            "cobot-operator",
            "--budget",
            "0",
        ])
        .code(3)
        .run()
        .stdout;
    assert!(stations(&map).values().all(Option::is_none), "no steps");
    assert!(map.contains("no route"));
}

#[test]
fn the_png_renders_and_is_not_blank() {
    let dir = tempfile::tempdir().expect("a directory");
    let out = dir.path().join("map.png");
    Test::new()
        .args(["map", "--line", "safety", "--format", "png", "--out"])
        .arg(&out)
        .run();
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(&out).expect("the PNG is written"),
    ));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("a size")];
    let info = reader.next_frame(&mut pixels).expect("a frame");
    assert!(
        info.width > 400 && info.height > 200,
        "{}×{}",
        info.width,
        info.height
    );
    let mut colours = std::collections::BTreeSet::new();
    for pixel in pixels[..info.buffer_size()].chunks(4) {
        colours.insert(pixel.to_vec());
    }
    assert!(
        colours.len() > 20,
        "{} colours: a blank picture",
        colours.len()
    );
    assert!(
        colours.contains(&vec![0xd5, 0x00, 0x32, 0xff]),
        "the safety line's red is drawn"
    );
}

#[test]
fn bad_flags_are_refused_with_a_fix() {
    Test::new()
        .args(["map", "--line", "robot"])
        .code(1)
        .stderr_contains("unknown line `robot` in --line")
        .stderr_contains("robots")
        .run();
    Test::new()
        .args(["map", "--target", "cobot-operator"])
        .code(1)
        .stderr_contains("need a worker")
        .run();
    Test::new()
        .args(["map", "--worker", ANNA, "--skills", "teamwork@1"])
        .code(2)
        .run();
    let dir = tempfile::tempdir().expect("a directory");
    Test::new()
        .args(["map", "--out"])
        .arg(dir.path())
        .code(1)
        .stderr_contains("is a directory")
        .run();
}

/// The real UC San Diego catalogue (7,375 modules, no lines) gives a valid
/// map whose size grows with the catalogue: every course drawn, a few
/// hundred bytes each. (Its time is in `benches/map.rs`.)
#[test]
fn the_catalogue_gives_a_bounded_map() {
    let Some(path) = crate::support::generator::ucsd_catalogue() else {
        return;
    };
    let map = Test::new()
        .arg("--curriculum")
        .arg(&path)
        .arg("map")
        .run()
        .stdout;
    let drawn = stations(&map);
    assert_eq!(drawn.len(), 7_375, "every course is on the map");
    assert!(
        map.len() < 1_000 * drawn.len(),
        "{} bytes for {} modules",
        map.len(),
        drawn.len()
    );
}

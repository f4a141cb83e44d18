//! `leerroute map` at scale: the time to lay out and write the whole
//! curriculum's metro map as SVG (issue 12, "Performance"), on
//! - the shipped curriculum (goal: under 50 ms), and its PNG;
//! - the real UC San Diego catalogue (7,375 modules, no lines), when present
//!   (goal: under 2 s, with an SVG whose size grows with the catalogue, not
//!   its square);
//! - generated curricula of 1,000 and 3,000 modules.
//!
//! Run: `cargo bench --bench map`. The catalogue is read from
//! `LEERROUTE_UCSD`, else `../shared/realdata/ucsd/curriculum` next to the
//! crate; without it that set is skipped with a note. Before the criterion
//! runs, each set prints the SVG's size in bytes and per module. Benches
//! report; they assert nothing.

#[allow(dead_code)]
#[path = "../tests/integration/support/generator.rs"]
mod generator;

use std::borrow::Cow;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use leerroute::{
    Curriculum, Origin, SourceMap, from_sources, load_curriculum, metro_map_png, metro_map_svg,
};

fn ucsd() -> Option<PathBuf> {
    let path = std::env::var_os("LEERROUTE_UCSD").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/realdata/ucsd/curriculum"),
        PathBuf::from,
    );
    path.is_dir().then_some(path)
}

fn generated(modules: usize) -> Curriculum {
    let mut sources = SourceMap::default();
    sources.add(
        format!("generated-{modules}.toml"),
        Cow::Owned(generator::curriculum_text(modules, 2026)),
    );
    from_sources(sources, Vec::new()).expect("a generated curriculum loads")
}

fn bench(c: &mut Criterion) {
    let mut sets: Vec<(String, Curriculum)> = vec![(
        "shipped".to_string(),
        load_curriculum(&Origin::Embedded).expect("the shipped curriculum"),
    )];
    match ucsd() {
        Some(path) => sets.push((
            "ucsd".to_string(),
            load_curriculum(&Origin::Path(path)).expect("the catalogue loads"),
        )),
        None => println!("map/ucsd: skipped, the catalogue is not there (set LEERROUTE_UCSD)"),
    }
    for modules in [1_000, 3_000] {
        sets.push((format!("generated-{modules}"), generated(modules)));
    }
    let mut group = c.benchmark_group("map");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    for (name, curriculum) in &sets {
        let svg = metro_map_svg(curriculum);
        println!(
            "map/{name}: {} modules, SVG {} bytes ({} per module)",
            curriculum.modules.len(),
            svg.len(),
            svg.len() / curriculum.modules.len().max(1)
        );
        group.bench_function(format!("svg/{name}"), |b| {
            b.iter(|| metro_map_svg(black_box(curriculum)))
        });
    }
    let shipped = metro_map_svg(&sets[0].1);
    group.bench_function("png/shipped", |b| {
        b.iter(|| metro_map_png(black_box(&shipped)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

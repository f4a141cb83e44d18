//! The map's promises, box by box: no label overlaps another label, a
//! marker, a track or a legend symbol; every station is drawn, and every
//! transfer joins all its lines; on the shipped curriculum and on generated
//! ones of several sizes.

use std::borrow::Cow;

use super::layout::{self, Band, Label, Layout, Marker, Owner, TAG_PAD};
use super::*;
use crate::analysis::Grantors;
use crate::plan::scope::generator;
// The whole file is tests; the architecture test reads code up to here.
#[cfg(test)]
use crate::load::{Origin, from_sources, load_curriculum};
use crate::source::SourceMap;
use crate::words::{Lang, words};

fn shipped() -> Curriculum {
    load_curriculum(&Origin::Embedded).expect("the shipped curriculum loads")
}

fn generated(modules: usize, seed: u64) -> Curriculum {
    let mut sources = SourceMap::default();
    sources.add(
        "generated.toml".to_string(),
        Cow::Owned(generator::curriculum_text(modules, seed)),
    );
    from_sources(sources, Vec::new()).expect("a generated curriculum loads")
}

fn graph(curriculum: &Curriculum) -> ModuleGraph {
    ModuleGraph::new(curriculum, &Grantors::new(curriculum), |_| true)
}

fn map_of(curriculum: &Curriculum, selection: &Selection, lang: Lang) -> Layout {
    laid_out(curriculum, selection, lang, false)
}

fn laid_out(curriculum: &Curriculum, selection: &Selection, lang: Lang, compact: bool) -> Layout {
    let headings = Headings {
        title: "Map",
        subtitle: Some("Route"),
        route: Some(RouteLegend {
            completed: true,
            held: true,
            faded: true,
        }),
        compact,
    };
    layout(
        curriculum,
        &graph(curriculum),
        selection,
        words(lang),
        &headings,
    )
}

/// The box a label takes on the page: a line's name tag with its plate.
fn drawn_box(label: &Label) -> Rect {
    match label.owner {
        Owner::Line(_) => label.rect.grow(TAG_PAD),
        _ => label.rect,
    }
}

/// Every overlap on the map, in words (empty when there is none).
fn overlaps(curriculum: &Curriculum, map: &Layout) -> Vec<String> {
    let name = |label: &Label| {
        label
            .lines
            .iter()
            .map(|l| l.0.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut found = Vec::new();
    let boxes: Vec<Rect> = map.labels.iter().map(drawn_box).collect();
    // Sorted by left edge, so only neighbours in x are compared.
    let mut order: Vec<usize> = (0..boxes.len()).collect();
    order.sort_by(|&a, &b| boxes[a].x0.total_cmp(&boxes[b].x0));
    for (i, &a) in order.iter().enumerate() {
        for &b in &order[i + 1..] {
            if boxes[b].x0 >= boxes[a].x1 {
                break;
            }
            if boxes[a].overlaps(&boxes[b]) {
                found.push(format!(
                    "label `{}` overlaps label `{}`",
                    name(&map.labels[a]),
                    name(&map.labels[b])
                ));
            }
        }
    }
    let segments = layout::segments(&map.tracks);
    for (label, rect) in map.labels.iter().zip(&boxes) {
        for station in &map.stations {
            if station.shape.overlaps(rect) {
                found.push(format!(
                    "label `{}` overlaps the station of `{}`",
                    name(label),
                    curriculum.module(station.module).id
                ));
            }
        }
        for segment in &segments {
            if segment.hits(rect) {
                found.push(format!(
                    "label `{}` overlaps the track at {:?}",
                    name(label),
                    segment.from
                ));
            }
        }
        for (symbol, area) in &map.symbols {
            if area.overlaps(rect) {
                found.push(format!(
                    "label `{}` overlaps the legend's {symbol:?}",
                    name(label)
                ));
            }
        }
        // A line station's name stays in the lines band.
        if let (Owner::Station(module), Some(lines)) = (
            label.owner,
            map.bands.iter().find(|b| b.band == Band::Lines),
        ) && map
            .stations
            .iter()
            .any(|s| s.module == module && !matches!(s.marker, Marker::Packed(_)))
            && (rect.x0 < lines.rect.x0 || rect.x1 > lines.rect.x1)
        {
            found.push(format!(
                "label `{}` reaches out of the lines band",
                name(label)
            ));
        }
        let inside =
            |r: &Rect| r.x0 >= 0.0 && r.y0 >= 0.0 && r.x1 <= map.width && r.y1 <= map.height;
        if !inside(rect) {
            found.push(format!("label `{}` is off the map", name(label)));
        }
    }
    found
}

/// Every module selected is drawn once, every selected station of a line is
/// on its track, and a transfer holds each of its lines at its own height.
fn check_stations(curriculum: &Curriculum, selection: &Selection, map: &Layout) {
    let mut drawn = vec![0; curriculum.modules.len()];
    for station in &map.stations {
        drawn[station.module.index()] += 1;
    }
    for module in curriculum.module_ids() {
        let expected = usize::from(selection.modules[module.index()]);
        assert_eq!(
            drawn[module.index()],
            expected,
            "`{}` drawn {} times",
            curriculum.module(module).id,
            drawn[module.index()]
        );
    }
    for track in &map.tracks {
        let line = &curriculum.lines[track.line.index()];
        for station in line
            .stations
            .iter()
            .filter(|s| selection.modules[s.value.index()])
        {
            let on_map = map
                .stations
                .iter()
                .find(|s| s.module == station.value)
                .expect("a line's station is drawn");
            let (_, offset) = on_map
                .lines
                .iter()
                .find(|(l, _)| *l == track.line)
                .expect("the station lists its line");
            let at = (on_map.x, on_map.y + offset);
            let reaches = track.legs.iter().any(|leg| {
                leg.to == station.value
                    && leg
                        .points
                        .last()
                        .is_some_and(|p| (p.0 - at.0).abs() < 0.01 && (p.1 - at.1).abs() < 0.01)
            });
            assert!(
                reaches,
                "line `{}` reaches `{}`",
                line.id,
                curriculum.module(station.value).id
            );
        }
    }
    for station in &map.stations {
        let lines = curriculum.lines_of(station.module);
        if station.marker == Marker::Transfer {
            assert_eq!(station.lines.len(), lines.len());
            let mut heights: Vec<f64> = station.lines.iter().map(|l| l.1).collect();
            heights.dedup();
            assert_eq!(heights.len(), lines.len(), "one height per line");
            for (_, offset) in &station.lines {
                assert!(
                    (station.y + offset) > station.shape.y0
                        && (station.y + offset) < station.shape.y1,
                    "each line runs through the interchange"
                );
            }
        }
    }
}

#[test]
fn the_shipped_map_has_no_overlaps_and_names_every_station_by_it() {
    let curriculum = shipped();
    for lang in [Lang::En, Lang::Nl] {
        let selection = Selection::whole(&curriculum);
        let map = map_of(&curriculum, &selection, lang);
        assert_eq!(overlaps(&curriculum, &map), Vec::<String>::new());
        assert!(map.unlabelled.is_empty(), "{:?}", map.unlabelled);
        check_stations(&curriculum, &selection, &map);
        let transfers = map
            .stations
            .iter()
            .filter(|s| s.marker == Marker::Transfer)
            .count();
        assert!(
            transfers >= 10,
            "the shipped lines share {transfers} stations"
        );
        // Every station's own label is on the map.
        for station in &map.stations {
            assert!(
                map.labels
                    .iter()
                    .any(|l| l.owner == Owner::Station(station.module)),
                "`{}` has a label",
                curriculum.module(station.module).id
            );
        }
    }
}

#[test]
fn parts_of_the_shipped_map_have_no_overlaps() {
    let curriculum = shipped();
    let graph = graph(&curriculum);
    for line in 0..curriculum.lines.len() as u32 {
        let selection = Selection::around(&curriculum, &graph, &[LineId(line)], &[]);
        let map = map_of(&curriculum, &selection, Lang::Nl);
        assert_eq!(overlaps(&curriculum, &map), Vec::<String>::new());
        check_stations(&curriculum, &selection, &map);
    }
}

#[test]
fn generated_maps_have_no_overlaps() {
    for (modules, seed) in [(60, 1), (200, 7), (400, 2026), (1_000, 3)] {
        let curriculum = generated(modules, seed);
        let selection = Selection::whole(&curriculum);
        let map = map_of(&curriculum, &selection, Lang::En);
        assert_eq!(
            overlaps(&curriculum, &map),
            Vec::<String>::new(),
            "{modules} modules, seed {seed}"
        );
        check_stations(&curriculum, &selection, &map);
    }
}

/// Lines whose orders contradict each other (a before b on one, b before a
/// on the other) still give a map: a cycle is broken, nothing overlaps.
#[test]
fn lines_in_contradicting_orders_still_draw() {
    let text = r#"
[curriculum]
id = "c"
name = "c"
levels = ["a", "b"]
[[skill]]
id = "s"
name = "S"
[[module]]
id = "a"
name = "Module a"
stage = "line"
hours = 1
grants = ["s@1"]
[[module]]
id = "b"
name = "Module b"
stage = "line"
hours = 1
grants = ["s@2"]
[[line]]
id = "one"
name = "One"
stations = ["a", "b"]
[[line]]
id = "two"
name = "Two"
stations = ["b", "a"]
"#;
    let mut sources = SourceMap::default();
    sources.add("c.toml".to_string(), Cow::Borrowed(text));
    let curriculum = from_sources(sources, Vec::new()).expect("loads");
    let selection = Selection::whole(&curriculum);
    let map = map_of(&curriculum, &selection, Lang::En);
    assert_eq!(overlaps(&curriculum, &map), Vec::<String>::new());
    check_stations(&curriculum, &selection, &map);
}

/// The development plan's map: each route's part of the shipped map, laid
/// out compact, has no overlaps, names every station, and keeps each line
/// to the way with one station of context at each end.
#[test]
fn route_parts_laid_out_compact_have_no_overlaps() {
    let curriculum = shipped();
    let modules: Vec<ModuleId> = curriculum.module_ids().collect();
    // Routes along the lines: each line's middle stations, and a walk
    // over every fifth module of the curriculum.
    let mut routes: Vec<Vec<ModuleId>> = curriculum
        .lines
        .iter()
        .map(|line| {
            let n = line.stations.len();
            line.stations[n / 3..(2 * n / 3).max(n / 3 + 1)]
                .iter()
                .map(|s| s.value)
                .collect()
        })
        .collect();
    routes.push(modules.iter().step_by(5).copied().collect());
    for route in routes {
        let selection = Selection::route(&curriculum, &route, &[]);
        for lang in [Lang::En, Lang::Nl] {
            let map = laid_out(&curriculum, &selection, lang, true);
            assert_eq!(overlaps(&curriculum, &map), Vec::<String>::new());
            assert!(map.unlabelled.is_empty(), "{:?}", map.unlabelled);
            check_stations(&curriculum, &selection, &map);
        }
        for line in &selection.lines {
            let stations = &curriculum.lines[line.index()].stations;
            let at: Vec<usize> = (0..stations.len())
                .filter(|&i| route.contains(&stations[i].value))
                .collect();
            let (first, last) = (at[0], at[at.len() - 1]);
            for (i, station) in stations.iter().enumerate() {
                let near = i + 1 >= first && i <= last + 1;
                let drawn = selection.modules[station.value.index()];
                assert!(
                    !near || drawn,
                    "`{}` of line `{}` is drawn",
                    curriculum.module(station.value).id,
                    curriculum.lines[line.index()].id
                );
                // Outside the way only what another drawn line keeps.
                let kept_by_other = selection.lines.iter().any(|other| {
                    other != line
                        && curriculum.lines[other.index()]
                            .stations
                            .iter()
                            .any(|s| s.value == station.value)
                });
                assert!(
                    near || !drawn || kept_by_other || route.contains(&station.value),
                    "`{}` of line `{}` is left out",
                    curriculum.module(station.value).id,
                    curriculum.lines[line.index()].id
                );
            }
        }
    }
}

#[test]
fn the_compact_layout_is_narrower() {
    let curriculum = shipped();
    let line = &curriculum.lines[0];
    let route: Vec<ModuleId> = line.stations.iter().map(|s| s.value).collect();
    let part = Selection::route(&curriculum, &route, &[]);
    let compact = laid_out(&curriculum, &part, Lang::Nl, true);
    let wide = map_of(&curriculum, &part, Lang::Nl);
    assert!(
        compact.width < 0.85 * wide.width,
        "{} against {}",
        compact.width,
        wide.width
    );
}

//! The map as SVG, built with the `svg` crate from a [`Layout`]: bands,
//! fieldlab places, tracks, markers, labels and the legend, and, with
//! [`Marks`], a worker's route (numbered steps, completed and held modules
//! marked, everything else faded).

use std::fmt::Write;

use base64::Engine;
use svg::Document;
use svg::node::element::{Circle, Definitions, Group, Path, Rectangle, Style, TSpan, Text, Title};

use super::font::{self, FAMILY};
use super::layout::{Band, Label, Layout, Marker, Owner, RESERVE, Symbol, TAG_PAD, TRACK};
use super::{Marks, Rect};
use crate::model::{Curriculum, LineId, ModuleId, Stage};

/// Whether the SVG carries its fonts: a file on its own does; one inside an
/// HTML page that declares them already does not need to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fonts {
    Embedded,
    FromPage,
}

const INK: &str = "#1f2328";
const BASIS: &str = "#4a5560";
const TRAINING: &str = "#2b4c7e";
const FIELDLAB: &str = "#2e7d32";
const NANO: &str = "#6b5b95";
const DONE: &str = "#2e7d32";

fn band_fill(band: Band) -> &'static str {
    match band {
        Band::Basis => "#f4f1ea",
        Band::Lines => "#ffffff",
        Band::Training => "#edf3f8",
        Band::Nanomodules => "#f4f0f6",
    }
}

/// `@font-face` rules with both faces as data URLs.
pub fn font_faces() -> String {
    let face = |bytes: &[u8], weight: &str| {
        format!(
            "@font-face{{font-family:'{FAMILY}';font-weight:{weight};src:url(data:font/ttf;base64,{}) format('truetype')}}",
            base64::engine::general_purpose::STANDARD.encode(bytes)
        )
    };
    face(font::REGULAR, "normal") + &face(font::BOLD, "bold")
}

fn number(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// Black or white, whichever reads better on `color` (`#rrggbb`).
fn text_on(color: &str) -> &'static str {
    let channel = |i: usize| {
        color
            .get(i..i + 2)
            .and_then(|hex| u8::from_str_radix(hex, 16).ok())
            .map_or(0.0, |v| f64::from(v) / 255.0)
    };
    let luminance = 0.299 * channel(1) + 0.587 * channel(3) + 0.114 * channel(5);
    if luminance > 0.62 { INK } else { "#ffffff" }
}

fn rect(r: &Rect) -> Rectangle {
    Rectangle::new()
        .set("x", number(r.x0))
        .set("y", number(r.y0))
        .set("width", number(r.width()))
        .set("height", number(r.height()))
}

fn circle(x: f64, y: f64, r: f64) -> Circle {
    Circle::new()
        .set("cx", number(x))
        .set("cy", number(y))
        .set("r", r)
}

fn path_of(points: &[(f64, f64)]) -> String {
    let mut d = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        let _ = write!(
            d,
            "{}{},{}",
            if i == 0 { "M" } else { "L" },
            number(*x),
            number(*y)
        );
    }
    d
}

/// How a module is shown on a route map.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Emphasis {
    Plain,
    Step(usize),
    Completed,
    Held,
    Faded,
}

fn emphasis(marks: Option<&Marks>, module: ModuleId) -> Emphasis {
    let Some(marks) = marks else {
        return Emphasis::Plain;
    };
    let i = module.index();
    match (marks.step[i], marks.completed[i], marks.held[i]) {
        (Some(step), _, _) => Emphasis::Step(step),
        (None, true, _) => Emphasis::Completed,
        (None, false, true) => Emphasis::Held,
        _ => Emphasis::Faded,
    }
}

fn check_mark(x: f64, y: f64, color: &str) -> Path {
    Path::new()
        .set(
            "d",
            format!(
                "M{},{}L{},{}L{},{}",
                number(x - 4.0),
                number(y),
                number(x - 1.0),
                number(y + 3.0),
                number(x + 4.5),
                number(y - 3.5)
            ),
        )
        .set("fill", "none")
        .set("stroke", color)
        .set("stroke-width", 2.2)
        .set("stroke-linecap", "round")
        .set("stroke-linejoin", "round")
}

/// A marker of the given kind at (`x`, `y`); `shape` is a transfer's capsule.
fn marker(marker: Marker, x: f64, y: f64, shape: &Rect, color: &str) -> Group {
    let group = Group::new();
    match marker {
        Marker::Station => group.add(
            circle(x, y, 5.5)
                .set("fill", "#ffffff")
                .set("stroke", color)
                .set("stroke-width", 3),
        ),
        Marker::Transfer => {
            let capsule = Rect::new(x - 7.5, shape.y0 + 2.5, x + 7.5, shape.y1 - 2.5);
            group.add(
                rect(&capsule)
                    .set("rx", 7.5)
                    .set("fill", "#ffffff")
                    .set("stroke", INK)
                    .set("stroke-width", 2.5),
            )
        }
        Marker::Packed(stage) => group.add(packed_marker(stage, x, y)),
    }
}

fn packed_marker(stage: Stage, x: f64, y: f64) -> Box<dyn svg::Node> {
    match stage {
        Stage::Basis => Box::new(circle(x, y, 6.0).set("fill", BASIS)),
        Stage::Line => Box::new(
            circle(x, y, 5.5)
                .set("fill", "#ffffff")
                .set("stroke", "#8a8d8f")
                .set("stroke-width", 3),
        ),
        Stage::Training | Stage::Fieldlab => {
            Box::new(rect(&Rect::around(x, y, 6.0, 6.0)).set("rx", 2).set(
                "fill",
                if stage == Stage::Training {
                    TRAINING
                } else {
                    FIELDLAB
                },
            ))
        }
        Stage::Nanomodule => Box::new(
            Path::new()
                .set(
                    "d",
                    format!(
                        "M{},{}L{},{}L{},{}L{},{}Z",
                        number(x),
                        number(y - 6.5),
                        number(x + 6.5),
                        number(y),
                        number(x),
                        number(y + 6.5),
                        number(x - 6.5),
                        number(y)
                    ),
                )
                .set("fill", "#ffffff")
                .set("stroke", NANO)
                .set("stroke-width", 2.2),
        ),
    }
}

/// A route's badge over a station: its step number on a dark disc (or
/// capsule, on a transfer), or a check for completed and held modules.
fn badge(emphasis: Emphasis, marker: Marker, x: f64, y: f64, shape: &Rect) -> Option<Group> {
    match emphasis {
        Emphasis::Step(step) => {
            let disc: Box<dyn svg::Node> = if marker == Marker::Transfer {
                Box::new(
                    rect(&Rect::new(x - RESERVE, shape.y0, x + RESERVE, shape.y1))
                        .set("rx", RESERVE)
                        .set("fill", INK),
                )
            } else {
                Box::new(circle(x, y, RESERVE).set("fill", INK))
            };
            let size = if step >= 100 { 8.0 } else { 10.5 };
            Some(
                Group::new().set("data-step", step).add(disc).add(
                    Text::new(step.to_string())
                        .set("x", number(x))
                        .set("y", number(y + size * 0.36))
                        .set("text-anchor", "middle")
                        .set("font-size", size)
                        .set("font-weight", "bold")
                        .set("style", "fill:#ffffff"),
                ),
            )
        }
        Emphasis::Completed => Some(
            Group::new()
                .add(circle(x, y, 8.5).set("fill", DONE))
                .add(check_mark(x, y, "#ffffff")),
        ),
        Emphasis::Held => Some(
            Group::new()
                .add(
                    circle(x, y, 8.5)
                        .set("fill", "#ffffff")
                        .set("stroke", DONE)
                        .set("stroke-width", 2),
                )
                .add(check_mark(x, y, DONE)),
        ),
        Emphasis::Plain | Emphasis::Faded => None,
    }
}

fn text(label: &Label) -> Text {
    let mut text = Text::new("");
    for (i, (line, x)) in label.lines.iter().enumerate() {
        text = text.add(
            TSpan::new(line.as_str())
                .set("x", number(*x))
                .set("y", number(label.baseline(i))),
        );
    }
    if label.size != super::layout::TEXT {
        text = text.set("font-size", number(label.size));
    }
    if label.bold {
        text = text.set("font-weight", "bold");
    }
    text
}

/// The map as an SVG document.
pub fn svg(
    curriculum: &Curriculum,
    layout: &Layout,
    marks: Option<&Marks>,
    fonts: Fonts,
) -> String {
    let mut style = format!(
        "text{{font-family:'{FAMILY}','DejaVu Sans',Arial,sans-serif;font-size:11px;fill:{INK}}}.faded{{opacity:0.22}}"
    );
    if fonts == Fonts::Embedded {
        style.push_str(&font_faces());
    }
    let mut document = Document::new()
        .set("width", number(layout.width))
        .set("height", number(layout.height))
        .set(
            "viewBox",
            format!("0 0 {} {}", number(layout.width), number(layout.height)),
        )
        .add(Definitions::new().add(Style::new(style)))
        .add(rect(&Rect::new(0.0, 0.0, layout.width, layout.height)).set("fill", "#ffffff"));

    for band in &layout.bands {
        document = document.add(rect(&band.rect).set("fill", band_fill(band.band)));
    }
    for place in &layout.places {
        let mut group = Group::new().add(
            rect(&place.rect)
                .set("rx", 6)
                .set("fill", "#ffffff")
                .set("stroke", FIELDLAB)
                .set("stroke-width", 1.5),
        );
        if let Some((x, y)) = place.pin {
            group = group.add(pin(x, y));
        }
        let lab = &curriculum.fieldlabs[place.fieldlab.index()];
        group = group.add(Title::new(match &lab.location {
            Some(location) => format!("{} ({location})", lab.name),
            None => lab.name.clone(),
        }));
        document = document.add(group);
    }

    let faded_line = |line: LineId| {
        marks.is_some_and(|marks| {
            layout
                .tracks
                .iter()
                .filter(|t| t.line == line)
                .all(|t| !t.legs.iter().any(|leg| leg_on_way(marks, leg.from, leg.to)))
        })
    };
    for track in &layout.tracks {
        let (kept, faded): (Vec<_>, Vec<_>) = track
            .legs
            .iter()
            .partition(|leg| marks.is_none_or(|m| leg_on_way(m, leg.from, leg.to)));
        for (legs, class) in [(kept, None), (faded, Some("faded"))] {
            if legs.is_empty() {
                continue;
            }
            let d: String = legs.iter().map(|leg| path_of(&leg.points)).collect();
            let mut path = Path::new()
                .set("d", d)
                .set("fill", "none")
                .set("stroke", track.color.as_str())
                .set("stroke-width", TRACK)
                .set("stroke-linecap", "round")
                .set("stroke-linejoin", "round");
            if let Some(class) = class {
                path = path.set("class", class);
            }
            document = document.add(path);
        }
    }

    for station in &layout.stations {
        let module = curriculum.module(station.module);
        let shown = emphasis(marks, station.module);
        let color = station
            .lines
            .first()
            .and_then(|(line, _)| layout.tracks.iter().find(|t| t.line == *line))
            .map_or("#8a8d8f", |t| t.color.as_str());
        let mut group = marker(station.marker, station.x, station.y, &station.shape, color)
            .add(Title::new(format!("{} ({})", module.name, module.id)));
        if let Some(badge) = badge(shown, station.marker, station.x, station.y, &station.shape) {
            group = group.add(badge);
        }
        if shown == Emphasis::Faded {
            group = group.set("class", "faded");
        }
        document = document.add(group.set("data-module", module.id.as_str()));
    }

    for label in &layout.labels {
        let mut element = text(label);
        match label.owner {
            Owner::Line(line) => {
                let track = layout.tracks.iter().find(|t| t.line == line);
                let color = track.map_or("#8a8d8f", |t| t.color.as_str());
                let mut group = Group::new()
                    .add(
                        rect(&label.rect.grow(TAG_PAD))
                            .set("rx", 3)
                            .set("fill", color),
                    )
                    .add(element.set("style", format!("fill:{}", text_on(color))));
                if faded_line(line) {
                    group = group.set("class", "faded");
                }
                document = document.add(group);
                continue;
            }
            Owner::Station(module) => {
                match emphasis(marks, module) {
                    Emphasis::Faded => element = element.set("class", "faded"),
                    Emphasis::Step(_) => element = element.set("font-weight", "bold"),
                    _ => {}
                }
                element = element.set("data-module", curriculum.module(module).id.as_str());
            }
            // A style, as the sheet's rule for all text beats an attribute.
            Owner::Place(_) => element = element.set("style", format!("fill:{FIELDLAB}")),
            Owner::Title | Owner::Band | Owner::Legend => {}
        }
        document = document.add(element);
    }

    for (symbol, area) in &layout.symbols {
        document = document.add(legend_symbol(curriculum, layout, *symbol, area));
    }
    document.to_string()
}

/// Whether a leg joins two modules on the worker's way (a line's first
/// leg, from its name tag, never does).
fn leg_on_way(marks: &Marks, from: Option<ModuleId>, to: ModuleId) -> bool {
    from.is_some_and(|from| marks.on_way(from) && marks.on_way(to))
}

/// A location pin centred on (`x`, `y`).
fn pin(x: f64, y: f64) -> Path {
    Path::new()
        .set(
            "d",
            format!(
                "M{x0},{y0}a4.5,4.5 0 1 1 9,0c0,3.2-4.5,7.5-4.5,7.5s-4.5-4.3-4.5-7.5z",
                x0 = number(x - 4.5),
                y0 = number(y - 2.0)
            ),
        )
        .set("fill", FIELDLAB)
}

fn legend_symbol(curriculum: &Curriculum, layout: &Layout, symbol: Symbol, area: &Rect) -> Group {
    let (cx, cy) = ((area.x0 + area.x1) / 2.0, (area.y0 + area.y1) / 2.0);
    let group = Group::new();
    match symbol {
        Symbol::Line(line) => {
            let color = layout.tracks.iter().find(|t| t.line == line).map_or_else(
                || super::layout::line_color(curriculum, line),
                |t| t.color.clone(),
            );
            group.add(
                Path::new()
                    .set("d", path_of(&[(area.x0 + 2.0, cy), (area.x1 - 2.0, cy)]))
                    .set("stroke", color)
                    .set("stroke-width", TRACK)
                    .set("stroke-linecap", "round"),
            )
        }
        Symbol::Band(band) => group.add(
            rect(area)
                .set("fill", band_fill(band))
                .set("stroke", "#b8bec4")
                .set("stroke-width", 1),
        ),
        Symbol::Marker(kind) => group.add(marker(kind, cx, cy, area, "#0077c8")),
        Symbol::Transfer => group
            .add(
                Path::new()
                    .set("d", path_of(&[(area.x0, cy - 4.0), (area.x1, cy - 4.0)]))
                    .set("stroke", "#0077c8")
                    .set("stroke-width", TRACK),
            )
            .add(
                Path::new()
                    .set("d", path_of(&[(area.x0, cy + 4.0), (area.x1, cy + 4.0)]))
                    .set("stroke", "#e4002b")
                    .set("stroke-width", TRACK),
            )
            .add(marker(
                Marker::Transfer,
                cx,
                cy,
                &Rect::new(
                    cx - RESERVE,
                    cy - 4.0 - RESERVE,
                    cx + RESERVE,
                    cy + 4.0 + RESERVE,
                ),
                INK,
            )),
        Symbol::Place => group
            .add(
                rect(area)
                    .set("rx", 4)
                    .set("fill", "#ffffff")
                    .set("stroke", FIELDLAB)
                    .set("stroke-width", 1.5),
            )
            .add(pin(cx, cy)),
        Symbol::Step => {
            group.add(badge(Emphasis::Step(1), Marker::Station, cx, cy, area).unwrap_or_default())
        }
        Symbol::Completed => {
            group.add(badge(Emphasis::Completed, Marker::Station, cx, cy, area).unwrap_or_default())
        }
        Symbol::Held => {
            group.add(badge(Emphasis::Held, Marker::Station, cx, cy, area).unwrap_or_default())
        }
        Symbol::Faded => group.set("class", "faded").add(
            circle(cx, cy, 5.5)
                .set("fill", "#ffffff")
                .set("stroke", "#0077c8")
                .set("stroke-width", 3),
        ),
    }
}

//! Where everything on the metro map goes: a layered "line-track" layout.
//!
//! - Stage bands run left to right: basis, the metro lines, regular
//!   training with the fieldlabs, nanomodules.
//! - In the lines band, x is a station's column: after every station that
//!   comes before it on any of its lines (the longest path through the
//!   lines' orders; a contradiction between two lines' orders is broken
//!   where it is met). y is one track per line, in the order that keeps the
//!   lines of each transfer closest together (a few rounds of moving one
//!   line at a time while that shortens them). A transfer sits at the mean
//!   of its lines' tracks, moved off any other line that passes there, and
//!   its lines run through it side by side; connectors are horizontal, at
//!   45° and, where a bend is steeper than the gap, vertical.
//! - Modules on no drawn line sit in their stage band, packed into columns,
//!   each as near as it can get to the height of the stations it is linked
//!   to in the module graph (what it needs, or what needs it); the rest below,
//!   by id, which keeps a catalogue's departments together. Fieldlab modules
//!   sit in a box for their fieldlab, a place with its location.
//! - Labels go where they touch nothing: each station tries positions
//!   below and above it, centred and to either side, at two widths, then on
//!   one line. A station that finds no place makes the whole layout try
//!   again with more room; after the last try its name is listed under the
//!   legend instead ([`Layout::unlabelled`]). So no label ever overlaps
//!   another, a station or a track, which the tests check box by box.
//!
//! Everything is linear in the size of the map, but for the index lookups of
//! label candidates (a few cells each), so the 7,375-module catalogue lays
//! out in milliseconds.

use std::collections::HashMap;

use petgraph::Direction;

use super::Selection;
use super::font::{self, ASCENT};
use super::geometry::{Index, Rect, Segment, Shape};
use crate::graph::{ModuleGraph, node};
use crate::model::{Curriculum, FieldlabId, LineId, ModuleId, Stage};
use crate::words::{Words, say};

/// Label text size.
pub const TEXT: f64 = 11.0;
/// Distance between the baselines of a label's lines.
pub const LEADING: f64 = 13.0;
/// Half the size every station keeps free: room for a route step's number.
pub const RESERVE: f64 = 10.0;
/// Width of a track.
pub const TRACK: f64 = 6.0;
/// Distance between the lines that run side by side through a transfer.
pub const BUNDLE: f64 = 8.0;
/// Free space kept around every label.
const CLEAR: f64 = 2.0;
const MARGIN: f64 = 24.0;
const TITLE_SIZE: f64 = 20.0;
const HEADER_SIZE: f64 = 13.0;
/// Width of a column of packed modules.
const PACKED: f64 = 210.0;
/// Where a packed module's label starts, from its column's left edge.
const PACKED_TEXT: f64 = 2.0 * RESERVE + 6.0;
/// Room on the left of the lines for the lines' name tags, at most.
const TAG_ROOM: f64 = 214.0;
/// The widest a name tag's text may be.
const TAG_TEXT: f64 = TAG_ROOM - 30.0;
/// How far before its first station a line starts.
const STUB: f64 = 46.0;
/// The least height the bands of modules off the lines pack into.
const MIN_BAND: f64 = 420.0;
/// Layouts tried, each with more room than the one before.
const ATTEMPTS: usize = 4;

/// The kinds of marker, one per kind of module (and two for stations).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// A station of one drawn line.
    Station,
    /// A station of several drawn lines: one interchange.
    Transfer,
    /// A module on no drawn line, in its stage's band.
    Packed(Stage),
}

/// A module on the map.
#[derive(Debug, Clone)]
pub struct Station {
    pub module: ModuleId,
    pub x: f64,
    pub y: f64,
    pub marker: Marker,
    /// The drawn lines it is a station of, each with its offset from `y`
    /// (side by side through a transfer).
    pub lines: Vec<(LineId, f64)>,
    /// The room the marker keeps: a circle's box, or a transfer's capsule.
    pub shape: Rect,
}

/// One leg of a line: the track between two of its consecutive stations.
#[derive(Debug, Clone)]
pub struct Leg {
    pub from: Option<ModuleId>,
    pub to: ModuleId,
    pub points: Vec<(f64, f64)>,
}

#[derive(Debug, Clone)]
pub struct Track {
    pub line: LineId,
    pub color: String,
    pub legs: Vec<Leg>,
}

/// Who a label belongs to, for the renderer's styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Title,
    Band,
    Station(ModuleId),
    /// A line's name tag at its start (drawn on the line's colour).
    Line(LineId),
    Place(FieldlabId),
    Legend,
}

/// A piece of text and the box it takes.
#[derive(Debug, Clone)]
pub struct Label {
    /// Each line of text with the x it starts at; baselines follow from
    /// `rect.y0`, [`ASCENT`] and [`LEADING`].
    pub lines: Vec<(String, f64)>,
    pub size: f64,
    pub bold: bool,
    pub rect: Rect,
    pub owner: Owner,
}

impl Label {
    /// The baseline of line `i`.
    pub fn baseline(&self, i: usize) -> f64 {
        self.rect.y0 + ASCENT * self.size + i as f64 * leading(self.size)
    }
}

/// A symbol in the legend.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Symbol {
    Line(LineId),
    Band(Band),
    Marker(Marker),
    Transfer,
    Place,
    Step,
    Completed,
    Held,
    Faded,
}

/// The stage bands, left to right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Band {
    Basis,
    Lines,
    Training,
    Nanomodules,
}

impl Band {
    const ALL: [Band; 4] = [Band::Basis, Band::Lines, Band::Training, Band::Nanomodules];

    fn of(stage: Stage) -> Band {
        match stage {
            Stage::Basis => Band::Basis,
            Stage::Line => Band::Lines,
            Stage::Training | Stage::Fieldlab => Band::Training,
            Stage::Nanomodule => Band::Nanomodules,
        }
    }

    fn title(self, words: &Words) -> String {
        match self {
            Band::Basis => say!(words, "map-band-basis"),
            Band::Lines => say!(words, "map-band-lines"),
            Band::Training => say!(words, "map-band-training"),
            Band::Nanomodules => say!(words, "map-band-nanomodules"),
        }
    }
}

/// A stage band's area.
#[derive(Debug, Clone)]
pub struct BandArea {
    pub band: Band,
    pub rect: Rect,
}

/// A fieldlab: a box around its modules, with its name and location.
#[derive(Debug, Clone)]
pub struct Place {
    pub fieldlab: FieldlabId,
    pub rect: Rect,
    /// Where the location's pin is drawn (its centre).
    pub pin: Option<(f64, f64)>,
}

/// The whole map, in SVG user units (pixels at scale 1).
#[derive(Debug, Clone)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    pub bands: Vec<BandArea>,
    pub tracks: Vec<Track>,
    pub stations: Vec<Station>,
    pub places: Vec<Place>,
    pub labels: Vec<Label>,
    /// Legend symbols, each with its box.
    pub symbols: Vec<(Symbol, Rect)>,
    /// Stations that found no room for their name by them; their names are
    /// listed under the legend.
    pub unlabelled: Vec<ModuleId>,
}

/// Every straight piece of the tracks, as drawn.
pub fn segments(tracks: &[Track]) -> Vec<Segment> {
    tracks
        .iter()
        .flat_map(|t| &t.legs)
        .flat_map(|leg| {
            leg.points.windows(2).map(|p| Segment {
                from: p[0],
                to: p[1],
                width: TRACK,
            })
        })
        .collect()
}

fn leading(size: f64) -> f64 {
    LEADING * size / TEXT
}

/// How much room the map gives; each new try gives more.
#[derive(Debug, Clone, Copy)]
struct Room {
    column: f64,
    row: f64,
    /// The width of a column of packed modules.
    packed: f64,
}

impl Room {
    const FIRST: Room = Room {
        column: 150.0,
        row: 140.0,
        packed: PACKED,
    };
    /// A compact map's first try: stations as near as three-line labels
    /// allow, and narrower columns of packed modules.
    const COMPACT: Room = Room {
        column: 96.0,
        row: 140.0,
        packed: 160.0,
    };

    fn wider(self) -> Room {
        Room {
            column: self.column * 1.15,
            row: self.row * 1.3,
            packed: self.packed,
        }
    }
}

/// The marks a route map draws besides its numbered steps.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RouteLegend {
    /// A completed module (a filled check).
    pub completed: bool,
    /// A module whose skills are all held already (a ringed check).
    pub held: bool,
    /// Something not on the worker's way, faded.
    pub faded: bool,
}

/// The words a map needs besides the curriculum's names.
pub struct Headings<'a> {
    pub title: &'a str,
    pub subtitle: Option<&'a str>,
    /// On a route map, which of the route's marks it draws: the legend
    /// explains those and no others.
    pub route: Option<RouteLegend>,
    /// Whether the stations stand as near together as their labels allow:
    /// for a map that must print large on a page.
    pub compact: bool,
}

/// Lays out the selected part of the curriculum.
pub fn layout(
    curriculum: &Curriculum,
    graph: &ModuleGraph,
    selection: &Selection,
    words: &Words,
    headings: &Headings<'_>,
) -> Layout {
    let mut room = if headings.compact {
        Room::COMPACT
    } else {
        Room::FIRST
    };
    let mut attempt = 1;
    loop {
        let layout = attempt_layout(curriculum, graph, selection, words, headings, room);
        if layout.unlabelled.is_empty() || attempt == ATTEMPTS {
            return layout;
        }
        room = room.wider();
        attempt += 1;
    }
}

/// The drawn lines and their stations, in the columns and rows they get.
struct Lines {
    /// Drawn lines with at least one station, by row (top first).
    rows: Vec<LineId>,
    /// Per module: its column, if it is a station of a drawn line.
    column: Vec<Option<usize>>,
    /// Per module: the drawn lines it is a station of, by row.
    on: Vec<Vec<LineId>>,
    columns: usize,
}

impl Lines {
    fn new(curriculum: &Curriculum, selection: &Selection) -> Lines {
        // Each drawn line with its selected stations, in order.
        let drawn: Vec<(LineId, Vec<ModuleId>)> = selection
            .lines
            .iter()
            .map(|&l| {
                let stations = curriculum.lines[l.index()].stations.iter();
                let selected = stations
                    .map(|s| s.value)
                    .filter(|m| selection.modules[m.index()]);
                (l, selected.collect::<Vec<_>>())
            })
            .filter(|(_, stations)| !stations.is_empty())
            .collect();
        let column = columns(curriculum.modules.len(), &drawn);
        let rows = row_order(&drawn);
        let mut on = vec![Vec::new(); curriculum.modules.len()];
        for &line in &rows {
            let Some((_, stations)) = drawn.iter().find(|(l, _)| *l == line) else {
                continue;
            };
            for station in stations {
                let lines: &mut Vec<LineId> = &mut on[station.index()];
                if !lines.contains(&line) {
                    lines.push(line);
                }
            }
        }
        let columns = column.iter().flatten().max().map_or(0, |&c| c + 1);
        Lines {
            rows,
            column,
            on,
            columns,
        }
    }

    fn row_of(&self, line: LineId) -> usize {
        self.rows.iter().position(|&l| l == line).unwrap_or(0)
    }
}

/// Each station's column: one past the furthest station before it on any of
/// its lines. Where the lines' orders contradict each other (a cycle), the
/// station met first with the fewest stations still before it goes first.
fn columns(count: usize, lines: &[(LineId, Vec<ModuleId>)]) -> Vec<Option<usize>> {
    let mut before: HashMap<ModuleId, Vec<ModuleId>> = HashMap::new();
    let mut after: HashMap<ModuleId, Vec<ModuleId>> = HashMap::new();
    let mut stations: Vec<ModuleId> = Vec::new();
    let mut seen = vec![false; count];
    for (_, line) in lines {
        for &station in line {
            if !seen[station.index()] {
                seen[station.index()] = true;
                stations.push(station);
            }
        }
        for pair in line.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if a != b {
                before.entry(b).or_default().push(a);
                after.entry(a).or_default().push(b);
            }
        }
    }
    let mut waiting: Vec<usize> = vec![0; count];
    for (module, preds) in &before {
        waiting[module.index()] = preds.len();
    }
    let mut column: Vec<Option<usize>> = vec![None; count];
    let mut ready: std::collections::VecDeque<ModuleId> = stations
        .iter()
        .copied()
        .filter(|m| waiting[m.index()] == 0)
        .collect();
    let mut placed = 0;
    let mut next_unplaced = 0;
    while placed < stations.len() {
        let module = match ready.pop_front() {
            Some(module) => module,
            None => {
                // A cycle: the first unplaced station with the fewest waits.
                while column[stations[next_unplaced].index()].is_some() {
                    next_unplaced += 1;
                }
                let pick = stations[next_unplaced..]
                    .iter()
                    .copied()
                    .filter(|m| column[m.index()].is_none())
                    .min_by_key(|m| waiting[m.index()])
                    .unwrap_or(stations[next_unplaced]);
                waiting[pick.index()] = 0;
                pick
            }
        };
        if column[module.index()].is_some() {
            continue;
        }
        let at = before
            .get(&module)
            .into_iter()
            .flatten()
            .filter_map(|p| column[p.index()])
            .map(|c| c + 1)
            .max()
            .unwrap_or(0);
        column[module.index()] = Some(at);
        placed += 1;
        for &next in after.get(&module).into_iter().flatten() {
            let wait = &mut waiting[next.index()];
            if *wait > 0 {
                *wait -= 1;
                if *wait == 0 && column[next.index()].is_none() {
                    ready.push_back(next);
                }
            }
        }
    }
    column
}

/// The lines top to bottom: the order that keeps the lines of each transfer
/// nearest together, found by moving one line at a time while that helps.
fn row_order(lines: &[(LineId, Vec<ModuleId>)]) -> Vec<LineId> {
    // Per station shared by several drawn lines: the positions of those lines.
    let mut sharing: HashMap<ModuleId, Vec<usize>> = HashMap::new();
    for (position, (_, stations)) in lines.iter().enumerate() {
        for &station in stations {
            let users = sharing.entry(station).or_default();
            if !users.contains(&position) {
                users.push(position);
            }
        }
    }
    let transfers: Vec<Vec<usize>> = sharing.into_values().filter(|u| u.len() > 1).collect();
    let cost = |row_of: &[usize]| -> usize {
        transfers
            .iter()
            .map(|users| {
                let rows = users.iter().map(|&u| row_of[u]);
                let (low, high) = rows.fold((usize::MAX, 0), |(l, h), r| (l.min(r), h.max(r)));
                high - low
            })
            .sum()
    };
    let mut order: Vec<usize> = (0..lines.len()).collect();
    let rows_of = |order: &[usize]| {
        let mut row_of = vec![0; order.len()];
        for (row, &line) in order.iter().enumerate() {
            row_of[line] = row;
        }
        row_of
    };
    let mut best = cost(&rows_of(&order));
    for _ in 0..16 {
        let mut improved = false;
        for from in 0..order.len() {
            for to in 0..order.len() {
                if from == to {
                    continue;
                }
                let mut moved = order.clone();
                let line = moved.remove(from);
                moved.insert(to, line);
                let moved_cost = cost(&rows_of(&moved));
                if moved_cost < best {
                    best = moved_cost;
                    order = moved;
                    improved = true;
                }
            }
        }
        if !improved {
            break;
        }
    }
    order.into_iter().map(|i| lines[i].0).collect()
}

/// Something packed into a band's columns.
enum Item {
    Module(ModuleId),
    Place(FieldlabId, Vec<ModuleId>),
}

/// A packed item's label, as wrapped for its column.
fn packed_label(curriculum: &Curriculum, module: ModuleId, width: f64) -> Vec<String> {
    font::wrap(
        &curriculum.module(module).name,
        TEXT,
        false,
        width - PACKED_TEXT - 8.0,
        2,
    )
}

fn module_height(lines: usize) -> f64 {
    (lines as f64 * LEADING).max(2.0 * RESERVE) + 8.0
}

/// The words and heights of a fieldlab's box.
struct PlaceText {
    name: Vec<String>,
    location: Option<String>,
}

const PLACE_PAD: f64 = 8.0;
const PIN: f64 = 12.0;

fn place_text(curriculum: &Curriculum, fieldlab: FieldlabId, packed: f64) -> PlaceText {
    let lab = &curriculum.fieldlabs[fieldlab.index()];
    let inner = packed - 10.0 - 2.0 * PLACE_PAD;
    PlaceText {
        name: font::wrap(&lab.name, TEXT, true, inner, 2),
        location: lab
            .location
            .as_deref()
            .map(|l| font::wrap(l, TEXT, false, inner - PIN, 1).concat()),
    }
}

fn place_header(text: &PlaceText) -> f64 {
    PLACE_PAD + (text.name.len() + usize::from(text.location.is_some())) as f64 * LEADING + 6.0
}

impl Item {
    fn height(&self, curriculum: &Curriculum, packed: f64) -> f64 {
        match self {
            Item::Module(m) => module_height(packed_label(curriculum, *m, packed).len()),
            Item::Place(fieldlab, modules) => {
                let header = place_header(&place_text(curriculum, *fieldlab, packed));
                let inner = packed - 10.0 - PLACE_PAD;
                let body: f64 = modules
                    .iter()
                    .map(|&m| module_height(packed_label(curriculum, m, inner).len()))
                    .sum();
                header + body + PLACE_PAD + 8.0
            }
        }
    }
}

/// Packs items of the given heights into columns: each item that wants a
/// height, in that order, into the column where it gets nearest to it;
/// then the rest (which come last) down one column after the other, to
/// columns of even length, so that neighbours by id stay together.
/// Returns per item its column and top, and the columns used.
fn pack(wanted: &[(f64, f64)], columns: usize, top: f64) -> (Vec<(usize, f64)>, usize) {
    let mut bottoms = vec![top; columns.max(1)];
    let mut placed = Vec::with_capacity(wanted.len());
    let finite = wanted.iter().take_while(|w| w.0.is_finite()).count();
    for &(want, height) in &wanted[..finite] {
        let at = |c: usize| bottoms[c].max(want - height / 2.0);
        let (column, at) = (0..bottoms.len())
            .map(|c| (c, at(c)))
            .min_by(|a, b| (a.1 - want).abs().total_cmp(&(b.1 - want).abs()))
            .unwrap_or((0, top));
        bottoms[column] = at + height;
        placed.push((column, at));
    }
    let rest: f64 = wanted[finite..].iter().map(|w| w.1).sum();
    let filled: f64 = bottoms.iter().map(|b| b - top).sum();
    let even = top + (filled + rest) / bottoms.len() as f64;
    let mut column = 0;
    for &(_, height) in &wanted[finite..] {
        while column + 1 < bottoms.len() && bottoms[column] + height > even + 1.0 {
            column += 1;
        }
        placed.push((column, bottoms[column]));
        bottoms[column] += height;
    }
    let used = placed.iter().map(|p| p.0 + 1).max().unwrap_or(0);
    (placed, used)
}

/// A band's packed items, where they go.
struct Packed {
    items: Vec<Item>,
    /// Per item: column and top.
    at: Vec<(usize, f64)>,
    columns: usize,
}

/// Packs the modules of one band into as few columns as keep it within
/// `height` below `top` (or, with no lines to match, about as wide as it is
/// tall), each near the height it wants.
fn pack_band(
    curriculum: &Curriculum,
    mut items: Vec<(Item, f64)>,
    top: f64,
    height: Option<f64>,
    packed: f64,
) -> Packed {
    items.sort_by(|a, b| {
        a.1.total_cmp(&b.1)
            .then_with(|| item_key(curriculum, &a.0).cmp(item_key(curriculum, &b.0)))
    });
    let wanted: Vec<(f64, f64)> = items
        .iter()
        .map(|(item, want)| (*want, item.height(curriculum, packed)))
        .collect();
    let total: f64 = wanted.iter().map(|w| w.1).sum();
    let (at, columns) = match height {
        Some(height) => {
            let mut columns = (total / height.max(1.0)).ceil().max(1.0) as usize;
            loop {
                let (at, used) = pack(&wanted, columns, top);
                let bottom = at
                    .iter()
                    .zip(&wanted)
                    .map(|(a, w)| a.1 + w.1)
                    .fold(top, f64::max);
                if bottom <= top + height * 1.05 || columns >= 12 || columns >= wanted.len() {
                    break (at, used);
                }
                columns += 1;
            }
        }
        None => {
            let columns = ((1.4 * total / packed).sqrt().ceil() as usize).clamp(1, 64);
            pack(&wanted, columns, top)
        }
    };
    Packed {
        items: items.into_iter().map(|(item, _)| item).collect(),
        at,
        columns,
    }
}

fn item_key<'c>(curriculum: &'c Curriculum, item: &Item) -> &'c str {
    match item {
        Item::Module(m) => &curriculum.module(*m).id,
        Item::Place(f, _) => &curriculum.fieldlabs[f.index()].id,
    }
}

/// What is placed so far, and the index that keeps labels off it.
struct Canvas {
    index: Index,
    labels: Vec<Label>,
}

impl Canvas {
    fn block(&mut self, rect: Rect) {
        self.index.insert(Shape::Box(rect));
    }

    /// Places a label whose box is free, and blocks it.
    fn try_place(&mut self, label: Label) -> bool {
        if !self.index.is_free(&label.rect.grow(CLEAR)) {
            return false;
        }
        self.place(label);
        true
    }

    fn place(&mut self, label: Label) {
        self.block(label.rect);
        self.labels.push(label);
    }
}

/// A label of `lines` with its box's top-left corner at (`x`, `top`),
/// each line centred in the box when `centred`.
fn text_block(
    lines: Vec<String>,
    x: f64,
    top: f64,
    size: f64,
    bold: bool,
    centred: bool,
    owner: Owner,
) -> Label {
    let widths: Vec<f64> = lines.iter().map(|l| font::width(l, size, bold)).collect();
    let width = widths.iter().copied().fold(0.0, f64::max);
    let lines = lines
        .into_iter()
        .zip(widths)
        .map(|(line, w)| {
            let at = if centred { x + (width - w) / 2.0 } else { x };
            (line, at)
        })
        .collect::<Vec<_>>();
    let height = (lines.len().max(1) as f64 - 1.0) * leading(size) + size * 1.17;
    Label {
        lines,
        size,
        bold,
        rect: Rect::new(x, top, x + width, top + height),
        owner,
    }
}

fn attempt_layout(
    curriculum: &Curriculum,
    graph: &ModuleGraph,
    selection: &Selection,
    words: &Words,
    headings: &Headings<'_>,
    room: Room,
) -> Layout {
    let lines = Lines::new(curriculum, selection);
    let mut canvas = Canvas {
        index: Index::new(48.0),
        labels: Vec::new(),
    };
    let title = text_block(
        vec![headings.title.to_string()],
        MARGIN,
        MARGIN,
        TITLE_SIZE,
        true,
        false,
        Owner::Title,
    );
    let mut header_top = title.rect.y1 + 6.0;
    canvas.place(title);
    if let Some(subtitle) = headings.subtitle {
        let sub = text_block(
            vec![subtitle.to_string()],
            MARGIN,
            header_top,
            HEADER_SIZE,
            false,
            false,
            Owner::Title,
        );
        header_top = sub.rect.y1 + 6.0;
        canvas.place(sub);
    }
    // A compact map's band headers may take two lines, to keep bands narrow.
    let header_lines = if headings.compact { 2 } else { 1 };
    let top =
        header_top + HEADER_SIZE * 1.2 + leading(HEADER_SIZE) * (header_lines - 1) as f64 + 18.0;

    // Rows and station heights (x comes once the bands' widths are known).
    let row_y = |row: usize| top + room.row * (row as f64 + 0.5);
    let track_height = room.row * lines.rows.len() as f64;
    let mut station_y: Vec<Option<f64>> = vec![None; curriculum.modules.len()];
    for &line in &lines.rows {
        for station in &curriculum.lines[line.index()].stations {
            let m = station.value;
            if station_y[m.index()].is_none() && lines.on[m.index()].len() == 1 {
                station_y[m.index()] = Some(row_y(lines.row_of(line)));
            }
        }
    }
    place_transfers(curriculum, &lines, &row_y, &mut station_y);

    // What the modules off the lines want: the mean height of the stations
    // they are linked to.
    let wanted_y = |module: ModuleId| -> f64 {
        let mut sum = 0.0;
        let mut count = 0.0;
        for direction in [Direction::Incoming, Direction::Outgoing] {
            for neighbour in graph.graph.neighbors_directed(node(module), direction) {
                if let Some(y) = station_y[graph.module(neighbour).index()] {
                    sum += y;
                    count += 1.0;
                }
            }
        }
        if count > 0.0 {
            sum / count
        } else {
            f64::INFINITY
        }
    };
    let mut band_items: HashMap<Band, Vec<(Item, f64)>> = HashMap::new();
    let mut places: HashMap<FieldlabId, Vec<ModuleId>> = HashMap::new();
    for module in curriculum.module_ids() {
        if !selection.modules[module.index()] || lines.column[module.index()].is_some() {
            continue;
        }
        let m = curriculum.module(module);
        match (m.stage, m.fieldlab) {
            (Stage::Fieldlab, Some(fieldlab)) => places.entry(fieldlab).or_default().push(module),
            _ => band_items
                .entry(Band::of(m.stage))
                .or_default()
                .push((Item::Module(module), wanted_y(module))),
        }
    }
    let mut places: Vec<(FieldlabId, Vec<ModuleId>)> = places.into_iter().collect();
    places.sort_by_key(|p| p.0);
    for (fieldlab, mut modules) in places {
        modules.sort_by(|a, b| {
            wanted_y(*a)
                .total_cmp(&wanted_y(*b))
                .then_with(|| curriculum.module(*a).id.cmp(&curriculum.module(*b).id))
        });
        let finite: Vec<f64> = modules
            .iter()
            .map(|&m| wanted_y(m))
            .filter(|y| y.is_finite())
            .collect();
        let want = if finite.is_empty() {
            f64::INFINITY
        } else {
            finite.iter().sum::<f64>() / finite.len() as f64
        };
        band_items
            .entry(Band::Training)
            .or_default()
            .push((Item::Place(fieldlab, modules), want));
    }
    // As tall as the tracks, but never a thin strip (a map of one line).
    let fit = (!lines.rows.is_empty()).then_some(track_height.max(MIN_BAND));
    let mut packed: HashMap<Band, Packed> = band_items
        .into_iter()
        .map(|(band, items)| (band, pack_band(curriculum, items, top, fit, room.packed)))
        .collect();

    // The bands, left to right, each as wide as it needs; the lines' band
    // with room on the left for the widest name tag.
    let tag_room = lines
        .rows
        .iter()
        .map(|&line| tag_name(curriculum, line).1 + TAG_ROOM - TAG_TEXT)
        .fold(0.0, f64::max);
    let tracks_width = if lines.rows.is_empty() {
        0.0
    } else {
        tag_room + STUB + room.column * (lines.columns.max(1) as f64 - 1.0) + room.column * 0.6
    };
    let mut x = MARGIN;
    let mut band_x: HashMap<Band, (f64, f64)> = HashMap::new();
    let mut band_titles: HashMap<Band, Vec<String>> = HashMap::new();
    let mut tracks_x = 0.0;
    for band in Band::ALL {
        let packed_width = packed
            .get(&band)
            .map_or(0.0, |p| p.columns as f64 * room.packed + 16.0);
        let own = if band == Band::Lines {
            tracks_width
        } else {
            0.0
        };
        if own + packed_width == 0.0 {
            continue;
        }
        let title = band.title(words);
        let widest_word = title
            .split_whitespace()
            .map(|word| font::width(word, HEADER_SIZE, true))
            .fold(0.0, f64::max);
        let wrap = (own + packed_width - 24.0).max(widest_word);
        let title = font::wrap(&title, HEADER_SIZE, true, wrap, header_lines);
        let header = title
            .iter()
            .map(|line| font::width(line, HEADER_SIZE, true))
            .fold(0.0, f64::max)
            + 24.0;
        band_titles.insert(band, title);
        let width = (own + packed_width).max(header);
        if band == Band::Lines {
            tracks_x = x;
        }
        band_x.insert(band, (x, x + width));
        x += width;
    }
    let content_right = x;

    // Stations of the lines, now with their x.
    let column_x =
        |column: usize| tracks_x + tag_room + STUB + room.column * column as f64 + RESERVE;
    let mut stations: Vec<Station> = Vec::new();
    let mut station_of: Vec<Option<usize>> = vec![None; curriculum.modules.len()];
    for module in curriculum.module_ids() {
        let (Some(column), Some(y)) = (lines.column[module.index()], station_y[module.index()])
        else {
            continue;
        };
        let on = &lines.on[module.index()];
        let k = on.len();
        let offsets: Vec<(LineId, f64)> = on
            .iter()
            .enumerate()
            .map(|(i, &l)| (l, (i as f64 - (k as f64 - 1.0) / 2.0) * BUNDLE))
            .collect();
        let half = (k as f64 - 1.0) / 2.0 * BUNDLE + RESERVE;
        let x = column_x(column);
        station_of[module.index()] = Some(stations.len());
        stations.push(Station {
            module,
            x,
            y,
            marker: if k > 1 {
                Marker::Transfer
            } else {
                Marker::Station
            },
            lines: offsets,
            shape: Rect::around(x, y, RESERVE, half),
        });
    }

    // Tracks.
    let mut tracks = Vec::new();
    for &line in &lines.rows {
        let row = lines.row_of(line);
        let spec = &curriculum.lines[line.index()];
        let mut legs = Vec::new();
        let mut previous: Option<(ModuleId, End)> = None;
        for station in &spec.stations {
            let Some(index) = station_of[station.value.index()] else {
                continue;
            };
            let s = &stations[index];
            let offset = s
                .lines
                .iter()
                .find(|(l, _)| *l == line)
                .map_or(0.0, |o| o.1);
            let here = End::at_station((s.x, s.y + offset), s, offset);
            let points = match previous {
                None => {
                    let start = End {
                        at: (s.x - STUB - RESERVE, row_y(row)),
                        lines: 1,
                        keep: 0.0,
                        labelled: false,
                    };
                    connector(start, here, room.column)
                }
                Some((from, _)) if from == station.value => continue,
                Some((_, from)) => connector(from, here, room.column),
            };
            legs.push(Leg {
                from: previous.map(|p| p.0),
                to: station.value,
                points,
            });
            previous = Some((station.value, here));
        }
        tracks.push(Track {
            line,
            color: line_color(curriculum, line),
            legs,
        });
    }
    let segments = segments(&tracks);
    for segment in &segments {
        canvas.index.insert(Shape::Track(*segment));
    }
    for station in &stations {
        canvas.block(station.shape);
    }

    // Packed bands: places and modules.
    let mut place_areas = Vec::new();
    for band in Band::ALL {
        let Some(packed) = packed.remove(&band) else {
            continue;
        };
        let (x0, _) = band_x[&band];
        let left = if band == Band::Lines {
            x0 + tracks_width
        } else {
            x0 + 8.0
        };
        for (item, &(column, item_top)) in packed.items.iter().zip(&packed.at) {
            let cx = left + column as f64 * room.packed;
            match item {
                Item::Module(module) => {
                    let label = packed_label(curriculum, *module, room.packed);
                    put_packed(
                        curriculum,
                        &mut canvas,
                        &mut stations,
                        *module,
                        cx,
                        item_top,
                        label,
                    );
                }
                Item::Place(fieldlab, modules) => {
                    let area = put_place(
                        curriculum,
                        &mut canvas,
                        &mut stations,
                        *fieldlab,
                        modules,
                        (cx, item_top),
                        room.packed,
                    );
                    place_areas.push(area);
                }
            }
        }
    }

    // A station's name stays in the lines band: its edges to the bands
    // beside it are walls that no name may cross (only names are placed
    // with a check from here on).
    // They reach as far as any name of a station can be from it.
    let lowest = stations.iter().map(|s| s.shape.y1).fold(top, f64::max);
    if let Some(&(x0, x1)) = band_x.get(&Band::Lines) {
        for edge in [x0, x1] {
            canvas.block(Rect::new(
                edge - 0.5,
                top - room.row,
                edge + 0.5,
                lowest + room.row,
            ));
        }
    }

    // Line name tags, then the stations' names.
    for track in &tracks {
        if let Some(first) = track.legs.first().and_then(|leg| leg.points.first()) {
            put_tag(curriculum, &mut canvas, track.line, *first);
        }
    }
    let mut order: Vec<usize> = (0..stations.len())
        .filter(|&i| !matches!(stations[i].marker, Marker::Packed(_)))
        .collect();
    order.sort_by(|&a, &b| {
        (stations[a].x, stations[a].y)
            .partial_cmp(&(stations[b].x, stations[b].y))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut unlabelled = Vec::new();
    for i in order {
        if !label_station(curriculum, &mut canvas, &stations[i], room.column) {
            unlabelled.push(stations[i].module);
        }
    }

    // The bands reach down to the lowest thing on the map.
    let content_bottom = stations
        .iter()
        .map(|s| s.shape.y1)
        .chain(canvas.labels.iter().map(|l| l.rect.y1))
        .chain(place_areas.iter().map(|p: &Place| p.rect.y1))
        .fold(top + track_height, f64::max)
        + 16.0;
    let mut bands = Vec::new();
    let band_top = header_top;
    for band in Band::ALL {
        let Some(&(x0, x1)) = band_x.get(&band) else {
            continue;
        };
        bands.push(BandArea {
            band,
            rect: Rect::new(x0, band_top, x1, content_bottom),
        });
        let header = text_block(
            band_titles.remove(&band).unwrap_or_default(),
            x0 + 12.0,
            band_top + 8.0,
            HEADER_SIZE,
            true,
            false,
            Owner::Band,
        );
        canvas.place(header);
    }

    let (symbols, legend_bottom) = legend(
        curriculum,
        words,
        &mut canvas,
        &lines.rows,
        &bands,
        &stations,
        &place_areas,
        headings.route,
        &unlabelled,
        content_bottom + 24.0,
        (content_right - MARGIN).max(760.0),
    );
    let width = canvas
        .labels
        .iter()
        .map(|l| l.rect.x1)
        .fold(content_right, f64::max)
        + MARGIN;
    Layout {
        width,
        height: legend_bottom + MARGIN,
        bands,
        tracks,
        stations,
        places: place_areas,
        labels: canvas.labels,
        symbols,
        unlabelled,
    }
}

/// Puts each transfer at the mean height of its lines' tracks, or as near
/// to it as it can be without sitting on another line that passes its
/// column, and between its lines' tracks.
fn place_transfers(
    curriculum: &Curriculum,
    lines: &Lines,
    row_y: &dyn Fn(usize) -> f64,
    station_y: &mut [Option<f64>],
) {
    // Per column: the heights other lines hold there (a station of a single
    // line, or a line passing through), with the line.
    let mut taken: HashMap<usize, Vec<(LineId, f64)>> = HashMap::new();
    for &line in &lines.rows {
        let y = row_y(lines.row_of(line));
        let columns: Vec<usize> = curriculum.lines[line.index()]
            .stations
            .iter()
            .filter_map(|s| lines.column[s.value.index()])
            .collect();
        let (Some(&low), Some(&high)) = (columns.iter().min(), columns.iter().max()) else {
            continue;
        };
        for column in low..=high {
            taken.entry(column).or_default().push((line, y));
        }
    }
    let mut transfers: Vec<ModuleId> = curriculum
        .module_ids()
        .filter(|m| lines.on[m.index()].len() > 1)
        .collect();
    transfers.sort_by_key(|m| (lines.column[m.index()], m.index()));
    for module in transfers {
        let on = &lines.on[module.index()];
        let Some(column) = lines.column[module.index()] else {
            continue;
        };
        let ys: Vec<f64> = on.iter().map(|&l| row_y(lines.row_of(l))).collect();
        let mean = ys.iter().sum::<f64>() / ys.len() as f64;
        let (low, high) = ys
            .iter()
            .fold((f64::MAX, f64::MIN), |(l, h), &y| (l.min(y), h.max(y)));
        let half = (on.len() as f64 - 1.0) / 2.0 * BUNDLE + RESERVE;
        let others: Vec<f64> = taken
            .get(&column)
            .into_iter()
            .flatten()
            .filter(|(l, _)| !on.contains(l))
            .map(|p| p.1)
            .collect();
        let clear = |y: f64| {
            others
                .iter()
                .all(|&other| (other - y).abs() >= half + RESERVE + TRACK)
        };
        let steps = ((high - low) / 4.0).ceil() as usize;
        let y = (0..=steps)
            .map(|i| low + i as f64 * 4.0)
            .chain([mean])
            .filter(|&y| clear(y))
            .min_by(|a, b| (a - mean).abs().total_cmp(&(b - mean).abs()))
            .unwrap_or(mean);
        station_y[module.index()] = Some(y);
        taken.entry(column).or_default().push((LineId(u32::MAX), y));
    }
}

/// One end of a leg: where it is, and how far its bend must keep from it.
#[derive(Debug, Clone, Copy)]
struct End {
    at: (f64, f64),
    /// Lines through the station (1 for a line's start).
    lines: usize,
    /// Least distance from the end to the bend: the marker, plus, at a
    /// transfer, more for the lines nearer its middle, so that the lines
    /// that bend into it from one side never cross each other.
    keep: f64,
    /// Whether the end is a station with a label to keep clear.
    labelled: bool,
}

impl End {
    fn at_station(at: (f64, f64), station: &Station, offset: f64) -> End {
        let widest = station.lines.iter().map(|l| l.1.abs()).fold(0.0, f64::max);
        End {
            at,
            lines: station.lines.len(),
            keep: RESERVE + 4.0 + (widest - offset.abs()),
            labelled: true,
        }
    }
}

/// The track from one station to the next: straight when level; else
/// horizontal, then 45° (and vertical where the bend is steeper than the
/// gap allows), then horizontal. The bend keeps half a column from a
/// labelled station where the leg is long enough, so that labels find room,
/// and sits by the end with more lines through it (a transfer), else
/// halfway.
fn connector(from: End, to: End, column: f64) -> Vec<(f64, f64)> {
    let (dx, dy) = (to.at.0 - from.at.0, to.at.1 - from.at.1);
    if dy.abs() < 0.01 || dx <= 0.0 {
        return vec![from.at, to.at];
    }
    let width = |(low, high): (f64, f64)| high - low;
    let clear_of = |end: &End| {
        if end.labelled {
            end.keep.max(column / 2.0)
        } else {
            end.keep
        }
    };
    // Clear of the labels, clear of the markers, or just off the markers:
    // the first where the whole bend fits at 45°, else the roomiest that
    // leaves a good run, else the widest (the rest of the bend vertical).
    let roomy = (from.at.0 + clear_of(&from), to.at.0 - clear_of(&to));
    let tight = (from.at.0 + from.keep, to.at.0 - to.keep);
    let loose = (from.at.0 + RESERVE + 2.0, to.at.0 - RESERVE - 2.0);
    // Into the marker's own room, rather than a short vertical kink.
    let closest = (from.at.0 + RESERVE * 0.6, to.at.0 - RESERVE * 0.6);
    let (low, high) = [roomy, tight, loose, closest]
        .into_iter()
        .find(|&i| width(i) >= dy.abs())
        .or_else(|| {
            [roomy, tight]
                .into_iter()
                .find(|&i| width(i) >= column * 0.6)
        })
        .unwrap_or(if width(loose) > 0.0 {
            loose
        } else {
            (from.at.0 + dx * 0.4, to.at.0 - dx * 0.4)
        });
    let bend = dy.abs().min(high - low);
    let start = if from.lines > to.lines {
        low
    } else if to.lines > from.lines {
        high - bend
    } else {
        (low + high - bend) / 2.0
    };
    let sign = dy.signum();
    let half = bend / 2.0;
    let mut points = vec![
        from.at,
        (start, from.at.1),
        (start + half, from.at.1 + sign * half),
    ];
    if dy.abs() > bend + 0.01 {
        points.push((start + half, to.at.1 - sign * half));
    }
    points.push((start + bend, to.at.1));
    points.push(to.at);
    points.dedup_by(|a, b| (a.0 - b.0).abs() < 0.01 && (a.1 - b.1).abs() < 0.01);
    points
}

/// A line's colour: the curriculum's, else one of a fixed set.
pub fn line_color(curriculum: &Curriculum, line: LineId) -> String {
    const SPARE: [&str; 8] = [
        "#0077c8", "#e4002b", "#00a651", "#f7a800", "#7b2d8e", "#00b2a9", "#6d4c41", "#ff6f00",
    ];
    curriculum.lines[line.index()]
        .color
        .clone()
        .unwrap_or_else(|| SPARE[line.index() % SPARE.len()].to_string())
}

/// A module packed in a band: its marker and, right of it, its name.
fn put_packed(
    curriculum: &Curriculum,
    canvas: &mut Canvas,
    stations: &mut Vec<Station>,
    module: ModuleId,
    x: f64,
    top: f64,
    label: Vec<String>,
) {
    let (cx, cy) = (x + RESERVE + 2.0, top + RESERVE + 1.0);
    let shape = Rect::around(cx, cy, RESERVE, RESERVE);
    canvas.block(shape);
    stations.push(Station {
        module,
        x: cx,
        y: cy,
        marker: Marker::Packed(curriculum.module(module).stage),
        lines: Vec::new(),
        shape,
    });
    let text_top = if label.len() == 1 {
        cy - TEXT * 1.17 / 2.0
    } else {
        top + 1.0
    };
    let label = text_block(
        label,
        x + PACKED_TEXT,
        text_top,
        TEXT,
        false,
        false,
        Owner::Station(module),
    );
    canvas.place(label);
}

/// A fieldlab's box: its name, its location with a pin, and its modules.
fn put_place(
    curriculum: &Curriculum,
    canvas: &mut Canvas,
    stations: &mut Vec<Station>,
    fieldlab: FieldlabId,
    modules: &[ModuleId],
    (x, top): (f64, f64),
    packed: f64,
) -> Place {
    let text = place_text(curriculum, fieldlab, packed);
    let inner_x = x + PLACE_PAD;
    let name = text_block(
        text.name.clone(),
        inner_x,
        top + PLACE_PAD,
        TEXT,
        true,
        false,
        Owner::Place(fieldlab),
    );
    let mut y = name.rect.y1 + 2.0;
    canvas.place(name);
    let mut pin = None;
    if let Some(location) = &text.location {
        let at = (inner_x + PIN / 2.0 - 1.0, y + LEADING / 2.0);
        canvas.block(Rect::around(at.0, at.1, PIN / 2.0 - 1.0, PIN / 2.0));
        pin = Some(at);
        let label = text_block(
            vec![location.clone()],
            inner_x + PIN + 2.0,
            y,
            TEXT,
            false,
            false,
            Owner::Place(fieldlab),
        );
        y = label.rect.y1;
        canvas.place(label);
    }
    y = y.max(top + place_header(&text) - 2.0);
    let inner = packed - 10.0 - PLACE_PAD;
    for &module in modules {
        let label = packed_label(curriculum, module, inner);
        let height = module_height(label.len());
        put_packed(curriculum, canvas, stations, module, inner_x, y, label);
        y += height;
    }
    Place {
        fieldlab,
        rect: Rect::new(x, top, x + packed - 10.0, y + PLACE_PAD),
        pin,
    }
}

/// A line's name as its tag shows it (shortened to the room there is), and
/// its width.
fn tag_name(curriculum: &Curriculum, line: LineId) -> (Vec<String>, f64) {
    let name = font::wrap(
        &curriculum.lines[line.index()].name,
        TEXT,
        true,
        TAG_TEXT,
        1,
    );
    let width = name.first().map_or(0.0, |n| font::width(n, TEXT, true));
    (name, width)
}

/// A line's name on its colour, left of where it starts.
fn put_tag(curriculum: &Curriculum, canvas: &mut Canvas, line: LineId, start: (f64, f64)) {
    let (name, width) = tag_name(curriculum, line);
    let height = TEXT * 1.17;
    for (dx, dy) in [
        (0.0, 0.0),
        (0.0, -14.0),
        (0.0, 14.0),
        (0.0, -26.0),
        (0.0, 26.0),
    ] {
        let x = start.0 - 10.0 - TAG_PAD - width + dx;
        let label = text_block(
            name.clone(),
            x,
            start.1 - height / 2.0 + dy,
            TEXT,
            true,
            false,
            Owner::Line(line),
        );
        // The tag's coloured plate is the label's box with padding.
        let plate = label.rect.grow(TAG_PAD);
        if canvas.index.is_free(&plate.grow(CLEAR)) {
            canvas.block(plate);
            canvas.labels.push(label);
            return;
        }
    }
}

/// Padding of a line's name tag around its text.
pub const TAG_PAD: f64 = 4.0;

/// Tries a station's label below and above it, centred or to a side, wide
/// or narrow, and at last on one shortened line.
fn label_station(
    curriculum: &Curriculum,
    canvas: &mut Canvas,
    station: &Station,
    column: f64,
) -> bool {
    let name = &curriculum.module(station.module).name;
    let narrow = column - 14.0;
    let forms = [
        (narrow, 3),
        (narrow * 1.7, 2),
        (narrow * 2.4, 1),
        (narrow, 1),
        (narrow * 0.6, 1),
    ];
    let shape = station.shape;
    let widest_word = name
        .split_whitespace()
        .map(|word| font::width(word, TEXT, true))
        .fold(0.0, f64::max);
    for (width, max_lines) in forms {
        // A name is broken inside a word, or shortened, only on one line.
        let whole = || font::wrap(name, TEXT, true, width, max_lines + 1).len() <= max_lines;
        if max_lines > 1 && (widest_word > width || !whole()) {
            continue;
        }
        // Measured in bold, which a route's stations are drawn in.
        let lines = font::wrap(name, TEXT, true, width, max_lines);
        let probe = text_block(lines.clone(), 0.0, 0.0, TEXT, true, true, Owner::Legend);
        let (w, h) = (probe.rect.width(), probe.rect.height());
        let centre = station.x - w / 2.0;
        let right = station.x - RESERVE;
        let left = station.x + RESERVE - w;
        let (further_right, further_left) = (right + column * 0.4, left - column * 0.4);
        // Beside the marker, where the tracks through it part or end.
        let beside = [
            (shape.x1 + 4.0, station.y - h / 2.0),
            (shape.x0 - 4.0 - w, station.y - h / 2.0),
        ];
        // Further off the station only when nearer places are taken.
        let around = |away: f64| {
            let below = shape.y1 + 3.0 + away;
            let above = shape.y0 - 3.0 - h - away;
            [
                (centre, below),
                (centre, above),
                (right, below),
                (right, above),
                (left, below),
                (left, above),
                (further_right, below),
                (further_right, above),
                (further_left, below),
                (further_left, above),
            ]
        };
        let candidates = around(0.0)
            .into_iter()
            .chain(beside)
            .chain([9.0, 18.0, 30.0].into_iter().flat_map(around));
        for (x, top) in candidates {
            let mut label = text_block(
                lines.clone(),
                x,
                top,
                TEXT,
                true,
                true,
                Owner::Station(station.module),
            );
            label.bold = false;
            if canvas.try_place(label) {
                return true;
            }
        }
    }
    false
}

/// The legend below the map: the lines, the stage bands and the markers,
/// in columns; then the names of stations that had no room for them.
#[allow(clippy::too_many_arguments)]
fn legend(
    curriculum: &Curriculum,
    words: &Words,
    canvas: &mut Canvas,
    rows: &[LineId],
    bands: &[BandArea],
    stations: &[Station],
    places: &[Place],
    route: Option<RouteLegend>,
    unlabelled: &[ModuleId],
    top: f64,
    width: f64,
) -> (Vec<(Symbol, Rect)>, f64) {
    const ENTRY: f64 = 20.0;
    const COLUMN: f64 = 250.0;
    const SYMBOL: f64 = 34.0;
    let mut sections: Vec<(String, Vec<(Symbol, String)>)> = Vec::new();
    if !rows.is_empty() {
        let mut entries: Vec<(Symbol, String)> = rows
            .iter()
            .map(|&l| (Symbol::Line(l), curriculum.lines[l.index()].name.clone()))
            .collect();
        entries.sort_by(|a, b| a.1.cmp(&b.1));
        sections.push((say!(words, "map-legend-lines"), entries));
    }
    sections.push((
        say!(words, "map-legend-stages"),
        bands
            .iter()
            .map(|b| (Symbol::Band(b.band), b.band.title(words)))
            .collect(),
    ));
    // Only the markers the map shows: a route map fades every station off
    // the way and badges the rest, so it shows no plain marker.
    let shows = |marker: Marker| route.is_none() && stations.iter().any(|s| s.marker == marker);
    let mut markers = Vec::new();
    if shows(Marker::Station) {
        markers.push((
            Symbol::Marker(Marker::Station),
            say!(words, "map-marker-station"),
        ));
    }
    if shows(Marker::Transfer) {
        markers.push((Symbol::Transfer, say!(words, "map-marker-transfer")));
    }
    for (stage, id) in [
        (Stage::Basis, "map-marker-basis"),
        (Stage::Line, "map-marker-other-line"),
        (Stage::Training, "map-marker-training"),
        (Stage::Nanomodule, "map-marker-nanomodule"),
    ] {
        if shows(Marker::Packed(stage)) {
            markers.push((Symbol::Marker(Marker::Packed(stage)), words.get(id)));
        }
    }
    if !places.is_empty() {
        markers.push((Symbol::Place, say!(words, "map-marker-fieldlab")));
    }
    if let Some(route) = route {
        markers.push((Symbol::Step, say!(words, "map-marker-step")));
        for (drawn, symbol, id) in [
            (route.completed, Symbol::Completed, "map-marker-completed"),
            (route.held, Symbol::Held, "map-marker-held"),
            (route.faded, Symbol::Faded, "map-marker-faded"),
        ] {
            if drawn {
                markers.push((symbol, words.get(id)));
            }
        }
    }
    sections.push((say!(words, "map-legend-markers"), markers));

    let mut symbols = Vec::new();
    let mut x = MARGIN;
    let mut y = top;
    let mut bottom = top;
    for (heading, entries) in sections {
        // Each section starts a new column, or a new row of columns.
        let columns_needed = entries.len().div_ceil(8).max(1);
        if x > MARGIN && x + columns_needed as f64 * COLUMN > MARGIN + width {
            x = MARGIN;
            y = bottom + 16.0;
        }
        let head = text_block(vec![heading], x, y, HEADER_SIZE, true, false, Owner::Legend);
        let entries_top = head.rect.y1 + 8.0;
        canvas.place(head);
        for (i, (symbol, text)) in entries.into_iter().enumerate() {
            let (column, row) = (i / 8, i % 8);
            let ex = x + column as f64 * COLUMN;
            let ey = entries_top + row as f64 * ENTRY;
            let rect = Rect::new(ex, ey, ex + SYMBOL - 8.0, ey + 14.0);
            symbols.push((symbol, rect));
            let lines = font::wrap(&text, TEXT, false, COLUMN - SYMBOL - 10.0, 1);
            let label = text_block(
                lines,
                ex + SYMBOL,
                ey + 1.0,
                TEXT,
                false,
                false,
                Owner::Legend,
            );
            bottom = bottom.max(label.rect.y1.max(rect.y1));
            canvas.place(label);
        }
        x += columns_needed as f64 * COLUMN;
    }
    if !unlabelled.is_empty() {
        let mut y = bottom + 16.0;
        let head = text_block(
            vec![say!(words, "map-unlabelled")],
            MARGIN,
            y,
            HEADER_SIZE,
            true,
            false,
            Owner::Legend,
        );
        y = head.rect.y1 + 6.0;
        canvas.place(head);
        for &module in unlabelled {
            let m = curriculum.module(module);
            let label = text_block(
                vec![format!("{} — {}", m.id, m.name)],
                MARGIN,
                y,
                TEXT,
                false,
                false,
                Owner::Legend,
            );
            y = label.rect.y1 + 3.0;
            canvas.place(label);
        }
        bottom = y;
    }
    (symbols, bottom)
}

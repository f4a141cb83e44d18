//! The curriculum as a metro map: [`layout`] puts every line, station,
//! module and label in place; [`svg()`] draws it, with a worker's route
//! highlighted when given [`Marks`]; [`png()`] renders that SVG with the
//! embedded fonts.

pub mod font;
mod geometry;
mod layout;
mod png;
mod svg;

pub use geometry::Rect;
pub use layout::{Headings, RouteLegend, layout, line_color};
pub use png::png;
pub use svg::{Fonts, font_faces, svg};

use crate::graph::{ModuleGraph, node};
use crate::model::{Curriculum, LineId, ModuleId, Passport};
use crate::plan::compile::start_levels;
use crate::plan::route::Plan;
use crate::words::{Words, say};

/// What a map shows: which lines, and which modules (per module of the
/// curriculum). The stations of the lines are always among the modules.
#[derive(Debug, Clone)]
pub struct Selection {
    pub lines: Vec<LineId>,
    pub modules: Vec<bool>,
}

impl Selection {
    /// Every line and every module.
    pub fn whole(curriculum: &Curriculum) -> Selection {
        Selection {
            lines: (0..curriculum.lines.len() as u32).map(LineId).collect(),
            modules: vec![true; curriculum.modules.len()],
        }
    }

    /// `lines` with their stations, the modules linked to those stations in
    /// the module graph (what they need, or what needs them), and `also`.
    pub fn around(
        curriculum: &Curriculum,
        graph: &ModuleGraph,
        lines: &[LineId],
        also: &[ModuleId],
    ) -> Selection {
        let mut selection = Selection::of_lines(curriculum, lines, also);
        let stations: Vec<ModuleId> = curriculum
            .module_ids()
            .filter(|m| selection.modules[m.index()])
            .collect();
        for station in stations {
            for neighbour in graph.graph.neighbors_undirected(node(station)) {
                selection.modules[graph.module(neighbour).index()] = true;
            }
        }
        selection
    }

    /// The part of the map a route uses: the lines it travels (those with
    /// two or more of its modules or of `also` as stations; else those with
    /// one), each only from the station before the first of the way on it
    /// to the station after the last (a station of context at each end),
    /// the route's modules, and `also`. The development plan draws this, so
    /// that the route is the picture and prints large.
    pub fn route(curriculum: &Curriculum, route: &[ModuleId], also: &[ModuleId]) -> Selection {
        let mut on_way = vec![false; curriculum.modules.len()];
        for module in route.iter().chain(also) {
            on_way[module.index()] = true;
        }
        let count = |line: &crate::model::Line| {
            line.stations
                .iter()
                .filter(|s| on_way[s.value.index()])
                .count()
        };
        let with = |least: usize| -> Vec<LineId> {
            (0..curriculum.lines.len() as u32)
                .map(LineId)
                .filter(|l| count(&curriculum.lines[l.index()]) >= least)
                .collect()
        };
        let mut lines = with(2);
        if lines.is_empty() {
            lines = with(1);
        }
        let mut modules = on_way.clone();
        for line in &lines {
            let stations = &curriculum.lines[line.index()].stations;
            let at = |i: &usize| on_way[stations[*i].value.index()];
            let (Some(first), Some(last)) = (
                (0..stations.len()).find(at),
                (0..stations.len()).rev().find(at),
            ) else {
                continue;
            };
            let last = (last + 1).min(stations.len() - 1);
            for station in &stations[first.saturating_sub(1)..=last] {
                modules[station.value.index()] = true;
            }
        }
        Selection { lines, modules }
    }

    fn of_lines(curriculum: &Curriculum, lines: &[LineId], also: &[ModuleId]) -> Selection {
        let mut modules = vec![false; curriculum.modules.len()];
        for line in lines {
            for station in &curriculum.lines[line.index()].stations {
                modules[station.value.index()] = true;
            }
        }
        for module in also {
            modules[module.index()] = true;
        }
        Selection {
            lines: lines.to_vec(),
            modules,
        }
    }
}

/// A worker's route on the map: per module of the curriculum, its step
/// number (from 1), whether the worker completed it, and whether the worker
/// already holds all it grants.
#[derive(Debug, Clone)]
pub struct Marks {
    pub step: Vec<Option<usize>>,
    pub completed: Vec<bool>,
    pub held: Vec<bool>,
}

impl Marks {
    /// The marks of a route (`steps` in order), with the worker's completed
    /// modules and the level the worker holds of each skill at the start.
    pub fn new(
        curriculum: &Curriculum,
        steps: &[ModuleId],
        completed: &[ModuleId],
        start_levels: &[u8],
    ) -> Marks {
        let mut step = vec![None; curriculum.modules.len()];
        for (i, module) in steps.iter().enumerate() {
            step[module.index()] = Some(i + 1);
        }
        let mut done = vec![false; curriculum.modules.len()];
        for module in completed {
            done[module.index()] = true;
        }
        let held = curriculum
            .modules
            .iter()
            .map(|m| {
                m.grants
                    .iter()
                    .all(|g| start_levels[g.value.skill.index()] >= g.value.level)
            })
            .collect();
        Marks {
            step,
            completed: done,
            held,
        }
    }

    /// The marks of a plan for the worker with `passport`, and the route's
    /// modules in step order.
    pub fn of_plan(
        curriculum: &Curriculum,
        plan: &Plan,
        passport: &Passport,
    ) -> (Marks, Vec<ModuleId>) {
        let route: Vec<ModuleId> = plan
            .steps
            .iter()
            .filter_map(|step| curriculum.find_module(&step.module))
            .collect();
        let levels = start_levels(curriculum, &passport.skills, &passport.completed);
        (
            Marks::new(curriculum, &route, &passport.completed, &levels),
            route,
        )
    }

    /// Which of these marks a map of `selection` draws besides the steps,
    /// for its legend.
    pub fn legend(&self, selection: &Selection) -> RouteLegend {
        let drawn =
            || (0..self.step.len()).filter(|&i| selection.modules[i] && self.step[i].is_none());
        RouteLegend {
            completed: drawn().any(|i| self.completed[i]),
            held: drawn().any(|i| !self.completed[i] && self.held[i]),
            faded: drawn().any(|i| !self.completed[i] && !self.held[i]),
        }
    }

    /// Whether the module is part of the worker's way: a step, completed or held.
    pub fn on_way(&self, module: ModuleId) -> bool {
        let i = module.index();
        self.step[i].is_some() || self.completed[i] || self.held[i]
    }
}

/// The whole curriculum's map as SVG, in English, as `leerroute map` draws
/// it: for the benches.
pub fn metro_map_svg(curriculum: &Curriculum) -> String {
    let words = crate::words::words(crate::words::Lang::En);
    let graph = ModuleGraph::new(
        curriculum,
        &crate::analysis::Grantors::new(curriculum),
        |_| true,
    );
    let title = title(words, curriculum);
    let headings = Headings {
        title: &title,
        subtitle: None,
        route: None,
        compact: false,
    };
    let layout = layout(
        curriculum,
        &graph,
        &Selection::whole(curriculum),
        words,
        &headings,
    );
    svg(curriculum, &layout, None, Fonts::Embedded)
}

/// The map's title: the curriculum's name and version.
pub fn title(words: &Words, curriculum: &Curriculum) -> String {
    match &curriculum.meta.version {
        Some(version) => say!(
            words,
            "map-title-version",
            curriculum = curriculum.meta.name.as_str(),
            version = version.as_str()
        ),
        None => say!(
            words,
            "map-title",
            curriculum = curriculum.meta.name.as_str()
        ),
    }
}

/// The line under a route map's title: whose route to what, or that there
/// is none.
pub fn route_subtitle(words: &Words, plan: &Plan, target_name: &str) -> String {
    if plan.status.is_success() {
        say!(
            words,
            "map-subtitle-route",
            worker = plan.name.as_str(),
            target = target_name
        )
    } else {
        say!(
            words,
            "map-subtitle-no-route",
            worker = plan.name.as_str(),
            target = target_name
        )
    }
}

#[cfg(test)]
mod tests;

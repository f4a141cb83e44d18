//! `leerroute map`: the curriculum as a metro map, and a worker's route on it.

use std::io::{IsTerminal, Write};

use super::output::Output;
use super::{Exit, input, load_for_use, words_for};
use crate::analysis::Grantors;
use crate::cli::{Cli, MapArgs, MapFormat};
use crate::diagnostic::suggest;
use crate::graph::ModuleGraph;
use crate::model::{Curriculum, LineId};
use crate::plan::planner::plan;
use crate::render::map::{self, Fonts, Headings, Marks, Selection};
use crate::words::phrase;

pub fn run(cli: &Cli, args: &MapArgs) -> anyhow::Result<Exit> {
    let words = words_for(cli)?;
    let curriculum = match load_for_use(cli)? {
        Ok(curriculum) => curriculum,
        Err(exit) => return Ok(exit),
    };
    let lines = match lines(cli, &curriculum, &args.line) {
        Ok(lines) => lines,
        Err(exit) => return Ok(exit),
    };
    let worker = args.who.worker.is_some() || args.who.skills.is_some();
    let for_a_route = args.to.target.is_some()
        || args.to.target_skills.is_some()
        || !args.who.completed.is_empty();
    if !worker && for_a_route {
        return Ok(input::refuse(
            cli,
            &phrase!("commands-route-needs-worker"),
            &phrase!("commands-route-needs-worker-help"),
        ));
    }
    if args.format == MapFormat::Png && args.out.is_none() && std::io::stdout().is_terminal() {
        return Ok(input::refuse(
            cli,
            &phrase!("commands-png-not-for-terminal"),
            &phrase!("commands-png-not-for-terminal-help"),
        ));
    }
    let mut output = match Output::open(args.out.as_deref()) {
        Ok(output) => output,
        Err(unusable) => return Ok(unusable.tell(cli)),
    };
    let graph = ModuleGraph::new(&curriculum, &Grantors::new(&curriculum), |_| true);
    let title = map::title(words, &curriculum);
    let (selection, marks, subtitle, exit) = match worker.then_some(&args.who) {
        None => {
            let selection = if lines.is_empty() {
                Selection::whole(&curriculum)
            } else {
                Selection::around(&curriculum, &graph, &lines, &[])
            };
            (selection, None, None, Exit::Success)
        }
        Some(who) => {
            let prepared = input::planning(cli, who, &args.to, &args.options, &curriculum);
            let (passport, target, options) = match prepared {
                Ok(prepared) => prepared,
                Err(exit) => return Ok(exit),
            };
            let planned = plan(&curriculum, &passport, &target, &options);
            let (marks, route) = Marks::of_plan(&curriculum, &planned, &passport);
            let mut also = route;
            also.extend(&passport.completed);
            let selection = if lines.is_empty() {
                Selection::whole(&curriculum)
            } else {
                Selection::around(&curriculum, &graph, &lines, &also)
            };
            let target_name = curriculum
                .find_profile(&target.id)
                .map_or(target.id.as_str(), |p| {
                    curriculum.profiles[p.index()].name.as_str()
                });
            let subtitle = map::route_subtitle(words, &planned, target_name);
            let exit = if planned.status.is_success() {
                Exit::Success
            } else {
                Exit::NoRoute
            };
            (selection, Some(marks), Some(subtitle), exit)
        }
    };
    let headings = Headings {
        title: &title,
        subtitle: subtitle.as_deref(),
        route: marks.as_ref().map(|marks| marks.legend(&selection)),
        compact: false,
    };
    let layout = map::layout(&curriculum, &graph, &selection, words, &headings);
    let svg = map::svg(&curriculum, &layout, marks.as_ref(), Fonts::Embedded);
    match args.format {
        MapFormat::Svg => output.write_all(svg.as_bytes())?,
        MapFormat::Png => output.write_all(&map::png(&svg)?)?,
    }
    output.finish()?;
    Ok(exit)
}

/// The lines `--line` names, with a did-you-mean for a typo.
fn lines(cli: &Cli, curriculum: &Curriculum, ids: &[String]) -> Result<Vec<LineId>, Exit> {
    let mut lines = Vec::new();
    for id in ids {
        match curriculum.find_line(id) {
            Some(line) if !lines.contains(&line) => lines.push(line),
            Some(_) => {}
            None => {
                let help = suggest(id, curriculum.lines.iter().map(|l| l.id.as_str()))
                    .unwrap_or_else(|| phrase!("map-list-lines"));
                let message = phrase!("map-unknown-line", id = id.as_str());
                return Err(input::refuse(cli, &message, &help));
            }
        }
    }
    Ok(lines)
}

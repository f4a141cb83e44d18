//! `leerroute plan`: the cheapest route for one worker, scheduled and explained.

use super::{Exit, input, layout, load_for_use, print, words_for};
use crate::analysis::Grantors;
use crate::cli::{Cli, PlanArgs, PlanFormat};
use crate::graph::ModuleGraph;
use crate::plan::planner::plan;
use crate::render::html::{self, Sheet};
use crate::render::plan as render;

pub fn run(cli: &Cli, args: &PlanArgs) -> anyhow::Result<Exit> {
    let words = words_for(cli)?;
    let curriculum = match load_for_use(cli)? {
        Ok(curriculum) => curriculum,
        Err(exit) => return Ok(exit),
    };
    let prepared = input::planning(cli, &args.who, &args.to, &args.options, &curriculum);
    let (passport, target, options) = match prepared {
        Ok(prepared) => prepared,
        Err(exit) => return Ok(exit),
    };
    let planned = plan(&curriculum, &passport, &target, &options);
    let target_name = curriculum.find_profile(&target.id).map_or_else(
        || target.id.clone(),
        |p| curriculum.profiles[p.index()].name.clone(),
    );
    let text = match args.format {
        PlanFormat::Table => render::table(words, layout(cli), &curriculum, &planned),
        PlanFormat::Json => render::json_pretty(words, &curriculum, &planned),
        PlanFormat::Csv => render::csv(&planned)?,
        PlanFormat::Markdown | PlanFormat::Html => {
            let graph = ModuleGraph::new(&curriculum, &Grantors::new(&curriculum), |_| true);
            let sheet = Sheet {
                curriculum: &curriculum,
                graph: &graph,
                plan: &planned,
                passport: &passport,
                options: &options,
                target_name: &target_name,
                today: input::today(),
            };
            if args.format == PlanFormat::Html {
                html::html(words, &sheet)
            } else {
                // The page's content without the pictures.
                html::markdown(words, &sheet)
            }
        }
    };
    print(&text)?;
    Ok(if planned.status.is_success() {
        Exit::Success
    } else {
        Exit::NoRoute
    })
}

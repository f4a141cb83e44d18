//! `leerroute stats [PATH]`: how hard a curriculum is to travel, by
//! CurricularAnalytics' metrics on the module graph.

use super::{Exit, load_origin_for_use, origin, print, words_for};
use crate::analysis::Grantors;
use crate::analysis::metrics::{Metrics, earliest_terms};
use crate::cli::{Cli, StatsArgs, StatsFormat, StatsSort};
use crate::graph::ModuleGraph;
use crate::model::Curriculum;
use crate::render::stats::{self as render, LISTED_PATHS, Report, Sort};

pub fn run(cli: &Cli, args: &StatsArgs) -> anyhow::Result<Exit> {
    let words = words_for(cli)?;
    let curriculum = match load_origin_for_use(cli, &origin(cli, args.path.as_deref())?) {
        Ok(curriculum) => curriculum,
        Err(exit) => return Ok(exit),
    };
    let (metrics, links) = measure(&curriculum);
    let report = Report {
        curriculum: &curriculum,
        metrics: &metrics,
        links,
        sort: match args.sort {
            StatsSort::Blocking => Sort::Blocking,
            StatsSort::Delay => Sort::Delay,
            StatsSort::Centrality => Sort::Centrality,
            StatsSort::Complexity => Sort::Complexity,
        },
        top: args.top,
    };
    let text = match args.format {
        StatsFormat::Table => render::table(words, &report),
        StatsFormat::Json => render::json(&report),
        StatsFormat::Csv => render::csv(&report)?,
        StatsFormat::Html => render::json(&report),
    };
    print(&text)?;
    Ok(Exit::Success)
}

/// The metrics of every module on the precedence graph, and its number of links.
fn measure(curriculum: &Curriculum) -> (Metrics, usize) {
    let grantors = Grantors::new(curriculum);
    let graph = ModuleGraph::new(curriculum, &grantors, |_| true);
    let precedence = graph.precedence(curriculum, &earliest_terms(curriculum, &grantors));
    let metrics = Metrics::of_dag(&precedence, LISTED_PATHS)
        .expect("the precedence graph keeps no edge that closes a cycle");
    (metrics, precedence.edge_count())
}

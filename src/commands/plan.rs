//! `leerroute plan`: the cheapest route for one worker, scheduled and explained.

use super::{Exit, input, layout, load_for_use, print, words_for};
use crate::cli::{Cli, PlanArgs, PlanFormat};
use crate::plan::planner::plan;
use crate::render::plan as render;

pub fn run(cli: &Cli, args: &PlanArgs) -> anyhow::Result<Exit> {
    let words = words_for(cli)?;
    let curriculum = match load_for_use(cli)? {
        Ok(curriculum) => curriculum,
        Err(exit) => return Ok(exit),
    };
    let prepared = input::passport(cli, &args.who, &curriculum).and_then(|passport| {
        let target = input::target(
            cli,
            &curriculum,
            args.target.as_deref(),
            Some(args.target_skills.as_deref()),
            &passport,
        )?;
        let settings = input::settings(cli, &args.options, args.target.as_deref(), &curriculum)?;
        let options = settings.for_worker(&passport);
        Ok((passport, target, options))
    });
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
        PlanFormat::Markdown => {
            render::markdown(words, &curriculum, &planned, &passport.name, &target_name)
        }
    };
    print(&text)?;
    Ok(if planned.status.is_success() {
        Exit::Success
    } else {
        Exit::NoRoute
    })
}

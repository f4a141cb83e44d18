//! `leerroute gap`: what a worker is missing for a profile, level by level.

use super::{Exit, input, layout, load_for_use, print, words_for};
use crate::cli::{Cli, GapArgs, ListFormat};
use crate::plan::compile::start_levels;
use crate::plan::planner::gap;
use crate::render::gap as render;

pub fn run(cli: &Cli, args: &GapArgs) -> anyhow::Result<Exit> {
    let words = words_for(cli)?;
    let curriculum = match load_for_use(cli)? {
        Ok(curriculum) => curriculum,
        Err(exit) => return Ok(exit),
    };
    let resolved = input::passport(cli, &args.who, &curriculum).and_then(|passport| {
        let target = input::target(cli, &curriculum, args.target.as_deref(), None, &passport)?;
        Ok((passport, target))
    });
    let (passport, target) = match resolved {
        Ok(resolved) => resolved,
        Err(exit) => return Ok(exit),
    };
    let start = start_levels(&curriculum, &passport.skills, &passport.completed);
    let missing = gap(&curriculum, &start, &target.levels);
    let records = render::records(&curriculum, &start, &target.levels, &missing);
    let text = match args.format {
        ListFormat::Table => {
            let summary = render::summary(
                words,
                &passport.name,
                &target.id,
                target.levels.len(),
                &missing,
            );
            let layout = layout(cli);
            render::people(words, layout, &curriculum, &start, &target.levels)
                + &layout.wrap(summary.trim_end(), "", "")
        }
        ListFormat::Json => records.to_json(),
        ListFormat::Csv => records.to_csv()?,
    };
    print(&text)?;
    Ok(Exit::Success)
}

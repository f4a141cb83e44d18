//! `leerroute gap`: what a worker is missing for a profile, level by level.

use super::{Exit, input, load_for_use, print};
use crate::cli::{Cli, GapArgs, ListFormat};
use crate::plan::compile::start_levels;
use crate::plan::planner::gap;
use crate::render::gap as render;

pub fn run(cli: &Cli, args: &GapArgs) -> anyhow::Result<Exit> {
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
            records.to_table()
                + &render::summary(&passport.name, &target.id, target.levels.len(), &missing)
        }
        ListFormat::Json => records.to_json(),
        ListFormat::Csv => records.to_csv()?,
    };
    print(&text)?;
    Ok(Exit::Success)
}

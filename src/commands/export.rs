//! `leerroute export achievements`: the curriculum's modules as Open Badges
//! 3.0 achievements, for a provider to issue badges with.

use super::{Exit, load_for_use, print, words_for};
use crate::cli::{Cli, ExportArgs, ExportFormat, ExportWhat};
use crate::render::achievements;

pub fn run(cli: &Cli, args: &ExportArgs) -> anyhow::Result<Exit> {
    let words = words_for(cli)?;
    let curriculum = match load_for_use(cli)? {
        Ok(curriculum) => curriculum,
        Err(exit) => return Ok(exit),
    };
    let text = match (args.what, args.format) {
        (ExportWhat::Achievements, ExportFormat::Ob3) => {
            achievements::achievements(words, &curriculum)
        }
    };
    print(&text)?;
    Ok(Exit::Success)
}

//! `leerroute show ID`: one item, whatever its kind, and where it is used.

use super::input::refuse;
use super::{Exit, layout, load_for_use, print, words_for};
use crate::cli::{Cli, ShowArgs};
use crate::diagnostic::suggest;
use crate::render::show::sections;
use crate::words::phrase;

pub fn run(cli: &Cli, args: &ShowArgs) -> anyhow::Result<Exit> {
    let words = words_for(cli)?;
    let curriculum = match load_for_use(cli)? {
        Ok(curriculum) => curriculum,
        Err(exit) => return Ok(exit),
    };
    let id = args.id.as_str();
    let sections = sections(words, layout(cli), &curriculum, id);
    if sections.is_empty() {
        let all_ids = curriculum
            .skills
            .iter()
            .map(|s| s.id.as_str())
            .chain(curriculum.modules.iter().map(|m| m.id.as_str()))
            .chain(curriculum.lines.iter().map(|l| l.id.as_str()))
            .chain(curriculum.fieldlabs.iter().map(|f| f.id.as_str()))
            .chain(curriculum.profiles.iter().map(|p| p.id.as_str()));
        let help = suggest(id, all_ids).unwrap_or_else(|| phrase!("show-list-ids"));
        let message = phrase!("show-unknown-id", id = id);
        return Ok(refuse(cli, &message, &help));
    }
    print(&sections.join("\n"))?;
    Ok(Exit::Success)
}

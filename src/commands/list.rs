//! `leerroute list skills|modules|lines|fieldlabs|profiles`.

use super::input::refuse;
use super::{Exit, layout, load_for_use, print, words_for};
use crate::cli::{Cli, ItemKind, ListArgs, ListFormat, StageArg};
use crate::model::Stage;
use crate::render::catalog;
use crate::words::phrase;

fn stage(arg: StageArg) -> Stage {
    match arg {
        StageArg::Basis => Stage::Basis,
        StageArg::Line => Stage::Line,
        StageArg::Training => Stage::Training,
        StageArg::Fieldlab => Stage::Fieldlab,
        StageArg::Nanomodule => Stage::Nanomodule,
    }
}

pub fn run(cli: &Cli, args: &ListArgs) -> anyhow::Result<Exit> {
    if args.stage.is_some() && args.kind != ItemKind::Modules {
        return Ok(refuse(
            cli,
            &phrase!("commands-stage-modules-only"),
            &phrase!("commands-stage-modules-only-help"),
        ));
    }
    let words = words_for(cli)?;
    let curriculum = match load_for_use(cli)? {
        Ok(curriculum) => curriculum,
        Err(exit) => return Ok(exit),
    };
    let records = match args.kind {
        ItemKind::Skills => catalog::skills(&curriculum),
        ItemKind::Modules => catalog::modules(&curriculum, args.stage.map(stage)),
        ItemKind::Lines => catalog::lines(&curriculum),
        ItemKind::Fieldlabs => catalog::fieldlabs(&curriculum),
        ItemKind::Profiles => catalog::profiles(&curriculum),
    };
    let text = match args.format {
        ListFormat::Table => records.to_table(words, layout(cli)),
        ListFormat::Json => records.to_json(),
        ListFormat::Csv => records.to_csv()?,
    };
    print(&text)?;
    Ok(Exit::Success)
}

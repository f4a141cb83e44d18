//! `leerroute passport`: the passport as leerroute reads it from TOML
//! passports and open-standard credentials, with where each skill came from.

use super::{Exit, input, load_for_use, print, words_for};
use crate::cli::{Cli, PassportArgs, PassportFormat};
use crate::render::passport as render;

pub fn run(cli: &Cli, args: &PassportArgs) -> anyhow::Result<Exit> {
    let words = words_for(cli)?;
    let curriculum = match load_for_use(cli)? {
        Ok(curriculum) => curriculum,
        Err(exit) => return Ok(exit),
    };
    let read = input::as_of(cli).and_then(|as_of| {
        let imported = input::imported(cli, &args.worker, &curriculum)?;
        Ok((as_of, imported))
    });
    let (as_of, imported) = match read {
        Ok(read) => read,
        Err(exit) => return Ok(exit),
    };
    let text = match args.format {
        PassportFormat::Table => render::table(words, &curriculum, &imported, as_of),
        PassportFormat::Json => render::json(words, &curriculum, &imported, as_of),
        PassportFormat::Toml => render::toml(&curriculum, &imported.passport),
    };
    print(&text)?;
    Ok(Exit::Success)
}

//! `leerroute advise`: which profile fits a worker, the optimal route to
//! each side by side.

use super::{Exit, input, layout, load_for_use, print, words_for};
use crate::cli::{AdviseArgs, Cli, ListFormat};
use crate::model::{Curriculum, ProfileId};
use crate::plan::advice::advise;
use crate::render::advise as render;
use crate::words::phrase;

pub fn run(cli: &Cli, args: &AdviseArgs) -> anyhow::Result<Exit> {
    let words = words_for(cli)?;
    let curriculum = match load_for_use(cli)? {
        Ok(curriculum) => curriculum,
        Err(exit) => return Ok(exit),
    };
    let prepared = input::passport(cli, &args.who, &curriculum).and_then(|passport| {
        let profiles = profiles(cli, &curriculum, &args.targets)?;
        let settings = input::settings(cli, &args.options, None, &curriculum)?;
        let options = settings.for_worker(&passport);
        Ok((passport, profiles, options))
    });
    let (passport, profiles, options) = match prepared {
        Ok(prepared) => prepared,
        Err(exit) => return Ok(exit),
    };
    let advice = advise(&curriculum, &passport, &profiles, &options);
    let text = match args.format {
        ListFormat::Table => render::table(words, layout(cli), &curriculum, &advice, &passport),
        ListFormat::Json => render::json(words, &curriculum, &advice, &passport),
        ListFormat::Csv => render::csv(words, &curriculum, &advice)?,
    };
    print(&text)?;
    Ok(
        if advice.fits.iter().any(|fit| fit.plan.status.is_success()) {
            Exit::Success
        } else {
            Exit::NoRoute
        },
    )
}

/// The profiles `--targets` names, each once in the order given, or every
/// profile of the curriculum.
fn profiles(
    cli: &Cli,
    curriculum: &Curriculum,
    targets: &[String],
) -> Result<Vec<ProfileId>, Exit> {
    if targets.is_empty() {
        if curriculum.profiles.is_empty() {
            return Err(input::refuse(
                cli,
                &phrase!("advise-no-profiles"),
                &phrase!("advise-no-profiles-help"),
            ));
        }
        return Ok((0..curriculum.profiles.len() as u32)
            .map(ProfileId)
            .collect());
    }
    let mut profiles = Vec::new();
    for id in targets {
        let Some(profile) = curriculum.find_profile(id) else {
            // Refused with a did-you-mean, as `plan --target` is.
            return Err(input::profile_target(cli, curriculum, id)
                .err()
                .unwrap_or(Exit::Invalid));
        };
        if !profiles.contains(&profile) {
            profiles.push(profile);
        }
    }
    Ok(profiles)
}

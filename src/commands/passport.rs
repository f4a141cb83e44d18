//! `leerroute passport`: the passport as leerroute reads it from TOML
//! passports and open-standard credentials, with where each skill came from.

use super::{Exit, input, layout, load_for_use, print, words_for};
use crate::cli::{Cli, PassportArgs, PassportFormat};
use crate::render::passport as render;
use crate::words::phrase;

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
        PassportFormat::Table => render::table(words, layout(cli), &curriculum, &imported, as_of),
        PassportFormat::Json => render::json(words, &curriculum, &imported, as_of),
        PassportFormat::Toml => render::toml(&curriculum, &imported.passport),
        PassportFormat::Clr => match render::clr(words, &curriculum, &imported.passport, as_of) {
            Some(clr) => clr,
            None => {
                return Ok(input::refuse(
                    cli,
                    &phrase!("export-clr-empty"),
                    &phrase!("export-clr-empty-help"),
                ));
            }
        },
    };
    print(&text)?;
    Ok(Exit::Success)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use crate::load::{Origin, load_curriculum, read_worker};
    use crate::model::{Curriculum, ModuleId, Passport, SkillId, SkillLevel};
    use crate::render::passport::{clr, toml};
    use crate::words::{Lang, words};

    /// A passport as leerroute reads one from credentials: each skill once at
    /// its highest level, in curriculum order, none that its completed
    /// modules grant already.
    fn normalized(curriculum: &Curriculum, levels: &[(usize, u8)], modules: &[usize]) -> Passport {
        let mut completed: Vec<ModuleId> = Vec::new();
        for &module in modules {
            let module = curriculum
                .module_ids()
                .nth(module % curriculum.modules.len())
                .unwrap();
            if !completed.contains(&module) {
                completed.push(module);
            }
        }
        let granted = |skill: SkillId| {
            completed
                .iter()
                .flat_map(|&m| &curriculum.module(m).grants)
                .filter(|g| g.value.skill == skill)
                .map(|g| g.value.level)
                .max()
                .unwrap_or(0)
        };
        let mut top = vec![0u8; curriculum.skills.len()];
        for &(skill, level) in levels {
            let skill = skill % curriculum.skills.len();
            let level = 1 + level % curriculum.skills[skill].max_level;
            top[skill] = top[skill].max(level);
        }
        let skills = curriculum
            .skill_ids()
            .filter(|&skill| top[skill.index()] > granted(skill))
            .map(|skill| SkillLevel {
                skill,
                level: top[skill.index()],
            })
            .collect();
        Passport {
            id: "worker".to_string(),
            name: "worker".to_string(),
            skills,
            completed,
            ..Passport::default()
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Exporting a passport as a CLR, or as TOML, and reading it back
        /// gives the same passport.
        #[test]
        fn a_passport_exported_and_imported_again_is_the_same(
            levels in prop::collection::vec((0usize..1000, 0u8..8), 0..12),
            modules in prop::collection::vec(0usize..1000, 0..5),
        ) {
            let curriculum = load_curriculum(&Origin::Embedded).unwrap();
            let passport = normalized(&curriculum, &levels, &modules);
            prop_assume!(!passport.skills.is_empty() || !passport.completed.is_empty());
            let as_of = jiff::civil::date(2026, 12, 1);
            let dir = tempfile::tempdir().unwrap();
            let clr_file = dir.path().join("worker.json");
            let text = clr(words(Lang::En), &curriculum, &passport, as_of).unwrap();
            std::fs::write(&clr_file, text).unwrap();
            let toml_file = dir.path().join("worker.toml");
            std::fs::write(&toml_file, toml(&curriculum, &passport)).unwrap();
            for file in [clr_file, toml_file] {
                let read = read_worker(&[file], &curriculum, as_of).unwrap().passport;
                prop_assert_eq!(&read.id, &passport.id);
                prop_assert_eq!(&read.skills, &passport.skills);
                prop_assert_eq!(&read.completed, &passport.completed);
            }
        }
    }
}

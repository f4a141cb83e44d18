//! The config file, and what it decides: where the curriculum comes from
//! (`--curriculum`, else `LEERROUTE_CURRICULUM`, both through clap, else
//! `curriculum = "…"` in the config file, else the embedded Smart Industry
//! curriculum), the language (see [`crate::words::resolve_lang`]) and the
//! holidays file (`--holidays`, else `holidays = "…"`, else none).

use std::path::{Path, PathBuf};

use crate::load::Origin;
use crate::words::{Lang, resolve_lang};

/// The config file: `dirs::config_dir()/leerroute/config.toml`.
pub fn config_path() -> Option<PathBuf> {
    dirs::config_dir().map(|dir| dir.join("leerroute").join("config.toml"))
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    curriculum: Option<PathBuf>,
    lang: Option<Lang>,
    holidays: Option<PathBuf>,
}

/// The config file and its path, if there is one. A config file that cannot
/// be read is an error: a silent fallback would plan on the wrong data.
fn read_config() -> anyhow::Result<Option<(PathBuf, ConfigFile)>> {
    let Some(config) = config_path().filter(|path| path.is_file()) else {
        return Ok(None);
    };
    let text = std::fs::read_to_string(&config)
        .map_err(|e| anyhow::anyhow!("cannot read config file `{}`: {e}", config.display()))?;
    let parsed: ConfigFile = toml::from_str(&text).map_err(|e| {
        // file:line:column, as every other input error reports it.
        let offset = e.span().map_or(0, |span| span.start);
        let before = &text[..offset.min(text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        anyhow::anyhow!(
            "{}:{line}:{column}: invalid config file: {}\nhelp: the config file may hold three keys: curriculum = \"/path/to/curriculum\", lang = \"nl\" (or \"en\") and holidays = \"/path/to/holidays.toml\"",
            config.display(),
            e.message().trim()
        )
    })?;
    Ok(Some((config, parsed)))
}

/// The language to speak; `explicit` is `--lang` or `LEERROUTE_LANG`.
pub fn language(explicit: Option<Lang>) -> anyhow::Result<Lang> {
    let config = match explicit {
        // The command line decides; a config file is not even read.
        Some(_) => None,
        None => read_config()?.and_then(|(_, file)| file.lang),
    };
    Ok(resolve_lang(explicit, config, |name| {
        std::env::var(name).ok()
    }))
}

/// The holidays file the config file names, if any; a relative path is
/// relative to the config file.
pub fn holidays_file() -> anyhow::Result<Option<PathBuf>> {
    Ok(read_config()?.and_then(|(config, file)| Some(beside(&config, file.holidays?))))
}

/// `path` as the config file at `config` means it.
fn beside(config: &Path, path: PathBuf) -> PathBuf {
    config.parent().map_or(path.clone(), |dir| dir.join(&path))
}

/// Resolves the curriculum origin. `explicit` is `--curriculum` or the
/// environment variable.
pub fn curriculum_origin(explicit: Option<&Path>) -> anyhow::Result<Origin> {
    if let Some(path) = explicit {
        return Ok(Origin::Path(path.to_path_buf()));
    }
    Ok(match read_config()? {
        // A relative path is relative to the config file, not to wherever the user stands.
        Some((
            config,
            ConfigFile {
                curriculum: Some(path),
                ..
            },
        )) => Origin::Path(beside(&config, path)),
        _ => Origin::Embedded,
    })
}

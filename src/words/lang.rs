//! Which language to speak: `--lang`, else `LEERROUTE_LANG` (both through
//! clap), else `lang` in the config file, else the locale (`LC_ALL`, then
//! `LC_MESSAGES`, then `LANG`: `nl_*` is Dutch), else English.

use unic_langid::LanguageIdentifier;

/// A language of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Dutch, the advisors' language.
    Nl,
}

impl Lang {
    /// The catalogue's folder name and the language's BCP 47 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }

    pub(super) fn identifier(self) -> LanguageIdentifier {
        // Both codes are valid language subtags.
        self.code().parse().unwrap_or_default()
    }

    /// The language a POSIX locale name (`nl_NL.UTF-8`, `C`, `en_GB`) asks
    /// for, if it is one of ours.
    fn of_locale(locale: &str) -> Option<Lang> {
        let language = locale.split(['_', '.', '@', '-']).next()?;
        match language.to_ascii_lowercase().as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// Resolves the language. `explicit` is `--lang` or `LEERROUTE_LANG`;
/// `config` is the config file's `lang`; `env` reads an environment variable.
pub fn resolve_lang(
    explicit: Option<Lang>,
    config: Option<Lang>,
    env: impl Fn(&str) -> Option<String>,
) -> Lang {
    if let Some(lang) = explicit {
        return lang;
    }
    if let Some(lang) = config {
        return lang;
    }
    // POSIX: the first of these that is set and not empty decides, even
    // when it names a language we do not have (then English).
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(locale) = env(name).filter(|value| !value.is_empty()) {
            return Lang::of_locale(&locale).unwrap_or_default();
        }
    }
    Lang::default()
}

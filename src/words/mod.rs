//! Every word a person reads, in Dutch and English, from one Fluent
//! catalogue (`locales/<lang>/*.ftl`, embedded at build time).
//!
//! Code never writes a sentence itself: it asks the catalogue for a message
//! by id (`say!(words, "plan-total", hours = …)`) and formats amounts, dates
//! and numbers through [`Words`], so that one switch (`--lang`) turns the
//! whole tool Dutch. Ids, JSON keys and CSV columns never change with the
//! language. The test `catalogue_languages_match` fails when a message
//! exists in one language and not the other, and
//! `every_message_used_exists` when code asks for one that is not there.

mod lang;
mod numbers;
mod phrase;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

pub use fluent_bundle::FluentValue;
pub use lang::{Lang, resolve_lang};
pub(crate) use phrase::phrase;
pub use phrase::{Arg, Phrase, joined};

/// The catalogue files, per language, as `(language, file name, text)`.
const CATALOGUE: &[(&str, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// One language's messages, and how that language writes numbers and dates.
pub struct Words {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

/// The catalogue of `lang`, parsed once per process.
pub fn words(lang: Lang) -> &'static Words {
    static NL: OnceLock<Words> = OnceLock::new();
    static EN: OnceLock<Words> = OnceLock::new();
    let cell = match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    };
    cell.get_or_init(|| Words::new(lang))
}

impl Words {
    fn new(lang: Lang) -> Words {
        let mut bundle = FluentBundle::new_concurrent(vec![lang.identifier()]);
        // Terminals and files show Unicode isolation marks as stray
        // characters; our arguments are ids, names and numbers.
        bundle.set_use_isolating(false);
        for (file_lang, _, text) in CATALOGUE {
            if *file_lang == lang.code() {
                // The catalogue is part of the binary and tested to parse
                // (`catalogue_parses`); a broken entry is skipped, not fatal.
                let resource = FluentResource::try_new((*text).to_string())
                    .unwrap_or_else(|(partial, _)| partial);
                let _ = bundle.add_resource(resource);
            }
        }
        Words { lang, bundle }
    }

    /// The message `id` without arguments.
    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with `args`; use [`say!`] to build them.
    pub fn with(&self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args))
    }

    /// The message `id` without arguments, if the catalogue has it: for a
    /// text that is there for some items only (a command's examples).
    pub fn find(&self, id: &str) -> Option<String> {
        self.try_format(id, None)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        // Tested never to happen; the id is more use than nothing.
        self.try_format(id, args).unwrap_or_else(|| id.to_string())
    }

    fn try_format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let (message, attribute) = match id.split_once('.') {
            Some((message, attribute)) => (message, Some(attribute)),
            None => (id, None),
        };
        let pattern = self
            .bundle
            .get_message(message)
            .and_then(|m| match attribute {
                Some(name) => m.get_attribute(name).map(|a| a.value()),
                None => m.value(),
            })?;
        let mut errors = Vec::new();
        Some(
            self.bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }
}

/// A message with named arguments: `say!(words, "plan-total", hours = h)`.
/// Strings are passed as they are; numbers as Fluent numbers, so that the
/// catalogue can choose a plural (`{ $weeks -> [one] week *[other] weeks }`).
macro_rules! say {
    ($words:expr, $id:literal $(,)?) => {
        $words.get($id)
    };
    ($words:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = ::fluent_bundle::FluentArgs::new();
        $(args.set(stringify!($name), $crate::words::FluentValue::from($value));)+
        $words.with($id, &args)
    }};
}
pub(crate) use say;

#[cfg(test)]
mod tests;

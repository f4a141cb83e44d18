//! Words not yet said: a catalogue id and its arguments, as data. Whatever
//! finds a problem (a loader, a lint) says which message it is and with
//! which facts; the renderer says it in the chosen language. `Display` says
//! it in English, for logs and tests.

use std::fmt;

use fluent_bundle::FluentArgs;

use super::{FluentValue, Lang, Words, words};

/// A message of the catalogue with its arguments, to be said later.
#[derive(Debug, Clone, PartialEq)]
pub struct Phrase {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// An argument of a [`Phrase`]: text as it is (an id, a name, a snippet),
/// a number (so that the catalogue can choose a plural), or another phrase,
/// said in the same language first.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text shown as it is.
    Text(String),
    /// A count, a level, an amount: the catalogue may choose a plural.
    Number(f64),
    /// Words of their own, said first.
    Phrase(Phrase),
    /// An amount of euro, in the language's notation (`€ 1.985,00`).
    Money(f64),
    /// A number shown in the language's notation (`2,5`), not for plurals.
    Figure(f64),
}

impl Phrase {
    /// The message `id`; use [`phrase!`] so that the catalogue test sees it.
    pub fn new(id: &'static str) -> Phrase {
        Phrase {
            id,
            args: Vec::new(),
        }
    }

    /// With the argument `name`.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Phrase {
        self.args.push((name, value.into()));
        self
    }

    /// Text that reads the same in every language: an id, a list of ids.
    pub fn plain(text: impl Into<String>) -> Phrase {
        phrase!("plain", text = text.into())
    }

    /// The catalogue id.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// Said in the language of `words`.
    pub fn say(&self, words: &Words) -> String {
        if self.args.is_empty() {
            return words.get(self.id);
        }
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            match value {
                Arg::Text(text) => args.set(*name, FluentValue::from(text.as_str())),
                Arg::Number(number) => args.set(*name, FluentValue::from(*number)),
                Arg::Phrase(phrase) => args.set(*name, FluentValue::from(phrase.say(words))),
                Arg::Money(euro) => args.set(*name, FluentValue::from(words.money(*euro))),
                Arg::Figure(number) => args.set(*name, FluentValue::from(words.number(*number))),
            }
        }
        words.with(self.id, &args)
    }
}

/// `first` and `rest` one after another, separated by commas ("a, b, c").
pub fn joined(first: Phrase, rest: impl IntoIterator<Item = Phrase>) -> Phrase {
    rest.into_iter().fold(first, |first, rest| {
        phrase!("list-comma", first = first, rest = rest)
    })
}

/// In English.
impl fmt::Display for Phrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say(words(Lang::En)))
    }
}

/// A phrase equals a text when it says that text in English: for tests.
impl PartialEq<&str> for Phrase {
    fn eq(&self, text: &&str) -> bool {
        self.say(words(Lang::En)) == *text
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<Phrase> for Arg {
    fn from(phrase: Phrase) -> Arg {
        Arg::Phrase(phrase)
    }
}

macro_rules! number_args {
    ($($number:ty),*) => {
        $(impl From<$number> for Arg {
            fn from(number: $number) -> Arg {
                Arg::Number(number as f64)
            }
        })*
    };
}
number_args!(u8, u16, u32, u64, usize, i16, i32, i64, f64);

/// A phrase with named arguments: `phrase!("input-did-you-mean", fix = id)`,
/// the words of a diagnostic, said later in the chosen language.
macro_rules! phrase {
    ($id:literal $(,)?) => {
        $crate::words::Phrase::new($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::words::Phrase::new($id)$(.with(stringify!($name), $value))+
    };
}
pub(crate) use phrase;

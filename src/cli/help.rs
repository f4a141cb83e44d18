//! The words of the command line: clap's command for [`Cli`], with every
//! text that `--help` shows taken from the catalogue (`locales/<lang>/help.ftl`)
//! in the language asked for.
//!
//! The ids follow from the command tree, so that a new command, option or
//! value finds its place without a list to keep (a unit test walks the tree
//! and fails on any text missing in either language):
//!
//! - `help-about`, `help-<command>-about`: what the program or a command does;
//! - `help-<command>-examples`: the worked examples after a command's options
//!   (only the commands that have them);
//! - `help-global-<option>`: a global option (`help-global-as-of`);
//! - `help-<command>-<argument>`, else `help-<argument>` (the words every
//!   command with that argument shares): a command's own argument or option
//!   (`help-passport-worker`, `help-budget`);
//! - the argument's id with `-<value>` added: a possible value's words, for
//!   the value enums in [`DESCRIBED`] (`help-plan-format-html`);
//! - `help-heading-*`, `help-flag-*`, `help-help-about`: the parts clap makes
//!   itself (headings, `-h`, `-V` and the `help` command).
//!
//! An id with `.long` added is the longer text that `--help` shows instead
//! (clap's `long_about`, `long_help`), where one is wanted. Clap's own
//! phrases (`[default: …]`, `Possible values:`, usage errors) stay English.

use std::any::TypeId;
use std::ffi::OsString;

use clap::builder::{PossibleValuesParser, Resettable, StyledStr, TypedValueParser};
use clap::{Arg, Command, CommandFactory, ValueEnum};

use super::{
    Cli, DenyLevel, ExportFormat, ExportWhat, ExtraColumnsArg, MapFormat, PassportFormat,
    PlanFormat, StatsFormat, StatsSort,
};
use crate::words::{Lang, Words, say};

/// Clap's command for [`Cli`], in the words of `words`: what `--help`,
/// usage errors and `leerroute completions` show.
pub fn command(words: &'static Words) -> Command {
    let mut root = localise(Cli::command(), &[], words);
    // Building makes clap's own parts (`-h`, `-V`, the `help` command) and
    // copies the global options into every command; their words go in after.
    root.build();
    finish(root, words, true)
}

/// Which language `--lang X` or `--lang=X` (anywhere on the command line
/// `args`, the last one counting), else `lang_env` (`LEERROUTE_LANG`), asks
/// for, as clap will read them; `None` when neither names one of ours (clap
/// then reports a bad value as the usage error it is).
pub fn lang_in_args(args: &[OsString], lang_env: Option<OsString>) -> Option<Lang> {
    let mut given = None;
    let mut args = args.iter().skip(1).map(|arg| arg.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        } else if arg == "--lang" {
            given = Some(args.next().unwrap_or_default().into_owned());
        } else if let Some(value) = arg.strip_prefix("--lang=") {
            given = Some(value.to_string());
        }
    }
    let value = given.or_else(|| lang_env.map(|v| v.to_string_lossy().into_owned()))?;
    Lang::from_str(&value, false).ok()
}

/// Gives the values of an argument their words, if they are of one enum.
type Describe = fn(Arg, &[&str], &Words) -> Arg;

/// The value enums whose values have words of their own; any other value
/// is shown by its name alone.
const DESCRIBED: &[Describe] = &[
    describe::<Lang>,
    describe::<DenyLevel>,
    describe::<PlanFormat>,
    describe::<PassportFormat>,
    describe::<ExportWhat>,
    describe::<ExportFormat>,
    describe::<ExtraColumnsArg>,
    describe::<MapFormat>,
    describe::<StatsFormat>,
    describe::<StatsSort>,
];

/// The words of `command` (at `path` below the root) and everything below
/// it, before clap builds it.
fn localise(command: Command, path: &[&str], words: &'static Words) -> Command {
    let prefix = match path {
        [] => "help".to_string(),
        _ => format!("help-{}", path.join("-")),
    };
    let about = format!("{prefix}-about");
    let mut command = headings(command, words)
        .about(words.get(&about))
        .long_about(optional(words.find(&format!("{about}.long"))))
        .after_help(optional(words.find(&format!("{prefix}-examples"))))
        .mut_args(|arg| localise_arg(arg, path, words));
    if path.is_empty() {
        let global = say!(words, "help-heading-global");
        // In place (`mut_arg` would move the option to the end).
        command = command.mut_args(|arg| {
            let arg = arg.help_heading(global.clone());
            match arg.get_id().as_str() {
                "hours_per_credit" => arg.value_parser(hours_per_credit(words)),
                _ => arg,
            }
        });
    }
    command.mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        localise(sub, &[path, &[name.as_str()]].concat(), words)
    })
}

/// The headings of `command`'s usage and commands: clap's default
/// template, with the usage heading in our words and clap's style for it.
fn headings(command: Command, words: &Words) -> Command {
    let usage = say!(words, "help-heading-usage");
    let style = *command.get_styles().get_usage();
    command
        .subcommand_help_heading(say!(words, "help-heading-commands"))
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{style}{usage}:{style:#} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
}

/// The words of one argument of the command at `path`.
fn localise_arg(arg: Arg, path: &[&str], words: &Words) -> Arg {
    let id = text_id(path, &key(arg.get_id().as_str()), words);
    let mut arg = arg
        .help(words.get(&id))
        .long_help(optional(words.find(&format!("{id}.long"))));
    for describe in DESCRIBED {
        arg = describe(arg, path, words);
    }
    arg
}

/// The catalogue id of the text `key` (an argument, or an argument and a
/// value) of the command at `path`: the command's own if the catalogue has
/// one, else the shared one; at the root, the global one.
fn text_id(path: &[&str], key: &str, words: &Words) -> String {
    if path.is_empty() {
        return format!("help-global-{key}");
    }
    let own = format!("help-{}-{key}", path.join("-"));
    match words.find(&own) {
        Some(_) => own,
        None => format!("help-{key}"),
    }
}

/// A text that only some commands or arguments have; `None` takes away
/// what the derive may have put there.
fn optional(text: Option<String>) -> Resettable<StyledStr> {
    Resettable::from(text.map(StyledStr::from))
}

/// An argument or value id as the catalogue spells it: `hours-per-week`.
fn key(id: &str) -> String {
    id.replace('_', "-")
}

/// Gives the values of `arg` their words from the catalogue, if they are
/// values of `E`: the same values, parsed to the same type, with a text
/// where the catalogue has one.
fn describe<E: ValueEnum + Clone + Send + Sync + 'static>(
    arg: Arg,
    path: &[&str],
    words: &Words,
) -> Arg {
    if arg.get_value_parser().type_id() != TypeId::of::<E>() {
        return arg;
    }
    let argument = key(arg.get_id().as_str());
    let values: Vec<_> = E::value_variants()
        .iter()
        .filter_map(ValueEnum::to_possible_value)
        .map(|value| {
            let id = text_id(path, &format!("{argument}-{}", value.get_name()), words);
            value.help(optional(words.find(&id)))
        })
        .collect();
    arg.value_parser(
        PossibleValuesParser::new(values).try_map(|name: String| E::from_str(&name, false)),
    )
}

/// `--hours-per-credit`: a number above 0 and at most 1000, refused in the
/// words of `words`.
fn hours_per_credit(
    words: &'static Words,
) -> impl Fn(&str) -> Result<f64, String> + Clone + Send + Sync + 'static {
    move |text| match text.parse::<f64>() {
        Ok(hours) if hours > 0.0 && hours <= 1000.0 => Ok(hours),
        _ => Err(say!(words, "help-error-hours-per-credit")),
    }
}

/// The words of the parts clap made while building `command`, and the
/// headings: at the top (`root`) every option is just an option; below it a
/// command's own options and arguments come first, then the global ones,
/// with `-h` and `-V` among them (every command has them).
fn finish(command: Command, words: &Words, root: bool) -> Command {
    let arguments = say!(words, "help-heading-arguments");
    let options = say!(words, "help-heading-options");
    let global = say!(words, "help-heading-global");
    let command = command.mut_args(|arg| {
        let clap_own = matches!(arg.get_id().as_str(), "help" | "version");
        let arg = match arg.get_id().as_str() {
            "help" if arg.get_long_help().is_some() => arg
                .help(say!(words, "help-flag-help-more"))
                .long_help(say!(words, "help-flag-help-summary")),
            "help" => arg.help(say!(words, "help-flag-help")),
            "version" => arg.help(say!(words, "help-flag-version")),
            _ => arg,
        };
        if root {
            arg.help_heading(options.clone())
        } else if clap_own {
            arg.help_heading(global.clone())
        } else if arg.get_help_heading().is_some() {
            arg
        } else if arg.is_positional() {
            // A heading of our own sorts by display order, clap's
            // "Arguments" by position: keep the position.
            let position = arg.get_index().unwrap_or_default();
            arg.help_heading(arguments.clone()).display_order(position)
        } else {
            arg.help_heading(options.clone())
        }
    });
    command.mut_subcommands(|sub| {
        let sub = if sub.get_name() == "help" {
            headings(sub, words).about(say!(words, "help-help-about"))
        } else {
            sub
        };
        finish(sub, words, false)
    })
}

#[cfg(test)]
mod tests;

use std::collections::BTreeSet;

use fluent_syntax::ast::Entry;

use super::*;
use crate::words::words;

const LANGS: [Lang; 2] = [Lang::En, Lang::Nl];

/// Every command below `command`, with its path from the root (`[]`,
/// `["plan"]`, …).
fn commands<'a>(
    command: &'a Command,
    path: Vec<String>,
    found: &mut Vec<(Vec<String>, &'a Command)>,
) {
    found.push((path.clone(), command));
    for sub in command.get_subcommands() {
        let mut below = path.clone();
        below.push(sub.get_name().to_string());
        commands(sub, below, found);
    }
}

fn paths(command: &Command) -> Vec<(Vec<String>, &Command)> {
    let mut found = Vec::new();
    commands(command, Vec::new(), &mut found);
    found
}

fn strs(path: &[String]) -> Vec<&str> {
    path.iter().map(String::as_str).collect()
}

/// The ids the command tree asks the catalogue for: each command's about
/// and each argument's words (both must exist), and the examples it would
/// take if they exist (returned, with the missing ones).
fn asked(words: &Words) -> (BTreeSet<String>, Vec<String>) {
    let mut ids = BTreeSet::new();
    let mut missing = Vec::new();
    let tree = Cli::command();
    for (path, command) in paths(&tree) {
        let path = strs(&path);
        let prefix = match path.as_slice() {
            [] => "help".to_string(),
            _ => format!("help-{}", path.join("-")),
        };
        let mut needed = vec![format!("{prefix}-about")];
        ids.insert(format!("{prefix}-examples"));
        for arg in command.get_arguments() {
            let argument = key(arg.get_id().as_str());
            needed.push(text_id(&path, &argument, words));
        }
        for id in needed {
            if words.find(&id).is_none() {
                missing.push(id.clone());
            }
            ids.insert(id);
        }
    }
    (ids, missing)
}

/// A new command or option cannot ship without its words: every command
/// and every argument has its text in both languages.
#[test]
fn every_command_and_argument_has_words_in_both_languages() {
    for lang in LANGS {
        let (_, missing) = asked(words(lang));
        assert!(
            missing.is_empty(),
            "no words in locales/{}/help.ftl for {missing:?} (an argument may \
             also use the shared help-<argument>)",
            lang.code()
        );
    }
}

/// The message ids of one language's help.ftl.
fn catalogue_ids(text: &str) -> BTreeSet<String> {
    let resource = fluent_syntax::parser::parse(text).expect("help.ftl parses");
    let mut ids = BTreeSet::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            ids.insert(message.id.name.to_string());
        }
    }
    ids
}

/// Every text in help.ftl is one that the help shows: a message for a
/// removed option or for a value of an enum missing from [`DESCRIBED`]
/// would be words nobody reads.
#[test]
fn every_help_text_is_shown() {
    let source = include_str!("../help.rs");
    for (lang, text) in [
        (Lang::En, include_str!("../../../locales/en/help.ftl")),
        (Lang::Nl, include_str!("../../../locales/nl/help.ftl")),
    ] {
        let (mut asked, _) = asked(words(lang));
        asked.extend(value_words(words(lang)).into_iter().map(|(id, _)| id));
        let unused: Vec<_> = catalogue_ids(text)
            .into_iter()
            .filter(|id| !asked.contains(id) && !source.contains(&format!("\"{id}\"")))
            .collect();
        assert!(
            unused.is_empty(),
            "locales/{}/help.ftl: not shown anywhere: {unused:?}",
            lang.code()
        );
    }
}

/// The words of the values that have words in `words`'s help, as (the id
/// they should come from, the words shown).
fn value_words(words: &'static Words) -> Vec<(String, String)> {
    let tree = command(words);
    let mut found = Vec::new();
    for (path, command) in paths(&tree) {
        for arg in command.get_arguments() {
            let path = if arg.is_global_set() {
                Vec::new()
            } else {
                strs(&path)
            };
            let argument = key(arg.get_id().as_str());
            for value in arg.get_possible_values() {
                if let Some(help) = value.get_help() {
                    let value = format!("{argument}-{}", value.get_name());
                    found.push((text_id(&path, &value, words), help.to_string()));
                }
            }
        }
    }
    found
}

/// The Dutch help shows no English of the derive's: every value that has
/// words has the catalogue's (its enum is in [`DESCRIBED`]).
#[test]
fn value_words_come_from_the_catalogue() {
    let nl = words(Lang::Nl);
    let wrong: Vec<_> = value_words(nl)
        .into_iter()
        .filter(|(id, help)| nl.find(id).as_ref() != Some(help))
        .collect();
    assert!(
        wrong.is_empty(),
        "value words not from the catalogue: {wrong:?}"
    );
}

/// Dutch help is Dutch where clap lets it be: headings, `-h`, `-V`, the
/// `help` command, and the value words.
#[test]
fn dutch_help_has_dutch_headings_and_flags() {
    let mut plan = command(words(Lang::Nl))
        .find_subcommand("plan")
        .expect("plan")
        .clone();
    let help = plan.render_long_help().to_string();
    for dutch in [
        "Gebruik: leerroute plan",
        "Opties:",
        "Algemene opties:",
        "Toon de hulp",
        "Toon het versienummer",
        "nl: Nederlands",
        "Voorbeelden:",
    ] {
        assert!(help.contains(dutch), "no `{dutch}` in:\n{help}");
    }
    for english in ["Global options", "Print help", "Examples:", "Usage:"] {
        assert!(!help.contains(english), "`{english}` in:\n{help}");
    }
}

/// The values of a described option still parse to the enum.
#[test]
fn described_values_parse_as_before() {
    let args = [
        "leerroute",
        "--lang",
        "nl",
        "plan",
        "--skills",
        "a@1",
        "--format",
        "html",
    ];
    let cli = Cli::parse_in(words(Lang::Nl), args.iter().map(OsString::from).collect());
    assert_eq!(cli.lang, Some(Lang::Nl));
    let super::super::Command::Plan(plan) = cli.command else {
        panic!("not plan: {:?}", cli.command);
    };
    assert_eq!(plan.format, PlanFormat::Html);
}

#[test]
fn the_language_is_found_anywhere_on_the_command_line() {
    let lang = |args: &[&str], env: Option<&str>| {
        let args: Vec<OsString> = std::iter::once("leerroute")
            .chain(args.iter().copied())
            .map(OsString::from)
            .collect();
        lang_in_args(&args, env.map(OsString::from))
    };
    assert_eq!(
        lang(&["--lang", "nl", "help", "plan"], None),
        Some(Lang::Nl)
    );
    assert_eq!(
        lang(&["plan", "--help", "--lang", "nl"], None),
        Some(Lang::Nl)
    );
    assert_eq!(lang(&["plan", "--lang=nl", "-h"], None), Some(Lang::Nl));
    // The command line wins over LEERROUTE_LANG, and the last one counts.
    assert_eq!(
        lang(&["--lang", "nl", "plan", "--lang", "en"], Some("nl")),
        Some(Lang::En)
    );
    assert_eq!(lang(&["plan", "-h"], Some("nl")), Some(Lang::Nl));
    // Not a language of ours: clap reports it, the help is the default.
    assert_eq!(lang(&["--lang", "de", "plan"], Some("nl")), None);
    assert_eq!(lang(&["plan", "--lang"], None), None);
    assert_eq!(lang(&["plan", "-h"], Some("")), None);
    // After `--` nothing is an option.
    assert_eq!(lang(&["plan", "--", "--lang", "nl"], None), None);
    assert_eq!(lang(&["plan", "-h"], None), None);
}

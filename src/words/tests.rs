use std::collections::BTreeSet;

use fluent_syntax::ast::Entry;
use jiff::civil::date;

use super::*;

/// Every message id (and `id.attribute`) of one language's catalogue.
fn ids(lang: Lang) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for (file_lang, file, text) in CATALOGUE {
        if *file_lang != lang.code() {
            continue;
        }
        let resource = fluent_syntax::parser::parse(*text)
            .unwrap_or_else(|(_, errors)| panic!("{file_lang}/{file} does not parse: {errors:?}"));
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let id = message.id.name;
                assert!(
                    ids.insert(id.to_string()),
                    "{file_lang}/{file}: `{id}` twice"
                );
                for attribute in message.attributes {
                    ids.insert(format!("{id}.{}", attribute.id.name));
                }
            }
        }
    }
    ids
}

#[test]
fn catalogue_parses() {
    for lang in [Lang::En, Lang::Nl] {
        assert!(!ids(lang).is_empty(), "no messages for {lang:?}");
    }
}

#[test]
fn catalogue_languages_match() {
    let en = ids(Lang::En);
    let nl = ids(Lang::Nl);
    let only_en: Vec<_> = en.difference(&nl).collect();
    let only_nl: Vec<_> = nl.difference(&en).collect();
    assert!(
        only_en.is_empty() && only_nl.is_empty(),
        "messages in one language only: English only {only_en:?}, Dutch only {only_nl:?}"
    );
}

/// The ids that the code asks for with `say!(words, "id", …)`.
fn used_ids() -> BTreeSet<String> {
    fn visit(dir: &std::path::Path, found: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).expect("src is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                visit(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs")
                && !path.ends_with("words/tests.rs")
            {
                let text = std::fs::read_to_string(&path).expect("source is readable");
                for call in text.split("say!(").skip(1) {
                    // say!(words, "id" …): the first string literal is the id.
                    if let Some(id) = call.split('"').nth(1) {
                        found.insert(id.to_string());
                    }
                }
                for call in text.split("phrase!(").skip(1) {
                    // phrase!("id" …): the id comes first.
                    if let Some(id) = call.strip_prefix('"').and_then(|c| c.split('"').next()) {
                        found.insert(id.to_string());
                    }
                }
            }
        }
    }
    let mut found = BTreeSet::new();
    visit(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
    );
    found.extend(
        numbers::MONTHS
            .iter()
            .chain(&numbers::MONTHS_SHORT)
            .map(|m| m.to_string()),
    );
    found
}

#[test]
fn every_message_used_exists() {
    let en = ids(Lang::En);
    let missing: Vec<_> = used_ids()
        .into_iter()
        .filter(|id| !en.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "used but not in the catalogue: {missing:?}"
    );
}

#[test]
fn dutch_amounts_and_dates() {
    let nl = words(Lang::Nl);
    assert_eq!(nl.money(1985.0), "€ 1.985,00");
    assert_eq!(nl.money(1234567.5), "€ 1.234.567,50");
    assert_eq!(nl.money(0.5), "€ 0,50");
    assert_eq!(nl.hours(120.0), "120 uur");
    assert_eq!(nl.hours(2.5), "2,5 uur");
    assert_eq!(nl.weeks(15), "15 weken");
    assert_eq!(nl.weeks(1), "1 week");
    assert_eq!(nl.date(date(2027, 1, 11)), "11 januari 2027");
    assert_eq!(nl.number(1200.0), "1.200");
    assert_eq!(nl.date_short(date(2027, 3, 1)), "1 mrt 2027");
    let items = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(nl.and_list(&items(&["a", "b", "c"])), "a, b en c");
    assert_eq!(nl.and_list(&items(&["a"])), "a");
    assert_eq!(words(Lang::En).and_list(&items(&["a", "b"])), "a and b");
}

#[test]
fn english_amounts_and_dates() {
    let en = words(Lang::En);
    assert_eq!(en.money(1985.0), "€1985.00");
    assert_eq!(en.hours(1.0), "1 hour");
    assert_eq!(en.hours(12.25), "12.25 hours");
    assert_eq!(en.weeks(2), "2 weeks");
    assert_eq!(en.date(date(2027, 12, 5)), "5 December 2027");
}

#[test]
fn language_resolution() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.to_string())
        }
    };
    assert_eq!(
        resolve_lang(Some(Lang::En), Some(Lang::Nl), env(&[])),
        Lang::En
    );
    assert_eq!(
        resolve_lang(None, Some(Lang::Nl), env(&[("LANG", "en_GB")])),
        Lang::Nl
    );
    assert_eq!(
        resolve_lang(None, None, env(&[("LANG", "nl_NL.UTF-8")])),
        Lang::Nl
    );
    assert_eq!(
        resolve_lang(None, None, env(&[("LANG", "nl_BE")])),
        Lang::Nl
    );
    // LC_ALL wins over LANG, even when it names another language.
    assert_eq!(
        resolve_lang(None, None, env(&[("LC_ALL", "C.UTF-8"), ("LANG", "nl_NL")])),
        Lang::En
    );
    assert_eq!(
        resolve_lang(None, None, env(&[("LC_ALL", ""), ("LC_MESSAGES", "nl_NL")])),
        Lang::Nl
    );
    assert_eq!(resolve_lang(None, None, env(&[])), Lang::En);
}

#[test]
fn phrases_are_said_later_in_either_language() {
    let kind = phrase!("kind-profile", count = 1usize);
    let unknown = phrase!("load-unknown-reference", kind = kind, id = "x");
    assert_eq!(unknown.to_string(), "unknown profile `x`");
    assert_eq!(
        unknown.say(words(Lang::Nl)),
        "er is geen profiel met het id `x`"
    );
    let list = phrase!(
        "list-or",
        most = joined(Phrase::plain("a"), [Phrase::plain("b")]),
        last = Phrase::plain("c")
    );
    assert_eq!(list.to_string(), "a, b, or c");
    assert_eq!(list.say(words(Lang::Nl)), "a, b of c");
    let range = phrase!("input-budget-negative", found = Arg::Figure(-2.5));
    assert_eq!(
        range.say(words(Lang::Nl)),
        "het budget moet 0 euro of meer zijn, maar is -2,5"
    );
    assert_eq!(phrase!("plain", text = "x"), "x");
}

//! `plan --format markdown`: the development plan's [`Content`], the same
//! the page says, without the pictures (the map, and the timeline's bars).

use std::fmt::Write;

use super::{Content, Sheet};
use crate::words::{Words, say};

/// The whole development plan in Markdown.
pub fn markdown(words: &Words, sheet: &Sheet<'_>) -> String {
    let content = Content::new(words, sheet);
    let plan = sheet.plan;
    let mut out = String::with_capacity(8 * 1024);
    let _ = writeln!(out, "# {}\n", content.title);
    for (term, value) in &content.facts {
        let _ = writeln!(out, "- **{term}:** {value}");
    }
    out.push('\n');

    if plan.status.is_success() {
        for line in &content.summary {
            let _ = writeln!(out, "> {line}  ");
        }
        out.push('\n');
    } else {
        heading(&mut out, 2, &say!(words, "html-no-route-heading"));
        let (headline, reasons) = match content.summary.split_first() {
            Some((headline, reasons)) => (headline.as_str(), reasons),
            None => ("", &[][..]),
        };
        let _ = writeln!(out, "> {headline}\n");
        if !reasons.is_empty() {
            heading(&mut out, 3, &say!(words, "html-no-route-why"));
            items(&mut out, reasons, "");
        }
    }

    heading(&mut out, 2, &say!(words, "html-section-assumptions"));
    items(&mut out, &content.assumptions, "");

    heading(&mut out, 2, &say!(words, "html-section-missing"));
    if content.missing.is_empty() {
        let _ = writeln!(out, "{}\n", say!(words, "html-nothing-missing"));
    } else {
        let _ = writeln!(
            out,
            "| {} | {} | {} |\n|---|---|---|",
            say!(words, "html-col-skill"),
            say!(words, "html-col-now"),
            say!(words, "html-col-needed")
        );
        for row in &content.missing {
            let cells: Vec<String> = row.iter().map(|text| cell(text)).collect();
            let _ = writeln!(out, "| {} |", cells.join(" | "));
        }
        out.push('\n');
    }

    if !content.steps.is_empty() {
        // The timeline as a table: its bars are the picture left out.
        heading(&mut out, 2, &say!(words, "html-section-timeline"));
        let _ = writeln!(
            out,
            "| # | {} | {} |\n|---:|---|---|",
            say!(words, "html-col-module"),
            say!(words, "html-col-when")
        );
        for step in &content.steps {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                step.number,
                cell(&step.name),
                step.when
            );
        }
        out.push('\n');
        heading(&mut out, 2, &say!(words, "html-section-steps"));
        for step in &content.steps {
            heading(&mut out, 3, &format!("{}. {}", step.number, step.name));
            let what = match &step.what {
                Some(what) => format!("{what} (`{}`)", step.id),
                None => format!("`{}`", step.id),
            };
            let when = format!("{}; {}", step.when, step.load);
            for (term, value) in [
                ("html-what", what.as_str()),
                ("html-why", step.why.as_str()),
                ("html-how", step.how.as_str()),
                ("html-when", when.as_str()),
            ] {
                let _ = writeln!(out, "- **{}:** {value}", words.get(term));
            }
            out.push('\n');
        }
        heading(&mut out, 2, &say!(words, "html-section-totals"));
        items(&mut out, &content.summary, "");
    }

    heading(&mut out, 2, &say!(words, "html-section-agreements"));
    items(&mut out, &content.agreements, "");
    heading(&mut out, 3, &say!(words, "html-support"));
    items(&mut out, &content.support, "[ ] ");
    heading(&mut out, 3, &say!(words, "html-review"));
    let _ = writeln!(out, "{}\n", content.review);
    let (worker, manager) = (
        say!(words, "html-sign-worker"),
        say!(words, "html-sign-manager"),
    );
    let _ = writeln!(out, "| {worker} | {manager} |\n|---|---|");
    for id in ["html-sign-name", "html-date", "html-sign-signature"] {
        let term = words.get(id);
        let _ = writeln!(out, "| {term}: | {term}: |");
    }
    let _ = writeln!(out, "\n---\n\n_{}_", content.footer);
    out
}

fn heading(out: &mut String, level: usize, text: &str) {
    let _ = writeln!(out, "{} {text}\n", "#".repeat(level));
}

/// A list, each item after `mark`; the summary's reasons come indented.
fn items(out: &mut String, items: &[String], mark: &str) {
    for item in items {
        let _ = writeln!(out, "- {mark}{}", item.trim_start_matches("  - "));
    }
    out.push('\n');
}

/// Text in a table's cell, with its bars escaped.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

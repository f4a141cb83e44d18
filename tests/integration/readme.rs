//! The README shows real output. Every `$ leerroute …` command in one of its
//! `text` blocks is run, and what it prints must be what the README says,
//! at one of the widths the README is drawn for (no width, 80, 100 or 120
//! columns), with stderr before or after stdout.
//!
//! A command is left out when it cannot run here as written: its output is
//! abridged (`…`), it pipes or redirects, or it names a file that is not in
//! the repository (the README then says where that file comes from).

use std::path::Path;

use crate::support::test::{Run, Test};

/// The date the README's documents are made on: 1 December 2026.
const TODAY: &str = "1796083200";

/// A command of the README and the output it shows.
struct Example {
    line: usize,
    args: Vec<String>,
    shown: String,
}

/// Every command of the README's `text` blocks, with its output: the lines
/// after it up to the next command or the end of the block.
fn examples(readme: &str) -> Vec<Example> {
    let mut examples: Vec<Example> = Vec::new();
    let mut in_text = false;
    let mut continued = false;
    // Whether the last example is the current block's: output lines belong
    // to it only then.
    let mut open = false;
    for (number, line) in readme.lines().enumerate() {
        if line.starts_with("```") {
            in_text = line == "```text";
            open = false;
            continue;
        }
        if !in_text {
            continue;
        }
        if let Some(command) = line.strip_prefix("$ leerroute") {
            continued = command.ends_with('\\');
            open = true;
            examples.push(Example {
                line: number + 1,
                args: words(command),
                shown: String::new(),
            });
        } else if line.starts_with("$ ") {
            // Another program's command (`cat …`): what follows is not ours.
            continued = false;
            open = true;
            examples.push(Example {
                line: number + 1,
                args: vec!["|".into()],
                shown: String::new(),
            });
        } else if let Some(example) = examples.last_mut().filter(|_| open) {
            if continued {
                continued = line.ends_with('\\');
                example.args.extend(words(line));
            } else {
                example.shown.push_str(line);
                example.shown.push('\n');
            }
        }
    }
    examples
}

/// The words of a command line, without its line-continuing backslashes.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .filter(|word| *word != "\\")
        .map(str::to_string)
        .collect()
}

/// The commands whose words after them, up to the first option, are paths.
const TAKE_PATHS: [&str; 3] = ["check", "stats", "diff"];

/// Whether the example can run here as the README writes it.
fn runnable(example: &Example) -> bool {
    let args = &example.args;
    let paths = args
        .iter()
        .position(|arg| TAKE_PATHS.contains(&arg.as_str()))
        .map(|at| {
            args[at + 1..]
                .iter()
                .take_while(|arg| !arg.starts_with('-'))
        })
        .into_iter()
        .flatten();
    let file_like = args.iter().filter(|arg| {
        !arg.starts_with('-')
            && (arg.contains('/')
                || [".toml", ".tml", ".csv", ".jsonl", ".json"]
                    .iter()
                    .any(|end| arg.ends_with(end)))
    });
    let names_a_missing_file = paths.chain(file_like).any(|arg| !Path::new(arg).exists());
    !example.shown.contains('…')
        && !example
            .args
            .iter()
            .any(|arg| arg.starts_with('|') || arg.starts_with('>') || arg == "-")
        && !names_a_missing_file
}

/// Text as compared: no trailing blank lines, and a batch's timing (`3 rows
/// in 0.09 s (34 plans/s)`), which no two runs share, left out.
fn comparable(text: &str) -> String {
    let mut lines: Vec<String> = text
        .lines()
        .map(
            |line| match (line.find(" rows in "), line.find(" plans/s)")) {
                (Some(start), Some(end)) if start < end => {
                    format!("{} rows in …{}", &line[..start], &line[end..])
                }
                _ => line.trim_end().to_string(),
            },
        )
        .collect();
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines.join("\n")
}

fn run_at(example: &Example, width: Option<&str>) -> Run {
    let mut test = Test::new()
        .args(&example.args)
        .env("SOURCE_DATE_EPOCH", TODAY);
    if let Some(width) = width {
        test = test.env("COLUMNS", width);
    }
    test.output()
}

/// Whether some width and some order of the streams gives what the README shows.
fn shows_real_output(example: &Example) -> Result<(), String> {
    let shown = comparable(&example.shown);
    let mut closest: Option<String> = None;
    for width in [None, Some("80"), Some("100"), Some("120")] {
        let run = run_at(example, width);
        for printed in [
            run.stdout.clone(),
            format!("{}{}", run.stderr, run.stdout),
            format!("{}{}", run.stdout, run.stderr),
        ] {
            let printed = comparable(&printed);
            if printed == shown {
                return Ok(());
            }
            closest.get_or_insert(printed);
        }
    }
    let printed = closest.unwrap_or_default();
    let (shown, printed): (Vec<&str>, Vec<&str>) =
        (shown.lines().collect(), printed.lines().collect());
    let line = (0..shown.len().max(printed.len()))
        .find(|&n| shown.get(n) != printed.get(n))
        .unwrap_or(0);
    let (readme, real) = (
        shown.get(line).copied().unwrap_or("(nothing more)"),
        printed.get(line).copied().unwrap_or("(nothing more)"),
    );
    Err(format!(
        "README.md:{}: `leerroute {}`: output line {} differs:\n  README: {readme}\n  real:   {real}",
        example.line,
        example.args.join(" "),
        line + 1
    ))
}

#[test]
fn every_runnable_example_shows_real_output() {
    let readme = std::fs::read_to_string("README.md").expect("the README");
    let examples = examples(&readme);
    let runnable: Vec<&Example> = examples.iter().filter(|e| runnable(e)).collect();
    assert!(
        runnable.len() >= 20,
        "only {} of {} examples can run: is the README parsed right?",
        runnable.len(),
        examples.len()
    );
    let wrong: Vec<String> = runnable
        .iter()
        .filter_map(|example| shows_real_output(example).err())
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
}

//! `leerroute check [PATH]`: lint a curriculum for learning-line designers.

use super::{Exit, print, use_color};
use crate::check::{Policy, lint_read};
use crate::cli::{CheckArgs, CheckFormat, Cli, DenyLevel};
use crate::diagnostic::{Code, Report, Summary, render_json, render_text};
use crate::load::read_curriculum;

pub fn run(cli: &Cli, args: &CheckArgs) -> anyhow::Result<Exit> {
    let origin = super::origin(cli, args.path.as_deref())?;
    let policy = Policy {
        allow: args
            .allow
            .iter()
            .filter_map(|code| Code::parse(code))
            .collect(),
        deny_warnings: args.deny == Some(DenyLevel::Warnings),
    };
    let subject = origin.describe();
    let loaded = read_curriculum(&origin);
    let (diagnostics, unchecked) = lint_read(&loaded.curriculum, &loaded.gaps, &loaded.diagnostics);
    let diagnostics = policy.apply(diagnostics);
    let report = Report {
        sources: &loaded.curriculum.sources,
        diagnostics: &diagnostics,
        subject: &subject,
        show_all: cli.verbose > 0,
        unchecked: &unchecked,
        words: super::words_for(cli)?,
        width: super::layout(cli).width,
    };
    match args.format {
        CheckFormat::Text => print(&render_text(&report, use_color(cli, false)))?,
        CheckFormat::Json => print(&render_json(&report))?,
    }
    Ok(if Summary::of(&diagnostics).errors > 0 {
        Exit::Invalid
    } else {
        Exit::Success
    })
}

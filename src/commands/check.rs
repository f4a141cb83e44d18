//! `leerroute check [PATH]`: lint a curriculum for learning-line designers.

use super::{Exit, print, use_color};
use crate::check::{Context, Policy, lint};
use crate::cli::{CheckArgs, CheckFormat, Cli, DenyLevel};
use crate::diagnostic::{Code, Diagnostic, Report, Summary, render_json, render_text};
use crate::load::{Origin, SourceMap, load_curriculum};

pub fn run(cli: &Cli, args: &CheckArgs) -> anyhow::Result<Exit> {
    let origin = match &args.path {
        Some(path) => Origin::Path(path.clone()),
        None => crate::config::curriculum_origin(cli.curriculum.as_deref())?,
    };
    let policy = Policy {
        allow: args
            .allow
            .iter()
            .filter_map(|code| Code::parse(code))
            .collect(),
        deny_warnings: args.deny == Some(DenyLevel::Warnings),
    };
    let subject = origin.describe();
    match load_curriculum(&origin) {
        Ok(curriculum) => {
            let diagnostics = policy.apply(lint(&Context::new(&curriculum)));
            report(cli, args, &curriculum.sources, &diagnostics, &subject)
        }
        Err(error) => {
            let diagnostics = policy.apply(error.diagnostics);
            report(cli, args, &error.sources, &diagnostics, &subject)
        }
    }
}

fn report(
    cli: &Cli,
    args: &CheckArgs,
    sources: &SourceMap,
    diagnostics: &[Diagnostic],
    subject: &str,
) -> anyhow::Result<Exit> {
    let report = Report {
        sources,
        diagnostics,
        subject,
        show_all: cli.verbose > 0,
    };
    match args.format {
        CheckFormat::Text => print(&render_text(&report, use_color(cli, false)))?,
        CheckFormat::Json => print(&render_json(&report))?,
    }
    Ok(if Summary::of(diagnostics).errors > 0 {
        Exit::Invalid
    } else {
        Exit::Success
    })
}

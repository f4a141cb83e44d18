//! The command line (a contract: see DESIGN.md section 3 and the README).

use std::path::PathBuf;

use clap::builder::PossibleValuesParser;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::diagnostic::Code;

#[derive(Debug, Parser)]
#[command(
    name = "leerroute",
    version,
    about = "Plan provably cheapest learning routes through a technology-sector curriculum",
    long_about = None,
    propagate_version = true
)]
pub struct Cli {
    /// Curriculum directory or .toml file [default: the embedded Smart Industry curriculum]
    #[arg(long, global = true, env = "LEERROUTE_CURRICULUM", value_name = "PATH")]
    pub curriculum: Option<PathBuf>,

    /// When to colour the output
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Print nothing but the requested output (no progress, no notes)
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Show more: every diagnostic instead of the first few per code
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a curriculum and report every problem with file:line:column and a fix
    Check(CheckArgs),
    /// List the skills, modules, lines, fieldlabs or profiles of the curriculum
    List(ListArgs),
    /// Show one item by id, and where it is used
    Show(ShowArgs),
    /// Print a shell completion script
    Completions(CompletionsArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DenyLevel {
    /// Treat every warning as an error
    Warnings,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Curriculum to check [default: --curriculum, or the embedded one]
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,

    /// Output format
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,

    /// Turn warnings into errors (exit code 1)
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub deny: Option<DenyLevel>,

    /// Silence a lint by its code; repeat or separate with commas
    #[arg(long, value_name = "CODE", value_delimiter = ',', value_parser = lint_codes())]
    pub allow: Vec<String>,
}

/// Only lints can be allowed; structural errors make a curriculum unusable.
fn lint_codes() -> PossibleValuesParser {
    PossibleValuesParser::new(
        Code::ALL
            .iter()
            .filter(|code| !code.is_structural())
            .map(|code| code.as_str()),
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ItemKind {
    Skills,
    Modules,
    Lines,
    Fieldlabs,
    Profiles,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StageArg {
    Basis,
    Line,
    Training,
    Fieldlab,
    Nanomodule,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// What to list
    #[arg(value_enum)]
    pub kind: ItemKind,

    /// Only modules of this stage
    #[arg(long, value_enum)]
    pub stage: Option<StageArg>,

    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The id of a skill, module, line, fieldlab or profile
    pub id: String,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

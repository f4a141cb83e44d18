//! The command line (a contract: see docs/DESIGN.md section 3 and the README).
//!
//! The derive below says what the command line is; its words (what each
//! command does, each option's help, the headings, the worked examples) are
//! in the catalogue, `locales/<lang>/help.ftl`, and [`help::command`] puts
//! them in, by ids that follow from the command and the argument (see
//! there). Doc comments here are for developers and never shown.

mod help;

use std::ffi::OsString;
use std::path::PathBuf;

use clap::builder::PossibleValuesParser;
use clap::{Args, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::diagnostic::Code;
use crate::words::{Lang, Words};

pub use help::{command, lang_in_args};

/// The whole command line: the global options and the subcommand, as
/// [`Cli::parse_in`] reads them; [`crate::run`] runs it.
#[derive(Debug, Parser)]
#[command(name = "leerroute", version, long_about = None, propagate_version = true)]
pub struct Cli {
    /// `--curriculum`: where the curriculum is, before the config file's.
    #[arg(long, global = true, env = "LEERROUTE_CURRICULUM", value_name = "PATH")]
    pub curriculum: Option<PathBuf>,

    /// `--lang`: the language of the words, before the config file's.
    #[arg(
        long,
        global = true,
        env = "LEERROUTE_LANG",
        value_enum,
        value_name = "LANG"
    )]
    pub lang: Option<Lang>,

    /// `--hours-per-credit`: for CurricularAnalytics CSV curricula; checked
    /// by the parser [`help::command`] gives it.
    #[arg(long, global = true, value_name = "HOURS")]
    pub hours_per_credit: Option<f64>,

    /// `--color`.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN", overrides_with = "color")]
    pub color: ColorChoice,

    /// `--as-of`: the day credentials must be valid on, as typed.
    #[arg(long, global = true, value_name = "DATE")]
    pub as_of: Option<String>,

    /// `-q`: only the requested output.
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// `-v`: every diagnostic.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// The subcommand to run, with its own arguments.
    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// Reads `args` (the program's name first) as clap's `Parser::parse_from`
    /// does, but with the help, the usage errors and their words in `words`'s
    /// language; like it, prints help, version or a usage error and exits.
    pub fn parse_in(words: &'static Words, args: Vec<OsString>) -> Cli {
        let mut command = command(words);
        let mut matches = command
            .try_get_matches_from_mut(args)
            .unwrap_or_else(|error| error.exit());
        Cli::from_arg_matches_mut(&mut matches)
            .unwrap_or_else(|error| error.format(&mut command).exit())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// The subcommands; what each does is `help-<name>-about` in the catalogue.
#[derive(Debug, Subcommand)]
pub enum Command {
    Check(CheckArgs),
    List(ListArgs),
    Show(ShowArgs),
    Plan(PlanArgs),
    Gap(GapArgs),
    Advise(AdviseArgs),
    Batch(BatchArgs),
    Map(MapArgs),
    Passport(PassportArgs),
    Export(ExportArgs),
    Stats(StatsArgs),
    Diff(DiffArgs),
    Completions(CompletionsArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DenyLevel {
    Warnings,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,

    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,

    #[arg(long, value_enum, value_name = "LEVEL")]
    pub deny: Option<DenyLevel>,

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
    #[arg(value_enum)]
    pub kind: ItemKind,

    #[arg(long, value_enum)]
    pub stage: Option<StageArg>,

    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    pub id: String,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Who is planned for: a passport file or a list of skill-levels (exactly
/// one of them), and the modules done since.
#[derive(Debug, Args)]
#[group(skip)]
#[command(group(clap::ArgGroup::new("who").args(["worker", "skills"]).required(true)))]
pub struct WorkerArgs {
    #[arg(long, value_name = "FILE")]
    pub worker: Option<PathBuf>,

    #[arg(long, value_name = "LIST")]
    pub skills: Option<String>,

    #[arg(long, value_name = "MODULE", value_delimiter = ',')]
    pub completed: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Minimize {
    Hours,
    Cost,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ModeArg {
    Workplace,
    Classroom,
    Online,
    Blended,
    Fieldlab,
}

/// The options every planning command shares (`plan`, `advise`, `batch`,
/// `map`, and `stats` and `diff` with `--workers`).
#[derive(Debug, Args)]
pub struct PlanOptions {
    #[arg(long, value_enum, default_value_t = Minimize::Hours)]
    pub minimize: Minimize,

    #[arg(long, value_name = "EUR", allow_negative_numbers = true)]
    pub budget: Option<String>,

    // Text, read by the hours rule (`2,5` or `2.5`) with messages in the chosen language.
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub hours_per_week: Option<String>,

    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,

    #[arg(long, value_name = "FILE")]
    pub holidays: Vec<PathBuf>,

    #[arg(long, value_name = "MODULE", value_delimiter = ',')]
    pub exclude: Vec<String>,

    #[arg(long, value_enum, value_name = "MODE", value_delimiter = ',')]
    pub avoid_mode: Vec<ModeArg>,

    #[arg(long, value_name = "MS", default_value_t = crate::plan::options::DEFAULT_TIME_LIMIT_MS)]
    pub time_limit: u64,
}

/// What one worker is planned toward: a profile or a list of skill-levels.
#[derive(Debug, Args)]
pub struct TargetArgs {
    #[arg(long, value_name = "PROFILE", conflicts_with = "target_skills")]
    pub target: Option<String>,

    #[arg(long, value_name = "LIST")]
    pub target_skills: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PlanFormat {
    Table,
    Json,
    Csv,
    Markdown,
    Html,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    #[command(flatten)]
    pub who: WorkerArgs,

    #[command(flatten)]
    pub to: TargetArgs,

    #[command(flatten)]
    pub options: PlanOptions,

    #[arg(long, value_enum, default_value_t = PlanFormat::Table)]
    pub format: PlanFormat,
}

#[derive(Debug, Args)]
pub struct GapArgs {
    #[command(flatten)]
    pub who: WorkerArgs,

    #[arg(long, value_name = "PROFILE")]
    pub target: Option<String>,

    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct AdviseArgs {
    #[command(flatten)]
    pub who: WorkerArgs,

    #[arg(long, value_name = "P,Q,…", value_delimiter = ',')]
    pub targets: Vec<String>,

    #[command(flatten)]
    pub options: PlanOptions,

    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PassportFormat {
    Table,
    Json,
    Toml,
    Clr,
}

#[derive(Debug, Args)]
pub struct PassportArgs {
    #[arg(long, value_name = "FILE", required = true, num_args = 1..)]
    pub worker: Vec<PathBuf>,

    #[arg(long, value_enum, default_value_t = PassportFormat::Table)]
    pub format: PassportFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportWhat {
    Achievements,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Ob3,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(value_enum)]
    pub what: ExportWhat,

    #[arg(long, value_enum, default_value_t = ExportFormat::Ob3)]
    pub format: ExportFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    Csv,
    Jsonl,
}

/// What `batch` does with input columns (CSV) or keys (JSON Lines) it does not use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtraColumnsArg {
    Error,
    Ignore,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BatchFormat {
    Jsonl,
    Csv,
}

/// The largest `--first-line`: 2^53, past which a JSON reader no longer
/// holds every line number exactly.
const MAX_FIRST_LINE: u64 = 1 << 53;

#[derive(Debug, Args)]
pub struct BatchArgs {
    #[arg(long, value_name = "FILE|-")]
    pub workers: PathBuf,

    #[arg(long, value_enum)]
    pub input_format: Option<InputFormat>,

    #[arg(long, value_enum, value_name = "WHAT", default_value_t = ExtraColumnsArg::Error)]
    pub extra_columns: ExtraColumnsArg,

    #[arg(long, value_name = "PROFILE")]
    pub target: Option<String>,

    #[command(flatten)]
    pub options: PlanOptions,

    #[arg(long, value_enum, default_value_t = BatchFormat::Jsonl)]
    pub format: BatchFormat,

    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,

    #[arg(long, value_name = "DIR")]
    pub html_dir: Option<PathBuf>,

    #[arg(long, value_name = "FILE")]
    pub xlsx: Option<PathBuf>,

    // Bounded, so that adding a row's own line to it cannot overflow.
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..=MAX_FIRST_LINE))]
    pub first_line: u64,

    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MapFormat {
    Svg,
    Png,
}

/// `map`: the worker's options are `plan`'s, flattened from the same
/// structs, so that a flag added to planning reaches the map too; without a
/// worker the map shows the curriculum alone.
#[derive(Debug, Args)]
// A map needs no worker; `plan` does.
#[command(mut_group("who", |group| group.required(false)))]
pub struct MapArgs {
    #[command(flatten)]
    pub who: WorkerArgs,

    #[command(flatten)]
    pub to: TargetArgs,

    #[command(flatten)]
    pub options: PlanOptions,

    #[arg(long, value_name = "ID", value_delimiter = ',')]
    pub line: Vec<String>,

    #[arg(long, value_enum, default_value_t = MapFormat::Svg)]
    pub format: MapFormat,

    #[arg(long, value_name = "FILE")]
    pub out: Option<std::path::PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatsFormat {
    Table,
    Json,
    Csv,
    Html,
}

/// The order of `stats`'s module rows: highest first, ties in curriculum order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatsSort {
    Blocking,
    Delay,
    Centrality,
    Complexity,
    Routes,
    Hours,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,

    #[arg(long, value_enum, default_value_t = StatsFormat::Table)]
    pub format: StatsFormat,

    #[arg(long, value_enum, value_name = "METRIC")]
    pub sort: Option<StatsSort>,

    #[arg(long, value_name = "N")]
    pub top: Option<usize>,

    #[arg(long, value_name = "N", default_value_t = 20)]
    pub what_if: usize,

    #[command(flatten)]
    pub workforce: WorkforceArgs,
}

/// A workforce to plan, as `batch` reads it: for `stats` and `diff`.
#[derive(Debug, Args)]
pub struct WorkforceArgs {
    #[arg(long, value_name = "FILE|-")]
    pub workers: Option<PathBuf>,

    #[arg(long, value_enum, requires = "workers")]
    pub input_format: Option<InputFormat>,

    #[arg(long, value_enum, value_name = "WHAT", default_value_t = ExtraColumnsArg::Error)]
    pub extra_columns: ExtraColumnsArg,

    #[arg(long, value_name = "PROFILE", requires = "workers")]
    pub target: Option<String>,

    #[command(flatten)]
    pub options: PlanOptions,

    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    #[arg(value_name = "OLD")]
    pub old: PathBuf,

    #[arg(value_name = "NEW")]
    pub new: PathBuf,

    #[arg(long, value_enum, default_value_t = DiffFormat::Table)]
    pub format: DiffFormat,

    #[command(flatten)]
    pub workforce: WorkforceArgs,
}

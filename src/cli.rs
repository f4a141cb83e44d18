//! The command line (a contract: see docs/DESIGN.md section 3 and the README).

use std::path::PathBuf;

use clap::builder::PossibleValuesParser;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::diagnostic::Code;
use crate::words::Lang;

/// The heading of the options every command takes, apart from its own.
const GLOBAL: &str = "Global options";

/// The worked examples under `help plan`.
const PLAN_EXAMPLES: &str = "\
Examples:
  leerroute plan --worker examples/workers/anna.toml
  leerroute --lang nl plan --worker anna.toml --target cobot-operator --start 2027-01-11
  leerroute plan --skills workshop-safety@2,teamwork@2 --target cobot-operator --minimize cost
  leerroute plan --worker anna.toml --avoid-mode classroom --budget 1500 --format markdown

A passport (anna.toml):
  [worker]
  id = \"anna\"
  name = \"Anna de Vries\"
  skills = [\"teamwork@2\", \"problem-solving@2\", \"electrical-basics@2\"]
  completed = [\"basis-vca\"]
  target = \"cobot-operator\"
  hours_per_week = 8
  budget = 3000";

/// The worked examples under `help gap`.
const GAP_EXAMPLES: &str = "\
Examples:
  leerroute gap --worker examples/workers/anna.toml
  leerroute --lang nl gap --worker anna.toml --target cobot-operator
  leerroute gap --skills cnc-milling@3,teamwork@2 --target cobot-operator --format json";

/// The worked examples under `help batch`.
const BATCH_EXAMPLES: &str = "\
Examples:
  leerroute batch --workers examples/workers.csv --format csv --out plans.csv
  leerroute batch --workers staff.jsonl --budget 10000 > plans.jsonl
  cat staff.csv | leerroute batch --workers - --input-format csv --extra-columns ignore

Each row is a passport: a CSV header id,name,skills,completed,target,hours_per_week,budget
(lists separated by ';'), or one passport object per line (JSON Lines).";

/// The worked examples under `help passport`.
const PASSPORT_EXAMPLES: &str = "\
Examples:
  leerroute passport --worker tests/fixtures/credentials/wallet-anna
  leerroute --lang nl --as-of 2027-01-04 passport --worker anna.toml badges/
  leerroute passport --worker wallet/ --format clr > anna-clr.json

--worker takes TOML passports and credentials told apart by content: Open Badges 3.0
(JSON, JSON-LD, baked PNG or SVG, compact JWS), CLR 2.0 and Europass; a folder is read
whole. Proofs are not verified.";

/// The worked examples under `help export`.
const EXPORT_EXAMPLES: &str = "\
Examples:
  leerroute export achievements > achievements.json
  leerroute --curriculum my-curriculum/ --lang nl export achievements --format ob3";

/// The worked examples under `help check`.
const CHECK_EXAMPLES: &str = "\
Examples:
  leerroute check
  leerroute check curricula/smart-industry --deny warnings
  leerroute check my-curriculum/ --format json --allow unused-skill";

/// The whole command line: the global options and the subcommand, as
/// `Cli::parse()` (from clap's `Parser`) reads them; [`crate::run`] runs it.
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
    #[arg(help_heading = GLOBAL, long, global = true, env = "LEERROUTE_CURRICULUM", value_name = "PATH")]
    pub curriculum: Option<PathBuf>,

    /// Language of the output [default: the config file's `lang`, else the locale, else en]
    #[arg(
        long,
        global = true,
        env = "LEERROUTE_LANG",
        value_enum,
        value_name = "LANG"
    )]
    pub lang: Option<Lang>,

    /// Study hours per credit hour of a CurricularAnalytics CSV curriculum (a Dutch EC is 28) [default: 45 for a semester system, 30 for a quarter system]
    #[arg(help_heading = GLOBAL, long, global = true, value_name = "HOURS", value_parser = hours_per_credit)]
    pub hours_per_credit: Option<f64>,

    /// When to colour the output (the last one given counts)
    #[arg(help_heading = GLOBAL, long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN", overrides_with = "color")]
    pub color: ColorChoice,

    /// The day on which credentials must be valid (YYYY-MM-DD) [default: today, UTC]
    #[arg(help_heading = GLOBAL, long, global = true, value_name = "DATE")]
    pub as_of: Option<String>,

    /// Print nothing but the requested output (no progress, no notes)
    #[arg(help_heading = GLOBAL, short, long, global = true)]
    pub quiet: bool,

    /// Show more: every diagnostic instead of the first few per code
    #[arg(help_heading = GLOBAL, short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// The subcommand to run, with its own arguments.
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
    #[command(after_help = CHECK_EXAMPLES)]
    Check(CheckArgs),
    /// List the skills, modules, lines, fieldlabs or profiles of the curriculum
    List(ListArgs),
    /// Show one item by id, and where it is used
    Show(ShowArgs),
    /// Plan the provably cheapest route from a worker's skills to a target
    #[command(after_help = PLAN_EXAMPLES)]
    Plan(PlanArgs),
    /// Show what a worker is missing for a target profile
    #[command(after_help = GAP_EXAMPLES)]
    Gap(GapArgs),
    /// Rank the profiles by how close a worker is: the optimal route to each, side by side
    Advise(AdviseArgs),
    /// Plan for a whole workforce: CSV or JSON Lines in, one plan per row out
    #[command(after_help = BATCH_EXAMPLES)]
    Batch(BatchArgs),
    /// Show the passport as leerroute reads it: each skill-level and where it came from
    #[command(after_help = PASSPORT_EXAMPLES)]
    Passport(PassportArgs),
    /// Export the curriculum on an open standard: an Open Badges 3.0 achievement per module
    #[command(after_help = EXPORT_EXAMPLES)]
    Export(ExportArgs),
    /// Curriculum metrics (blocking, delay, centrality, complexity) and, with --workers, where a workforce's routes go
    Stats(StatsArgs),
    /// What changed between two versions of a curriculum and, with --workers, whose routes change
    Diff(DiffArgs),
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

/// Hours per credit: a number above 0 and at most 1000.
fn hours_per_credit(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(hours) if hours > 0.0 && hours <= 1000.0 => Ok(hours),
        _ => Err("give the study hours of one credit, a number above 0 and at most 1000 (a Dutch EC is 28)".into()),
    }
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

/// Who is planned for: a passport file or a list of skill-levels (exactly
/// one of them), and the modules done since.
#[derive(Debug, Args)]
#[group(skip)]
#[command(group(clap::ArgGroup::new("who").args(["worker", "skills"]).required(true)))]
pub struct WorkerArgs {
    /// The worker's skills passport: a TOML file, or open-standard credentials (Open Badges 3.0, CLR 2.0, Europass; JSON, baked PNG or SVG) or a folder of them
    #[arg(long, value_name = "FILE")]
    pub worker: Option<PathBuf>,

    /// The worker's skills, comma-separated: `plc-programming@2,cad@basis` (a level by number or name)
    #[arg(long, value_name = "LIST")]
    pub skills: Option<String>,

    /// Modules the worker has done, besides the passport's `completed`; repeat or separate with commas
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

/// The options every planning command shares (`plan`, `advise`, `batch`).
#[derive(Debug, Args)]
pub struct PlanOptions {
    /// What to minimise
    #[arg(long, value_enum, default_value_t = Minimize::Hours)]
    pub minimize: Minimize,

    /// Hard cap on the route's cost in euro, e.g. `2500`, `2.500` or `€ 2.500,50` [default: the passport's budget]
    #[arg(long, value_name = "EUR", allow_negative_numbers = true)]
    pub budget: Option<String>,

    /// Learning hours per week [default: the passport's, else 8: one day in five]
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub hours_per_week: Option<f64>,

    /// Put dates on the calendar, from this day (YYYY-MM-DD); a weekend day moves to the Monday after
    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,

    /// Non-learning periods (`[[holiday]]` tables with `name`, `from`, `to`), instead of the config file's; repeat for more files
    #[arg(long, value_name = "FILE")]
    pub holidays: Vec<PathBuf>,

    /// Never plan these modules; repeat or separate with commas
    #[arg(long, value_name = "MODULE", value_delimiter = ',')]
    pub exclude: Vec<String>,

    /// Never plan modules taught this way; repeat or separate with commas
    #[arg(long, value_enum, value_name = "MODE", value_delimiter = ',')]
    pub avoid_mode: Vec<ModeArg>,

    /// Bound on the exact search in milliseconds; past it the best route found is returned, marked not optimal
    #[arg(long, value_name = "MS", default_value_t = crate::plan::options::DEFAULT_TIME_LIMIT_MS)]
    pub time_limit: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PlanFormat {
    Table,
    Json,
    Csv,
    Markdown,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    #[command(flatten)]
    pub who: WorkerArgs,

    /// Target skills profile [default: the passport's target]
    #[arg(long, value_name = "PROFILE", conflicts_with = "target_skills")]
    pub target: Option<String>,

    /// Target skill-levels instead of a profile, comma-separated
    #[arg(long, value_name = "LIST")]
    pub target_skills: Option<String>,

    #[command(flatten)]
    pub options: PlanOptions,

    /// Output format
    #[arg(long, value_enum, default_value_t = PlanFormat::Table)]
    pub format: PlanFormat,
}

#[derive(Debug, Args)]
pub struct GapArgs {
    #[command(flatten)]
    pub who: WorkerArgs,

    /// Target skills profile [default: the passport's target]
    #[arg(long, value_name = "PROFILE")]
    pub target: Option<String>,

    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct AdviseArgs {
    #[command(flatten)]
    pub who: WorkerArgs,

    /// The profiles to compare, comma-separated [default: every profile]
    #[arg(long, value_name = "P,Q,…", value_delimiter = ',')]
    pub targets: Vec<String>,

    #[command(flatten)]
    pub options: PlanOptions,

    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PassportFormat {
    /// Tables for a person: skills and their sources, modules, credentials, notes
    Table,
    /// The `leerroute.passport/v1` document, with every source and note as data
    Json,
    /// A `[worker]` TOML passport that `--worker` reads back
    Toml,
    /// An unsigned CLR 2.0 `ClrCredential`: an Open Badges 3.0 AchievementCredential per completed module and per skill-level
    Clr,
}

#[derive(Debug, Args)]
pub struct PassportArgs {
    /// TOML passports, credentials (Open Badges 3.0, CLR 2.0, Europass; JSON, baked PNG or SVG) or folders of them, merged into one passport
    #[arg(long, value_name = "FILE", required = true, num_args = 1..)]
    pub worker: Vec<PathBuf>,

    /// Output format
    #[arg(long, value_enum, default_value_t = PassportFormat::Table)]
    pub format: PassportFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportWhat {
    /// An Open Badges 3.0 `Achievement` for every module
    Achievements,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Open Badges 3.0 (JSON)
    Ob3,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to export
    #[arg(value_enum)]
    pub what: ExportWhat,

    /// Output format
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
    /// Refuse them, so that a misspelt column is caught
    Error,
    /// Skip them (an HR export's `department`, `manager`)
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
    /// Bulk passports: a .csv or .jsonl file, or `-` for standard input
    #[arg(long, value_name = "FILE|-")]
    pub workers: PathBuf,

    /// Input format [default: from the file extension; required for `-`]
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormat>,

    /// Input columns (CSV) or keys (JSON Lines) that are not bulk columns: refuse the input, or skip them
    #[arg(long, value_enum, value_name = "WHAT", default_value_t = ExtraColumnsArg::Error)]
    pub extra_columns: ExtraColumnsArg,

    /// Target profile for every row (it wins over a row's own `target`)
    #[arg(long, value_name = "PROFILE")]
    pub target: Option<String>,

    /// Plan options for every row; a value given here wins over the row's own
    #[command(flatten)]
    pub options: PlanOptions,

    /// Output format: one plan per line (the `plan --format json` schema) or one CSV row per worker
    #[arg(long, value_enum, default_value_t = BatchFormat::Jsonl)]
    pub format: BatchFormat,

    /// Write to this file instead of standard output: a regular file (also behind a symlink) is replaced atomically, anything else (a FIFO, a device) written straight
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,

    /// Line number of the input's first line, for a block cut from a larger file: row errors then name the line in that file
    // Bounded, so that adding a row's own line to it cannot overflow.
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..=MAX_FIRST_LINE))]
    pub first_line: u64,

    /// Number of planning threads [default: all cores]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatsFormat {
    Table,
    Json,
    Csv,
    /// A self-contained report with charts
    Html,
}

/// The order of `stats`'s module rows: highest first, ties in curriculum order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatsSort {
    /// Blocking factor: the modules reachable from it
    Blocking,
    /// Delay factor: the modules on the longest path through it
    Delay,
    /// Centrality: the summed length of the paths through it
    Centrality,
    /// Structural complexity: delay plus blocking
    Complexity,
    /// With --workers: the number of planned routes that use it
    Routes,
    /// With --workers: the learner-hours spent on it
    Hours,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Curriculum to measure [default: --curriculum, or the embedded one]
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,

    /// Output format
    #[arg(long, value_enum, default_value_t = StatsFormat::Table)]
    pub format: StatsFormat,

    /// Order the modules by this metric, highest first [default: complexity; with --workers, routes]
    #[arg(long, value_enum, value_name = "METRIC")]
    pub sort: Option<StatsSort>,

    /// Show only the first N modules (totals, maxima and longest paths still cover all)
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,

    /// With --workers: test what removing each of the N modules on the most routes costs, by re-planning
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub what_if: usize,

    #[command(flatten)]
    pub workforce: WorkforceArgs,
}

/// A workforce to plan, as `batch` reads it: for `stats` and `diff`.
#[derive(Debug, Args)]
pub struct WorkforceArgs {
    /// Bulk passports, as for `batch`: a .csv or .jsonl file, or `-` for standard input
    #[arg(long, value_name = "FILE|-")]
    pub workers: Option<PathBuf>,

    /// Format of --workers [default: from the file extension; required for `-`]
    #[arg(long, value_enum, requires = "workers")]
    pub input_format: Option<InputFormat>,

    /// Columns (CSV) or keys (JSON Lines) of --workers that are not bulk columns: refuse the input, or skip them
    #[arg(long, value_enum, value_name = "WHAT", default_value_t = ExtraColumnsArg::Error)]
    pub extra_columns: ExtraColumnsArg,

    /// Target profile for every worker (it wins over a row's own `target`)
    #[arg(long, value_name = "PROFILE", requires = "workers")]
    pub target: Option<String>,

    /// Plan options for every worker; a value given here wins over the row's own
    #[command(flatten)]
    pub options: PlanOptions,

    /// Number of planning threads [default: all cores]
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
    /// The curriculum as it is: a directory, a .toml file or a CurricularAnalytics .csv file
    #[arg(value_name = "OLD")]
    pub old: PathBuf,

    /// The version to compare it with
    #[arg(value_name = "NEW")]
    pub new: PathBuf,

    /// Output format
    #[arg(long, value_enum, default_value_t = DiffFormat::Table)]
    pub format: DiffFormat,

    #[command(flatten)]
    pub workforce: WorkforceArgs,
}

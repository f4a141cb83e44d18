//! leerroute: learning-path planning for the Dutch technology industry.
//!
//! Data flows one way: files → `load` → [`Curriculum`] → `graph` →
//! `check` / `plan` / `render`. The binary (`src/main.rs`) only wires the
//! command line to these ([`Cli`], [`run`]); docs/ARCHITECTURE.md maps the
//! modules. The items below are the library's public API: load and check a
//! curriculum, plan workers, and write the plan document.

// Writing to stderr goes through `commands::to_stderr`: `eprintln!` panics
// when stderr is full or closed.
#![deny(clippy::print_stderr)]
#![warn(missing_docs)]

mod analysis;
mod check;
mod cli;
mod commands;
mod config;
mod diagnostic;
mod graph;
mod load;
mod model;
mod plan;
mod render;
mod source;
mod words;

pub use analysis::Availability;
pub use check::{Context, lint, structural};
pub use cli::Cli;
pub use commands::{parse_args, run, tell_failure, to_stderr};
pub use diagnostic::{Code, Diagnostic, Report, Severity, render_json, render_text};
pub use load::{
    LoadError, Origin, from_sources, load_curriculum, load_holidays, load_passport, parse_passport,
};
pub use model::{
    Curriculum, Holiday, Mode, Module, ModuleId, Passport, ProfileId, SkillId, SkillLevel, Stage,
};
pub use plan::advice::{Advice, Fit, Held, Shared, advise};
pub use plan::memo::Room;
pub use plan::options::{Objective, Options};
pub use plan::planner::{Planner, Target, plan};
pub use plan::route::{Plan, Status};
pub use render::map::{metro_map_svg, png as metro_map_png};
pub use render::plan::json_line;
pub use source::{Position, SourceMap, Span};
pub use words::{Lang, Phrase, Words, words};

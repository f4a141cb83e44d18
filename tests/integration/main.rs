//! The integration tests of leerroute: one test binary, one module per area.
//!
//! - `check`, `plan` (with `gap`), `advise`, `batch`, `catalog` (`show`, `list`,
//!   `completions`), `config` and `shipped_curriculum`: the real binary, end
//!   to end;
//! - `conformance`, `planner_oracle`, `loader_robustness` and `generator`: the
//!   library against proven optima, brute force, random input and the
//!   curriculum generator;
//! - `realdata`: `check` on the real UC San Diego catalogue;
//! - `readme`: every runnable example of the README shows real output;
//! - `help`: `--help` in both languages, and where the language comes from;
//! - `reasons`: why there is no route and what would give one, in both languages;
//! - `diagnostics_nl`, `commands_nl`: problems in the input and the commands' refusals, in Dutch;
//! - `architecture`: the layers of docs/ARCHITECTURE.md.
//!
//! `support/` holds what they share. Snapshots are in `snapshots/`, named
//! after the module that pins them (`integration__check__lints__io.snap`).

mod support;

mod advise;
mod architecture;
mod batch;
mod calendar;
mod catalog;
mod check;
mod commands_nl;
mod config;
mod conformance;
mod credentials;
mod curricular_analytics;
mod diagnostics_nl;
mod diff;
mod documents;
mod generator;
mod help;
mod html;
mod input;
mod layout;
mod loader_robustness;
mod map;
mod plan;
mod planner_oracle;
mod readme;
mod realdata;
mod reasons;
mod shipped_curriculum;
mod stats;

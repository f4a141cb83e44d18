//! leerroute: learning-path planning for the Dutch technology industry.
//!
//! Data flows one way: files → [`load`] → [`model::Curriculum`] → [`graph`] →
//! [`check`] / [`plan`] / [`render`]. The binary (`src/main.rs`) only wires
//! the command line to these.

// Writing to stderr goes through `commands::to_stderr`: `eprintln!` panics
// when stderr is full or closed.
#![deny(clippy::print_stderr)]

pub mod analysis;
pub mod check;
pub mod cli;
pub mod commands;
pub mod config;
pub mod diagnostic;
pub mod graph;
pub mod load;
pub mod model;
pub mod plan;
pub mod render;
pub mod source;

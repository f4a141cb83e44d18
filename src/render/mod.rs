//! Output for people and scripts: tables (comfy-table), JSON, CSV.

pub mod batch;
pub mod catalog;
pub mod diff;
pub mod gap;
pub mod plan;
pub mod reasons;
pub mod records;
pub mod show;
pub mod spreadsheet;
pub mod stats;
pub mod why;

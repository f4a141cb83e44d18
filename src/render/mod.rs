//! Output for people and scripts: tables (comfy-table), JSON, CSV.

pub mod batch;
pub mod catalog;
pub mod plan;
pub mod records;
pub mod spreadsheet;

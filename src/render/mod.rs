//! Output for people and scripts: tables (comfy-table), JSON, CSV.

pub mod achievements;
pub mod advise;
pub mod batch;
pub mod catalog;
pub mod diff;
pub mod gap;
pub mod html;
pub mod layout;
pub mod map;
pub mod markup;
pub mod passport;
pub mod plan;
pub mod reasons;
pub mod records;
pub mod show;
pub mod spreadsheet;
pub mod stats;
pub mod step;
pub mod style;
pub mod why;
pub mod xlsx;

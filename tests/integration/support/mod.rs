//! What the integration tests share.

pub mod cli;
pub mod generator;

//! What the integration tests share.

pub mod generator;
pub mod test;
pub mod tiny;

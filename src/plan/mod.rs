//! Planning: reachability, relevance, bounds, exact search, schedule.

pub mod availability;
pub mod explain;
pub mod task;

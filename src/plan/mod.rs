//! Planning, the curriculum side: a worker, a target and a curriculum become
//! a task for the exact optimiser (the `leerroute-solver` crate), and its
//! solution becomes a plan.
//!
//! [`availability`] (what can be obtained at all), [`explain`] (why not, as
//! [`reason`] data), [`scope`] (what can serve a target), [`compile`] (a worker's task in
//! that scope), [`memo`] (solved tasks, kept for a batch), [`planner`] (the
//! whole job), [`schedule`] (order and calendar), [`route`] (the plan
//! document).

pub mod availability;
pub mod compile;
pub mod explain;
pub mod labels;
pub mod memo;
pub mod options;
pub mod planner;
pub mod reason;
pub mod route;
pub mod schedule;
pub mod scope;

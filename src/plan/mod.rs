//! Planning, the curriculum side: a worker, a target and a curriculum become
//! a task for the exact optimiser (the `leerroute-solver` crate), and its
//! solution becomes a plan.
//!
//! [`reason`] (why there is no route, as data), [`scope`] (what can serve a target), [`compile`] (a worker's task in
//! that scope), [`memo`] (solved tasks, kept for a batch), [`planner`] (the
//! whole job), [`schedule`] (order and calendar), [`route`] (the plan
//! document).

pub mod compile;
pub mod labels;
pub mod memo;
pub mod options;
pub mod planner;
pub mod reason;
pub mod route;
pub mod schedule;
pub mod scope;

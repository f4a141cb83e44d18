//! Planning, the curriculum side: a worker, a target and a curriculum become
//! a task for the exact optimiser (the `leerroute-solver` crate), and its
//! solution becomes a plan.
//!
//! [`advice`] (the profiles ranked for one worker), [`reason`] (why there is no route, as data), [`scope`] (what can serve a target), [`compile`] (a worker's task in
//! that scope), [`memo`] (solved tasks, kept for a batch), [`planner`] (the
//! whole job), [`steps`] (order and what each step serves), [`calendar`]
//! (weeks and dates), [`route`] (the plan document).

pub mod advice;
pub mod calendar;
pub mod compile;
pub mod labels;
pub mod memo;
pub mod options;
pub mod planner;
pub mod reason;
pub mod relax;
pub mod route;
pub mod scope;
pub mod steps;

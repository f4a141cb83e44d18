//! Planning: reachability, relevance, bounds, exact search, schedule.
//!
//! Curriculum level: [`availability`] (what can be obtained at all),
//! [`explain`] (why not, in words), [`scope`] (what can serve a target), [`compile`] (a worker's
//! task in that scope), [`memo`] (solved tasks, kept for a batch),
//! [`planner`] (the whole job), [`schedule`] (order and calendar), [`route`]
//! (the plan document). Task level, the exact search: [`instance`], [`reach`], [`reduce`],
//! [`relax`], [`greedy`], [`bounds`], [`cuts`], [`hitting`],
//! [`search`], [`order`].

pub mod availability;
pub mod bitset;
pub mod bounds;
pub mod compile;
pub mod cuts;
pub mod explain;
pub mod greedy;
pub mod hitting;
pub mod instance;
pub mod labels;
pub mod memo;
pub mod network;
pub mod order;
pub mod planner;
pub mod reach;
pub mod reduce;
pub mod relax;
pub mod route;
pub mod schedule;
pub mod scope;
pub mod search;
pub mod task;

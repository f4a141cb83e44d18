// The README is the crate documentation, so its example runs as a doctest.
#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

mod bounds;
mod cuts;
mod greedy;
mod hitting;
mod instance;
mod network;
mod order;
mod reach;
mod reduce;
mod relax;
mod search;
mod task;

pub use fixedbitset::FixedBitSet;
pub use instance::Instance;
pub use network::Network;
pub use order::valid_order;
pub use reach::{Reach, Relevance, backward, forward, relevance_in};
pub use search::{Limits, Outcome, Solution, solve, solve_instance};
pub use task::{Action, ActionId, FactId, Task};

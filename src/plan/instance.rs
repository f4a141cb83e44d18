//! A task over a network built beforehand.
//!
//! Workers planned toward one target share its modules, so their tasks share
//! one `Network` (built once per target, see [`super::scope::Scope`]); they
//! differ only in what holds at the start, which actions each may take, and
//! what the actions cost. An `Instance` is that difference, so solving a
//! worker's task does not rebuild the network.

use super::network::Network;
use super::task::{FactId, Task};

/// A task: the actions of `net` that `allowed` flags, with these costs, from
/// `init` to `goal`. The network's own `init` and `goal` are not used.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Instance<'a> {
    pub net: &'a Network,
    /// Per action of `net`: whether it may be taken.
    pub allowed: &'a [bool],
    /// Per action: its objective weight.
    pub cost: &'a [u64],
    /// Per action: what it spends from the budget (euro cents).
    pub spend: &'a [u64],
    /// Facts that hold at the start, sorted and without duplicates.
    pub init: &'a [FactId],
    /// Facts that must all hold at the end, sorted and without duplicates.
    pub goal: &'a [FactId],
    /// Hard cap on the summed `spend` of the chosen actions.
    pub budget: Option<u64>,
}

/// A plain [`Task`] made an [`Instance`]: its own network, every action
/// allowed.
pub(crate) struct TaskInstance {
    net: Network,
    allowed: Vec<bool>,
    cost: Vec<u64>,
    spend: Vec<u64>,
    budget: Option<u64>,
}

impl TaskInstance {
    pub(crate) fn new(task: &Task) -> TaskInstance {
        TaskInstance {
            net: Network::new(task),
            allowed: vec![true; task.actions.len()],
            cost: task.actions.iter().map(|a| a.cost).collect(),
            spend: task.actions.iter().map(|a| a.spend).collect(),
            budget: task.budget,
        }
    }

    pub(crate) fn instance(&self) -> Instance<'_> {
        Instance {
            net: &self.net,
            allowed: &self.allowed,
            cost: &self.cost,
            spend: &self.spend,
            init: &self.net.init,
            goal: &self.net.goal,
            budget: self.budget,
        }
    }
}

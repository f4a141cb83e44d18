//! A task over a network built beforehand.
//!
//! Many tasks often share their actions and differ only in what holds at the
//! start, which actions each may take, and what the actions weight (a caller
//! planning many workers toward one target builds one `Network` for them all). An `Instance` is that difference, so solving a
//! worker's task does not rebuild the network.

use crate::network::Network;
use crate::task::{FactId, Task};

/// A task: the actions of `net` that `allowed` flags, with these costs, from
/// `init` to `goal`. The network's own `init` and `goal` are not used.
#[derive(Debug, Clone, Copy)]
pub struct Instance<'a> {
    /// The actions and their conditions, shared with other instances.
    pub net: &'a Network,
    /// Per action of `net`: whether it may be taken.
    pub allowed: &'a [bool],
    /// Per action: its objective weight.
    pub weight: &'a [u64],
    /// Per action: what it spends from the budget.
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
    weight: Vec<u64>,
    spend: Vec<u64>,
    budget: Option<u64>,
}

impl TaskInstance {
    pub(crate) fn new(task: &Task) -> TaskInstance {
        TaskInstance {
            net: Network::new(task),
            allowed: vec![true; task.actions.len()],
            weight: task.actions.iter().map(|a| a.weight).collect(),
            spend: task.actions.iter().map(|a| a.spend).collect(),
            budget: task.budget,
        }
    }

    pub(crate) fn instance(&self) -> Instance<'_> {
        Instance {
            net: &self.net,
            allowed: &self.allowed,
            weight: &self.weight,
            spend: &self.spend,
            init: &self.net.init,
            goal: &self.net.goal,
            budget: self.budget,
        }
    }
}

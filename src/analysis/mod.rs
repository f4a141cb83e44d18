//! What `check` and `plan` both need to know about a curriculum, so that
//! neither depends on the other: who grants what ([`Grantors`]), what can be
//! obtained from a given start ([`Availability`]), and why a skill-level
//! cannot be ([`Explainer`], as [`Blocked`] data).

mod availability;
mod explain;
mod grantors;
pub mod metrics;

pub use availability::{Availability, can_take};
pub use explain::{Blocked, Blocker, Blocking, Explainer, LeftOut, Link, Unusable};
pub use grantors::{Grantors, can_first_grant};

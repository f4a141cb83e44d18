//! Which profile fits a worker: the optimal route toward each profile,
//! ranked, with how much of each the worker already holds and the modules
//! that the best routes have in common (`leerroute advise`).
//!
//! Every route is the one `plan` gives for that target: each profile gets
//! its own [`Planner`] (the target's scope, worked out once, as `batch` does
//! per profile) and plans the worker with the same [`Options`].

use std::cmp::Ordering;

use rayon::prelude::*;

use super::options::{Objective, Options};
use super::planner::{Planner, Target};
use super::reason::Reason;
use super::route::{Plan, Status};
use crate::model::{Curriculum, Passport, ProfileId};

/// How many of the best routes [`Advice::shared`] compares.
pub const BEST_ROUTES: usize = 3;

/// The profiles ranked for one worker, closest first.
#[derive(Debug, Clone)]
pub struct Advice {
    /// What "closest" means: the fewest hours or the lowest cost.
    pub objective: Objective,
    /// One per profile compared, in rank order.
    pub fits: Vec<Fit>,
    /// The best routes: the first [`BEST_ROUTES`] fits with steps.
    pub best: Vec<ProfileId>,
    /// The modules in at least two of the best routes, most shared first.
    pub shared: Vec<Shared>,
}

/// One profile and the worker's optimal route to it.
#[derive(Debug, Clone)]
pub struct Fit {
    /// The profile planned toward.
    pub profile: ProfileId,
    /// Exactly what `plan --target <profile>` gives.
    pub plan: Plan,
    /// How much of the profile the worker holds at the start.
    pub held: Held,
}

/// How much of a profile the worker holds at the start, counted level by
/// level: `cobot-operation@3` asks for three levels, and holding
/// `cobot-operation@1` is one of them. A skill the profile names twice counts
/// once, at its highest level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Held {
    /// Levels of the profile's skills that the worker holds, each skill
    /// counted up to the level the profile asks.
    pub levels: u32,
    /// Every level the profile asks for.
    pub of_levels: u32,
    /// Skills held at (or above) the level the profile asks.
    pub skills: usize,
    /// The skills the profile names.
    pub of_skills: usize,
}

impl Held {
    /// From the target and the plan's gap: what is not missing is held, so
    /// this can never disagree with `plan` and `gap`.
    fn of(target: &Target, plan: &Plan) -> Held {
        let mut asked: Vec<(crate::model::SkillId, u8)> = Vec::new();
        for level in &target.levels {
            match asked.iter_mut().find(|(skill, _)| *skill == level.skill) {
                Some((_, need)) => *need = (*need).max(level.level),
                None => asked.push((level.skill, level.level)),
            }
        }
        let of_levels: u32 = asked.iter().map(|&(_, need)| u32::from(need)).sum();
        let missing: u32 = plan
            .gap
            .iter()
            .map(|gap| u32::from(gap.need - gap.have))
            .sum();
        Held {
            levels: of_levels - missing,
            of_levels,
            skills: asked.len() - plan.gap.len(),
            of_skills: asked.len(),
        }
    }

    /// The held share in whole percent, rounded down: 100 only when every
    /// level is held.
    pub fn percent(&self) -> u32 {
        (self.levels * 100)
            .checked_div(self.of_levels)
            .unwrap_or(100)
    }
}

/// A module that several of the best routes take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shared {
    /// The module's id.
    pub module: String,
    /// The profiles whose best routes take it, in rank order.
    pub profiles: Vec<ProfileId>,
}

/// Plans `passport` toward each of `profiles` with `options` and ranks the
/// profiles: those with a route first (qualified before planned), by the
/// objective's total, then the other measure, then fewer modules; then those
/// without a route: over budget (the cheapest route's cost, lowest first),
/// timeout, unreachable (the fewest modules to allow first: see [`miss`]),
/// error. Ties keep the order of `profiles`.
pub fn advise(
    curriculum: &Curriculum,
    passport: &Passport,
    profiles: &[ProfileId],
    options: &Options,
) -> Advice {
    // One planner per profile, each independent of the others: planned on
    // every core, collected in the order asked.
    let mut fits: Vec<Fit> = profiles
        .par_iter()
        .map(|&profile| {
            let target = Target::from_profile(curriculum, profile);
            let plan = Planner::new(curriculum, target.clone()).plan(passport, options);
            Fit {
                profile,
                held: Held::of(&target, &plan),
                plan,
            }
        })
        .collect();
    // A stable sort: equal fits keep the order asked for.
    fits.sort_by(|a, b| rank_order(options.objective, &a.plan, &b.plan));
    let best: Vec<&Fit> = fits
        .iter()
        .filter(|fit| !fit.plan.steps.is_empty())
        .take(BEST_ROUTES)
        .collect();
    let shared = shared_modules(&best);
    let best = best.iter().map(|fit| fit.profile).collect();
    Advice {
        objective: options.objective,
        fits,
        best,
        shared,
    }
}

/// Where a status ranks: a route first, then how near a route is.
fn status_rank(status: Status) -> u8 {
    match status {
        Status::Qualified => 0,
        Status::Planned => 1,
        Status::OverBudget => 2,
        Status::Timeout => 3,
        Status::Unreachable => 4,
        Status::Error => 5,
    }
}

fn rank_order(objective: Objective, a: &Plan, b: &Plan) -> Ordering {
    let measures = |plan: &Plan| match objective {
        Objective::Hours => (plan.totals.hours, plan.totals.cost),
        Objective::Cost => (plan.totals.cost, plan.totals.hours),
    };
    let ((a_first, a_second), (b_first, b_second)) = (measures(a), measures(b));
    status_rank(a.status)
        .cmp(&status_rank(b.status))
        .then_with(|| {
            let ((a_kind, a_allow, a_total), (b_kind, b_allow, b_total)) =
                (miss(objective, a), miss(objective, b));
            (a_kind, a_allow)
                .cmp(&(b_kind, b_allow))
                .then(a_total.total_cmp(&b_total))
        })
        .then(a_first.total_cmp(&b_first))
        .then(a_second.total_cmp(&b_second))
        .then(a.totals.modules.cmp(&b.totals.modules))
}

/// How near a plan without a route comes: over budget, the cheapest
/// route's cost (unknown last); unreachable, a relaxation within the budget
/// before one over it, then the fewest modules to allow, then the relaxed
/// route's total in the objective (none last). Equal for every plan with a
/// route, whose totals decide.
fn miss(objective: Objective, plan: &Plan) -> (u8, usize, f64) {
    let found = plan.reasons.iter().find_map(|reason| match reason {
        Reason::OverBudget { cheapest, .. } => Some((
            0,
            0,
            cheapest.map_or(f64::INFINITY, |cheapest| cheapest.cost),
        )),
        Reason::Relaxation(relaxed) => Some((
            u8::from(!relaxed.within_budget),
            relaxed.allow.len(),
            match objective {
                Objective::Hours => relaxed.hours,
                Objective::Cost => relaxed.cost,
            },
        )),
        _ => None,
    });
    match found {
        Some(miss) => miss,
        None if plan.status.is_success() => (0, 0, 0.0),
        None => (2, 0, 0.0),
    }
}

/// The modules in two or more of the best routes: most shared first, then
/// in the order the best of them takes them.
fn shared_modules(best: &[&Fit]) -> Vec<Shared> {
    let mut shared: Vec<Shared> = Vec::new();
    for fit in best {
        for step in &fit.plan.steps {
            if shared.iter().any(|s| s.module == step.module.as_str()) {
                continue;
            }
            let profiles: Vec<ProfileId> = best
                .iter()
                .filter(|other| {
                    other
                        .plan
                        .steps
                        .iter()
                        .any(|s| s.module.as_str() == step.module.as_str())
                })
                .map(|other| other.profile)
                .collect();
            if profiles.len() >= 2 {
                shared.push(Shared {
                    module: step.module.to_string(),
                    profiles,
                });
            }
        }
    }
    // Stable: equally shared modules stay in route order.
    shared.sort_by_key(|s| std::cmp::Reverse(s.profiles.len()));
    shared
}

//! From a passport and a target to an explained, scheduled [`Plan`]: compile
//! the task, solve it exactly, then put the answer in the curriculum's words.

use std::sync::Arc;
use std::time::Instant;

use super::calendar::{Weeks, calendar};
use super::compile::{Compiled, Request, TaskKey, compile};
use super::labels::Labels;
use super::memo::{Memo, Room, Solved};
use super::options::{Objective, Options};
use super::reason::{Cheapest, Reason};
use super::relax::{Failed, Relaxations, first_steps, highest_asked, relaxation};
use super::route::{Gap, Plan, Status, Step, Totals};
use super::scope::Scope;
use super::steps::{Steps, needed_by, precedence};
use crate::analysis::Availability;
use crate::analysis::{Explainer, LeftOut};
use crate::model::amounts::to_units;
use crate::model::{Curriculum, ModuleId, Passport, ProfileId, SkillLevel};
use leerroute_solver::{Limits, Outcome, solve_instance};

/// A target: a profile, or a list of skill-levels given on the command line.
#[derive(Debug, Clone)]
pub struct Target {
    /// The profile id, or the list as written.
    pub id: String,
    /// The skill-levels to reach: the worker must hold every one.
    pub levels: Vec<SkillLevel>,
}

impl Target {
    /// The target of a profile: every skill-level it requires.
    pub fn from_profile(curriculum: &Curriculum, profile: ProfileId) -> Target {
        let profile = &curriculum.profiles[profile.index()];
        Target {
            id: profile.id.clone(),
            levels: profile.requires.iter().map(|r| r.value).collect(),
        }
    }
}

/// Plans one worker toward one target.
pub fn plan(
    curriculum: &Curriculum,
    passport: &Passport,
    target: &Target,
    options: &Options,
) -> Plan {
    Planner::new(curriculum, target.clone()).plan(passport, options)
}

/// A target made ready for planning: what does not depend on the worker (the
/// [`Scope`]) is worked out once and serves every worker planned toward it.
#[derive(Debug)]
pub struct Planner<'c> {
    curriculum: &'c Curriculum,
    target: Target,
    scope: Scope,
    labels: Labels,
    /// Which of several modules that can be taken comes first ([`precedence`]).
    rank: Vec<u32>,
    memo: Option<Memo>,
    /// Relaxations found, remembered with the solved tasks.
    relaxations: Option<Relaxations>,
}

impl<'c> Planner<'c> {
    /// Works out the target's scope once: the modules that can contribute
    /// to it, and which of them dominate which.
    pub fn new(curriculum: &'c Curriculum, target: Target) -> Planner<'c> {
        let scope = Scope::new(curriculum, &target.levels);
        Planner {
            labels: Labels::new(curriculum, &scope, &target.levels),
            rank: precedence(curriculum, &scope.modules),
            curriculum,
            target,
            scope,
            memo: None,
            relaxations: None,
        }
    }

    /// Remembers solved tasks while there is `room`, for planning many
    /// workers: the plans are the same, equal tasks are solved once.
    pub fn remembering(self, room: Room) -> Planner<'c> {
        Planner {
            memo: Some(Memo::new(room.clone())),
            relaxations: Some(Relaxations::new(room)),
            ..self
        }
    }

    /// How many solved tasks are remembered (0 unless [`Planner::remembering`]).
    pub fn remembered(&self) -> usize {
        self.memo.as_ref().map_or(0, Memo::len)
    }

    /// How many relaxations are remembered (0 unless [`Planner::remembering`]).
    #[cfg(test)]
    pub(crate) fn relaxations_remembered(&self) -> usize {
        self.relaxations.as_ref().map_or(0, Relaxations::len)
    }

    /// What a worker's planning task is made of. Workers with equal keys
    /// get the same route; a remembering planner solves each key once.
    pub fn task_key(&self, passport: &Passport, options: &Options) -> TaskKey {
        self.compile_for(passport, options).1.key
    }

    fn compile_for(&self, passport: &Passport, options: &Options) -> (Request, Compiled) {
        let request = Request {
            held: passport.skills.clone(),
            completed: passport.completed.clone(),
            target: self.target.levels.clone(),
            objective: options.objective,
            budget: options.budget,
            forbidden: left_out_modules(self.curriculum, passport, options)
                .iter()
                .map(Option::is_some)
                .collect(),
        };
        let compiled = compile(self.curriculum, &self.scope, &request);
        (request, compiled)
    }

    /// Plans one worker toward the target.
    pub fn plan(&self, passport: &Passport, options: &Options) -> Plan {
        let (curriculum, target, scope) = (self.curriculum, &self.target, &self.scope);
        let (request, compiled) = self.compile_for(passport, options);
        let mut plan = Plan {
            name: passport.name.clone(),
            gap: gap(curriculum, &compiled.start_levels, &target.levels),
            ..Plan::qualified(&passport.id, &target.id, options.objective.as_str())
        };
        if plan.gap.is_empty() {
            return plan;
        }
        let limits = Limits {
            deadline: Some(Instant::now() + options.time_limit),
        };
        let solved = self.solved(&compiled, &limits);
        match &solved.outcome {
            Outcome::Qualified => {}
            Outcome::Planned(solution) => {
                let Some(steps) = &solved.steps else {
                    // The search returned a set that is not a route: a bug, but
                    // never a reason to print a wrong plan.
                    plan.status = Status::Error;
                    plan.optimal = false;
                    plan.lower_bound = None;
                    plan.reasons.push(Reason::InvalidRoute);
                    return plan;
                };
                plan.status = Status::Planned;
                plan.optimal = solution.optimal;
                let bound = compiled.weights.objective_bound(solution.lower_bound) as f64 / 100.0;
                plan.steps = self.explain_steps(steps, &compiled.start_levels, options);
                plan.totals = Totals {
                    hours: round2(plan.steps.iter().map(|s| s.hours).sum()),
                    cost: round2(plan.steps.iter().map(|s| s.cost).sum()),
                    modules: plan.steps.len(),
                    weeks: plan.steps.last().map_or(0, |s| s.end_week),
                };
                let total = match options.objective {
                    Objective::Hours => plan.totals.hours,
                    Objective::Cost => plan.totals.cost,
                };
                plan.lower_bound = Some(if solution.optimal {
                    total
                } else {
                    bound.min(total)
                });
            }
            Outcome::Unreachable { missing } => {
                plan.status = Status::Unreachable;
                plan.optimal = false;
                plan.lower_bound = None;
                let left_out = left_out_modules(curriculum, passport, options);
                plan.reasons =
                    unreachable_reasons(curriculum, scope, &compiled, &request, &left_out, missing);
                let failed = self.failed(&request, &compiled);
                plan.reasons.extend(
                    relaxation(&failed, &left_out, &limits, self.relaxations.as_ref())
                        .map(Reason::Relaxation),
                );
            }
            Outcome::OverBudget { cheapest_spend } => {
                plan.status = Status::OverBudget;
                plan.optimal = false;
                plan.lower_bound = None;
                plan.reasons = self.over_budget(&request, &compiled, *cheapest_spend, &limits);
            }
            Outcome::Undecided { .. } => {
                plan.status = Status::Timeout;
                plan.optimal = false;
                plan.lower_bound = None;
                plan.reasons.push(Reason::Timeout {
                    time_limit: options.time_limit,
                });
            }
        }
        plan
    }
}

impl Planner<'_> {
    /// The task solved, or taken from the memo.
    fn solved(&self, compiled: &Compiled, limits: &Limits) -> Arc<Solved> {
        let solve = || self.solve(compiled, limits);
        let solved = match &self.memo {
            Some(memo) => memo.solve(&compiled.key, solve),
            None => Arc::new(solve()),
        };
        // The order of a remembered route, and what its steps serve, are
        // the same for every worker with its key (see `Solved::steps`).
        #[cfg(debug_assertions)]
        if self.memo.is_some()
            && let Outcome::Planned(route) = &solved.outcome
            && route.optimal
        {
            debug_assert_eq!(solved.steps, solve().steps, "a remembered route differs");
        }
        solved
    }

    /// The route's `(hours, cost)` as [`Planner::plan`] totals them (`(0,
    /// 0)` for a worker who already qualifies), or `None` when the plan has
    /// no route; without the work of saying why, or of putting the route on
    /// a calendar: for what-ifs over a whole workforce.
    pub fn totals(&self, passport: &Passport, options: &Options) -> Option<(f64, f64)> {
        let (_, compiled) = self.compile_for(passport, options);
        if gap(self.curriculum, &compiled.start_levels, &self.target.levels).is_empty() {
            return Some((0.0, 0.0));
        }
        let limits = Limits {
            deadline: Some(Instant::now() + options.time_limit),
        };
        let solved = self.solved(&compiled, &limits);
        match (&solved.outcome, &solved.steps) {
            (Outcome::Qualified, _) => Some((0.0, 0.0)),
            (Outcome::Planned(_), Some(steps)) => {
                let sum = |amount: fn(&crate::model::Module) -> f64| {
                    round2(
                        steps
                            .modules
                            .iter()
                            .map(|&m| amount(self.curriculum.module(m)))
                            .sum(),
                    )
                };
                Some((sum(|m| m.hours), sum(|m| m.cost)))
            }
            _ => None,
        }
    }
}

fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

/// Per module of the curriculum, why this worker may not take it (`None`:
/// they may). A completed module is not taken again, whatever else holds;
/// an excluded one is named before its mode.
fn left_out_modules(
    curriculum: &Curriculum,
    passport: &Passport,
    options: &Options,
) -> Vec<Option<LeftOut>> {
    let mut left_out: Vec<Option<LeftOut>> = curriculum
        .modules
        .iter()
        .map(|module| {
            module
                .mode
                .filter(|mode| options.avoid_modes.contains(mode))
                .map(LeftOut::AvoidedMode)
        })
        .collect();
    for id in &options.exclude {
        left_out[id.index()] = Some(LeftOut::Excluded);
    }
    for id in &passport.completed {
        left_out[id.index()] = Some(LeftOut::Completed);
    }
    left_out
}

/// For each skill of the target that is not yet held at the needed level.
pub fn gap(curriculum: &Curriculum, start_levels: &[u8], target: &[SkillLevel]) -> Vec<Gap> {
    highest_asked(target)
        .into_iter()
        .filter(|need| start_levels[need.skill.index()] < need.level)
        .map(|need| Gap {
            skill: curriculum.skill(need.skill).id.clone(),
            have: start_levels[need.skill.index()],
            need: need.level,
        })
        .collect()
}

impl Planner<'_> {
    /// Solves a worker's task, and puts a route in order with what each of
    /// its modules serves: what every worker with the same key gets.
    fn solve(&self, compiled: &Compiled, limits: &Limits) -> Solved {
        let mut outcome = solve(compiled, &self.scope, limits);
        let steps = match &mut outcome {
            Outcome::Planned(solution) => {
                // The route's actions move into its steps, in order.
                let chosen: Vec<ModuleId> = std::mem::take(&mut solution.actions)
                    .into_iter()
                    .map(|a| self.scope.modules[a as usize])
                    .collect();
                Steps::of_route(
                    self.curriculum,
                    &self.rank,
                    &self.target.levels,
                    &chosen,
                    &compiled.start_levels,
                )
            }
            _ => None,
        };
        Solved { outcome, steps }
    }

    /// Steps with what they serve and their place on the calendar.
    fn explain_steps(&self, steps: &Steps, start_levels: &[u8], options: &Options) -> Vec<Step> {
        let curriculum = self.curriculum;
        let mut needed_by = needed_by(curriculum, start_levels, &steps.modules);
        let weeks = Weeks::new(options.hours_per_week, options.start, &options.holidays);
        let slots = calendar(curriculum, &steps.modules, &needed_by, &weeks);
        steps
            .modules
            .iter()
            .zip(slots)
            .enumerate()
            .map(|(index, (&id, slot))| {
                let module = curriculum.module(id);
                let labels = self.labels.module(curriculum, &self.scope, id);
                Step {
                    step: index + 1,
                    module: labels.id.clone(),
                    name: labels.name.clone(),
                    stage: labels.stage,
                    lines: labels.lines.clone(),
                    hours: module.hours,
                    cost: module.cost,
                    grants: labels.grants.clone(),
                    serves: self
                        .labels
                        .target
                        .iter()
                        .enumerate()
                        .filter(|&(t, _)| steps.serves(index, t))
                        .map(|(_, level)| level.clone())
                        .collect(),
                    // Step numbers count from 1, as the plan shows them.
                    needed_by: std::mem::take(&mut needed_by[index])
                        .into_iter()
                        .map(|j| j + 1)
                        .collect(),
                    start_week: slot.start_week,
                    end_week: slot.end_week,
                    start_date: slot.start_date.map(|date| date.to_string()),
                    end_date: slot.end_date.map(|date| date.to_string()),
                }
            })
            .collect()
    }
}

fn unreachable_reasons(
    curriculum: &Curriculum,
    scope: &Scope,
    compiled: &Compiled,
    request: &Request,
    left_out: &[Option<LeftOut>],
    missing: &[u32],
) -> Vec<Reason> {
    let availability = Availability::compute(curriculum, &compiled.start_levels, |m| {
        !request.forbidden[m.index()]
    });
    let explainer = Explainer {
        curriculum,
        grantors: &scope.grantors,
        availability: &availability,
        left_out: &|m: ModuleId| left_out[m.index()],
    };
    let mut reasons: Vec<Reason> = request
        .target
        .iter()
        .filter(|level| missing.contains(&scope.facts.fact(**level)) || !availability.has(**level))
        .map(|&level| Reason::Unobtainable {
            level,
            why: explainer.why(level),
        })
        .collect();
    reasons.dedup();
    if reasons.is_empty() {
        reasons.push(Reason::Unreachable);
    }
    reasons
}

impl Planner<'_> {
    /// What the planner knows of a worker's failed plan.
    fn failed<'a>(&'a self, request: &'a Request, compiled: &'a Compiled) -> Failed<'a> {
        Failed {
            curriculum: self.curriculum,
            scope: &self.scope,
            rank: &self.rank,
            request,
            start_levels: &compiled.start_levels,
        }
    }

    /// Why every route is over budget: the cheapest route's cost, and the
    /// first steps of that route that the budget pays for.
    fn over_budget(
        &self,
        request: &Request,
        compiled: &Compiled,
        cheapest_spend: Option<u64>,
        limits: &Limits,
    ) -> Vec<Reason> {
        let budget = request.budget.unwrap_or(0.0);
        let cheapest_request = Request {
            objective: Objective::Cost,
            budget: None,
            ..request.clone()
        };
        let cheapest = compile(self.curriculum, &self.scope, &cheapest_request);
        // The route `plan --minimize cost` gives, in its step order, solved
        // once per task in a batch. Without a budget the search always has
        // a route (at worst unproven).
        let solve = || self.solve(&cheapest, limits);
        let solved = match &self.memo {
            Some(memo) => memo.solve(&cheapest.key, solve),
            None => Arc::new(solve()),
        };
        let route = match (&solved.outcome, &solved.steps) {
            (Outcome::Planned(solution), Some(steps)) => {
                Some((steps.modules.to_vec(), solution.optimal))
            }
            _ => None,
        };
        let cost_of = |route: &[ModuleId]| -> u64 {
            route
                .iter()
                .map(|&m| to_units(self.curriculum.module(m).cost))
                .sum()
        };
        // The route is the cheapest when its search proved it, or when it
        // costs what the first search proved least.
        let route = route.map(|(route, optimal)| {
            let cost = cost_of(&route);
            (route, cost, optimal || Some(cost) == cheapest_spend)
        });
        let (cheapest, route) = match (route, cheapest_spend) {
            (Some((route, cost, true)), _) => (Some((cost, true)), Some(route)),
            // A proven least cost that the route found does not meet: no
            // first steps of a route dearer than the cheapest.
            (_, Some(cost)) => (Some((cost, true)), None),
            (Some((route, cost, false)), None) => (Some((cost, false)), Some(route)),
            (None, None) => (None, None),
        };
        let mut reasons = vec![Reason::OverBudget {
            budget,
            cheapest: cheapest.map(|(cents, proven)| Cheapest {
                cost: cents as f64 / 100.0,
                proven,
            }),
        }];
        let failed = self.failed(request, compiled);
        reasons.extend(
            route
                .and_then(|route| first_steps(&failed, route, budget))
                .map(Reason::FirstSteps),
        );
        reasons
    }
}

/// Solves a compiled task with the optimiser; the route's actions are
/// positions in `scope.modules`.
fn solve(compiled: &Compiled, scope: &Scope, limits: &Limits) -> Outcome {
    let (allowed, weight) = compiled.allowed_and_weights(scope);
    solve_instance(&compiled.instance(scope, &allowed, &weight), limits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{Origin, load_curriculum};
    use std::time::Duration;

    /// A plan cut short by the time limit still reports a lower bound in
    /// the objective's own unit: above 0 (LM-cut charges its first landmark
    /// before it looks at the clock, and every route to these profiles
    /// takes hours and costs money), no higher than the proven optimum, and
    /// below the hurried route's total, which is what makes it unproven.
    #[test]
    fn a_hurried_plan_keeps_a_lower_bound_below_its_total() {
        let curriculum = load_curriculum(&Origin::Embedded).expect("the shipped curriculum");
        for (profile, objective) in [
            ("cobot-operator", Objective::Hours),
            ("quality-inspector-4-0", Objective::Cost),
        ] {
            let found = curriculum.find_profile(profile).expect("a profile");
            let planner = Planner::new(&curriculum, Target::from_profile(&curriculum, found));
            let options = Options {
                objective,
                ..Options::default()
            };
            let hurried = Options {
                time_limit: Duration::ZERO,
                ..options.clone()
            };
            let total = |plan: &Plan| match objective {
                Objective::Hours => plan.totals.hours,
                Objective::Cost => plan.totals.cost,
            };
            let proven = planner.plan(&Passport::default(), &options);
            assert!(proven.optimal, "{profile}");
            assert_eq!(proven.lower_bound, Some(total(&proven)), "{profile}");
            let plan = planner.plan(&Passport::default(), &hurried);
            assert_eq!(plan.status, Status::Planned, "{profile}");
            assert!(
                !plan.optimal,
                "{profile}: a zero time limit proved the route"
            );
            let bound = plan.lower_bound.expect("a planned route has a lower bound");
            assert!(bound > 0.0, "{profile}: {bound}");
            assert!(bound <= total(&proven), "{profile}: {bound}");
            assert!(bound < total(&plan), "{profile}: {bound}");
        }
    }
}

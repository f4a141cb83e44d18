//! Solved tasks remembered for the rest of a batch.
//!
//! Within one target's scope a task is a function of its [`TaskKey`], and
//! [`super::compile::Compiled::solve`] is deterministic, so workers whose
//! keys are equal get equal outcomes, and equal routes in equal order. A
//! workforce repeats itself (the same school diploma, the same first
//! modules), so a batch solves and orders each key once. Only settled
//! outcomes are kept: one that a deadline cut short could come out better
//! next time.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use super::compile::TaskKey;
use super::steps::Steps;
use leerroute_solver::Outcome;

/// A solved task as every worker with its key gets it.
#[derive(Debug)]
pub(crate) struct Solved {
    /// A route's actions are not kept here but in `steps`, in order.
    pub outcome: Outcome,
    /// For a route: its steps. Within the scope they follow from the key:
    /// the order and what a step serves depend on the held levels that
    /// modules of the route and the target ask for, which the key keeps.
    /// `None` when the route cannot be put in order (a bug in the search,
    /// reported as such).
    pub steps: Option<Steps>,
}

/// How many more solved tasks may be remembered, shared by the memos of
/// all targets of a batch, so that memory stays flat however long the batch
/// and however its rows divide over the targets.
#[derive(Debug, Clone)]
pub struct Room(Arc<AtomicUsize>);

impl Room {
    /// Room for `capacity` solved tasks, shared by every clone of it.
    pub fn new(capacity: usize) -> Room {
        Room(Arc::new(AtomicUsize::new(capacity)))
    }

    /// Takes one place; `false` when none is left.
    fn take(&self) -> bool {
        let left = |n: usize| n.checked_sub(1);
        self.0
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, left)
            .is_ok()
    }
}

/// Answers by packed key (one list of numbers: tens of thousands are kept,
/// so each is one allocation), as long as there is [`Room`]. Only settled
/// answers are kept: one that a deadline cut short could come out better
/// next time.
#[derive(Debug)]
pub(crate) struct Remembered<V> {
    found: Mutex<HashMap<Box<[u32]>, Arc<V>>>,
    room: Room,
}

impl<V> Remembered<V> {
    pub fn new(room: Room) -> Remembered<V> {
        Remembered {
            found: Mutex::new(HashMap::new()),
            room,
        }
    }

    /// The answer for `key`, remembered from an equal key or made now;
    /// `make` also says whether its answer is settled.
    pub fn find(&self, key: Box<[u32]>, make: impl FnOnce() -> (V, bool)) -> Arc<V> {
        if let Some(found) = self.lock().get(&key) {
            return Arc::clone(found);
        }
        // Made outside the lock: two threads may make one key's answer at
        // once, and both find the same.
        let (found, settled) = make();
        let found = Arc::new(found);
        if settled {
            let mut remembered = self.lock();
            if !remembered.contains_key(&key) && self.room.take() {
                remembered.insert(key, Arc::clone(&found));
            }
        }
        found
    }

    /// How many answers are remembered.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Box<[u32]>, Arc<V>>> {
        // A panic elsewhere cannot leave the map half-updated (insert is
        // the only write), so a poisoned lock is still good to use.
        self.found
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Solved tasks by key, for one target, as long as there is [`Room`].
#[derive(Debug)]
pub struct Memo(Remembered<Solved>);

impl Memo {
    pub fn new(room: Room) -> Memo {
        Memo(Remembered::new(room))
    }

    /// The task of `key`, remembered from an equal key or solved now.
    pub(crate) fn solve(&self, key: &TaskKey, solve: impl FnOnce() -> Solved) -> Arc<Solved> {
        self.0.find(packed(key), || {
            let solved = solve();
            let settled = is_settled(&solved.outcome);
            (solved, settled)
        })
    }

    /// How many solved tasks are remembered.
    pub fn len(&self) -> usize {
        self.0.len()
    }
}

/// A key as one list of numbers: objective, budget, the held facts (after
/// their count), then the allowed set's blocks. Equal lists, equal keys: the
/// allowed sets of one memo's keys all have the length of its scope.
fn packed(key: &TaskKey) -> Box<[u32]> {
    // Taken apart field by field, so that a field added to `TaskKey` breaks
    // the build here instead of silently merging tasks that differ in it.
    let TaskKey {
        objective,
        budget,
        init,
        allowed,
    } = key;
    let (has_budget, budget) = budget.map_or((0, 0), |b| (1, b));
    let halves = |word: u64| [word as u32, (word >> 32) as u32];
    let blocks = allowed.as_slice();
    let mut packed = Vec::with_capacity(5 + init.len() + 2 * blocks.len());
    packed.extend([*objective as u32, has_budget]);
    packed.extend(halves(budget));
    packed.push(init.len() as u32);
    packed.extend_from_slice(init);
    packed.extend(blocks.iter().flat_map(|&block| halves(block as u64)));
    packed.into_boxed_slice()
}

/// An outcome no deadline had a say in: solving again gives it again.
fn is_settled(outcome: &Outcome) -> bool {
    match outcome {
        Outcome::Qualified | Outcome::Unreachable { .. } => true,
        Outcome::Planned(solution) => solution.optimal,
        Outcome::OverBudget { cheapest_spend } => cheapest_spend.is_some(),
        Outcome::Undecided { .. } => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::load::parse_skill_list;
    use crate::load::{Origin, load_curriculum};
    use crate::model::{Curriculum, Passport};
    use crate::plan::options::Objective;
    use crate::plan::options::Options;
    use crate::plan::planner::{Planner, Target, plan};

    use super::Room;

    /// The shipped curriculum and its `cobot-operator` target.
    fn cobot_operator() -> (Curriculum, Target) {
        let curriculum = load_curriculum(&Origin::Embedded).expect("the shipped curriculum");
        let profile = curriculum
            .find_profile("cobot-operator")
            .expect("a profile");
        let target = Target::from_profile(&curriculum, profile);
        (curriculum, target)
    }

    /// A worker holding `skills` (comma-separated) who completed `completed`.
    fn worker(curriculum: &Curriculum, skills: &str, completed: &[&str]) -> Passport {
        Passport {
            id: "w".into(),
            skills: parse_skill_list(skills, "test", curriculum).expect("shipped skills"),
            completed: completed
                .iter()
                .map(|m| curriculum.find_module(m).expect("a shipped module"))
                .collect(),
            ..Passport::default()
        }
    }

    /// The room is shared: once it is taken, no planner remembers more, and
    /// plans are still made.
    #[test]
    fn planners_share_one_room() {
        let (curriculum, cobot) = cobot_operator();
        let profile = curriculum
            .find_profile("mechatronics-technician")
            .expect("a profile");
        let mechatronics = Target::from_profile(&curriculum, profile);
        let room = Room::new(1);
        let first = Planner::new(&curriculum, cobot).remembering(room.clone());
        let second = Planner::new(&curriculum, mechatronics).remembering(room);
        let worker = worker(&curriculum, "teamwork@2", &[]);
        assert_eq!(
            first.plan(&worker, &Options::default()).status.as_str(),
            "planned"
        );
        assert_eq!(
            second.plan(&worker, &Options::default()).status.as_str(),
            "planned"
        );
        assert_eq!((first.remembered(), second.remembered()), (1, 0));
    }

    /// Keys that differ in any part pack differently.
    #[test]
    fn packed_keys_differ_when_keys_do() {
        use super::packed;
        use crate::plan::compile::TaskKey;
        let key = |objective, budget, init: &[u32], members: &[usize]| {
            let mut allowed = leerroute_solver::FixedBitSet::with_capacity(70);
            allowed.extend(members.iter().copied());
            TaskKey {
                objective,
                budget,
                init: init.to_vec(),
                allowed,
            }
        };
        let keys = [
            key(Objective::Hours, None, &[1, 2], &[0, 65]),
            key(Objective::Cost, None, &[1, 2], &[0, 65]),
            key(Objective::Hours, Some(0), &[1, 2], &[0, 65]),
            key(Objective::Hours, Some(1 << 40), &[1, 2], &[0, 65]),
            key(Objective::Hours, None, &[1], &[0, 65]),
            key(Objective::Hours, None, &[1, 2], &[0]),
            key(Objective::Hours, None, &[1, 2], &[0, 64]),
        ];
        for (i, a) in keys.iter().enumerate() {
            for (j, b) in keys.iter().enumerate() {
                assert_eq!(packed(a) == packed(b), i == j, "keys {i} and {j}");
            }
        }
    }

    /// Steps keep exactly which target levels each step serves.
    #[test]
    fn steps_keep_what_each_step_serves() {
        use super::Steps;
        use crate::model::ModuleId;
        let serves = vec![
            vec![true, false, true],
            vec![false, false, false],
            vec![false, true, true],
        ];
        let modules = vec![ModuleId(4), ModuleId(1), ModuleId(7)];
        let steps = Steps::new(modules.clone(), &serves, 3);
        assert_eq!(&*steps.modules, modules.as_slice());
        for (step, of_step) in serves.iter().enumerate() {
            for (t, &served) in of_step.iter().enumerate() {
                assert_eq!(steps.serves(step, t), served, "step {step}, level {t}");
            }
            assert!(!steps.serves(step, 3), "no level beyond the target's");
        }
    }

    /// Workers who differ in one thing each (a skill, a level beyond what
    /// matters, a completed module, the budget, the objective, an excluded
    /// module): the remembering planner must give each exactly the plan a
    /// fresh planner gives, and remember one outcome per distinct task.
    #[test]
    fn remembered_plans_are_the_plans_solved_afresh() {
        let (curriculum, target) = cobot_operator();
        let planner = Planner::new(&curriculum, target.clone()).remembering(Room::new(100));
        let worker = |skills: &str, completed: &[&str]| worker(&curriculum, skills, completed);
        let base = worker("teamwork@2", &[]);
        let vca = curriculum
            .find_module("basis-vca")
            .expect("a shipped module");
        let cases = [
            (base.clone(), Options::default()),
            (worker("teamwork@2,robotics@1", &[]), Options::default()),
            (worker("teamwork@2", &["basis-vca"]), Options::default()),
            (
                base.clone(),
                Options {
                    budget: Some(10.0),
                    ..Options::default()
                },
            ),
            (
                base.clone(),
                Options {
                    objective: Objective::Cost,
                    ..Options::default()
                },
            ),
            (
                base.clone(),
                Options {
                    exclude: vec![vca],
                    ..Options::default()
                },
            ),
        ];
        for round in 0..2 {
            for (index, (passport, options)) in cases.iter().enumerate() {
                let fresh = plan(&curriculum, passport, &target, options);
                let remembered = planner.plan(passport, options);
                assert_eq!(remembered, fresh, "case {index}, round {round}");
            }
        }
        let statuses: Vec<_> = cases
            .iter()
            .map(|(p, o)| plan(&curriculum, p, &target, o).status.as_str())
            .collect();
        assert!(statuses.contains(&"over-budget"), "{statuses:?}");
        assert_eq!(planner.remembered(), cases.len());
    }

    /// Completing a module and holding what it grants is one task; so is
    /// holding a skill-level that only excluded modules ask for, or not
    /// holding it. Each pair shares one solved task and gets the fresh plan.
    #[test]
    fn what_cannot_matter_is_left_out_of_the_task() {
        use crate::plan::scope::Scope;
        let (curriculum, target) = cobot_operator();
        let passport = |skills: &str, completed: &[&str]| worker(&curriculum, skills, completed);
        // A skill-level that a module in scope requires and the target does
        // not, and every module that asks for it.
        let scope = Scope::new(&curriculum, &target.levels);
        let asked = scope
            .modules
            .iter()
            .flat_map(|&m| curriculum.module(m).requires.iter().map(|r| r.value))
            .find(|level| !target.levels.contains(level))
            .expect("some module in scope requires a skill-level");
        let fact = scope.facts.fact(asked);
        let askers: Vec<usize> = (0..scope.modules.len())
            .filter(|&m| scope.network.needs(m as u32, fact))
            .collect();
        let without_askers = Options {
            exclude: askers.iter().map(|&m| scope.modules[m]).collect(),
            ..Options::default()
        };
        let asked_text = format!(
            "teamwork@2,{}@{}",
            curriculum.skill(asked.skill).id,
            asked.level
        );
        let pairs = [
            (
                (passport("teamwork@2", &["basis-vca"]), Options::default()),
                (
                    passport("teamwork@2,workshop-safety@2,risk-assessment@1", &[]),
                    Options::default(),
                ),
            ),
            (
                (passport("teamwork@2", &[]), without_askers.clone()),
                (passport(&asked_text, &[]), without_askers),
            ),
        ];
        for (index, (first, second)) in pairs.iter().enumerate() {
            let planner = Planner::new(&curriculum, target.clone()).remembering(Room::new(10));
            assert_eq!(
                planner.task_key(&first.0, &first.1),
                planner.task_key(&second.0, &second.1),
                "pair {index}"
            );
            for (passport, options) in [first, second] {
                let fresh = plan(&curriculum, passport, &target, options);
                assert_eq!(planner.plan(passport, options), fresh, "pair {index}");
            }
            assert_eq!(planner.remembered(), 1, "pair {index}");
        }
    }

    /// A plan cut short by the time limit is not proven, and could come out
    /// better with more time: it is never remembered.
    #[test]
    fn an_unproven_plan_is_not_remembered() {
        let curriculum = load_curriculum(&Origin::Embedded).expect("the shipped curriculum");
        let profile = curriculum
            .find_profile("mechatronics-technician")
            .expect("a profile");
        let target = Target::from_profile(&curriculum, profile);
        let planner = Planner::new(&curriculum, target).remembering(Room::new(10));
        let hurried = Options {
            time_limit: std::time::Duration::ZERO,
            ..Options::default()
        };
        let plan = planner.plan(&Passport::default(), &hurried);
        assert_eq!(plan.status.as_str(), "planned");
        assert!(!plan.optimal, "a zero time limit still proved the route");
        assert_eq!(planner.remembered(), 0);
        let proven = planner.plan(&Passport::default(), &Options::default());
        assert!(proven.optimal);
        assert_eq!(planner.remembered(), 1);
    }
}

//! Why a skill-level cannot be obtained: the chain of modules and
//! requirements that blocks it, as [`Blocked`] data ("`cobot-operation@3` is
//! granted only by `cobot-advanced`, which requires `robot-programming@3`,
//! which no module grants", once [`crate::render::reasons`] words it). Every
//! grantor that may not be used is named with why ([`LeftOut`]), so the
//! chain never calls a grantor the only one while another was left out.

use super::availability::Availability;
use super::grantors::Grantors;
use crate::model::{Curriculum, Mode, ModuleId, SkillLevel};

/// How deep a chain goes before it is cut; deeper chains stop explaining
/// anything to a person.
const MAX_DEPTH: usize = 6;
/// How many groups of grantors are followed; the rest are only counted.
const MAX_GRANTORS: usize = 3;

/// Why a plan may not use a module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LeftOut {
    /// The worker completed it already: it is not planned again.
    Completed,
    /// `--exclude` names it.
    Excluded,
    /// It is given in a mode the worker avoids (`--avoid-mode`).
    AvoidedMode(Mode),
}

impl LeftOut {
    /// Whether the worker could choose to allow the module after all: an
    /// exclusion or an avoided mode is their choice, a completed module is
    /// done (and what it grants is held already).
    pub fn can_be_allowed(self) -> bool {
        !matches!(self, LeftOut::Completed)
    }
}

/// A module a plan may not use, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unusable {
    pub module: ModuleId,
    pub because: LeftOut,
}

/// Why a skill-level cannot be obtained. `left_out` (and `NotAllowed`'s
/// `grantors`) are the modules granting it that the worker may not use here,
/// each with its reason (those granting the highest level first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Blocked {
    /// No module of the curriculum grants it.
    NoGrantor,
    /// The modules that may be used and grant it all require it themselves
    /// (they raise it further), so none can be the first to grant it.
    OnlyLevelUps {
        grantors: Vec<ModuleId>,
        left_out: Vec<Unusable>,
    },
    /// Every module that grants it is one the worker may not use here.
    NotAllowed { grantors: Vec<Unusable> },
    /// The modules that may be used and could grant it first, and what
    /// blocks them: grantors blocked by the same requirement form one group,
    /// so a shared cause is told once. Only the first groups are followed
    /// (see [`super::explain`]); `more` counts the grantors of the others.
    Grantors {
        grantors: Vec<ModuleId>,
        groups: Vec<Blocking>,
        more: usize,
        left_out: Vec<Unusable>,
    },
    /// The chain goes on deeper than is worth following.
    TooDeep,
}

/// Grantors that one requirement blocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blocking {
    pub modules: Vec<ModuleId>,
    pub by: Blocker,
}

/// What stops a module from being taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Blocker {
    /// A plain requirement that cannot be obtained.
    Requires(Link),
    /// A `requires_any` group none of whose alternatives can be obtained;
    /// the chain behind the first alternative is followed.
    OneOf {
        alternatives: Vec<SkillLevel>,
        first: Option<Link>,
    },
    /// Nothing: the module could be taken (it is held back elsewhere).
    Nothing,
}

/// A skill-level on the chain, and why it cannot be obtained in turn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub level: SkillLevel,
    /// `None` where the chain meets a skill-level it already passed: a cycle.
    pub why: Option<Box<Blocked>>,
}

pub struct Explainer<'a> {
    pub curriculum: &'a Curriculum,
    pub grantors: &'a Grantors,
    pub availability: &'a Availability,
    /// Why a module may not be taken here; `None`: it may be.
    pub left_out: &'a dyn Fn(ModuleId) -> Option<LeftOut>,
}

impl Explainer<'_> {
    /// Why `level` cannot be obtained.
    pub fn why(&self, level: SkillLevel) -> Blocked {
        self.blocked(level, &mut vec![level])
    }

    /// What blocks `level`; `trail` holds the levels the chain passed.
    fn blocked(&self, level: SkillLevel, trail: &mut Vec<SkillLevel>) -> Blocked {
        let usable = |m: &ModuleId| (self.left_out)(*m).is_none();
        let all: Vec<ModuleId> = self.grantors.of(level).collect();
        let left_out: Vec<Unusable> = all
            .iter()
            .filter_map(|&module| {
                (self.left_out)(module).map(|because| Unusable { module, because })
            })
            .collect();
        // Level-ups that need the level themselves only send the reader in circles.
        let grantors: Vec<ModuleId> = self
            .grantors
            .first_of(self.curriculum, level)
            .filter(usable)
            .collect();
        if grantors.is_empty() {
            let level_ups: Vec<ModuleId> = all.iter().copied().filter(usable).collect();
            return if all.is_empty() {
                Blocked::NoGrantor
            } else if !level_ups.is_empty() {
                Blocked::OnlyLevelUps {
                    grantors: level_ups,
                    left_out,
                }
            } else {
                Blocked::NotAllowed { grantors: left_out }
            };
        }
        if trail.len() > MAX_DEPTH {
            return Blocked::TooDeep;
        }
        // Grantors blocked by the same requirement are explained together,
        // so a shared cause is told once ("…, which all require `x@2`, …").
        let mut groups: Vec<(Option<Obstacle>, Vec<ModuleId>)> = Vec::new();
        for &module in &grantors {
            let obstacle = self.obstacle(module);
            match groups.iter_mut().find(|(o, _)| *o == obstacle) {
                Some((_, members)) => members.push(module),
                None => groups.push((obstacle, vec![module])),
            }
        }
        let shown = groups.len().min(MAX_GRANTORS);
        let more = groups[shown..]
            .iter()
            .map(|(_, members)| members.len())
            .sum();
        groups.truncate(shown);
        let groups = groups
            .into_iter()
            .map(|(obstacle, modules)| Blocking {
                modules,
                by: self.follow_obstacle(obstacle, trail),
            })
            .collect();
        Blocked::Grantors {
            grantors,
            groups,
            more,
            left_out,
        }
    }

    /// The first requirement of `module` that cannot be met.
    fn obstacle(&self, module: ModuleId) -> Option<Obstacle> {
        let module = self.curriculum.module(module);
        if let Some(missing) = module
            .requires
            .iter()
            .map(|r| r.value)
            .find(|&r| !self.availability.has(r))
        {
            return Some(Obstacle::Requires(missing));
        }
        module
            .requires_any
            .iter()
            .find(|group| group.iter().all(|r| !self.availability.has(r.value)))
            .map(|group| Obstacle::OneOf(group.iter().map(|r| r.value).collect()))
    }

    /// An obstacle with the chain behind it.
    fn follow_obstacle(&self, obstacle: Option<Obstacle>, trail: &mut Vec<SkillLevel>) -> Blocker {
        match obstacle {
            Some(Obstacle::Requires(level)) => Blocker::Requires(self.follow(level, trail)),
            Some(Obstacle::OneOf(alternatives)) => Blocker::OneOf {
                first: alternatives.first().map(|&first| self.follow(first, trail)),
                alternatives,
            },
            None => Blocker::Nothing,
        }
    }

    /// `level` and the chain behind it, stopping at a cycle.
    fn follow(&self, level: SkillLevel, trail: &mut Vec<SkillLevel>) -> Link {
        if trail.contains(&level) {
            return Link { level, why: None };
        }
        trail.push(level);
        let why = self.blocked(level, trail);
        trail.pop();
        Link {
            level,
            why: Some(Box::new(why)),
        }
    }
}

/// A requirement that cannot be met, before its chain is followed: what
/// grantors are grouped by.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Obstacle {
    Requires(SkillLevel),
    OneOf(Vec<SkillLevel>),
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::load::from_sources;
    use crate::source::SourceMap;
    use crate::words::{Lang, words};

    /// A curriculum of skills `t`, `a`, `b`, … and line modules, each
    /// `(id, mode, requires, grants)`.
    fn curriculum(skills: &[&str], modules: &[(&str, &str, &str, &str)]) -> Curriculum {
        let mut text =
            String::from("[curriculum]\nid = \"c\"\nname = \"C\"\nlevels = [\"x\", \"y\"]\n");
        for skill in skills {
            text += &format!("[[skill]]\nid = \"{skill}\"\nname = \"{skill}\"\n");
        }
        for (module, mode, needs, grants) in modules {
            text += &format!(
                "[[module]]\nid = \"{module}\"\nname = \"{module}\"\nstage = \"line\"\nhours = 1\n\
                 mode = \"{mode}\"\nrequires = [{needs}]\ngrants = [\"{grants}\"]\n"
            );
        }
        let mut sources = SourceMap::default();
        sources.add("c.toml".into(), Cow::Owned(text));
        from_sources(sources, Vec::new()).expect("loads")
    }

    fn level(curriculum: &Curriculum, skill: &str) -> SkillLevel {
        SkillLevel {
            skill: curriculum.find_skill(skill).expect("a skill"),
            level: 1,
        }
    }

    /// Why `t@1` cannot be obtained, with the modules `left_out` says.
    fn why_t(curriculum: &Curriculum, left_out: &dyn Fn(ModuleId) -> Option<LeftOut>) -> Blocked {
        let grantors = Grantors::new(curriculum);
        let availability =
            Availability::compute(curriculum, &vec![0; curriculum.skills.len()], |m| {
                left_out(m).is_none()
            });
        let explainer = Explainer {
            curriculum,
            grantors: &grantors,
            availability: &availability,
            left_out,
        };
        explainer.why(level(curriculum, "t"))
    }

    /// `t` is granted by five modules, each blocked by another skill that no
    /// module grants (two share `a`): the first groups are followed, the rest
    /// are counted.
    #[test]
    fn only_the_first_groups_of_grantors_are_followed() {
        let curriculum = curriculum(
            &["t", "a", "b", "c", "d"],
            &[
                ("m1", "online", "\"a\"", "t"),
                ("m2", "online", "\"a\"", "t"),
                ("m3", "online", "\"b\"", "t"),
                ("m4", "online", "\"c\"", "t"),
                ("m5", "online", "\"d\"", "t"),
            ],
        );
        let t = level(&curriculum, "t");
        let why = why_t(&curriculum, &|_| None);
        let Blocked::Grantors {
            grantors,
            groups,
            more,
            left_out,
        } = &why
        else {
            panic!("t has grantors");
        };
        assert_eq!(grantors.len(), 5);
        assert!(left_out.is_empty());
        assert_eq!(groups.len(), MAX_GRANTORS);
        assert_eq!(groups[0].modules.len(), 2, "m1 and m2 share their cause");
        assert_eq!(
            *more,
            5 - 2 - (MAX_GRANTORS - 1),
            "the grantors not followed"
        );
        // A person reads three causes, and a count of the rest.
        assert_eq!(
            crate::render::why::unobtainable(words(Lang::En), &curriculum, t, &why),
            "`t@1` is granted by `m1`, `m2`, `m3`, `m4` and `m5`, but `m1` and `m2` both require \
             `a@1`, which is granted by no module; `m3` requires `b@1`, which is granted by no \
             module; `m4` requires `c@1`, which is granted by no module; and 1 more grantor is \
             blocked too"
        );
    }

    /// `t` is granted by `m1`, which needs `a` (granted by nothing), and by
    /// `m2`, which is classroom, avoided: `m1` is not called the only
    /// grantor, and `m2` is named with why it cannot be used.
    #[test]
    fn a_grantor_left_out_is_named_with_why() {
        let curriculum = curriculum(
            &["t", "a"],
            &[
                ("m1", "online", "\"a\"", "t"),
                ("m2", "classroom", "", "t"),
                ("m3", "online", "", "a"),
            ],
        );
        let module = |id: &str| curriculum.find_module(id).expect("a module");
        let (m1, m2, m3) = (module("m1"), module("m2"), module("m3"));
        let avoided = |m: ModuleId| {
            let mode = curriculum.module(m).mode;
            mode.filter(|&mode| mode == Mode::Classroom)
                .map(LeftOut::AvoidedMode)
                .or((m == m3).then_some(LeftOut::Excluded))
        };
        let why = why_t(&curriculum, &avoided);
        let classroom = Unusable {
            module: m2,
            because: LeftOut::AvoidedMode(Mode::Classroom),
        };
        let Blocked::Grantors {
            grantors, left_out, ..
        } = &why
        else {
            panic!("m1 may be used: {why:?}");
        };
        assert_eq!(
            (grantors.as_slice(), left_out.as_slice()),
            ([m1].as_slice(), [classroom].as_slice())
        );
        let t = level(&curriculum, "t");
        assert_eq!(
            crate::render::why::unobtainable(words(Lang::En), &curriculum, t, &why),
            "`t@1` is granted by `m2` (classroom, which is avoided), and otherwise only by `m1`, \
             which requires `a@1`, which is granted only by `m3` (excluded)"
        );
        assert_eq!(
            crate::render::why::unobtainable(words(Lang::Nl), &curriculum, t, &why),
            "`t@1` is met `m2` (klassikaal) te halen, maar die valt af, en verder alleen met `m1` \
             te halen, en die vraagt `a@1`, en dat is alleen met `m3` (uitgesloten) te halen, \
             maar die valt af"
        );
        // With every grantor left out, each is named with its reason.
        let all = why_t(&curriculum, &|m| (m != m3).then_some(LeftOut::Excluded));
        let excluded = |module| Unusable {
            module,
            because: LeftOut::Excluded,
        };
        assert_eq!(
            all,
            Blocked::NotAllowed {
                grantors: vec![excluded(m1), excluded(m2)]
            }
        );
    }
}

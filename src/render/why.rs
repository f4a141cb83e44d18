//! Why a skill-level cannot be obtained, in words: the sentence `plan` gives
//! as a reason and `check` as a note. It knows only the analysis, the model
//! and the catalogue, so `check` can use it without depending on planning.
//! The sentence is built as a [`Phrase`], so that `check` can say it later
//! in the report's language.

use crate::analysis::{Blocked, Blocker, Blocking, LeftOut, Link, Unusable};
use crate::model::{Curriculum, Mode, ModuleId, SkillLevel};
use crate::words::{Phrase, Words, joined, phrase};

/// Why `level` cannot be obtained, in one sentence ("`x@3` is granted by no
/// module").
pub fn unobtainable(
    words: &Words,
    curriculum: &Curriculum,
    level: SkillLevel,
    why: &Blocked,
) -> String {
    unobtainable_phrase(curriculum, level, why).say(words)
}

/// [`unobtainable`], to be said later.
pub fn unobtainable_phrase(curriculum: &Curriculum, level: SkillLevel, why: &Blocked) -> Phrase {
    let facts = Facts { curriculum };
    phrase!(
        "reason-level",
        level = facts.level(level),
        blocked = facts.blocked(why)
    )
}

/// "`a`, `b` and `c`", in the catalogue's words.
pub(super) fn list(words: &Words, items: Vec<String>) -> String {
    listed(items.into_iter().map(Phrase::plain).collect()).say(words)
}

fn listed(mut items: Vec<Phrase>) -> Phrase {
    let Some(last) = items.pop() else {
        return Phrase::plain("");
    };
    let mut rest = items.into_iter();
    match rest.next() {
        None => last,
        Some(first) => phrase!("reason-list", rest = joined(first, rest), last = last),
    }
}

/// A module that may not be used, with why: "`rob-veiligheid` (classroom,
/// which is avoided)".
fn left_out(curriculum: &Curriculum, unusable: &Unusable) -> Phrase {
    let because = match unusable.because {
        LeftOut::Completed => phrase!("reason-left-out-completed"),
        LeftOut::Excluded => phrase!("reason-left-out-excluded"),
        LeftOut::AvoidedMode(mode) => phrase!("reason-left-out-avoided", mode = mode_name(mode)),
    };
    annotated(curriculum, unusable.module, because)
}

/// A module to allow, with what kept it out: "`rob-veiligheid` (classroom)".
pub(super) fn to_allow(words: &Words, curriculum: &Curriculum, unusable: &Unusable) -> String {
    let because = match unusable.because {
        LeftOut::AvoidedMode(mode) => mode_name(mode),
        LeftOut::Excluded => phrase!("reason-left-out-excluded"),
        LeftOut::Completed => phrase!("reason-left-out-completed"),
    };
    annotated(curriculum, unusable.module, because).say(words)
}

fn annotated(curriculum: &Curriculum, module: ModuleId, because: Phrase) -> Phrase {
    phrase!(
        "reason-left-out",
        module = curriculum.module(module).id.as_str(),
        because = because
    )
}

/// How a mode is said after a module: "classroom", "on the job".
fn mode_name(mode: Mode) -> Phrase {
    match mode {
        Mode::Workplace => phrase!("reason-mode-workplace"),
        Mode::Classroom => phrase!("reason-mode-classroom"),
        Mode::Online => phrase!("reason-mode-online"),
        Mode::Blended => phrase!("reason-mode-blended"),
        Mode::Fieldlab => phrase!("reason-mode-fieldlab"),
    }
}

/// Facts in words, as people read them.
struct Facts<'c> {
    curriculum: &'c Curriculum,
}

impl Facts<'_> {
    fn level(&self, level: SkillLevel) -> String {
        self.curriculum.format_level(level)
    }

    /// "`a`, `b` and `c`".
    fn modules(&self, modules: &[ModuleId]) -> Phrase {
        let ids = modules
            .iter()
            .map(|&m| Phrase::plain(format!("`{}`", self.curriculum.module(m).id)))
            .collect();
        listed(ids)
    }

    /// "`a` (excluded) and `b` (classroom, which is avoided)".
    fn left_out(&self, modules: &[Unusable]) -> Phrase {
        let named = modules
            .iter()
            .map(|m| left_out(self.curriculum, m))
            .collect();
        listed(named)
    }

    /// What blocks a skill-level, continuing a sentence that named it.
    fn blocked(&self, blocked: &Blocked) -> Phrase {
        match blocked {
            Blocked::NoGrantor => phrase!("reason-no-grantor"),
            Blocked::OnlyLevelUps { grantors, left_out } => self.granted(
                left_out,
                phrase!(
                    "reason-by-level-ups",
                    modules = self.modules(grantors),
                    count = grantors.len()
                ),
            ),
            Blocked::NotAllowed { grantors } => phrase!(
                "reason-not-allowed",
                modules = self.left_out(grantors),
                count = grantors.len()
            ),
            Blocked::Grantors {
                grantors,
                groups,
                more,
                left_out,
            } => {
                let by = match groups.as_slice() {
                    [group] if *more == 0 => phrase!(
                        "reason-by-one-group",
                        modules = self.modules(&group.modules),
                        count = group.modules.len(),
                        blocked = self.requires(group)
                    ),
                    _ => {
                        let mut explained = groups.iter().map(|g| self.group(g));
                        let more =
                            (*more > 0).then(|| phrase!("reason-more-blocked", more = *more));
                        let groups = explained.next().map(|first| {
                            explained.chain(more).fold(first, |first, rest| {
                                phrase!("list-semicolon", first = first, rest = rest)
                            })
                        });
                        phrase!(
                            "reason-by-groups",
                            modules = self.modules(grantors),
                            groups = groups.unwrap_or_else(|| Phrase::plain(""))
                        )
                    }
                };
                self.granted(left_out, by)
            }
            Blocked::TooDeep => phrase!("reason-too-deep"),
        }
    }

    /// "is granted {by}", first naming the grantors that cannot be used.
    fn granted(&self, left_out: &[Unusable], by: Phrase) -> Phrase {
        if left_out.is_empty() {
            phrase!("reason-granted", by = by)
        } else {
            phrase!(
                "reason-granted-otherwise",
                left_out = self.left_out(left_out),
                count = left_out.len(),
                by = by
            )
        }
    }

    /// A group of grantors and what blocks them: "`a` and `b` both require …".
    fn group(&self, group: &Blocking) -> Phrase {
        phrase!(
            "reason-group",
            modules = self.modules(&group.modules),
            requires = self.requires(group)
        )
    }

    /// What blocks a group: "both require `x@2`, which …".
    fn requires(&self, group: &Blocking) -> Phrase {
        let what = match &group.by {
            Blocker::Requires(link) => self.link(link),
            Blocker::OneOf {
                alternatives,
                first,
            } => {
                let levels = alternatives
                    .iter()
                    .map(|&l| format!("`{}`", self.level(l)))
                    .collect::<Vec<_>>()
                    .join(", ");
                match first {
                    Some(link) => phrase!(
                        "reason-one-of-first",
                        levels = levels,
                        first = self.link(link)
                    ),
                    None => phrase!("reason-one-of", levels = levels),
                }
            }
            Blocker::Nothing => phrase!("reason-nothing-missing"),
        };
        phrase!("reason-requires", count = group.modules.len(), what = what)
    }

    /// A skill-level and the chain behind it.
    fn link(&self, link: &Link) -> Phrase {
        let level = self.level(link.level);
        match &link.why {
            None => phrase!("reason-cycle", level = level),
            Some(why) => phrase!("reason-link", level = level, blocked = self.blocked(why)),
        }
    }
}

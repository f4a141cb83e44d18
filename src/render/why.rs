//! Why a skill-level cannot be obtained, in words: the sentence `plan` gives
//! as a reason and `check` as a note. It knows only the analysis, the model
//! and the catalogue, so `check` can use it without depending on planning.

use crate::analysis::{Blocked, Blocker, Blocking, LeftOut, Link, Unusable};
use crate::model::{Curriculum, Mode, ModuleId, SkillLevel};
use crate::words::{Words, say};

/// Why `level` cannot be obtained, in one sentence ("`x@3` is granted by no
/// module").
pub fn unobtainable(
    words: &Words,
    curriculum: &Curriculum,
    level: SkillLevel,
    why: &Blocked,
) -> String {
    let facts = Facts { words, curriculum };
    say!(
        words,
        "reason-level",
        level = facts.level(level),
        blocked = facts.blocked(why)
    )
}

/// "`a`, `b` and `c`", in the catalogue's words.
pub(super) fn list(words: &Words, items: Vec<String>) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            say!(
                words,
                "reason-list",
                rest = rest.join(", "),
                last = last.as_str()
            )
        }
        _ => items.concat(),
    }
}

/// A module that may not be used, with why: "`rob-veiligheid` (classroom,
/// which is avoided)".
pub(super) fn left_out(words: &Words, curriculum: &Curriculum, unusable: &Unusable) -> String {
    let because = match unusable.because {
        LeftOut::Completed => say!(words, "reason-left-out-completed"),
        LeftOut::Excluded => say!(words, "reason-left-out-excluded"),
        LeftOut::AvoidedMode(mode) => {
            say!(
                words,
                "reason-left-out-avoided",
                mode = mode_name(words, mode)
            )
        }
    };
    annotated(curriculum, unusable.module, words, because)
}

/// A module to allow, with what kept it out: "`rob-veiligheid` (classroom)".
pub(super) fn to_allow(words: &Words, curriculum: &Curriculum, unusable: &Unusable) -> String {
    let because = match unusable.because {
        LeftOut::AvoidedMode(mode) => mode_name(words, mode),
        LeftOut::Excluded => say!(words, "reason-left-out-excluded"),
        LeftOut::Completed => say!(words, "reason-left-out-completed"),
    };
    annotated(curriculum, unusable.module, words, because)
}

fn annotated(curriculum: &Curriculum, module: ModuleId, words: &Words, because: String) -> String {
    say!(
        words,
        "reason-left-out",
        module = curriculum.module(module).id.as_str(),
        because = because
    )
}

/// How a mode is said after a module: "classroom", "on the job".
fn mode_name(words: &Words, mode: Mode) -> String {
    match mode {
        Mode::Workplace => say!(words, "reason-mode-workplace"),
        Mode::Classroom => say!(words, "reason-mode-classroom"),
        Mode::Online => say!(words, "reason-mode-online"),
        Mode::Blended => say!(words, "reason-mode-blended"),
        Mode::Fieldlab => say!(words, "reason-mode-fieldlab"),
    }
}

/// Facts in words, as people read them.
struct Facts<'w, 'c> {
    words: &'w Words,
    curriculum: &'c Curriculum,
}

impl Facts<'_, '_> {
    fn level(&self, level: SkillLevel) -> String {
        self.curriculum.format_level(level)
    }

    /// "`a`, `b` and `c`".
    fn modules(&self, modules: &[ModuleId]) -> String {
        let ids = modules
            .iter()
            .map(|&m| format!("`{}`", self.curriculum.module(m).id))
            .collect();
        list(self.words, ids)
    }

    /// "`a` (excluded) and `b` (classroom, which is avoided)".
    fn left_out(&self, modules: &[Unusable]) -> String {
        let named = modules
            .iter()
            .map(|m| left_out(self.words, self.curriculum, m))
            .collect();
        list(self.words, named)
    }

    /// What blocks a skill-level, continuing a sentence that named it.
    fn blocked(&self, blocked: &Blocked) -> String {
        let words = self.words;
        match blocked {
            Blocked::NoGrantor => say!(words, "reason-no-grantor"),
            Blocked::OnlyLevelUps { grantors, left_out } => self.granted(
                left_out,
                say!(
                    words,
                    "reason-by-level-ups",
                    modules = self.modules(grantors),
                    count = grantors.len()
                ),
            ),
            Blocked::NotAllowed { grantors } => say!(
                words,
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
                    [group] if *more == 0 => say!(
                        words,
                        "reason-by-one-group",
                        modules = self.modules(&group.modules),
                        count = group.modules.len(),
                        blocked = self.requires(group)
                    ),
                    _ => {
                        let mut explained: Vec<String> =
                            groups.iter().map(|g| self.group(g)).collect();
                        if *more > 0 {
                            explained.push(say!(words, "reason-more-blocked", more = *more));
                        }
                        say!(
                            words,
                            "reason-by-groups",
                            modules = self.modules(grantors),
                            groups = explained.join("; ")
                        )
                    }
                };
                self.granted(left_out, by)
            }
            Blocked::TooDeep => say!(words, "reason-too-deep"),
        }
    }

    /// "is granted {by}", first naming the grantors that cannot be used.
    fn granted(&self, left_out: &[Unusable], by: String) -> String {
        if left_out.is_empty() {
            say!(self.words, "reason-granted", by = by)
        } else {
            say!(
                self.words,
                "reason-granted-otherwise",
                left_out = self.left_out(left_out),
                count = left_out.len(),
                by = by
            )
        }
    }

    /// A group of grantors and what blocks them: "`a` and `b` both require …".
    fn group(&self, group: &Blocking) -> String {
        say!(
            self.words,
            "reason-group",
            modules = self.modules(&group.modules),
            requires = self.requires(group)
        )
    }

    /// What blocks a group: "both require `x@2`, which …".
    fn requires(&self, group: &Blocking) -> String {
        let words = self.words;
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
                    Some(link) => say!(
                        words,
                        "reason-one-of-first",
                        levels = levels,
                        first = self.link(link)
                    ),
                    None => say!(words, "reason-one-of", levels = levels),
                }
            }
            Blocker::Nothing => say!(words, "reason-nothing-missing"),
        };
        say!(
            words,
            "reason-requires",
            count = group.modules.len(),
            what = what
        )
    }

    /// A skill-level and the chain behind it.
    fn link(&self, link: &Link) -> String {
        let level = self.level(link.level);
        match &link.why {
            None => say!(self.words, "reason-cycle", level = level),
            Some(why) => say!(
                self.words,
                "reason-link",
                level = level,
                blocked = self.blocked(why)
            ),
        }
    }
}

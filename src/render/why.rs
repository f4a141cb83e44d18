//! Why a skill-level cannot be obtained, in words: the sentence `plan` gives
//! as a reason and `check` as a note. It knows only the analysis and the
//! model, so `check` can use it without depending on planning.

use crate::analysis::{Blocked, Blocker, Blocking, Link};
use crate::model::{Curriculum, ModuleId, SkillLevel};

/// Why `level` cannot be obtained, in one sentence ("`x@3` is granted by no
/// module").
pub fn unobtainable(curriculum: &Curriculum, level: SkillLevel, why: &Blocked) -> String {
    let words = Words { curriculum };
    format!("`{}` {}", words.level(level), words.blocked(why))
}

/// Facts in words, as people read them.
struct Words<'c> {
    curriculum: &'c Curriculum,
}

impl Words<'_> {
    fn level(&self, level: SkillLevel) -> String {
        self.curriculum.format_level(level)
    }

    /// "`a`, `b` and `c`".
    fn list(&self, modules: &[ModuleId]) -> String {
        let names: Vec<String> = modules
            .iter()
            .map(|&m| format!("`{}`", self.curriculum.module(m).id))
            .collect();
        match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => names.join(""),
        }
    }

    /// What blocks a skill-level, continuing a sentence that named it.
    fn blocked(&self, blocked: &Blocked) -> String {
        match blocked {
            Blocked::NoGrantor => "is granted by no module".into(),
            Blocked::OnlyLevelUps { grantors } => format!(
                "is granted only by {}, which {} it first",
                self.list(grantors),
                if grantors.len() == 1 { "needs" } else { "need" }
            ),
            Blocked::NotAllowed { grantors } => format!(
                "is granted only by {}, which cannot be used here",
                self.list(grantors)
            ),
            Blocked::Grantors {
                grantors,
                groups,
                more,
            } => match groups.as_slice() {
                [group] if *more == 0 => {
                    let only = if group.modules.len() == 1 {
                        "only "
                    } else {
                        ""
                    };
                    let (modules, blocked) = self.group(group);
                    format!("is granted {only}by {modules}, which {blocked}")
                }
                _ => {
                    let explained: Vec<String> = groups
                        .iter()
                        .map(|g| {
                            let (modules, blocked) = self.group(g);
                            format!("{modules} {blocked}")
                        })
                        .collect();
                    let tail = match more {
                        0 => String::new(),
                        1 => "; and 1 more grantor is blocked too".to_string(),
                        more => format!("; and {more} more grantors are blocked too"),
                    };
                    format!(
                        "is granted by {}, but {}{tail}",
                        self.list(grantors),
                        explained.join("; ")
                    )
                }
            },
            Blocked::TooDeep => "needs a longer chain of modules that cannot be taken (…)".into(),
        }
    }

    /// A group of grantors and what blocks them: ("`a` and `b`", "both
    /// require …").
    fn group(&self, group: &Blocking) -> (String, String) {
        let verb = match group.modules.len() {
            1 => "requires",
            2 => "both require",
            _ => "all require",
        };
        let list = self.list(&group.modules);
        let what = match &group.by {
            Blocker::Requires(link) => self.link(link),
            Blocker::OneOf {
                alternatives,
                first,
            } => {
                let names: Vec<String> = alternatives
                    .iter()
                    .map(|&l| format!("`{}`", self.level(l)))
                    .collect();
                let detail = first
                    .as_ref()
                    .map(|link| format!(" ({})", self.link(link)))
                    .unwrap_or_default();
                format!(
                    "one of {}, none of which can be obtained{detail}",
                    names.join(", ")
                )
            }
            Blocker::Nothing => "nothing missing (it can be taken)".into(),
        };
        (list, format!("{verb} {what}"))
    }

    /// A skill-level and the chain behind it.
    fn link(&self, link: &Link) -> String {
        match &link.why {
            None => format!("`{}` again (a cycle)", self.level(link.level)),
            Some(why) => format!("`{}`, which {}", self.level(link.level), self.blocked(why)),
        }
    }
}

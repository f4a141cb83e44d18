//! Every diagnostic code, its severity and its one-line doc: the catalogue
//! behind `docs/lints.md` and `check --allow`. Codes are stable: scripts match
//! on them, so never rename one.

use super::Severity;

macro_rules! codes {
    ($($variant:ident = $text:literal, $severity:ident, $phase:ident, $doc:literal;)*) => {
        /// A stable diagnostic code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $(#[doc = $doc] $variant,)*
        }

        impl Code {
            /// Every code, in catalogue order (the order of `docs/lints.md`):
            /// the structural ones first, then the lints.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The code as users write it (`--allow dominated-module`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $text,)*
                }
            }

            /// The severity its diagnostics get (`check --deny warnings` then
            /// makes warnings errors).
            pub fn severity(self) -> Severity {
                match self {
                    $(Code::$variant => Severity::$severity,)*
                }
            }

            /// One line saying what the code catches.
            pub fn doc(self) -> &'static str {
                match self {
                    $(Code::$variant => $doc,)*
                }
            }

            /// Structural problems make a curriculum unreadable or inconsistent:
            /// they block planning and cannot be allowed. The rest are lints.
            pub fn is_structural(self) -> bool {
                match self {
                    $(Code::$variant => codes!(@structural $phase),)*
                }
            }
        }
    };
    (@structural structural) => { true };
    (@structural lint) => { false };
}

codes! {
    Io = "io", Error, structural, "a file or directory cannot be read: missing, not a regular file, a dangling link, over 64 MiB, or not `.toml`";
    NotUtf8 = "not-utf8", Error, structural, "a file is not valid UTF-8";
    TomlSyntax = "toml-syntax", Error, structural, "a file is not valid TOML";
    CurriculumTable = "curriculum-table", Error, structural, "the `[curriculum]` table is missing or given more than once";
    MissingField = "missing-field", Error, structural, "a required field is missing";
    UnknownField = "unknown-field", Error, structural, "a field the format does not know (often a typo)";
    WrongType = "wrong-type", Error, structural, "a value of the wrong type, such as a string where a number belongs";
    BadId = "bad-id", Error, structural, "an id that does not match `^[a-z0-9][a-z0-9._-]{0,63}$`";
    DuplicateId = "duplicate-id", Error, structural, "two items of the same kind share an id";
    UnknownReference = "unknown-reference", Error, structural, "a reference to a skill, module or fieldlab that does not exist";
    BadLevel = "bad-level", Error, structural, "a level of 0, or above the skill's maximum";
    BadValue = "bad-value", Error, structural, "a value outside its allowed set or range (stage, mode, weeks, levels, a whole number beyond 64 bits)";
    BadHours = "bad-hours", Error, structural, "`hours` that are not a number of hundredths above 0 and at most 10000";
    NegativeCost = "negative-cost", Error, structural, "a `cost` below 0, above 1000000 euro, or not in whole cents";
    FieldlabMismatch = "fieldlab-mismatch", Error, structural, "`stage = \"fieldlab\"` without `fieldlab`, or `fieldlab` on another stage";
    NoGrants = "no-grants", Error, structural, "a module that grants nothing";
    HardCycle = "hard-cycle", Error, structural, "modules that require each other through plain `requires`, so none can ever be taken";
    UnreachableProfile = "unreachable-profile", Error, lint, "a profile that cannot be reached even with every module available";
    NeverGranted = "never-granted", Warning, lint, "a skill-level that is required but that no module grants";
    UntakeableModule = "untakeable-module", Warning, lint, "a module whose requirements can never all be met";
    LineCoherence = "line-coherence", Warning, lint, "a line station needing a skill that no earlier station on its line, and no basis module, grants";
    StageInversion = "stage-inversion", Warning, lint, "a module needing what only later stages grant, such as a basis module needing a nanomodule";
    GrantsNothingNew = "grants-nothing-new", Warning, lint, "a module that grants nothing beyond what its own requirements already imply";
    ImpliedRequirement = "implied-requirement", Warning, lint, "a requirement implied by another requirement of the same module or profile";
    ImpliedGrant = "implied-grant", Warning, lint, "a grant implied by another grant of the same module, such as `welding@1` next to `welding@2`";
    DuplicateStation = "duplicate-station", Warning, lint, "a line that lists the same station twice";
    DominatedModule = "dominated-module", Warning, lint, "a module that another one beats: it grants no more, requires no less and costs at least as many hours and euros";
    LongNanomodule = "long-nanomodule", Warning, lint, "a nanomodule of more than 16 hours";
    LevelJump = "level-jump", Warning, lint, "a module that raises a skill further than its hours allow, by the steps the curriculum's `level_hours` give";
    DuplicateAchievement = "duplicate-achievement", Warning, lint, "two modules that one achievement URI names (their `achievement`, or the URI derived from an id), so that a credential for it completes only the first";
    DuplicateSkillUri = "duplicate-skill-uri", Warning, lint, "two skills that one URI names (their `esco`, or the URI derived from an id), so that a credential aligned to it gives both";
    UnusedSkill = "unused-skill", Warning, lint, "a skill that no module and no profile uses";
}

impl Code {
    /// The code as users write it (`dominated-module`); `None` when there
    /// is no such code.
    pub fn parse(text: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|code| code.as_str() == text)
    }
}

/// Codes appear in JSON as users write them.
impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_unique() {
        for code in Code::ALL {
            assert_eq!(Code::parse(code.as_str()), Some(*code));
        }
        let mut texts: Vec<_> = Code::ALL.iter().map(|code| code.as_str()).collect();
        texts.sort();
        texts.dedup();
        assert_eq!(texts.len(), Code::ALL.len());
    }

    #[test]
    fn lints_are_not_structural() {
        assert!(Code::HardCycle.is_structural());
        assert!(!Code::UnreachableProfile.is_structural());
        assert!(!Code::UnusedSkill.is_structural());
    }
}

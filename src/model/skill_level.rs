//! Skill-levels: `"plc-programming@2"`, where a bare id means level 1.

use super::SkillId;

/// A resolved skill-level: holding it implies every lower level of the skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SkillLevel {
    /// The skill, in the curriculum the level was resolved against.
    pub skill: SkillId,
    /// The level, from 1 up to the skill's `max_level`; the curriculum's
    /// `levels` name them (in the shipped curriculum, 2 is "basis").
    pub level: u8,
}

/// A skill-level as written, before the skill id is resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelRef<'a> {
    pub skill: &'a str,
    /// `None` when the level part is not a whole number in 0..=255.
    pub level: Option<u8>,
}

/// Splits `"skill@level"`; `"skill"` means level 1. Returns `None` only when
/// the text has more than one `@`.
pub fn parse_skill_level(text: &str) -> Option<LevelRef<'_>> {
    match text.split_once('@') {
        None => Some(LevelRef {
            skill: text,
            level: Some(1),
        }),
        Some((_, level)) if level.contains('@') => None,
        Some((skill, level)) => Some(LevelRef {
            skill,
            level: parse_level(level),
        }),
    }
}

/// The level part of a skill-level: a whole number in 0..=255, written
/// with plain digits only (`u8::from_str` would also take `+1`).
pub fn parse_level(level: &str) -> Option<u8> {
    level
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| level.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_id_means_level_one() {
        assert_eq!(parse_skill_level("cad").unwrap().level, Some(1));
    }

    #[test]
    fn level_is_parsed() {
        let parsed = parse_skill_level("plc-programming@3").unwrap();
        assert_eq!((parsed.skill, parsed.level), ("plc-programming", Some(3)));
    }

    #[test]
    fn non_numeric_level_is_none_and_double_at_is_rejected() {
        assert_eq!(parse_skill_level("cad@two").unwrap().level, None);
        assert_eq!(parse_skill_level("cad@+1").unwrap().level, None);
        assert_eq!(parse_skill_level("cad@").unwrap().level, None);
        assert!(parse_skill_level("cad@1@2").is_none());
    }
}

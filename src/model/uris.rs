//! How a curriculum names its skills, modules and levels as URIs, so that
//! open-standard credentials (Open Badges 3.0, CLR 2.0, Europass) can point
//! at them and leerroute can export achievements that point back.
//!
//! The base is `[curriculum] uri`, else `urn:leerroute:<curriculum id>`.
//! A skill is `<base>/skills/<id>` and also its `esco` URI; a module is
//! `<base>/modules/<id>` and also its `achievement` URI when it names one; a
//! level of the curriculum's scale is `<base>/levels/<n>`.

use std::collections::HashMap;

use super::{Curriculum, ModuleId, SkillId};

/// ESCO skill URIs start with this (`https` is read as `http`).
pub const ESCO_SKILL: &str = "http://data.europa.eu/esco/skill/";

impl Curriculum {
    /// The base of every URI the curriculum names, without a trailing `/`.
    pub fn base_uri(&self) -> String {
        match &self.meta.uri {
            Some(uri) => uri.trim_end_matches('/').to_string(),
            None => format!("urn:leerroute:{}", self.meta.id),
        }
    }

    /// The curriculum's own URI of a skill: `<base>/skills/<id>`.
    pub fn skill_uri(&self, skill: SkillId) -> String {
        format!("{}/skills/{}", self.base_uri(), self.skill(skill).id)
    }

    /// The achievement URI of a module: its `achievement`, else
    /// `<base>/modules/<id>`.
    pub fn module_uri(&self, module: ModuleId) -> String {
        match &self.module(module).achievement {
            Some(uri) => uri.value.clone(),
            None => self.derived_module_uri(module),
        }
    }

    /// The URI a module is named by whatever its `achievement`:
    /// `<base>/modules/<id>`.
    pub fn derived_module_uri(&self, module: ModuleId) -> String {
        format!("{}/modules/{}", self.base_uri(), self.module(module).id)
    }

    /// The URI of level `level` of the curriculum's scale: `<base>/levels/<n>`.
    pub fn level_uri(&self, level: u8) -> String {
        format!("{}/levels/{level}", self.base_uri())
    }
}

/// The curriculum's URIs, to look up what a credential points at.
#[derive(Debug)]
pub struct UriIndex {
    skills: HashMap<String, Vec<SkillId>>,
    modules: HashMap<String, ModuleId>,
    levels: HashMap<String, u8>,
}

impl UriIndex {
    pub fn new(curriculum: &Curriculum) -> UriIndex {
        let mut skills: HashMap<String, Vec<SkillId>> = HashMap::new();
        for skill in curriculum.skill_ids() {
            let own = curriculum.skill_uri(skill);
            let esco = curriculum.skill(skill).esco.as_ref();
            for uri in std::iter::once(&own).chain(esco.map(|esco| &esco.value)) {
                let named = skills.entry(normalize_uri(uri)).or_default();
                if !named.contains(&skill) {
                    named.push(skill);
                }
            }
        }
        let mut modules = HashMap::new();
        for module in curriculum.module_ids() {
            // Two modules naming one achievement: the first is the one.
            modules
                .entry(normalize_uri(&curriculum.module_uri(module)))
                .or_insert(module);
            modules
                .entry(normalize_uri(&curriculum.derived_module_uri(module)))
                .or_insert(module);
        }
        let top = curriculum.meta.levels.len().min(usize::from(u8::MAX)) as u8;
        let levels = (1..=top)
            .map(|level| (normalize_uri(&curriculum.level_uri(level)), level))
            .collect();
        UriIndex {
            skills,
            modules,
            levels,
        }
    }

    /// The skills a URI names: their `esco` URI or the curriculum's own
    /// (two skills may share an ESCO skill).
    pub fn skills(&self, uri: &str) -> &[SkillId] {
        self.skills
            .get(&normalize_uri(uri))
            .map_or(&[], Vec::as_slice)
    }

    /// The module an achievement URI names.
    pub fn module(&self, uri: &str) -> Option<ModuleId> {
        self.modules.get(&normalize_uri(uri)).copied()
    }

    /// The level of the curriculum's scale a URI names.
    pub fn level(&self, uri: &str) -> Option<u8> {
        self.levels.get(&normalize_uri(uri)).copied()
    }
}

/// Whether a URI names an ESCO skill.
pub fn is_esco_skill(uri: &str) -> bool {
    normalize_uri(uri).starts_with(ESCO_SKILL)
}

/// A URI as compared (two URIs name the same thing when these are equal):
/// trimmed, without a trailing `/`, with the scheme and
/// host in lower case, and ESCO's `https` as `http` (ESCO's URIs are `http`;
/// issuers write both).
pub(crate) fn normalize_uri(uri: &str) -> String {
    let uri = uri.trim().trim_end_matches('/');
    let (head, rest) = match uri.find("://") {
        Some(at) => {
            let host_end = uri[at + 3..]
                .find('/')
                .map_or(uri.len(), |end| at + 3 + end);
            (uri[..host_end].to_ascii_lowercase(), &uri[host_end..])
        }
        None => match uri.split_once(':') {
            Some((scheme, rest)) => (format!("{}:", scheme.to_ascii_lowercase()), rest),
            None => (String::new(), uri),
        },
    };
    let head = match head.as_str() {
        "https://data.europa.eu" => "http://data.europa.eu".to_string(),
        _ => head,
    };
    head + rest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_compare_by_scheme_and_host_in_any_case_and_esco_in_either_scheme() {
        assert_eq!(
            normalize_uri("HTTPS://Data.Europa.EU/esco/skill/ABC/"),
            "http://data.europa.eu/esco/skill/ABC"
        );
        assert_eq!(
            normalize_uri("URN:leerroute:x/skills/a"),
            "urn:leerroute:x/skills/a"
        );
        assert!(is_esco_skill("https://data.europa.eu/esco/skill/0f53"));
        assert!(!is_esco_skill("https://1edtech.edu/catalog/degree"));
    }
}

//! The words a plan's steps are written in: ids, names, lines and
//! skill-levels as text. A batch writes the same modules for thousands of
//! workers, so each module's words are made once per target, when first
//! needed, and copied from then on.

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use super::route::Text;
use super::scope::Scope;
use crate::model::{Curriculum, ModuleId, SkillLevel};

/// A module's fixed words in a step, shared by every step that takes it.
#[derive(Debug, Clone)]
pub struct ModuleLabels {
    pub id: Text,
    pub name: Text,
    pub stage: &'static str,
    pub lines: Arc<[Text]>,
    pub grants: Arc<[Text]>,
}

/// The words of the modules in a scope, and of the target's skill-levels.
#[derive(Debug)]
pub struct Labels {
    /// Per module of the scope, in the scope's order.
    modules: Vec<OnceLock<ModuleLabels>>,
    /// Per skill-level of the target, as the user writes it.
    pub target: Vec<Text>,
}

impl Labels {
    pub fn new(curriculum: &Curriculum, scope: &Scope, target: &[SkillLevel]) -> Labels {
        Labels {
            modules: scope.modules.iter().map(|_| OnceLock::new()).collect(),
            target: target
                .iter()
                .map(|&l| Text::new(&curriculum.format_level(l)))
                .collect(),
        }
    }

    /// The words of `module`, made now if this is the first time.
    pub fn module(
        &self,
        curriculum: &Curriculum,
        scope: &Scope,
        module: ModuleId,
    ) -> Cow<'_, ModuleLabels> {
        match scope.modules.binary_search(&module) {
            Ok(position) => {
                Cow::Borrowed(self.modules[position].get_or_init(|| labels_of(curriculum, module)))
            }
            // Only modules of the scope are ever planned; this is a fallback
            // that keeps a wrong call from failing.
            Err(_) => Cow::Owned(labels_of(curriculum, module)),
        }
    }
}

fn labels_of(curriculum: &Curriculum, id: ModuleId) -> ModuleLabels {
    let module = curriculum.module(id);
    ModuleLabels {
        id: module.id.as_str().into(),
        name: module.name.as_str().into(),
        stage: module.stage.as_str(),
        lines: curriculum
            .lines_of(id)
            .into_iter()
            .map(|l| curriculum.lines[l.index()].id.as_str().into())
            .collect(),
        grants: module
            .grants
            .iter()
            .map(|g| Text::new(&curriculum.format_level(g.value)))
            .collect(),
    }
}

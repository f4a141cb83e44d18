//! The module graph: an edge A→B when A grants a skill-level that B requires,
//! plainly or as one alternative of a `requires_any` group. It is the one
//! graph of modules: `check` finds hard cycles in it, and the metro map and
//! the curriculum metrics are to be drawn and measured on it.

use petgraph::graph::{DiGraph, EdgeReference, NodeIndex};
use petgraph::visit::EdgeRef;

use crate::analysis::Grantors;
use crate::model::{Curriculum, ModuleId, SkillLevel};
use crate::source::Span;

/// How B depends on A: the requirement of B that A's grant meets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub level: SkillLevel,
    /// Where B writes the requirement.
    pub span: Span,
    /// Whether the requirement is a plain `requires` (else one alternative
    /// of a `requires_any` group, which another alternative may meet).
    pub plain: bool,
}

/// The module dependency graph; node `i` is `ModuleId(i)`.
pub struct ModuleGraph {
    pub graph: DiGraph<ModuleId, Link>,
}

impl ModuleGraph {
    /// Every module, and the edges into the modules `into` keeps: the whole
    /// graph with `|_| true`, or a part of it built without the rest (for
    /// hard cycles, only the modules that can never be taken).
    pub fn new(
        curriculum: &Curriculum,
        grantors: &Grantors,
        into: impl Fn(ModuleId) -> bool,
    ) -> ModuleGraph {
        let mut graph =
            DiGraph::with_capacity(curriculum.modules.len(), curriculum.modules.len() * 2);
        for module in curriculum.module_ids() {
            graph.add_node(module);
        }
        for target in curriculum.module_ids().filter(|&m| into(m)) {
            let module = curriculum.module(target);
            let plain = module.requires.iter().map(|r| (r, true));
            let any = module.requires_any.iter().flatten().map(|r| (r, false));
            for (requirement, plain) in plain.chain(any) {
                let link = Link {
                    level: requirement.value,
                    span: requirement.span,
                    plain,
                };
                for source in grantors.of(link.level) {
                    graph.add_edge(node(source), node(target), link);
                }
            }
        }
        ModuleGraph { graph }
    }

    /// The module at a node.
    pub fn module(&self, node: NodeIndex) -> ModuleId {
        self.graph[node]
    }

    /// An edge as (from, to, link).
    pub fn edge(&self, edge: EdgeReference<'_, Link>) -> (ModuleId, ModuleId, Link) {
        (
            self.graph[edge.source()],
            self.graph[edge.target()],
            *edge.weight(),
        )
    }
}

/// The node of a module.
pub fn node(module: ModuleId) -> NodeIndex {
    NodeIndex::new(module.index())
}

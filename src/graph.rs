//! The module graph: an edge A→B when A grants a skill-level that B requires,
//! plainly or as one alternative of a `requires_any` group. It is the one
//! graph of modules: `check` finds hard cycles in it, and the metro map and
//! the curriculum metrics are to be drawn and measured on it.

use petgraph::algo::tarjan_scc;
use petgraph::graph::{DiGraph, EdgeReference, NodeIndex};
use petgraph::visit::{EdgeFiltered, EdgeRef};

use crate::analysis::Grantors;
use crate::analysis::can_first_grant;
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

    /// The precedence graph of the curriculum metrics (`stats`): this
    /// graph's edges u→v (one per pair) where u can be the first to grant
    /// what v requires (not u itself, nor a level-up of it), and where they
    /// close no cycle. Such cycles run through alternatives (a `requires_any`
    /// group, a level several modules grant); within a cycle an edge is kept
    /// only when u's earliest term (`terms`, [`crate::analysis::metrics::earliest_terms`])
    /// comes before v's, so a module is never its own prerequisite. An
    /// acyclic graph keeps every edge: on a curriculum as CurricularAnalytics
    /// sees one, this is its graph.
    pub fn precedence(
        &self,
        curriculum: &Curriculum,
        terms: &[Option<u32>],
    ) -> DiGraph<ModuleId, ()> {
        let first = |edge: EdgeReference<'_, Link>| {
            edge.source() != edge.target()
                && can_first_grant(
                    curriculum.module(self.module(edge.source())),
                    edge.weight().level,
                )
        };
        let mut component = vec![0usize; self.graph.node_count()];
        for (index, members) in tarjan_scc(&EdgeFiltered::from_fn(&self.graph, first))
            .into_iter()
            .enumerate()
        {
            for member in members {
                component[member.index()] = index;
            }
        }
        let term = |node: NodeIndex| terms[node.index()].unwrap_or(u32::MAX);
        let mut pairs: Vec<(usize, usize)> = self
            .graph
            .edge_references()
            .filter(|&edge| first(edge))
            .filter(|edge| {
                let (u, v) = (edge.source(), edge.target());
                component[u.index()] != component[v.index()] || term(u) < term(v)
            })
            .map(|edge| (edge.source().index(), edge.target().index()))
            .collect();
        pairs.sort_unstable();
        pairs.dedup();
        let mut precedence = self
            .graph
            .filter_map(|_, &module| Some(module), |_, _| None::<()>);
        for (u, v) in pairs {
            precedence.add_edge(NodeIndex::new(u), NodeIndex::new(v), ());
        }
        precedence
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

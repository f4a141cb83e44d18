//! `hard-cycle`: modules that wait for each other through plain `requires`.

use petgraph::algo::tarjan_scc;
use petgraph::graph::DiGraph;

use super::Context;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::{Located, ModuleId, SkillLevel};

/// The "waits for" graph among modules that can never be taken: an edge
/// A→B when B plainly requires a skill-level that cannot be obtained and A
/// could be the first to grant it. A module that itself requires the level
/// (a level-up from `x@1` to `x@2`) is never the first to grant it: the level
/// must come from a passport or another module. A cycle here is a set of
/// modules that each need the other first; a `requires_any` link is left out,
/// since an alternative may break it.
fn waits_for(context: &Context<'_>) -> DiGraph<ModuleId, Located<SkillLevel>> {
    let curriculum = context.curriculum;
    let mut graph = DiGraph::new();
    let nodes: Vec<_> = curriculum
        .module_ids()
        .map(|id| graph.add_node(id))
        .collect();
    for target in curriculum.module_ids() {
        if context.availability.takeable[target.index()] {
            continue;
        }
        for requirement in &curriculum.module(target).requires {
            if context.availability.has(requirement.value) {
                continue;
            }
            for source in context.grantors.first_of(curriculum, requirement.value) {
                graph.add_edge(
                    nodes[source.index()],
                    nodes[target.index()],
                    requirement.clone(),
                );
            }
        }
    }
    graph
}

/// Strongly connected groups of two or more modules, smallest id first. (A
/// module never waits for itself: it is not the first grantor of what it needs.)
fn cycles(graph: &DiGraph<ModuleId, Located<SkillLevel>>) -> Vec<Vec<ModuleId>> {
    let mut groups: Vec<Vec<ModuleId>> = tarjan_scc(graph)
        .into_iter()
        .filter(|scc| scc.len() > 1)
        .map(|scc| {
            let mut modules: Vec<ModuleId> = scc.into_iter().map(|n| graph[n]).collect();
            modules.sort();
            modules
        })
        .collect();
    groups.sort();
    groups
}

/// The hard cycles as diagnostics, and which modules are on one (their
/// `untakeable-module` warning would only repeat the cycle).
pub(super) fn hard_cycles(context: &Context<'_>) -> (Vec<Diagnostic>, Vec<bool>) {
    let curriculum = context.curriculum;
    let graph = waits_for(context);
    let groups = cycles(&graph);
    let mut member = vec![false; curriculum.modules.len()];
    for module in groups.iter().flatten() {
        member[module.index()] = true;
    }
    let diagnostics = groups
        .into_iter()
        .map(|group| {
            let chain = one_cycle(&graph, &group);
            let mut links = Vec::new();
            let mut spans = Vec::new();
            for (from, to, requirement) in &chain {
                links.push(format!(
                    "`{}` requires `{}`, which `{}` grants",
                    curriculum.module(*to).id,
                    curriculum.format_level(requirement.value),
                    curriculum.module(*from).id
                ));
                spans.push(requirement.span);
            }
            let names: Vec<String> = group.iter().map(|&m| format!("`{}`", curriculum.module(m).id)).collect();
            let mut diagnostic = Diagnostic::new(
                Code::HardCycle,
                format!("modules {} require each other, so none of them can ever be taken", names.join(", ")),
            );
            if let Some((first, rest)) = spans.split_first() {
                diagnostic = diagnostic.at(*first, "this requirement closes the cycle");
                for span in rest {
                    diagnostic = diagnostic.also(*span, "part of the cycle");
                }
            }
            diagnostic
                .note(format!("the cycle: {}", links.join("; ")))
                .help("break the cycle: drop one of these requirements, turn it into a `requires_any` with an alternative, or let a module outside the cycle grant it")
        })
        .collect();
    (diagnostics, member)
}

/// One cycle through the group, as (grantor, needing module, requirement)
/// links, found by walking edges inside the group from its first module.
fn one_cycle(
    graph: &DiGraph<ModuleId, Located<SkillLevel>>,
    group: &[ModuleId],
) -> Vec<(ModuleId, ModuleId, Located<SkillLevel>)> {
    use petgraph::visit::EdgeRef;
    let start = petgraph::graph::NodeIndex::new(group[0].index());
    let mut path: Vec<(petgraph::graph::NodeIndex, petgraph::graph::EdgeIndex)> = Vec::new();
    let mut seen = vec![start];
    let mut current = start;
    // Every member of a strongly connected group has an edge to another
    // member, so this walk always meets a node it has seen.
    loop {
        let Some(edge) = graph
            .edges(current)
            .filter(|e| group.binary_search(&graph[e.target()]).is_ok())
            .min_by_key(|e| graph[e.target()])
        else {
            return Vec::new();
        };
        path.push((current, edge.id()));
        let next = edge.target();
        if let Some(position) = seen.iter().position(|&n| n == next) {
            return path[position..]
                .iter()
                .map(|&(from, edge)| {
                    let (_, to) = graph.edge_endpoints(edge).unwrap_or((from, from));
                    (graph[from], graph[to], graph[edge].clone())
                })
                .collect();
        }
        seen.push(next);
        current = next;
    }
}

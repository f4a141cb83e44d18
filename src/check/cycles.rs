//! `hard-cycle`: modules that wait for each other through plain `requires`.

use petgraph::algo::tarjan_scc;
use petgraph::visit::{EdgeFiltered, EdgeRef};

use super::Context;
use crate::diagnostic::{Code, Diagnostic};
use crate::graph::{Link, ModuleGraph, node};
use crate::model::ModuleId;
use crate::words::phrase;

/// The "waits for" part of the module graph, among modules that can never
/// be taken: an edge A→B when B plainly requires a skill-level that cannot
/// be obtained and A could be the first to grant it. A module that itself
/// requires the level (a level-up from `x@1` to `x@2`) is never the first
/// to grant it: the level must come from a passport or another module. A
/// cycle here is a set of modules that each need the other first; a
/// `requires_any` link is left out, since an alternative may break it.
fn waits_for(context: &Context<'_>) -> ModuleGraph {
    ModuleGraph::new(context.curriculum, &context.grantors, |target| {
        !context.availability.takeable[target.index()]
    })
}

/// Whether an edge of the module graph is a "waits for" link.
fn waits(context: &Context<'_>, from: ModuleId, link: &Link) -> bool {
    link.plain
        && !context.availability.has(link.level)
        && !context
            .curriculum
            .module(from)
            .requires
            .iter()
            .any(|own| own.value.skill == link.level.skill && own.value.level >= link.level.level)
}

/// Strongly connected groups of two or more modules, smallest id first. (A
/// module never waits for itself: it is not the first grantor of what it needs.)
fn cycles(context: &Context<'_>, graph: &ModuleGraph) -> Vec<Vec<ModuleId>> {
    let waiting = EdgeFiltered::from_fn(&graph.graph, |edge| {
        waits(context, graph.module(edge.source()), edge.weight())
    });
    let mut groups: Vec<Vec<ModuleId>> = tarjan_scc(&waiting)
        .into_iter()
        .filter(|scc| scc.len() > 1)
        .map(|scc| {
            let mut modules: Vec<ModuleId> = scc.into_iter().map(|n| graph.module(n)).collect();
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
    let groups = cycles(context, &graph);
    let mut member = vec![false; curriculum.modules.len()];
    for module in groups.iter().flatten() {
        member[module.index()] = true;
    }
    let diagnostics = groups
        .into_iter()
        .map(|group| {
            let chain = one_cycle(context, &graph, &group);
            let mut links = Vec::new();
            let mut spans = Vec::new();
            for (from, to, link) in &chain {
                links.push(phrase!(
                    "check-cycle-link",
                    module = curriculum.module(*to).id.as_str(),
                    level = curriculum.format_level(link.level),
                    grantor = curriculum.module(*from).id.as_str()
                ));
                spans.push(link.span);
            }
            let names: Vec<String> = group
                .iter()
                .map(|&m| format!("`{}`", curriculum.module(m).id))
                .collect();
            let mut diagnostic = Diagnostic::new(
                Code::HardCycle,
                phrase!("check-hard-cycle", modules = names.join(", ")),
            );
            if let Some((first, rest)) = spans.split_first() {
                diagnostic = diagnostic.at(*first, phrase!("check-hard-cycle-closes"));
                for span in rest {
                    diagnostic = diagnostic.also(*span, phrase!("check-hard-cycle-part"));
                }
            }
            let mut links = links.into_iter();
            if let Some(first) = links.next() {
                let chain = links.fold(first, |first, rest| {
                    phrase!("list-semicolon", first = first, rest = rest)
                });
                diagnostic = diagnostic.note(phrase!("check-cycle", chain = chain));
            }
            diagnostic.help(phrase!("check-hard-cycle-help"))
        })
        .collect();
    (diagnostics, member)
}

/// One cycle through the group, as (grantor, needing module, link), found
/// by walking "waits for" edges inside the group from its first module.
fn one_cycle(
    context: &Context<'_>,
    graph: &ModuleGraph,
    group: &[ModuleId],
) -> Vec<(ModuleId, ModuleId, Link)> {
    let mut path: Vec<(ModuleId, ModuleId, Link)> = Vec::new();
    let mut seen = vec![group[0]];
    let mut current = group[0];
    // Every member of a strongly connected group has an edge to another
    // member, so this walk always meets a module it has seen.
    loop {
        let Some((from, to, link)) = graph
            .graph
            .edges(node(current))
            .map(|edge| graph.edge(edge))
            .filter(|(from, to, link)| {
                group.binary_search(to).is_ok() && waits(context, *from, link)
            })
            .min_by_key(|(_, to, _)| *to)
        else {
            return Vec::new();
        };
        path.push((from, to, link));
        if let Some(position) = seen.iter().position(|&m| m == to) {
            return path.split_off(position);
        }
        seen.push(to);
        current = to;
    }
}

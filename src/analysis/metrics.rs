//! Curricular metrics, with CurricularAnalytics.jl's definitions (Heileman
//! et al.), measured on a directed acyclic graph of modules: an edge u→v
//! when u is a prerequisite of v.
//!
//! - **blocking** b(v): the number of modules reachable from v, v not counted;
//! - **delay** d(v): the number of modules on the longest path through v;
//! - **centrality** c(v): the sum of the lengths, in modules, of every path
//!   from a source to a sink that has v strictly inside it (a source or a
//!   sink gets 0);
//! - **complexity** h(v) = d(v) + b(v).
//!
//! Which edges make up the graph of a curriculum (its OR groups and cycles
//! through alternatives) is [`crate::graph::ModuleGraph::precedence`]'s
//! business, with the earliest terms of [`earliest_terms`]. Everything here
//! is exact: path counts are computed by dynamic programming over a
//! topological order, never by enumerating paths, in `u128` with checked
//! operations. A count past `u128::MAX` (about 3.4 × 10^38) is `None`,
//! never a wrong number.

use petgraph::algo::toposort;
use petgraph::graph::{DiGraph, NodeIndex};

use super::{Grantors, can_first_grant};
use crate::model::{Curriculum, SkillLevel, TermSystem};

/// An exact count, or `None` past `u128::MAX`.
pub type Count = Option<u128>;

/// The metrics of every node of a DAG, by node index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Metrics {
    pub blocking: Vec<u32>,
    pub delay: Vec<u32>,
    pub centrality: Vec<Count>,
    /// The longest paths: their length in nodes, how many there are, and
    /// the first few of them in node order.
    pub longest: Longest,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Longest {
    /// Nodes on a longest path (0 for an empty graph).
    pub length: u32,
    /// How many source-to-sink paths have that length.
    pub count: Count,
    /// The first of them, each as its nodes from source to sink, in
    /// lexicographic order of node indices.
    pub paths: Vec<Vec<usize>>,
}

impl Metrics {
    /// The metrics of a DAG; `None` if it has a cycle. At most `paths`
    /// longest paths are listed.
    pub fn of_dag<N, E>(graph: &DiGraph<N, E>, paths: usize) -> Option<Metrics> {
        let order: Vec<usize> = toposort(graph, None)
            .ok()?
            .into_iter()
            .map(NodeIndex::index)
            .collect();
        let n = graph.node_count();
        let mut succ: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut pred: Vec<Vec<usize>> = vec![Vec::new(); n];
        for edge in graph.raw_edges() {
            let (v, w) = (edge.source().index(), edge.target().index());
            succ[v].push(w);
            pred[w].push(v);
        }
        // A multigraph's parallel edges are one prerequisite.
        for list in succ.iter_mut().chain(pred.iter_mut()) {
            list.sort_unstable();
            list.dedup();
        }
        let up = longest_from(&order, &pred);
        let down = longest_from(&order.iter().rev().copied().collect::<Vec<_>>(), &succ);
        let delay: Vec<u32> = (0..n).map(|v| up[v] + down[v] - 1).collect();
        let length = delay.iter().copied().max().unwrap_or(0);
        Some(Metrics {
            blocking: blocking(&order, &succ),
            centrality: centrality(&order, &pred, &succ),
            longest: Longest {
                length,
                count: longest_count(&order, &pred, &up, length),
                paths: longest_paths(&succ, &pred, &down, length, paths),
            },
            delay,
        })
    }

    /// h(v) = d(v) + b(v).
    pub fn complexity(&self, node: usize) -> u32 {
        self.delay[node] + self.blocking[node]
    }

    /// h(v) as CurricularAnalytics.jl reports it, in tenths: in a quarter
    /// system h · 2/3, rounded to a tenth, so that it compares with a
    /// semester curriculum. 20h/3 is never halfway between two whole
    /// numbers, so the rounding needs no rule for ties: it is ⌊(20h + 1)/3⌋.
    pub fn reported_complexity(&self, node: usize, terms: TermSystem) -> u32 {
        let h = self.complexity(node);
        match terms {
            TermSystem::Semester => 10 * h,
            TermSystem::Quarter => (20 * h + 1) / 3,
        }
    }
}

/// Per node, the nodes on the longest path that ends there, walking `order`
/// (a topological order, or its reverse with `before` the successors).
fn longest_from(order: &[usize], before: &[Vec<usize>]) -> Vec<u32> {
    let mut longest = vec![1u32; before.len()];
    for &v in order {
        longest[v] = 1 + before[v].iter().map(|&p| longest[p]).max().unwrap_or(0);
    }
    longest
}

/// Columns of the reachability matrix worked out per pass: memory stays at
/// `n × 512` bytes, whatever the size of the graph.
const BLOCK: usize = 4096;

/// b(v) by bit sets, from the sinks back, one block of target columns at a
/// time.
fn blocking(order: &[usize], succ: &[Vec<usize>]) -> Vec<u32> {
    let n = succ.len();
    let words = BLOCK.min(n).div_ceil(64).max(1);
    let mut counts = vec![0u32; n];
    let mut reach = vec![0u64; n * words];
    let mut row = vec![0u64; words];
    for first in (0..n).step_by(BLOCK) {
        reach.fill(0);
        for &v in order.iter().rev() {
            row.fill(0);
            for &w in &succ[v] {
                for (bits, from) in row.iter_mut().zip(&reach[w * words..(w + 1) * words]) {
                    *bits |= from;
                }
                if (first..first + BLOCK).contains(&w) {
                    row[(w - first) / 64] |= 1 << ((w - first) % 64);
                }
            }
            counts[v] += row.iter().map(|bits| bits.count_ones()).sum::<u32>();
            reach[v * words..(v + 1) * words].copy_from_slice(&row);
        }
    }
    counts
}

/// Paths from the sources to each node (walking `order` with `before` the
/// predecessors), or to the sinks (the reverse, with the successors): how
/// many, and the sum of their lengths in nodes, the node included.
fn paths_to(order: &[usize], before: &[Vec<usize>]) -> (Vec<Count>, Vec<Count>) {
    let n = before.len();
    let mut count: Vec<Count> = vec![Some(1); n];
    let mut length: Vec<Count> = vec![Some(1); n];
    for &v in order {
        if before[v].is_empty() {
            continue;
        }
        let (mut paths, mut total) = (Some(0u128), Some(0u128));
        for &p in &before[v] {
            paths = add(paths, count[p]);
            // Each path to p grows by v.
            total = add(total, add(length[p], count[p]));
        }
        count[v] = paths;
        length[v] = total;
    }
    (count, length)
}

fn add(a: Count, b: Count) -> Count {
    a?.checked_add(b?)
}

fn mul(a: Count, b: Count) -> Count {
    a?.checked_mul(b?)
}

/// c(v) = L_in · N_out + L_out · N_in − N_in · N_out for a node inside
/// paths: each pair of a path from a source to v (N_in of them, of total
/// length L_in) and one from v to a sink makes one path through v, whose
/// length counts v twice.
fn centrality(order: &[usize], pred: &[Vec<usize>], succ: &[Vec<usize>]) -> Vec<Count> {
    let (n_in, l_in) = paths_to(order, pred);
    let reverse: Vec<usize> = order.iter().rev().copied().collect();
    let (n_out, l_out) = paths_to(&reverse, succ);
    (0..pred.len())
        .map(|v| {
            if pred[v].is_empty() || succ[v].is_empty() {
                return Some(0);
            }
            let both = add(mul(l_in[v], n_out[v]), mul(l_out[v], n_in[v]));
            // Never negative: L_in ≥ N_in, as every path has a node.
            both?.checked_sub(mul(n_in[v], n_out[v])?)
        })
        .collect()
}

/// How many paths have `length` nodes: those that end at a node whose
/// longest path in is that long, counted along the tight edges.
fn longest_count(order: &[usize], pred: &[Vec<usize>], up: &[u32], length: u32) -> Count {
    let mut count: Vec<Count> = vec![Some(1); pred.len()];
    for &v in order {
        if pred[v].is_empty() {
            continue;
        }
        count[v] = pred[v]
            .iter()
            .filter(|&&p| up[p] + 1 == up[v])
            .try_fold(0u128, |sum, &p| sum.checked_add(count[p]?));
    }
    (0..pred.len())
        .filter(|&v| up[v] == length)
        .try_fold(0u128, |sum, v| sum.checked_add(count[v]?))
}

/// The first `limit` longest paths in lexicographic order: from a source
/// whose longest path out is `length` nodes long, along successors whose
/// longest path out is one node shorter.
fn longest_paths(
    succ: &[Vec<usize>],
    pred: &[Vec<usize>],
    down: &[u32],
    length: u32,
    limit: usize,
) -> Vec<Vec<usize>> {
    let mut found = Vec::new();
    let mut path = Vec::new();
    for start in (0..succ.len()).filter(|&v| pred[v].is_empty() && down[v] == length) {
        walk(succ, down, start, &mut path, &mut found, limit);
    }
    found
}

fn walk(
    succ: &[Vec<usize>],
    down: &[u32],
    v: usize,
    path: &mut Vec<usize>,
    found: &mut Vec<Vec<usize>>,
    limit: usize,
) {
    if found.len() >= limit {
        return;
    }
    path.push(v);
    if down[v] == 1 {
        found.push(path.clone());
    }
    for &w in succ[v].iter().filter(|&&w| down[w] + 1 == down[v]) {
        walk(succ, down, w, path, found, limit);
    }
    path.pop();
}

/// The earliest term in which each module can be taken, counting from 1,
/// when every module of the curriculum is on offer every term: 1 for a
/// module whose requirements nothing in the curriculum can grant first
/// (they come from outside, as a course's prerequisites from elsewhere),
/// else one more than its latest requirement, each requirement met by its
/// earliest grantor that can be the first to grant it (not a level-up that
/// requires it itself), a `requires_any` group by its earliest alternative.
/// `None` for a module that can never be taken this way (its alternatives
/// all wait for it). The terms are the "AND/OR" longest path, worked out
/// in waves, as CurricularAnalytics works out the terms of a DAG.
pub fn earliest_terms(curriculum: &Curriculum, grantors: &Grantors) -> Vec<Option<u32>> {
    let modules = curriculum.modules.len();
    // One slot per plain requirement and per group; a slot is met by any
    // of its levels.
    let mut slot_module: Vec<usize> = Vec::new();
    let mut unmet = vec![0u32; modules];
    let mut watchers: Vec<Vec<(usize, SkillLevel)>> = vec![Vec::new(); curriculum.skills.len()];
    let first_granted = |level: SkillLevel| grantors.first_of(curriculum, level).next().is_some();
    for id in curriculum.module_ids() {
        let module = curriculum.module(id);
        let plain = module.requires.iter().map(std::slice::from_ref);
        for slot in plain.chain(module.requires_any.iter().map(Vec::as_slice)) {
            // Met from outside when one of its levels has no first grantor.
            if slot.iter().any(|level| !first_granted(level.value)) {
                continue;
            }
            for level in slot {
                watchers[level.value.skill.index()].push((slot_module.len(), level.value));
            }
            slot_module.push(id.index());
            unmet[id.index()] += 1;
        }
    }
    let mut met = vec![false; slot_module.len()];
    let mut term: Vec<Option<u32>> = vec![None; modules];
    let mut queue = std::collections::VecDeque::new();
    for (module, _) in unmet.iter().enumerate().filter(|(_, n)| **n == 0) {
        term[module] = Some(1);
        queue.push_back(module);
    }
    // Terms come out of the queue in order, so a slot is met first by its
    // earliest grantor.
    while let Some(grantor) = queue.pop_front() {
        let next = term[grantor].map(|t| t + 1);
        let granting = &curriculum.modules[grantor];
        for grant in &granting.grants {
            for &(slot, level) in &watchers[grant.value.skill.index()] {
                if met[slot] || level.level > grant.value.level || !can_first_grant(granting, level)
                {
                    continue;
                }
                met[slot] = true;
                let module = slot_module[slot];
                unmet[module] -= 1;
                if unmet[module] == 0 {
                    term[module] = next;
                    queue.push_back(module);
                }
            }
        }
    }
    term
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dag(n: usize, edges: &[(u32, u32)]) -> DiGraph<(), ()> {
        let mut graph = DiGraph::new();
        for _ in 0..n {
            graph.add_node(());
        }
        graph.extend_with_edges(edges);
        graph
    }

    /// The exact rule equals CurricularAnalytics.jl's `round(h * 2 / 3,
    /// digits = 1)` for every complexity a path of up to 600 modules has.
    #[test]
    fn quarter_complexity_is_two_thirds_rounded_to_a_tenth() {
        // A path of n modules: the first has h = n + (n - 1).
        for n in 1..=600u32 {
            let edges: Vec<(u32, u32)> = (1..n).map(|v| (v - 1, v)).collect();
            let metrics = Metrics::of_dag(&dag(n as usize, &edges), 1).expect("a DAG");
            let h = metrics.complexity(0);
            assert_eq!(h, 2 * n - 1);
            let expected = (f64::from(h) * 2.0 / 3.0 * 10.0).round() as u32;
            assert_eq!(
                metrics.reported_complexity(0, TermSystem::Quarter),
                expected,
                "h = {h}"
            );
            assert_eq!(metrics.reported_complexity(0, TermSystem::Semester), 10 * h);
        }
    }

    /// a→b→c, a→c, d alone: worked out by hand. Paths source to sink:
    /// a-b-c (3), a-c (2), d (1).
    #[test]
    fn a_small_dag_by_hand() {
        let metrics = Metrics::of_dag(&dag(4, &[(0, 1), (1, 2), (0, 2)]), 10).expect("a DAG");
        assert_eq!(metrics.blocking, [2, 1, 0, 0]);
        assert_eq!(metrics.delay, [3, 3, 3, 1]);
        assert_eq!(metrics.centrality, [Some(0), Some(3), Some(0), Some(0)]);
        assert_eq!(metrics.complexity(0), 5);
        assert_eq!(metrics.longest.length, 3);
        assert_eq!(metrics.longest.count, Some(1));
        assert_eq!(metrics.longest.paths, [vec![0, 1, 2]]);
    }

    /// A parallel edge is one prerequisite; a cycle has no metrics.
    #[test]
    fn parallel_edges_count_once_and_cycles_have_none() {
        let once = Metrics::of_dag(&dag(3, &[(0, 1), (1, 2)]), 10);
        let twice = Metrics::of_dag(&dag(3, &[(0, 1), (0, 1), (1, 2)]), 10);
        assert_eq!(once, twice);
        assert!(Metrics::of_dag(&dag(2, &[(0, 1), (1, 0)]), 10).is_none());
    }

    /// Layers of two nodes, each joined to both of the next: 2^(layers-1)
    /// paths. 61 layers fit in `u128`; at 130 the counts do not, and are
    /// `None`.
    #[test]
    fn counts_past_u128_are_none_not_wrong() {
        let ladder = |layers: u32| {
            let mut edges = Vec::new();
            for layer in 0..layers - 1 {
                for (a, b) in [(0, 0), (0, 1), (1, 0), (1, 1)] {
                    edges.push((2 * layer + a, 2 * (layer + 1) + b));
                }
            }
            Metrics::of_dag(&dag(2 * layers as usize, &edges), 3).expect("a DAG")
        };
        let fits = ladder(61);
        assert_eq!(fits.longest.count, Some(1 << 61));
        // Node 2, in layer 1: 2 paths in, 2^59 out, each 61 nodes long.
        assert_eq!(fits.centrality[2], Some(2 * (1 << 59) * 61));
        let layers = 130;
        let metrics = ladder(layers);
        assert_eq!(metrics.longest.count, None);
        assert_eq!(metrics.longest.length, layers);
        assert_eq!(metrics.longest.paths.len(), 3);
        assert_eq!(metrics.centrality[2 * 64], None);
        assert_eq!(metrics.centrality[2], None);
        assert_eq!(metrics.blocking[0], 2 * (layers - 1));
    }

    /// Every source-to-sink path, by walking them all: what the dynamic
    /// programming must never do on a real catalogue, and must agree with.
    fn all_paths(succ: &[Vec<usize>], pred: &[Vec<usize>]) -> Vec<Vec<usize>> {
        fn extend(succ: &[Vec<usize>], path: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
            let last = *path.last().expect("a path has a node");
            if succ[last].is_empty() {
                out.push(path.clone());
            }
            for &next in &succ[last] {
                path.push(next);
                extend(succ, path, out);
                path.pop();
            }
        }
        let mut out = Vec::new();
        for source in (0..succ.len()).filter(|&v| pred[v].is_empty()) {
            extend(succ, &mut vec![source], &mut out);
        }
        out
    }

    /// A DAG on `n` nodes: an edge i→j (i < j) for each chosen pair.
    fn random_dag() -> impl Strategy<Value = (usize, Vec<(u32, u32)>)> {
        (1usize..9).prop_flat_map(|n| {
            let pairs: Vec<(u32, u32)> = (0..n as u32)
                .flat_map(|i| (i + 1..n as u32).map(move |j| (i, j)))
                .collect();
            let count = pairs.len();
            (Just(n), proptest::sample::subsequence(pairs, 0..=count))
        })
    }

    use proptest::prelude::*;

    proptest! {
        /// Blocking, delay, centrality and the longest paths by dynamic
        /// programming equal the definitions applied to every path.
        #[test]
        fn the_metrics_equal_their_definitions_on_every_path((n, edges) in random_dag()) {
            let metrics = Metrics::of_dag(&dag(n, &edges), usize::MAX).expect("a DAG");
            let mut succ = vec![Vec::new(); n];
            let mut pred = vec![Vec::new(); n];
            for &(i, j) in &edges {
                succ[i as usize].push(j as usize);
                pred[j as usize].push(i as usize);
            }
            for list in &mut succ {
                list.sort_unstable();
            }
            let paths = all_paths(&succ, &pred);
            for v in 0..n {
                let centrality: usize = paths
                    .iter()
                    .filter(|p| p.len() > 2 && p[1..p.len() - 1].contains(&v))
                    .map(Vec::len)
                    .sum();
                prop_assert_eq!(metrics.centrality[v], Some(centrality as u128), "node {}", v);
                let delay = paths.iter().filter(|p| p.contains(&v)).map(Vec::len).max();
                prop_assert_eq!(Some(metrics.delay[v] as usize), delay, "node {}", v);
                let mut reached = vec![false; n];
                for path in paths.iter().filter(|p| p.contains(&v)) {
                    let at = path.iter().position(|&w| w == v).expect("on the path");
                    for &w in &path[at + 1..] {
                        reached[w] = true;
                    }
                }
                let blocking = reached.iter().filter(|&&r| r).count() as u32;
                prop_assert_eq!(metrics.blocking[v], blocking, "node {}", v);
            }
            let length = paths.iter().map(Vec::len).max().unwrap_or(0);
            let mut longest: Vec<Vec<usize>> =
                paths.into_iter().filter(|p| p.len() == length).collect();
            longest.sort();
            prop_assert_eq!(metrics.longest.length as usize, length);
            prop_assert_eq!(metrics.longest.count, Some(longest.len() as u128));
            prop_assert_eq!(&metrics.longest.paths, &longest);
        }

        /// On a curriculum as CurricularAnalytics sees one (every module
        /// grants its own skill and requires those of its prerequisites),
        /// the precedence graph is that DAG, edge for edge.
        #[test]
        fn on_a_curricular_analytics_curriculum_the_graph_is_its_dag((n, edges) in random_dag()) {
            let mut text = String::from(
                "[curriculum]\nid = \"ca\"\nname = \"CA\"\nlevels = [\"passed\"]\n",
            );
            for v in 0..n {
                let requires: Vec<String> = edges
                    .iter()
                    .filter(|&&(_, j)| j as usize == v)
                    .map(|&(i, _)| format!("\"s{i}\""))
                    .collect();
                text += &format!(
                    "[[skill]]\nid = \"s{v}\"\nname = \"S\"\n[[module]]\nid = \"m{v}\"\nname = \"M\"\nstage = \"line\"\nhours = 1\nrequires = [{}]\ngrants = [\"s{v}\"]\n",
                    requires.join(", ")
                );
            }
            let mut sources = crate::source::SourceMap::default();
            sources.add("ca.toml".into(), text.into());
            let curriculum = crate::load::from_sources(sources, Vec::new()).expect("it loads");
            let grantors = Grantors::new(&curriculum);
            let graph = crate::graph::ModuleGraph::new(&curriculum, &grantors, |_| true);
            let precedence = graph.precedence(&curriculum, &earliest_terms(&curriculum, &grantors));
            let mut kept: Vec<(u32, u32)> = precedence
                .raw_edges()
                .iter()
                .map(|e| (e.source().index() as u32, e.target().index() as u32))
                .collect();
            kept.sort_unstable();
            let mut expected = edges.clone();
            expected.sort_unstable();
            prop_assert_eq!(kept, expected);
        }
    }
}

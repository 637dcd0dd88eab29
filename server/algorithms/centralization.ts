/**
 * Freeman centralisation: how much one node dominates a network, relative to the most
 * centralised graph of the same size (a star).
 * Freeman, "Centrality in social networks: conceptual clarification", Soc. Netw. 1, 1979.
 *
 *   C = Σ_i (c_max − c_i) / max over graphs of n nodes of that sum.
 *
 * Degree: computed on raw degrees of the graph taken as undirected (self-loops ignored); the
 *   star maximises the sum at (n − 1)(n − 2), so C_D = Σ(d_max − d_i) / ((n − 1)(n − 2)).
 * Betweenness: computed on networkx-normalised betweenness of the graph taken as undirected
 *   (in [0, 1], the star's centre has 1 and the leaves 0), so the maximum sum is n − 1 and
 *   C_B = Σ(b_max − b_i) / (n − 1).
 * Both are 0 for n < 3 (no graph of fewer than 3 nodes can be centralised). Directed graphs are
 * symmetrised first, because the star bound above is the undirected one.
 */
import { betweennessCentrality } from './betweenness.ts';
import { buildGraph, type CompactGraph, type EdgeInput } from './graph.ts';

/** The graph as undirected with self-loops dropped (reciprocal arcs merged into one edge). */
export function simpleUndirected(graph: CompactGraph): CompactGraph {
  if (!graph.directed && graph.selfLoopCount === 0) return graph;
  const edges: EdgeInput[] = [];
  for (let u = 0; u < graph.n; u++) {
    for (let p = graph.offsets[u] as number; p < (graph.offsets[u + 1] as number); p++) {
      const v = graph.targets[p] as number;
      if (u === v) continue;
      if (!graph.directed && v < u) continue;
      edges.push({ source: graph.ids[u] as string, target: graph.ids[v] as string });
    }
  }
  const g = buildGraph(edges, { directed: false, nodes: graph.ids });
  // Reciprocal arcs became parallel edges; reset weights to 1 (topology only).
  g.weights.fill(1);
  return g;
}

function freeman(values: ArrayLike<number>, bound: number): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) if ((values[i] as number) > max) max = values[i] as number;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += max - (values[i] as number);
  return sum / bound;
}

export function degreeCentralization(graph: CompactGraph): number {
  const n = graph.n;
  if (n < 3) return 0;
  const g = simpleUndirected(graph);
  const d = new Float64Array(n);
  for (let u = 0; u < n; u++) d[u] = (g.offsets[u + 1] as number) - (g.offsets[u] as number);
  return freeman(d, (n - 1) * (n - 2));
}

export function betweennessCentralization(graph: CompactGraph): number {
  const n = graph.n;
  if (n < 3) return 0;
  const b = betweennessCentrality(simpleUndirected(graph), { normalized: true });
  return freeman(b, n - 1);
}

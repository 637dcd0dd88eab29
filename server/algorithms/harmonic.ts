/**
 * Harmonic centrality: H(u) = Σ_{v ≠ u} 1 / d(v, u), unreachable pairs contributing 0.
 * Marchiori & Latora, "Harmony in the small-world", Physica A 2000; Boldi & Vigna, "Axioms for
 * centrality", Internet Math. 2014.
 *
 * Matches networkx `harmonic_centrality(G, distance=…)`: not normalised; directed graphs sum over
 * distances TO u; weighted uses edge weights as distances (must be positive).
 */
import { assertPositiveWeights, type CompactGraph } from './graph.ts';
import { PathWorkspace, singleSource } from './shortest-paths.ts';

/** `nodes`: only these nodes (others stay 0), so that workers can split the sources. */
export function harmonicCentrality(graph: CompactGraph, options: { weighted?: boolean; nodes?: ArrayLike<number> } = {}): Float64Array {
  const n = graph.n;
  const weighted = options.weighted ?? false;
  if (weighted) assertPositiveWeights(graph, 'harmonic');
  const out = new Float64Array(n);
  const ws = new PathWorkspace(n);
  const how = { weighted, direction: graph.directed ? ('in' as const) : ('out' as const) };
  const count = options.nodes?.length ?? n;
  for (let k = 0; k < count; k++) {
    const u = options.nodes === undefined ? k : (options.nodes[k] as number);
    singleSource(graph, u, how, ws);
    let h = 0;
    for (let i = 1; i < ws.reached; i++) h += 1 / (ws.dist[ws.order[i] as number] as number);
    out[u] = h;
  }
  return out;
}

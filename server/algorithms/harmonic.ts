/**
 * Harmonic centrality: H(u) = Σ_{v ≠ u} 1 / d(v, u), unreachable pairs contributing 0.
 * Marchiori & Latora, "Harmony in the small-world", Physica A 2000; Boldi & Vigna, "Axioms for
 * centrality", Internet Math. 2014.
 *
 * Matches networkx `harmonic_centrality(G, distance=…)`: not normalised; directed graphs sum over
 * distances TO u; weighted uses edge weights as distances (must be positive).
 * Unweighted graphs run 32 searches at a time (multi-source BFS, see shortest-paths.ts), summing
 * 1/d per distance level (count/d): equal to the node-by-node sum up to rounding.
 */
import { assertPositiveWeights, type CompactGraph } from './graph.ts';
import { MultiSourceBfs, PathWorkspace, singleSource } from './shortest-paths.ts';

/** `nodes`: only these nodes (others stay 0), so that workers can split the sources. */
export function harmonicCentrality(graph: CompactGraph, options: { weighted?: boolean; nodes?: ArrayLike<number> } = {}): Float64Array {
  const n = graph.n;
  const weighted = options.weighted ?? false;
  if (weighted) assertPositiveWeights(graph, 'harmonic');
  const out = new Float64Array(n);
  const count = options.nodes?.length ?? n;
  const nodes = options.nodes ?? Uint32Array.from({ length: n }, (_, i) => i);
  const direction = graph.directed ? ('in' as const) : ('out' as const);
  if (!weighted) {
    const ms = new MultiSourceBfs(n);
    for (let from = 0; from < count; from += 32) {
      const batch = Math.min(32, count - from);
      ms.run(graph, nodes, from, batch, direction);
      for (let i = 0; i < batch; i++) out[nodes[from + i] as number] = ms.inverseSum[i] as number;
    }
    return out;
  }
  const ws = new PathWorkspace(n);
  for (let k = 0; k < count; k++) {
    const u = nodes[k] as number;
    singleSource(graph, u, { weighted, direction }, ws);
    let h = 0;
    for (let i = 1; i < ws.reached; i++) h += 1 / (ws.dist[ws.order[i] as number] as number);
    out[u] = h;
  }
  return out;
}

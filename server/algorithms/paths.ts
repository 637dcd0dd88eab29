/**
 * Average shortest path length of the largest component (the "characteristic path length" of
 * Watts & Strogatz, Nature 1998).
 *
 * networkx `average_shortest_path_length` raises on disconnected graphs; we answer it for the
 * largest connected component (for directed graphs: the largest STRONGLY connected component,
 * where every ordered pair has a path), which equals networkx's value on that subgraph:
 * Σ_{s ≠ t} d(s, t) / (n_c (n_c − 1)). A component of one node gives 0.
 */
import { largestOf, stronglyConnectedComponents } from './components.ts';
import { assertPositiveWeights, type CompactGraph } from './graph.ts';
import { PathWorkspace, singleSource } from './shortest-paths.ts';

export function averageShortestPathLength(graph: CompactGraph, options: { weighted?: boolean } = {}): number {
  const weighted = options.weighted ?? false;
  if (weighted) assertPositiveWeights(graph, 'average shortest path length');
  const { membership, sizes } = stronglyConnectedComponents(graph);
  const nodes = largestOf(membership, sizes);
  const nc = nodes.length;
  if (nc <= 1) return 0;
  const comp = membership[nodes[0] as number] as number;
  const ws = new PathWorkspace(graph.n);
  let total = 0;
  for (const s of nodes) {
    singleSource(graph, s, { weighted, direction: 'out' }, ws);
    for (let i = 1; i < ws.reached; i++) {
      const t = ws.order[i] as number;
      if (membership[t] === comp) total += ws.dist[t] as number;
    }
  }
  return total / (nc * (nc - 1));
}

/** Shortest path lengths (BFS hops, or weighted distances) from one node; Infinity if unreachable. */
export function shortestPathLengths(graph: CompactGraph, source: number, options: { weighted?: boolean } = {}): Float64Array {
  const weighted = options.weighted ?? false;
  if (weighted) assertPositiveWeights(graph, 'shortest path lengths');
  const ws = new PathWorkspace(graph.n);
  singleSource(graph, source, { weighted, direction: 'out' }, ws);
  return ws.dist.slice();
}

/**
 * Closeness centrality with the Wasserman–Faust correction for disconnected graphs.
 * Bavelas, "Communication patterns in task-oriented groups", JASA 1950; Wasserman & Faust,
 * "Social Network Analysis", 1994 (eq. 5.3 and the correction for unreachable nodes).
 *
 * Matches networkx `closeness_centrality(G, distance=…, wf_improved=True)`:
 *   C(u) = (r − 1)/Σd · (r − 1)/(n − 1), with r the number of nodes that reach u (u included)
 *   and Σd the sum of their distances to u; 0 when nothing else reaches u or n = 1.
 *   Directed graphs use INCOMING distances (networkx reverses the graph); weighted uses edge
 *   weights as distances (must be positive).
 * Unweighted graphs run 32 searches at a time (multi-source BFS, see shortest-paths.ts): the
 * value needs only r and Σd, which are exact integers either way.
 */
import { assertPositiveWeights, type CompactGraph } from './graph.ts';
import { MultiSourceBfs, PathWorkspace, singleSource } from './shortest-paths.ts';

export interface ClosenessOptions {
  /** Edge weights as distances. Default false. */
  weighted?: boolean;
  /** Wasserman–Faust scaling; default true as networkx. */
  wfImproved?: boolean;
  /** Only these nodes (others stay 0): lets workers split the sources. Default all. */
  nodes?: ArrayLike<number>;
}

export function closenessCentrality(graph: CompactGraph, options: ClosenessOptions = {}): Float64Array {
  const n = graph.n;
  const weighted = options.weighted ?? false;
  const wf = options.wfImproved ?? true;
  if (weighted) assertPositiveWeights(graph, 'closeness');
  const out = new Float64Array(n);
  const count = options.nodes?.length ?? n;
  const nodes = options.nodes ?? allNodes(n);
  const value = (u: number, reached: number, total: number): void => {
    if (total > 0 && n > 1) {
      const r1 = reached - 1;
      let c = r1 / total;
      if (wf) c *= r1 / (n - 1);
      out[u] = c;
    }
  };
  if (!weighted) {
    const ms = new MultiSourceBfs(n);
    const direction = graph.directed ? ('in' as const) : ('out' as const);
    for (let from = 0; from < count; from += 32) {
      const batch = Math.min(32, count - from);
      ms.run(graph, nodes, from, batch, direction);
      for (let i = 0; i < batch; i++) value(nodes[from + i] as number, ms.reached[i] as number, ms.distanceSum[i] as number);
    }
    return out;
  }
  const ws = new PathWorkspace(n);
  const how = { weighted, direction: graph.directed ? ('in' as const) : ('out' as const) };
  for (let k = 0; k < count; k++) {
    const u = nodes[k] as number;
    singleSource(graph, u, how, ws);
    let total = 0;
    for (let i = 0; i < ws.reached; i++) total += ws.dist[ws.order[i] as number] as number;
    value(u, ws.reached, total);
  }
  return out;
}

function allNodes(n: number): Uint32Array {
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  return all;
}

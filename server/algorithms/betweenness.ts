/**
 * Betweenness centrality.
 * Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001.
 *
 * Matches networkx `betweenness_centrality(G, normalized, weight, endpoints=False)`:
 *   - unweighted: BFS (the kernel is in betweenness-bfs.ts); weighted: Dijkstra with the edge
 *     weight as a DISTANCE (as networkx); weights must then be positive (BadUserInputError
 *     otherwise; networkx tolerates zeros);
 *   - self-loops never lie on a shortest path and are ignored;
 *   - normalized: divided by (n−1)(n−2) for directed graphs and (n−1)(n−2)/2 for undirected
 *     ones; not normalized: undirected values halved (each unordered pair counted once);
 *   - graphs with n ≤ 2 get 0 everywhere.
 *
 * Split for parallelism: `accumulateBetweenness` adds the raw dependencies of any list of
 * sources into an array (a worker can take a source range and the partial sums are added), and
 * `rescaleBetweenness` normalises the total once.
 */
import { accumulateBfs } from './betweenness-bfs.ts';
import { assertPositiveWeights, type CompactGraph } from './graph.ts';
import { IndexedMinHeap } from './heap.ts';

export interface BetweennessOptions {
  /** Default true, as networkx. */
  normalized?: boolean;
  /** Use edge weights as distances. Default false (networkx `weight=None`). */
  weighted?: boolean;
}

/**
 * Reusable per-thread arrays for the weighted (Dijkstra) accumulation. Between sources every
 * array is back at its initial state (only the nodes a search reached are reset, so a source
 * costs O(reached)). The unweighted kernel (betweenness-bfs.ts) keeps its own arrays.
 */
export class BrandesWorkspace {
  readonly sigma: Float64Array;
  /** Dijkstra distances; Infinity = not reached. */
  readonly dist: Float64Array;
  readonly delta: Float64Array;
  /** Nodes in the order they were settled (the stack for back-propagation). */
  readonly order: Uint32Array;
  readonly heap: IndexedMinHeap;

  constructor(n: number) {
    this.sigma = new Float64Array(n);
    this.dist = new Float64Array(n).fill(Infinity);
    this.delta = new Float64Array(n);
    this.order = new Uint32Array(n);
    this.heap = new IndexedMinHeap(n);
  }
}

/** Shortest-path DAG from s by Dijkstra; path counts summed over settled predecessors. */
function forwardDijkstra(graph: CompactGraph, s: number, ws: BrandesWorkspace): number {
  const { offsets: off, targets: adj, weights: wt, inOffsets: ioff, inSources: iadj, inWeights: iwt } = graph;
  const { sigma, dist, order, heap } = ws;
  heap.clear();
  heap.push(s, 0);
  let count = 0;
  while (heap.length > 0) {
    const v = heap.pop();
    const dv = heap.keys[v] as number;
    dist[v] = dv;
    order[count++] = v;
    if (v === s) {
      sigma[v] = 1;
    } else {
      // Same predecessor test as networkx: dist[u] + w(u,v) === dist[v] exactly.
      let sv = 0;
      for (let p = ioff[v] as number, end = ioff[v + 1] as number; p < end; p++) {
        const u = iadj[p] as number;
        if (u !== v && (dist[u] as number) + (iwt[p] as number) === dv) sv += sigma[u] as number;
      }
      sigma[v] = sv;
    }
    for (let p = off[v] as number, end = off[v + 1] as number; p < end; p++) {
      const w = adj[p] as number;
      if (dist[w] !== Infinity) continue;
      heap.push(w, dv + (wt[p] as number));
    }
  }
  return count;
}

/**
 * Add the raw (unnormalised) Brandes dependencies of `sources` into `into`. Summing the outputs
 * for a partition of the sources gives the raw betweenness; see `rescaleBetweenness`.
 */
export function accumulateBetweenness(
  graph: CompactGraph,
  sources: ArrayLike<number>,
  options: { weighted?: boolean },
  into: Float64Array,
  workspace?: BrandesWorkspace,
): void {
  if (!(options.weighted ?? false)) {
    accumulateBfs(graph, sources, into);
    return;
  }
  assertPositiveWeights(graph, 'betweenness');
  const ws = workspace ?? new BrandesWorkspace(graph.n);
  const { inOffsets: ioff, inSources: iadj, inWeights: iwt } = graph;
  const { sigma, dist, delta, order } = ws;
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i] as number;
    const reached = forwardDijkstra(graph, s, ws);
    // Back-propagation in reverse order of distance; predecessors found from the in-adjacency,
    // so no predecessor lists are allocated.
    for (let j = reached - 1; j > 0; j--) {
      const w = order[j] as number;
      const dw = dist[w] as number;
      const coeff = (1 + (delta[w] as number)) / (sigma[w] as number);
      for (let p = ioff[w] as number, end = ioff[w + 1] as number; p < end; p++) {
        const v = iadj[p] as number;
        if (v !== w && (dist[v] as number) + (iwt[p] as number) === dw) delta[v] = (delta[v] as number) + (sigma[v] as number) * coeff;
      }
      into[w] = (into[w] as number) + (delta[w] as number);
    }
    for (let j = 0; j < reached; j++) {
      const v = order[j] as number;
      dist[v] = Infinity;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
}

/**
 * networkx `_rescale` with endpoints=False. `sampledSources` (the pivots of a sampled estimate)
 * scales sampled and non-sampled nodes differently, as networkx ≥ 3.5 does. networkx gives NaN to
 * the single pivot when k = 1 (no data about it); we give 0 so that results are never NaN.
 */
export function rescaleBetweenness(
  raw: Float64Array,
  options: { normalized: boolean; directed: boolean; sampledSources?: ArrayLike<number> },
): Float64Array {
  const n = raw.length;
  const N = n - 1;
  if (N < 2) return raw.fill(0);
  const correction = options.directed ? 1 : 2;
  const sampled = options.sampledSources;
  if (sampled === undefined || sampled.length === n) {
    const scale = options.normalized ? 1 / (N * (N - 1)) : 1 / correction;
    if (scale !== 1) for (let v = 0; v < n; v++) raw[v] = (raw[v] as number) * scale;
    return raw;
  }
  const k = sampled.length;
  const scaleSource = k > 1 ? (options.normalized ? 1 / ((k - 1) * (N - 1)) : N / ((k - 1) * correction)) : 0;
  const scaleOther = options.normalized ? 1 / (k * (N - 1)) : N / (k * correction);
  const isSource = new Uint8Array(n);
  for (let i = 0; i < k; i++) isSource[sampled[i] as number] = 1;
  for (let v = 0; v < n; v++) raw[v] = (raw[v] as number) * (isSource[v] === 1 ? scaleSource : scaleOther);
  return raw;
}

/** Exact betweenness centrality of every node (all sources). */
export function betweennessCentrality(graph: CompactGraph, options: BetweennessOptions = {}): Float64Array {
  const n = graph.n;
  const raw = new Float64Array(n);
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  accumulateBetweenness(graph, all, { weighted: options.weighted ?? false }, raw);
  return rescaleBetweenness(raw, { normalized: options.normalized ?? true, directed: graph.directed });
}

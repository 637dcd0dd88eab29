/**
 * Betweenness centrality.
 * Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001.
 *
 * Matches networkx `betweenness_centrality(G, normalized, weight, endpoints=False)`:
 *   - unweighted: BFS; weighted: Dijkstra with the edge weight as a DISTANCE (as networkx);
 *     weights must then be positive (BadUserInputError otherwise; networkx tolerates zeros);
 *   - self-loops never lie on a shortest path and are ignored;
 *   - normalized: divided by (n−1)(n−2) for directed graphs and (n−1)(n−2)/2 for undirected
 *     ones; not normalized: undirected values halved (each unordered pair counted once);
 *   - graphs with n ≤ 2 get 0 everywhere.
 *
 * Split for parallelism: `accumulateBetweenness` adds the raw dependencies of any list of
 * sources into an array (a worker can take a source range and the partial sums are added), and
 * `rescaleBetweenness` normalises the total once.
 */
import { assertPositiveWeights, type CompactGraph } from './graph.ts';
import { IndexedMinHeap } from './heap.ts';

export interface BetweennessOptions {
  /** Default true, as networkx. */
  normalized?: boolean;
  /** Use edge weights as distances. Default false (networkx `weight=None`). */
  weighted?: boolean;
}

/**
 * Reusable per-thread arrays for Brandes' accumulation. Between sources every array is back at
 * its initial state (only the nodes a search reached are reset, so a source costs O(reached)).
 */
export class BrandesWorkspace {
  readonly sigma: Float64Array;
  /** Dijkstra distances (weighted); Infinity = not reached. */
  readonly dist: Float64Array;
  /** BFS levels (unweighted); -1 = not reached. Integer compares are cheaper than float ones. */
  readonly level: Int32Array;
  readonly delta: Float64Array;
  /** The flat BFS queue, which is also the stack of nodes in order of distance. */
  readonly order: Uint32Array;
  readonly heap: IndexedMinHeap;
  /** Number of shortest-path predecessors found so far per node (BFS). */
  readonly predCount: Uint32Array;
  private predStore: Uint32Array = new Uint32Array(0);

  constructor(n: number) {
    this.sigma = new Float64Array(n);
    this.dist = new Float64Array(n).fill(Infinity);
    this.level = new Int32Array(n).fill(-1);
    this.delta = new Float64Array(n);
    this.order = new Uint32Array(n);
    this.heap = new IndexedMinHeap(n);
    this.predCount = new Uint32Array(n);
  }

  /**
   * Predecessor slots laid out like the in-adjacency (node w's predecessors go to
   * preds[inOffsets[w] ...], at most its in-degree of them), so no list is ever allocated.
   */
  predecessors(arcs: number): Uint32Array {
    if (this.predStore.length < arcs) this.predStore = new Uint32Array(arcs);
    return this.predStore;
  }
}

/**
 * Unweighted Brandes for a list of sources in one tight loop: integer levels, the flat queue
 * doubling as the stack, and each node's shortest-path predecessors written during the BFS into
 * its in-adjacency-shaped slots, so that back-propagation visits only the edges of the
 * shortest-path DAG instead of re-testing every arc. Nodes are reset as soon as they are
 * back-propagated (a node is never a predecessor of one popped after it). The arithmetic and the
 * order in which dependencies are added are those of the textbook version (for each node w in
 * reverse BFS order, its predecessors), so results are identical to it bit for bit.
 */
function accumulateBfs(graph: CompactGraph, sources: ArrayLike<number>, into: Float64Array, ws: BrandesWorkspace): void {
  const { offsets: off, targets: adj, inOffsets: ioff } = graph;
  const { sigma, level, delta, order, predCount } = ws;
  const preds = ws.predecessors(graph.inSources.length);
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i] as number;
    level[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++] as number;
      const next = (level[v] as number) + 1;
      const sv = sigma[v] as number;
      for (let p = off[v] as number, end = off[v + 1] as number; p < end; p++) {
        const w = adj[p] as number;
        const lw = level[w] as number;
        if (lw < 0) {
          level[w] = next;
          sigma[w] = sv;
          order[tail++] = w;
          preds[ioff[w] as number] = v;
          predCount[w] = 1;
        } else if (lw === next) {
          sigma[w] = (sigma[w] as number) + sv;
          const k = predCount[w] as number;
          preds[(ioff[w] as number) + k] = v;
          predCount[w] = k + 1;
        }
      }
    }
    for (let j = tail - 1; j > 0; j--) {
      const w = order[j] as number;
      const dw = delta[w] as number;
      const coeff = (1 + dw) / (sigma[w] as number);
      for (let p = ioff[w] as number, end = p + (predCount[w] as number); p < end; p++) {
        const v = preds[p] as number;
        delta[v] = (delta[v] as number) + (sigma[v] as number) * coeff;
      }
      into[w] = (into[w] as number) + dw;
      level[w] = -1;
      sigma[w] = 0;
      delta[w] = 0;
    }
    level[s] = -1;
    sigma[s] = 0;
    delta[s] = 0;
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
  const weighted = options.weighted ?? false;
  const ws = workspace ?? new BrandesWorkspace(graph.n);
  if (!weighted) {
    accumulateBfs(graph, sources, into, ws);
    return;
  }
  assertPositiveWeights(graph, 'betweenness');
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

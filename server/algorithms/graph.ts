/**
 * Compact read-only graph for the algorithms layer.
 *
 * Nodes are dense integers 0..n-1 (`ids[i]` maps back to the caller's string id). Adjacency is
 * CSR in typed arrays so that the hot loops of every measure touch no objects:
 *   - `offsets`/`targets`/`weights`: out-neighbours (for undirected graphs: all neighbours);
 *   - `inOffsets`/`inSources`/`inWeights`: predecessors of directed graphs; for undirected graphs
 *     they are the very same arrays as the out-adjacency, so measures can use them blindly.
 * Each row is sorted by neighbour index (binary search for edge look-ups, merge-intersections for
 * triangles).
 *
 * Conventions, chosen to match networkx's `Graph`/`DiGraph`:
 *   - Parallel edges are merged into one edge whose weight is the SUM of their weights (networkx
 *     would keep the last weight; summing is what a cooperation network means: two ties count
 *     twice). A missing weight is 1.
 *   - Self-loops are kept. In an undirected graph a self-loop is stored ONCE in its node's row,
 *     as networkx stores it once in `G.adj[u][u]`; measures that count it twice (degree) do so
 *     explicitly, as networkx does.
 *   - An undirected edge is given once; it appears in both endpoints' rows.
 */
import { BadUserInputError } from '../errors.ts';

export interface EdgeInput {
  readonly source: string;
  readonly target: string;
  readonly weight?: number;
}

export interface CompactGraph {
  readonly n: number;
  readonly directed: boolean;
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly offsets: Uint32Array;
  readonly targets: Uint32Array;
  readonly weights: Float64Array;
  readonly inOffsets: Uint32Array;
  readonly inSources: Uint32Array;
  readonly inWeights: Float64Array;
  /** Number of distinct edges after merging (undirected: each edge once; a self-loop once). */
  readonly edgeCount: number;
  /** Number of self-loops. */
  readonly selfLoopCount: number;
}

export interface BuildGraphOptions {
  directed?: boolean;
  /**
   * Node ids in the order wanted (isolated nodes are only known from here). Without it, nodes
   * are numbered in order of first appearance in the edge list. With it, an edge naming an id
   * not in the list is rejected.
   */
  nodes?: readonly string[];
}

/** Build a compact graph from an edge list. Throws BadUserInputError on bad input. */
export function buildGraph(edges: readonly EdgeInput[], options: BuildGraphOptions = {}): CompactGraph {
  const directed = options.directed ?? false;
  const index = new Map<string, number>();
  const ids: string[] = [];
  const fixedNodes = options.nodes !== undefined;
  for (const id of options.nodes ?? []) {
    if (index.has(id)) throw new BadUserInputError(`duplicate node id '${id}'`, { id });
    index.set(id, ids.length);
    ids.push(id);
  }
  const nodeOf = (id: string): number => {
    const known = index.get(id);
    if (known !== undefined) return known;
    if (fixedNodes) throw new BadUserInputError(`edge names unknown node '${id}'`, { id });
    index.set(id, ids.length);
    ids.push(id);
    return ids.length - 1;
  };

  const m = edges.length;
  const src = new Uint32Array(m);
  const dst = new Uint32Array(m);
  const wts = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const edge = edges[e] as EdgeInput;
    const w = edge.weight ?? 1;
    if (!Number.isFinite(w)) {
      throw new BadUserInputError(`edge ${edge.source}-${edge.target} has a non-finite weight`, { index: e });
    }
    src[e] = nodeOf(edge.source);
    dst[e] = nodeOf(edge.target);
    wts[e] = w;
  }
  return graphFromArrays(ids, index, src, dst, wts, directed);
}

/**
 * The same graph from edges already given as dense node indices into `ids` (what a loader that
 * numbers nodes as it reads them has): no string look-ups per edge. Weights must be finite;
 * indices must be < ids.length.
 */
export function buildGraphFromIndices(
  ids: readonly string[],
  src: Uint32Array,
  dst: Uint32Array,
  wts: Float64Array,
  options: { directed?: boolean } = {},
): CompactGraph {
  const n = ids.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const id = ids[i] as string;
    if (index.has(id)) throw new BadUserInputError(`duplicate node id '${id}'`, { id });
    index.set(id, i);
  }
  for (let e = 0; e < src.length; e++) {
    if ((src[e] as number) >= n || (dst[e] as number) >= n) throw new BadUserInputError(`edge ${e} names a node index outside 0..${n - 1}`, { index: e });
    if (!Number.isFinite(wts[e] as number)) throw new BadUserInputError(`edge ${e} has a non-finite weight`, { index: e });
  }
  return graphFromArrays(ids, index, src, dst, wts, options.directed ?? false);
}

function graphFromArrays(
  ids: readonly string[],
  index: ReadonlyMap<string, number>,
  src: Uint32Array,
  dst: Uint32Array,
  wts: Float64Array,
  directed: boolean,
): CompactGraph {
  const n = ids.length;

  // Arcs: directed graphs store each edge once; undirected graphs store both directions except
  // for self-loops, which appear once in their node's row.
  const out = toCsr(n, src, dst, wts, !directed);
  let selfLoopCount = 0;
  for (let u = 0; u < n; u++) {
    for (let p = out.offsets[u] as number; p < (out.offsets[u + 1] as number); p++) {
      if (out.targets[p] === u) selfLoopCount++;
    }
  }
  let edgeCount: number;
  let inCsr = out;
  if (directed) {
    edgeCount = out.targets.length;
    inCsr = toCsr(n, dst, src, wts, false);
  } else {
    edgeCount = (out.targets.length - selfLoopCount) / 2 + selfLoopCount;
  }
  return {
    n,
    directed,
    ids,
    index,
    offsets: out.offsets,
    targets: out.targets,
    weights: out.weights,
    inOffsets: inCsr.offsets,
    inSources: inCsr.targets,
    inWeights: inCsr.weights,
    edgeCount,
    selfLoopCount,
  };
}

interface Csr {
  offsets: Uint32Array;
  targets: Uint32Array;
  weights: Float64Array;
}

/**
 * Rows sorted by target, duplicates merged (weights summed). Two stable counting sorts (by target,
 * then by source) give the order in O(n + m) without comparisons.
 */
function toCsr(n: number, src: Uint32Array, dst: Uint32Array, wts: Float64Array, symmetric: boolean): Csr {
  const m = src.length;
  let arcs = m;
  if (symmetric) for (let e = 0; e < m; e++) if (src[e] !== dst[e]) arcs++;
  const a = new Uint32Array(arcs);
  const b = new Uint32Array(arcs);
  const w = new Float64Array(arcs);
  let k = 0;
  for (let e = 0; e < m; e++) {
    const s = src[e] as number;
    const t = dst[e] as number;
    const x = wts[e] as number;
    a[k] = s;
    b[k] = t;
    w[k++] = x;
    if (symmetric && s !== t) {
      a[k] = t;
      b[k] = s;
      w[k++] = x;
    }
  }
  const byTarget = countingOrder(n, b, null);
  const order = countingOrder(n, a, byTarget);

  const offsets = new Uint32Array(n + 1);
  const targets = new Uint32Array(arcs);
  const weights = new Float64Array(arcs);
  let len = 0;
  let prevS = -1;
  let prevT = -1;
  for (let i = 0; i < arcs; i++) {
    const e = order[i] as number;
    const s = a[e] as number;
    const t = b[e] as number;
    if (s === prevS && t === prevT) {
      weights[len - 1] = (weights[len - 1] as number) + (w[e] as number);
      continue;
    }
    targets[len] = t;
    weights[len] = w[e] as number;
    offsets[s + 1] = (offsets[s + 1] as number) + 1;
    len++;
    prevS = s;
    prevT = t;
  }
  for (let u = 0; u < n; u++) offsets[u + 1] = (offsets[u + 1] as number) + (offsets[u] as number);
  return { offsets, targets: targets.slice(0, len), weights: weights.slice(0, len) };
}

/** Stable counting sort of positions (`within`, or 0..len-1) by `key`. */
function countingOrder(n: number, key: Uint32Array, within: Uint32Array | null): Uint32Array {
  const len = key.length;
  const start = new Uint32Array(n + 1);
  for (let i = 0; i < len; i++) start[(key[i] as number) + 1] = (start[(key[i] as number) + 1] as number) + 1;
  for (let u = 0; u < n; u++) start[u + 1] = (start[u + 1] as number) + (start[u] as number);
  const out = new Uint32Array(len);
  for (let i = 0; i < len; i++) {
    const e = within === null ? i : (within[i] as number);
    const kk = key[e] as number;
    out[start[kk] as number] = e;
    start[kk] = (start[kk] as number) + 1;
  }
  return out;
}

/** Position of arc u→v in the out-adjacency, or -1. Rows are sorted, so binary search. */
export function findArc(graph: CompactGraph, u: number, v: number): number {
  let lo = graph.offsets[u] as number;
  let hi = (graph.offsets[u + 1] as number) - 1;
  const t = graph.targets;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = t[mid] as number;
    if (x === v) return mid;
    if (x < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Weight of arc u→v, or 0 when absent. */
export function arcWeight(graph: CompactGraph, u: number, v: number): number {
  const p = findArc(graph, u, v);
  return p < 0 ? 0 : (graph.weights[p] as number);
}

/** Map a per-node array back to the caller's ids. */
export function toRecord<T>(graph: CompactGraph, values: ArrayLike<T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (let i = 0; i < graph.n; i++) out[graph.ids[i] as string] = values[i] as T;
  return out;
}

/** Reject non-positive weights where they are used as distances (Dijkstra needs w > 0). */
export function assertPositiveWeights(graph: CompactGraph, measure: string): void {
  const w = graph.weights;
  for (let i = 0; i < w.length; i++) {
    if (!((w[i] as number) > 0)) {
      throw new BadUserInputError(`${measure}: weighted distances need positive edge weights`, { measure });
    }
  }
}

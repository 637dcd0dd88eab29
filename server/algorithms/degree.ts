/**
 * Degree, in/out degree, degree centrality and strength (weighted degree).
 *
 * Conventions of networkx (`G.degree`, `degree_centrality`, `in_degree_centrality`,
 * `out_degree_centrality`): a self-loop adds 2 to an undirected node's degree (1 to in and 1 to
 * out in a directed graph); a directed node's degree is in + out; degree centrality is
 * degree / (n − 1), and 1 for every node of a graph with a single node (networkx's choice).
 * Strength is the same sum with edge weights (networkx `G.degree(weight=...)`).
 * Reference: Freeman, "Centrality in social networks: conceptual clarification", Soc. Netw. 1979.
 */
import type { CompactGraph } from './graph.ts';

export type DegreeMode = 'all' | 'in' | 'out';

export interface DegreeOptions {
  /** 'all' (default), or for directed graphs 'in' / 'out'. For undirected graphs all are equal. */
  mode?: DegreeMode;
  /** Sum edge weights instead of counting edges (strength). Default false. */
  weighted?: boolean;
}

function rowSum(
  off: Uint32Array,
  adj: Uint32Array,
  wt: Float64Array,
  weighted: boolean,
  loopTwice: boolean,
  into: Float64Array,
): void {
  for (let u = 0; u < into.length; u++) {
    let s = 0;
    for (let p = off[u] as number, end = off[u + 1] as number; p < end; p++) {
      const x = weighted ? (wt[p] as number) : 1;
      s += loopTwice && adj[p] === u ? 2 * x : x;
    }
    into[u] = (into[u] as number) + s;
  }
}

/**
 * Unweighted degrees straight from the CSR offsets (row lengths), plus one per undirected
 * self-loop (stored once, counted twice); no per-arc work unless the graph has self-loops.
 */
function rowLengths(off: Uint32Array, into: Float64Array): void {
  for (let u = 0, prev = off[0] as number; u < into.length; u++) {
    const next = off[u + 1] as number;
    into[u] = (into[u] as number) + (next - prev);
    prev = next;
  }
}

/** Degree (or strength with `weighted`) of every node. */
export function degree(graph: CompactGraph, options: DegreeOptions = {}): Float64Array {
  const mode = options.mode ?? 'all';
  const weighted = options.weighted ?? false;
  const out = new Float64Array(graph.n);
  if (!weighted) {
    if (!graph.directed || mode !== 'in') rowLengths(graph.offsets, out);
    if (graph.directed && mode !== 'out') rowLengths(graph.inOffsets, out);
    if (!graph.directed && graph.selfLoopCount > 0) {
      const { offsets: off, targets: adj } = graph;
      for (let u = 0; u < graph.n; u++) {
        for (let p = off[u] as number, end = off[u + 1] as number; p < end; p++) if (adj[p] === u) out[u] = (out[u] as number) + 1;
      }
    }
    return out;
  }
  if (!graph.directed) {
    rowSum(graph.offsets, graph.targets, graph.weights, weighted, true, out);
    return out;
  }
  if (mode !== 'in') rowSum(graph.offsets, graph.targets, graph.weights, weighted, false, out);
  if (mode !== 'out') rowSum(graph.inOffsets, graph.inSources, graph.inWeights, weighted, false, out);
  return out;
}

/** Weighted degree: the sum of incident edge weights (networkx `G.degree(weight='weight')`). */
export function strength(graph: CompactGraph, options: { mode?: DegreeMode } = {}): Float64Array {
  return degree(graph, { mode: options.mode ?? 'all', weighted: true });
}

/** networkx `degree_centrality` (and in/out variants with `mode`): degree / (n − 1). */
export function degreeCentrality(graph: CompactGraph, options: { mode?: DegreeMode } = {}): Float64Array {
  const n = graph.n;
  if (n <= 1) return new Float64Array(n).fill(1);
  const s = 1 / (n - 1);
  if (!graph.directed && graph.selfLoopCount === 0) {
    // The common case in one pass over the offsets: row length × 1/(n − 1).
    const off = graph.offsets;
    const out = new Float64Array(n);
    for (let u = 0, prev = off[0] as number; u < n; u++) {
      const next = off[u + 1] as number;
      out[u] = (next - prev) * s;
      prev = next;
    }
    return out;
  }
  const d = degree(graph, { mode: options.mode ?? 'all' });
  for (let i = 0; i < n; i++) d[i] = (d[i] as number) * s;
  return d;
}

/**
 * Burt's mutual tie strengths, shared by constraint and effective size: m_ij = a_ij + a_ji, with
 * a the (weighted or 0/1) adjacency. For an undirected graph a is symmetric, so m_ij = 2·w_ij, and
 * an undirected self-loop gives m_ii = 2·w_ii, exactly as networkx's `P + P.T` does.
 * Rows are sorted by neighbour; neighbours are the union of in- and out-neighbours.
 */
import type { CompactGraph } from './graph.ts';

export interface MutualWeights {
  offsets: Uint32Array;
  targets: Uint32Array;
  weights: Float64Array;
  /** Σ_j m_ij. */
  rowSum: Float64Array;
  /** max_j m_ij (0 for a row without entries). */
  rowMax: Float64Array;
  /** Whether the node has a neighbour other than itself. */
  hasContacts: Uint8Array;
}

export function mutualWeights(graph: CompactGraph, weighted: boolean): MutualWeights {
  const n = graph.n;
  const { offsets: oo, targets: ot, weights: ow, inOffsets: io, inSources: it, inWeights: iw } = graph;
  // Directed: merge the sorted out- and in-rows; undirected: the single row, doubled.
  const offsets = new Uint32Array(n + 1);
  const cap = graph.directed ? ot.length + it.length : ot.length;
  const targets = new Uint32Array(cap);
  const weights = new Float64Array(cap);
  const rowSum = new Float64Array(n);
  const rowMax = new Float64Array(n);
  const hasContacts = new Uint8Array(n);
  let len = 0;
  const emit = (u: number, v: number, w: number): void => {
    if (len > (offsets[u] as number) && targets[len - 1] === v) {
      weights[len - 1] = (weights[len - 1] as number) + w;
    } else {
      targets[len] = v;
      weights[len++] = w;
    }
  };
  for (let u = 0; u < n; u++) {
    offsets[u] = len;
    if (!graph.directed) {
      for (let p = oo[u] as number; p < (oo[u + 1] as number); p++) emit(u, ot[p] as number, 2 * (weighted ? (ow[p] as number) : 1));
    } else {
      let p = oo[u] as number;
      let q = io[u] as number;
      const pe = oo[u + 1] as number;
      const qe = io[u + 1] as number;
      while (p < pe || q < qe) {
        if (q >= qe || (p < pe && (ot[p] as number) <= (it[q] as number))) {
          emit(u, ot[p] as number, weighted ? (ow[p] as number) : 1);
          p++;
        } else {
          emit(u, it[q] as number, weighted ? (iw[q] as number) : 1);
          q++;
        }
      }
    }
    let s = 0;
    let mx = 0;
    for (let p = offsets[u] as number; p < len; p++) {
      const w = weights[p] as number;
      s += w;
      if (w > mx) mx = w;
      if (targets[p] !== u) hasContacts[u] = 1;
    }
    rowSum[u] = s;
    rowMax[u] = mx;
  }
  offsets[n] = len;
  return { offsets, targets: targets.slice(0, len), weights: weights.slice(0, len), rowSum, rowMax, hasContacts };
}

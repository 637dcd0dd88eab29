/**
 * Burt's constraint: how much a node's contacts are tied to each other (structural holes).
 * Burt, "Structural Holes: The Social Structure of Competition", 1992, ch. 2, eq. 2.4.
 *
 *   c_i = Σ_{j ∈ N(i)} (p_ij + Σ_{q ∈ N(i)} p_iq p_qj)², p_ij = m_ij / Σ_k m_ik,
 *
 * with m the mutual weights (see mutual-weights.ts). Matches networkx `constraint(G, weight=…)`
 * (its sparse-matrix path, used when all nodes are asked for), including its handling of
 * self-loops (a loop is a tie to oneself, m_ii = 2·w_ii). A node without any contact other than
 * itself gets `null` where networkx gives NaN (isolates) — our API never returns NaN. (networkx
 * gives 4 to a node whose only tie is a self-loop of weight ≠ 1; we give null there too.)
 *
 * Without self-loops the indirect terms come from triangle listing (constraint-triangles.ts);
 * with them, from a scan of each neighbour's row. An undirected graph's own CSR serves as the
 * mutual-weight rows there: m = 2w, and p_ij = 2w_ij / Σ 2w_ik = w_ij / Σ w_ik exactly (doubling
 * is exact in floating point), so no copy is made.
 */
import { indirectShares } from './constraint-triangles.ts';
import type { CompactGraph } from './graph.ts';
import { mutualWeights } from './mutual-weights.ts';

interface Rows {
  offsets: Uint32Array;
  targets: Uint32Array;
  /** p_ij per arc. */
  share: Float64Array;
  hasContacts: Uint8Array;
}

export function constraint(graph: CompactGraph, options: { weighted?: boolean } = {}): Array<number | null> {
  const weighted = options.weighted ?? false;
  const rows = graph.directed || graph.selfLoopCount > 0 ? mutualRows(graph, weighted) : ownRows(graph, weighted);
  const { offsets, targets, share, hasContacts } = rows;
  const out: Array<number | null> = new Array<number | null>(graph.n).fill(null);
  if (graph.selfLoopCount === 0) {
    const a = indirectShares(offsets, targets, share);
    for (let i = 0; i < graph.n; i++) {
      if (hasContacts[i] === 0) continue;
      let c = 0;
      for (let p = offsets[i] as number, end = offsets[i + 1] as number; p < end; p++) {
        const x = (share[p] as number) + (a[p] as number);
        c += x * x;
      }
      out[i] = c;
    }
    return out;
  }
  scanConstraint(rows, out);
  return out;
}

/** Undirected, no self-loops: the graph's rows, p_ij = w_ij / Σ_k w_ik. */
function ownRows(graph: CompactGraph, weighted: boolean): Rows {
  const { n, offsets, targets, weights } = graph;
  const share = new Float64Array(targets.length);
  const hasContacts = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    if (end === start) continue;
    hasContacts[i] = 1;
    let s = 0;
    if (weighted) for (let p = start; p < end; p++) s += weights[p] as number;
    else s = end - start;
    for (let p = start; p < end; p++) share[p] = (weighted ? (weights[p] as number) : 1) / s;
  }
  return { offsets, targets, share, hasContacts };
}

/** Burt's mutual weights (directed graphs, self-loops), p_ij = m_ij / Σ_k m_ik. */
function mutualRows(graph: CompactGraph, weighted: boolean): Rows {
  const { offsets, targets, weights, rowSum, hasContacts } = mutualWeights(graph, weighted);
  const share = new Float64Array(weights.length);
  for (let q = 0; q < graph.n; q++) {
    const sq = rowSum[q] as number;
    for (let r = offsets[q] as number, end = offsets[q + 1] as number; r < end; r++) share[r] = (weights[r] as number) / sq;
  }
  return { offsets, targets, share, hasContacts };
}

/** With self-loops (a loop is a tie to oneself): for each i, scan each neighbour's row. */
function scanConstraint(rows: Rows, out: Array<number | null>): void {
  const { offsets, targets, share, hasContacts } = rows;
  const n = out.length;
  const acc = new Float64Array(n);
  const inN = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (hasContacts[i] === 0) continue;
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    for (let p = start; p < end; p++) {
      const j = targets[p] as number;
      inN[j] = 1;
      acc[j] = share[p] as number;
    }
    // Indirect part Σ_q p_iq p_qj, only for j ∈ N(i) (the terms the sum keeps).
    for (let p = start; p < end; p++) {
      const q = targets[p] as number;
      const piq = share[p] as number;
      for (let r = offsets[q] as number, re = offsets[q + 1] as number; r < re; r++) {
        const j = targets[r] as number;
        if (inN[j] === 1) acc[j] = (acc[j] as number) + piq * (share[r] as number);
      }
    }
    let c = 0;
    for (let p = start; p < end; p++) {
      const j = targets[p] as number;
      c += (acc[j] as number) * (acc[j] as number);
      inN[j] = 0;
      acc[j] = 0;
    }
    out[i] = c;
  }
}

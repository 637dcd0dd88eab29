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
 */
import type { CompactGraph } from './graph.ts';
import { mutualWeights } from './mutual-weights.ts';

export function constraint(graph: CompactGraph, options: { weighted?: boolean } = {}): Array<number | null> {
  const n = graph.n;
  const mw = mutualWeights(graph, options.weighted ?? false);
  const { offsets, targets, weights, rowSum, hasContacts } = mw;
  // p_qj = m_qj / Σ_k m_qk for every arc q→j, once (the inner loop then only multiplies).
  const share = new Float64Array(weights.length);
  for (let q = 0; q < n; q++) {
    const sq = rowSum[q] as number;
    for (let r = offsets[q] as number, end = offsets[q + 1] as number; r < end; r++) share[r] = (weights[r] as number) / sq;
  }
  const acc = new Float64Array(n);
  const inN = new Uint8Array(n);
  const out: Array<number | null> = new Array<number | null>(n).fill(null);
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
  return out;
}

/**
 * Burt's effective size: the number of a node's contacts minus their redundancy.
 * Burt, "Structural Holes", 1992, ch. 2; Borgatti, "Structural holes: unpacking Burt's redundancy
 * measures", Connections 20(1), 1997.
 *
 *   e_i = Σ_{j ∈ N(i)} (1 − Σ_q p_iq m_jq / max_k m_jk),  p_iq = m_iq / Σ_k m_ik,
 *
 * with m the mutual weights (see mutual-weights.ts). On an undirected unweighted graph without
 * loops this is Borgatti's n − 2t/n. Matches networkx `effective_size(G, weight=…)` (its
 * sparse-matrix path, self-loops included as ties to oneself). A node without any contact other
 * than itself gets `null` where networkx gives NaN.
 *
 * Without self-loops, Σ_q p_iq m_jq is non-zero only for q a common contact of i and j (i, j, q a
 * triangle of the mutual graph, which is symmetric), so it comes from triangle listing
 * (constraint-triangles.ts, O(m^{3/2}) at worst) instead of scanning every contact's contacts
 * (Σ d², seconds on the CORDIS network's hubs).
 */
import { indirectShares } from './constraint-triangles.ts';
import type { CompactGraph } from './graph.ts';
import { mutualWeights } from './mutual-weights.ts';

export function effectiveSize(graph: CompactGraph, options: { weighted?: boolean } = {}): Array<number | null> {
  const n = graph.n;
  const { offsets, targets, weights, rowSum, rowMax, hasContacts } = mutualWeights(graph, options.weighted ?? false);
  const out: Array<number | null> = new Array<number | null>(n).fill(null);
  if (graph.selfLoopCount === 0) {
    const share = new Float64Array(targets.length);
    for (let i = 0; i < n; i++) {
      const si = rowSum[i] as number;
      for (let p = offsets[i] as number, end = offsets[i + 1] as number; p < end; p++) share[p] = (weights[p] as number) / si;
    }
    // r[i→j] = Σ_q p_iq m_qj, and m_qj = m_jq (mutual weights are symmetric).
    const r = indirectShares(offsets, targets, share, weights);
    for (let i = 0; i < n; i++) {
      if (hasContacts[i] === 0) continue;
      let e = 0;
      for (let p = offsets[i] as number, end = offsets[i + 1] as number; p < end; p++) e += 1 - (r[p] as number) / (rowMax[targets[p] as number] as number);
      out[i] = e;
    }
    return out;
  }
  const pi = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (hasContacts[i] === 0) continue;
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    const si = rowSum[i] as number;
    for (let p = start; p < end; p++) pi[targets[p] as number] = (weights[p] as number) / si;
    let e = 0;
    for (let p = start; p < end; p++) {
      const j = targets[p] as number;
      let r = 0;
      for (let q = offsets[j] as number; q < (offsets[j + 1] as number); q++) {
        r += (pi[targets[q] as number] as number) * (weights[q] as number);
      }
      e += 1 - r / (rowMax[j] as number);
    }
    for (let p = start; p < end; p++) pi[targets[p] as number] = 0;
    out[i] = e;
  }
  return out;
}

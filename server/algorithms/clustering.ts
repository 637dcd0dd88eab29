/**
 * Local clustering coefficient.
 * Watts & Strogatz, "Collective dynamics of small-world networks", Nature 1998 (unweighted);
 * Onnela, Saramäki, Kertész & Kaski, Phys. Rev. E 71, 2005 (weighted: geometric mean of the
 * triangle's weights normalised by the largest weight); Fagiolo, "Clustering in complex directed
 * networks", Phys. Rev. E 76, 2007 (directed, all triangle orientations).
 *
 * Matches networkx `clustering(G, weight=…)` / `average_clustering`:
 *   - self-loops are ignored for triangles and degrees (but a self-loop's weight counts in the
 *     maximum weight used to normalise, as networkx);
 *   - undirected: c_i = T_i / (d_i(d_i − 1)), T_i = Σ_{j,k} ŵ_ij^⅓ ŵ_jk^⅓ ŵ_ki^⅓ over ordered
 *     neighbour pairs (ŵ = 1 unweighted);
 *   - directed (Fagiolo): c_i = T_i / (2(d_i(d_i − 1) − 2 d_i↔)), with T_i summed over
 *     (ŵ_ij^⅓ + ŵ_ji^⅓)(ŵ_ik^⅓ + ŵ_ki^⅓)(ŵ_jk^⅓ + ŵ_kj^⅓), d_i = in + out degree,
 *     d_i↔ the reciprocated neighbours;
 *   - 0 when there is no triangle.
 * Weighted is for non-negative weights.
 */
import type { CompactGraph } from './graph.ts';

export interface ClusteringOptions {
  /** Default false (networkx `weight=None`). */
  weighted?: boolean;
}

export function clustering(graph: CompactGraph, options: ClusteringOptions = {}): Float64Array {
  const n = graph.n;
  const weighted = options.weighted ?? false;
  const { offsets, targets, weights, inOffsets, inSources, inWeights, directed } = graph;

  let maxWeight = 1;
  if (weighted && weights.length > 0) {
    maxWeight = -Infinity;
    for (let p = 0; p < weights.length; p++) if ((weights[p] as number) > maxWeight) maxWeight = weights[p] as number;
  }
  // Per-arc factor ŵ^⅓ (1 when unweighted).
  const factor = (w: number): number => (weighted ? Math.cbrt(w / maxWeight) : 1);
  const outF = new Float64Array(weights.length);
  for (let p = 0; p < weights.length; p++) outF[p] = factor(weights[p] as number);
  const inF = directed ? new Float64Array(inWeights.length) : outF;
  if (directed) for (let p = 0; p < inWeights.length; p++) inF[p] = factor(inWeights[p] as number);

  // mark[k] = S_ik: i's tie factor to neighbour k (both directions summed for directed graphs).
  const mark = new Float64Array(n);
  const count = new Uint8Array(n); // 1 = out or in, 2 = reciprocated (directed)
  const out = new Float64Array(n);
  const nbrs: number[] = [];
  for (let i = 0; i < n; i++) {
    nbrs.length = 0;
    let dt = 0;
    let db = 0;
    const addTie = (k: number, f: number): void => {
      if (k === i) return;
      if (count[k] === 0) nbrs.push(k);
      else db++;
      count[k] = (count[k] as number) + 1;
      mark[k] = (mark[k] as number) + f;
      dt++;
    };
    for (let p = offsets[i] as number, end = offsets[i + 1] as number; p < end; p++) addTie(targets[p] as number, outF[p] as number);
    if (directed) {
      for (let p = inOffsets[i] as number, end = inOffsets[i + 1] as number; p < end; p++) {
        addTie(inSources[p] as number, inF[p] as number);
      }
    }
    let t = 0;
    for (const j of nbrs) {
      let s = 0;
      for (let p = offsets[j] as number, end = offsets[j + 1] as number; p < end; p++) {
        const k = targets[p] as number;
        if (k !== j) s += (mark[k] as number) * (outF[p] as number);
      }
      if (directed) {
        for (let p = inOffsets[j] as number, end = inOffsets[j + 1] as number; p < end; p++) {
          const k = inSources[p] as number;
          if (k !== j) s += (mark[k] as number) * (inF[p] as number);
        }
      }
      t += (mark[j] as number) * s;
    }
    for (const k of nbrs) {
      mark[k] = 0;
      count[k] = 0;
    }
    if (t === 0) continue;
    out[i] = directed ? t / (2 * (dt * (dt - 1) - 2 * db)) : t / (dt * (dt - 1));
  }
  return out;
}

/**
 * networkx `average_clustering`: the mean of the local coefficients over all nodes (or over the
 * non-zero ones with `countZeros: false`). 0 for an empty graph (networkx raises).
 */
export function averageClustering(
  graph: CompactGraph,
  options: ClusteringOptions & { countZeros?: boolean } = {},
): number {
  const c = clustering(graph, options);
  const countZeros = options.countZeros ?? true;
  let sum = 0;
  let k = 0;
  for (let i = 0; i < c.length; i++) {
    const x = c[i] as number;
    if (countZeros || Math.abs(x) > 0) {
      sum += x;
      k++;
    }
  }
  return k === 0 ? 0 : sum / k;
}

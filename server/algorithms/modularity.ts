/**
 * Modularity of a partition.
 * Newman & Girvan, "Finding and evaluating community structure in networks", Phys. Rev. E 69,
 * 2004; resolution γ: Reichardt & Bornholdt, Phys. Rev. E 74, 2006; directed: Leicht & Newman,
 * Phys. Rev. Lett. 100, 2008.
 *
 * Matches networkx `community.modularity(G, communities, weight='weight', resolution)`:
 *   undirected Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], d = weighted degree (self-loop twice), L_c the
 *   weight of edges inside c (self-loop once), m the total edge weight;
 *   directed Q = Σ_c [ L_c / m − γ d_c^out d_c^in / m² ].
 * Weighted by default, as networkx. A graph without edges (m = 0) gets 0 (networkx divides by 0).
 * `membership[i]` is node i's community label (any non-negative integers).
 */
import { BadUserInputError } from '../errors.ts';
import type { CompactGraph } from './graph.ts';

export interface ModularityOptions {
  resolution?: number;
  /** Default true (networkx `weight='weight'`). */
  weighted?: boolean;
}

/** Labels compacted to 0..k-1 in order of first appearance; returns [labels, k]. */
export function compactLabels(membership: ArrayLike<number>): [Uint32Array, number] {
  const map = new Map<number, number>();
  const out = new Uint32Array(membership.length);
  for (let i = 0; i < membership.length; i++) {
    const label = membership[i] as number;
    if (!Number.isInteger(label) || label < 0) throw new BadUserInputError('community labels must be non-negative integers', { node: i });
    let c = map.get(label);
    if (c === undefined) {
      c = map.size;
      map.set(label, c);
    }
    out[i] = c;
  }
  return [out, map.size];
}

export function modularity(graph: CompactGraph, membership: ArrayLike<number>, options: ModularityOptions = {}): number {
  const n = graph.n;
  if (membership.length !== n) throw new BadUserInputError('partition must give a community for every node', { n });
  const gamma = options.resolution ?? 1;
  const weighted = options.weighted ?? true;
  const [comm, k] = compactLabels(membership);
  const { offsets, targets, weights } = graph;
  const inside = new Float64Array(k);
  const dOut = new Float64Array(k);
  const dIn = graph.directed ? new Float64Array(k) : dOut;
  let total = 0; // directed: m; undirected: 2m
  for (let u = 0; u < n; u++) {
    const cu = comm[u] as number;
    for (let p = offsets[u] as number; p < (offsets[u + 1] as number); p++) {
      const v = targets[p] as number;
      const w = weighted ? (weights[p] as number) : 1;
      const cv = comm[v] as number;
      // Undirected: a self-loop is stored once but counts twice in the degree.
      const times = !graph.directed && v === u ? 2 : 1;
      dOut[cu] = (dOut[cu] as number) + times * w;
      if (graph.directed) dIn[cv] = (dIn[cv] as number) + w;
      total += times * w;
      if (cu === cv) inside[cu] = (inside[cu] as number) + times * w;
    }
  }
  if (total === 0) return 0;
  let q = 0;
  if (graph.directed) {
    const m = total;
    for (let c = 0; c < k; c++) q += (inside[c] as number) / m - (gamma * (dOut[c] as number) * (dIn[c] as number)) / (m * m);
  } else {
    // `inside` counted each internal edge twice (both arcs, or a loop doubled): it is 2·L_c.
    const twoM = total;
    for (let c = 0; c < k; c++) {
      const d = (dOut[c] as number) / twoM;
      q += (inside[c] as number) / twoM - gamma * d * d;
    }
  }
  return q;
}

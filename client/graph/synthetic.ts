/**
 * A synthetic graph for benchmarks and the large-graph dev hook: n organisations in ten
 * clusters, m ties, mostly inside clusters (like the demo), from a seeded generator.
 */
import type { SliceEdge, SliceNode } from '../src/api/operations.ts';
import type { GraphModel } from './graph-model.ts';
import { mulberry32 } from '../../shared/mulberry32.ts';

const KINDS = ['ENTERPRISE', 'SUPPLIER', 'SUPPLIER', 'ENTERPRISE', 'UNIVERSITY', 'RESEARCH', 'FINANCIAL'];

export function syntheticGraph(n: number, m: number, seed = 1): GraphModel {
  const rnd = mulberry32(seed);
  const nodes = new Map<string, SliceNode>();
  for (let i = 0; i < n; i++) {
    const cluster = `cl-syn-${i % 10}`;
    const id = `syn-${i}`;
    nodes.set(id, { id, label: 'ORGANIZATION', name: `Synthetic ${i}`, kind: KINDS[i % KINDS.length] ?? 'ENTERPRISE', sector: `S${i % 10}`, regionId: `r${i % 5}`, clusterIds: [cluster], depth: null, degree: 0 });
  }
  const edges = new Map<string, SliceEdge>();
  let guard = 0;
  while (edges.size < m && guard++ < m * 4) {
    const a = Math.floor(rnd() * n);
    // 80% of ties stay in the cluster (same i mod 10), with a preference for low indices (hubs).
    const inside = rnd() < 0.8;
    const hub = Math.floor(Math.pow(rnd(), 2.5) * n);
    let b = inside ? hub - (hub % 10) + (a % 10) : hub;
    if (b >= n) b = a % 10;
    if (a === b) continue;
    const [s, t] = a < b ? [a, b] : [b, a];
    const id = `COLLABORATES_WITH:syn-${s}:syn-${t}:`;
    if (!edges.has(id)) edges.set(id, { id, source: `syn-${s}`, target: `syn-${t}`, type: 'COLLABORATES_WITH', kind: null, weight: 1, value: null, since: null, until: null, directed: false });
  }
  return { nodes, edges, truncated: false };
}

/** Positions for a synthetic graph: one disc per cluster around a circle (no layout needed). */
export function syntheticPositions(graph: GraphModel, seed = 2): Record<string, { x: number; y: number }> {
  const rnd = mulberry32(seed);
  const out: Record<string, { x: number; y: number }> = {};
  const perCluster = Math.max(1, graph.nodes.size / 10);
  const radius = Math.sqrt(perCluster) * 14;
  for (const n of graph.nodes.values()) {
    const c = Number((n.clusterIds[0] ?? 'x-0').split('-').pop());
    const a = (Math.PI * 2 * c) / 10;
    const r = Math.sqrt(rnd()) * radius;
    const b = rnd() * Math.PI * 2;
    out[n.id] = { x: Math.cos(a) * radius * 2.6 + Math.cos(b) * r, y: Math.sin(a) * radius * 2.6 + Math.sin(b) * r };
  }
  return out;
}

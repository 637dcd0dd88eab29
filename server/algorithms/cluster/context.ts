/**
 * Shared, once-per-network preparation for the cluster measures: the simple undirected graph of
 * distinct pairs (what "a tie" means in every cooperation measure, as in the demo README and in
 * the social-network literature), member lists per cluster, each organisation's module (its
 * primary cluster; non-members form one "outside" module, as Guimerà & Amaral's cartography
 * needs every node in a module), their roles, PageRank on the network as built, and the ties of
 * every node. Building it is O(n + m); every cluster measure then only walks its members' rows.
 */
import { simpleUndirected } from '../centralization.ts';
import type { CompactGraph } from '../graph.ts';
import { guimeraAmaral, type GuimeraAmaralResult } from '../guimera-amaral.ts';
import { pagerank } from '../pagerank.ts';
import type { OrgNetwork } from './network.ts';

export interface ClusterContext {
  readonly net: OrgNetwork;
  /** Undirected, one edge per connected pair, no self-loops (weights are not used). */
  readonly simple: CompactGraph;
  /** Members of every cluster, ascending node indices. */
  readonly members: readonly Uint32Array[];
  /** memberMask[c][v] = 1 when v is a member of cluster c. */
  readonly memberMask: readonly Uint8Array[];
  /** Module of every node: its primary cluster, or `clusters.length` ("outside") for non-members. */
  readonly module: Uint32Array;
  readonly roles: GuimeraAmaralResult;
  /** PageRank (α = 0.85) on the network as built. */
  readonly pagerank: Float64Array;
  /** PageRank at the 90th percentile: partners at or above it count as "centres" (hubbing). */
  readonly centreThreshold: number;
  /** Ties of every node (as source or target): indices into net.ties, CSR. */
  readonly tieOffsets: Uint32Array;
  readonly tieIndex: Uint32Array;
}

/** The percentile of the PageRank distribution above which an organisation is a "centre". */
export const CENTRE_PERCENTILE = 0.9;

export function clusterContext(net: OrgNetwork): ClusterContext {
  const n = net.graph.n;
  const C = net.clusters.length;
  const simple = simpleUndirected(net.graph);
  const memberMask = Array.from({ length: C }, () => new Uint8Array(n));
  const lists: number[][] = Array.from({ length: C }, () => []);
  const module = new Uint32Array(n).fill(C);
  for (let v = 0; v < n; v++) {
    const cl = net.orgs[v]?.clusters ?? [];
    if (cl.length > 0) module[v] = cl[0] as number;
    for (const c of cl) {
      const mask = memberMask[c] as Uint8Array;
      if (mask[v] === 1) continue;
      mask[v] = 1;
      (lists[c] as number[]).push(v);
    }
  }
  const members = lists.map((l) => Uint32Array.from(l));
  const roles = guimeraAmaral(simple, module);
  const pr = n === 0 ? new Float64Array(0) : pagerank(net.graph);
  const sorted = Float64Array.from(pr).sort();
  const centreThreshold = n === 0 ? Infinity : (sorted[Math.min(n - 1, Math.floor(CENTRE_PERCENTILE * n))] as number);

  const tieOffsets = new Uint32Array(n + 1);
  for (const t of net.ties) {
    tieOffsets[t.source + 1] = (tieOffsets[t.source + 1] as number) + 1;
    if (t.target !== t.source) tieOffsets[t.target + 1] = (tieOffsets[t.target + 1] as number) + 1;
  }
  for (let v = 0; v < n; v++) tieOffsets[v + 1] = (tieOffsets[v + 1] as number) + (tieOffsets[v] as number);
  const fill = tieOffsets.slice(0, n);
  const tieIndex = new Uint32Array(tieOffsets[n] as number);
  net.ties.forEach((t, i) => {
    tieIndex[fill[t.source] as number] = i;
    fill[t.source] = (fill[t.source] as number) + 1;
    if (t.target !== t.source) {
      tieIndex[fill[t.target] as number] = i;
      fill[t.target] = (fill[t.target] as number) + 1;
    }
  });
  return { net, simple, members, memberMask, module, roles, pagerank: pr, centreThreshold, tieOffsets, tieIndex };
}

/**
 * What a measure derives once per context and reuses for every cluster (indexes, scratch
 * buffers), kept in the measure's own WeakMap so it goes with the context.
 */
export function perContext<T>(cache: WeakMap<ClusterContext, T>, ctx: ClusterContext, make: () => T): T {
  let value = cache.get(ctx);
  if (value === undefined) {
    value = make();
    cache.set(ctx, value);
  }
  return value;
}

/** Calls `fn(tieIndex)` for every tie of node v. */
export function forEachTie(ctx: ClusterContext, v: number, fn: (tie: number) => void): void {
  for (let p = ctx.tieOffsets[v] as number; p < (ctx.tieOffsets[v + 1] as number); p++) fn(ctx.tieIndex[p] as number);
}

/** Neighbours of v in the simple graph. */
export function neighbours(ctx: ClusterContext, v: number): Uint32Array {
  return ctx.simple.targets.subarray(ctx.simple.offsets[v] as number, ctx.simple.offsets[v + 1] as number);
}

/** x / total, or null when total is 0 (a share of nothing is undefined, not 0). */
export function share(x: number, total: number): number | null {
  return total > 0 ? x / total : null;
}

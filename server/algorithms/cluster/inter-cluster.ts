/**
 * Inter-cluster link intensity: the cluster network of domain.md. For every pair of clusters
 * (C, D): the organisation ties between a member of C and a member of D (distinct pairs, each
 * counted once even when an organisation belongs to both clusters), the summed value of the raw
 * ties behind them (SUPPLIES value, INVESTS_IN amount), the alliances both are party to, and
 *   density = ties / (|C|·|D|)  (share of possible member pairs tied; 0 for an empty cluster),
 *   weight  = ties + shared alliances  (domain.md: ties plus shared alliances).
 * A tie between two members of the same two clusters links them once.
 */
import { neighbours, type ClusterContext } from './context.ts';

export interface ClusterLink {
  source: string;
  target: string;
  ties: number;
  value: number;
  sharedAlliances: number;
  density: number;
  weight: number;
}

export interface LinkMatrix {
  /** ties[c * C + d], symmetric. */
  ties: Float64Array;
  value: Float64Array;
  alliances: Float64Array;
  count: number;
}

/** Adds 1 to every unordered cluster pair joined by an edge {u, v}. */
function pairsOf(ctx: ClusterContext, u: number, v: number, add: (c: number, d: number) => void): void {
  const cu = ctx.net.orgs[u]?.clusters ?? [];
  const cv = ctx.net.orgs[v]?.clusters ?? [];
  if (cu.length === 0 || cv.length === 0) return;
  const seen = new Set<number>();
  const C = ctx.net.clusters.length;
  for (const c of cu) {
    for (const d of cv) {
      if (c === d) continue;
      const key = c < d ? c * C + d : d * C + c;
      if (seen.has(key)) continue;
      seen.add(key);
      add(Math.min(c, d), Math.max(c, d));
    }
  }
}

export function linkMatrix(ctx: ClusterContext): LinkMatrix {
  const C = ctx.net.clusters.length;
  const ties = new Float64Array(C * C);
  const value = new Float64Array(C * C);
  const alliances = new Float64Array(C * C);
  const n = ctx.simple.n;
  for (let u = 0; u < n; u++) {
    for (const v of neighbours(ctx, u)) {
      if (v <= u) continue;
      pairsOf(ctx, u, v, (c, d) => {
        ties[c * C + d] = (ties[c * C + d] as number) + 1;
        ties[d * C + c] = (ties[d * C + c] as number) + 1;
      });
    }
  }
  for (const t of ctx.net.ties) {
    if (t.value === null || t.source === t.target) continue;
    const x = t.value;
    pairsOf(ctx, t.source, t.target, (c, d) => {
      value[c * C + d] = (value[c * C + d] as number) + x;
      value[d * C + c] = (value[d * C + c] as number) + x;
    });
  }
  for (const a of ctx.net.alliances) {
    const cl = [...new Set(a.clusters)];
    for (const c of cl) for (const d of cl) if (c !== d) alliances[c * C + d] = (alliances[c * C + d] as number) + 1;
  }
  return { ties, value, alliances, count: C };
}

export function linkBetween(ctx: ClusterContext, m: LinkMatrix, c: number, d: number): ClusterLink {
  const C = m.count;
  const ties = m.ties[c * C + d] ?? 0;
  const shared = m.alliances[c * C + d] ?? 0;
  const pairs = (ctx.members[c]?.length ?? 0) * (ctx.members[d]?.length ?? 0);
  return {
    source: ctx.net.clusters[c]?.id ?? '',
    target: ctx.net.clusters[d]?.id ?? '',
    ties,
    value: m.value[c * C + d] ?? 0,
    sharedAlliances: shared,
    density: pairs > 0 ? ties / pairs : 0,
    weight: ties + shared,
  };
}

/** Links from cluster c to every other cluster, strongest (weight, then ties) first. */
export function linksFrom(ctx: ClusterContext, m: LinkMatrix, c: number): ClusterLink[] {
  const out: ClusterLink[] = [];
  for (let d = 0; d < m.count; d++) if (d !== c) out.push(linkBetween(ctx, m, c, d));
  return out.sort((a, b) => b.weight - a.weight || b.ties - a.ties || a.target.localeCompare(b.target));
}

/** Every pair with a positive weight, once (source < target in cluster order). */
export function clusterNetworkLinks(ctx: ClusterContext, m: LinkMatrix): ClusterLink[] {
  const out: ClusterLink[] = [];
  for (let c = 0; c < m.count; c++) {
    for (let d = c + 1; d < m.count; d++) {
      const link = linkBetween(ctx, m, c, d);
      if (link.weight > 0 || link.value > 0) out.push(link);
    }
  }
  return out;
}

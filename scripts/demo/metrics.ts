/**
 * A few network measures computed on the generated bundle, only to write the "what you should
 * see" tables of data/demo/README.md (the product's own algorithms live in server/algorithms).
 * Organisation network: SUPPLIES + COLLABORATES_WITH + INVESTS_IN, undirected, simple, all years.
 */
import type { Dataset } from '../../server/model/types.ts';

export interface OrgGraph {
  ids: string[];
  index: Map<string, number>;
  adj: Set<number>[];
}

const NETWORK_TYPES = new Set(['SUPPLIES', 'COLLABORATES_WITH', 'INVESTS_IN']);

export function orgGraph(ds: Dataset): OrgGraph {
  const ids = ds.organizations.map((o) => o.id);
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const adj = ids.map(() => new Set<number>());
  for (const r of ds.relationships) {
    if (!NETWORK_TYPES.has(r.type)) continue;
    const a = index.get(r.sourceId);
    const b = index.get(r.targetId);
    if (a === undefined || b === undefined || a === b) continue;
    adj[a]?.add(b);
    adj[b]?.add(a);
  }
  return { ids, index, adj };
}

export function membersByCluster(ds: Dataset): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of ds.memberships) {
    const s = out.get(m.clusterId) ?? new Set<string>();
    s.add(m.organizationId);
    out.set(m.clusterId, s);
  }
  return out;
}

/** Each organisation's module for Guimerà–Amaral roles: its first cluster, else "outside". */
export function homeModules(ds: Dataset): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of ds.memberships) if (!out.has(m.organizationId)) out.set(m.organizationId, m.clusterId);
  return out;
}

export interface ClusterStats {
  members: number;
  internal: number;
  external: number;
  ei: number;
  density: number;
  /** Within-cluster degree and z-score of every member. */
  degree: Map<string, number>;
  z: Map<string, number>;
}

export function clusterStats(g: OrgGraph, members: Set<string>): ClusterStats {
  const inside = new Set([...members].map((id) => g.index.get(id)).filter((i): i is number => i !== undefined));
  let internal = 0;
  let external = 0;
  const degree = new Map<string, number>();
  for (const i of inside) {
    let k = 0;
    for (const j of g.adj[i] ?? []) {
      if (inside.has(j)) k++;
      else external++;
    }
    internal += k;
    degree.set(g.ids[i] ?? '', k);
  }
  internal /= 2;
  const ks = [...degree.values()];
  const mean = ks.reduce((s, k) => s + k, 0) / ks.length;
  const sd = Math.sqrt(ks.reduce((s, k) => s + (k - mean) ** 2, 0) / ks.length);
  const z = new Map([...degree].map(([id, k]) => [id, sd > 0 ? (k - mean) / sd : 0] as const));
  const n = inside.size;
  return {
    members: n, internal, external, ei: (external - internal) / (external + internal),
    density: n > 1 ? internal / ((n * (n - 1)) / 2) : 0, degree, z,
  };
}

/** Participation coefficient P = 1 − Σ_s (k_is / k_i)² over the modules of i's neighbours. */
export function participation(g: OrgGraph, id: string, moduleOf: Map<string, string>): number {
  const i = g.index.get(id);
  const nbrs = i === undefined ? [] : [...(g.adj[i] ?? [])];
  if (nbrs.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const j of nbrs) {
    const m = moduleOf.get(g.ids[j] ?? '') ?? 'outside';
    counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  let s = 0;
  for (const c of counts.values()) s += (c / nbrs.length) ** 2;
  return 1 - s;
}

/** Betweenness (Brandes 2001), unweighted, normalised as networkx does for undirected graphs. */
export function betweenness(g: OrgGraph): Float64Array {
  const n = g.ids.length;
  const cb = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const preds: number[][] = g.ids.map(() => []);
  for (let s = 0; s < n; s++) {
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    for (const p of preds) p.length = 0;
    sigma[s] = 1;
    dist[s] = 0;
    const order: number[] = [];
    const queue = [s];
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h] as number;
      order.push(v);
      for (const w of g.adj[v] ?? []) {
        if ((dist[w] ?? -1) < 0) {
          dist[w] = (dist[v] ?? 0) + 1;
          queue.push(w);
        }
        if (dist[w] === (dist[v] ?? 0) + 1) {
          sigma[w] = (sigma[w] ?? 0) + (sigma[v] ?? 0);
          preds[w]?.push(v);
        }
      }
    }
    for (let k = order.length - 1; k >= 0; k--) {
      const w = order[k] as number;
      for (const v of preds[w] ?? []) delta[v] = (delta[v] ?? 0) + ((sigma[v] ?? 0) / (sigma[w] ?? 1)) * (1 + (delta[w] ?? 0));
      if (w !== s) cb[w] = (cb[w] ?? 0) + (delta[w] ?? 0);
    }
  }
  // Each pair was counted from both ends; networkx's normalised value is raw / ((n-1)(n-2)).
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  for (let i = 0; i < n; i++) cb[i] = (cb[i] ?? 0) * scale;
  return cb;
}

/**
 * clusterNetwork: the inter-cluster view (domain.md, "Cluster network"). An edge's weight is the
 * number of distinct organisation ties (SUPPLIES, COLLABORATES_WITH, INVESTS_IN) between a
 * member of one cluster and a member of the other, plus the alliances both clusters are party
 * to; both components are reported next to the total.
 *
 * A tie counts once for a pair {c1, c2} (c1 ≠ c2) when one end is a member of c1 and the other a
 * member of c2. The pairs are counted here from two streamed reads — the memberships of the
 * clusters' organisations and the ties leaving them — rather than by a Cypher expansion of members ×
 * ties × other memberships per cluster, which does not finish on real data (CORDIS: 36,000
 * organisations, 800,000 ties) within the query timeout.
 */
import type { Executor } from '../../../db/executor.ts';
import { list, year } from '../args.ts';
import type { ClusterRecord } from '../models.ts';
import { clusterOf, str, strings } from '../rows.ts';

export interface ClusterNetworkNode {
  id: string;
  name: string;
  sector: string | null;
  regionId: string | null;
  memberCount: number;
  cluster: ClusterRecord;
}

export interface ClusterNetworkEdge {
  id: string;
  source: string;
  target: string;
  ties: number;
  supplies: number;
  collaborations: number;
  investments: number;
  sharedAlliances: number;
  allianceIds: string[];
  weight: number;
}

export interface ClusterNetworkArgs {
  filter?: { clusterIds?: readonly string[] | null; regionIds?: readonly string[] | null; sectors?: readonly string[] | null } | null;
  minWeight?: number | null;
  asOf?: number | null;
}

/** The cache key of a request: its arguments, normalised (absent and null alike, lists sorted). */
export function clusterNetworkKey(args: ClusterNetworkArgs): string {
  const f = args.filter ?? {};
  const sorted = (v: readonly string[] | null | undefined): string[] | null => (v === null || v === undefined ? null : [...new Set(v)].sort());
  return JSON.stringify([sorted(f.clusterIds), sorted(f.regionIds), sorted(f.sectors), args.minWeight ?? null, args.asOf ?? null]);
}

export async function clusterNetwork(executor: Executor, args: ClusterNetworkArgs): Promise<{ nodes: ClusterNetworkNode[]; edges: ClusterNetworkEdge[] }> {
  const f = args.filter ?? {};
  const asOf = year(args.asOf);
  const minWeight = args.minWeight ?? 1;
  const nodeRows = await executor.read('api-cluster-network-nodes', {
    clusterIds: list(f.clusterIds),
    regionIds: list(f.regionIds),
    sectors: list(f.sectors),
    asOf,
  });
  const nodes = nodeRows.map((r) => {
    const cluster = clusterOf(r['props']);
    return { id: cluster.id, name: cluster.name, sector: cluster.sector, regionId: cluster.regionId, memberCount: Number(r['memberCount'] ?? 0), cluster };
  });
  const ids = nodes.map((n) => n.id);
  if (ids.length < 2) return { nodes, edges: [] };
  const [memberRows, allianceRows] = await Promise.all([
    executor.read('api-cluster-network-memberships', { ids, asOf }),
    executor.read('api-cluster-network-alliances', { ids, asOf }),
  ]);
  // Clusters as dense indices (in id order, so index order is id order) and an organisation's
  // clusters as index lists: the tie loop below runs 800,000 times on CORDIS, so it does integer
  // work only (a pair {c1 < c2} is the number c1 * C + c2).
  const C = ids.length;
  const clusterIndex = new Map(ids.map((id, i) => [id, i]));
  const clustersOf = new Map<string, number[]>();
  for (const r of memberRows) {
    const idx = strings(r['clusterIds']).flatMap((id) => {
      const c = clusterIndex.get(id);
      return c === undefined ? [] : [c];
    });
    clustersOf.set(str(r['organizationId']) ?? '', idx);
  }
  const tieRows = clustersOf.size === 0 ? [] : await executor.read('api-cluster-network-ties', { organizationIds: [...clustersOf.keys()], asOf });

  const counts = new Map<number, { ties: number; supplies: number; collaborations: number; investments: number }>();
  const pairs: number[] = [];
  for (const r of tieRows) {
    const from = clustersOf.get(str(r['source']) ?? '');
    if (from === undefined) continue;
    const type = r['type'];
    for (const t of strings(r['targets'])) {
      const to = clustersOf.get(t);
      if (to === undefined) continue;
      // The cluster pairs this tie joins, each once (both ends may share clusters).
      pairs.length = 0;
      for (const c1 of from) {
        for (const c2 of to) {
          if (c1 === c2) continue;
          const key = c1 < c2 ? c1 * C + c2 : c2 * C + c1;
          if (!pairs.includes(key)) pairs.push(key);
        }
      }
      for (const key of pairs) {
        let e = counts.get(key);
        if (e === undefined) {
          e = { ties: 0, supplies: 0, collaborations: 0, investments: 0 };
          counts.set(key, e);
        }
        e.ties += 1;
        if (type === 'SUPPLIES') e.supplies += 1;
        else if (type === 'COLLABORATES_WITH') e.collaborations += 1;
        else e.investments += 1;
      }
    }
  }

  const edges = new Map<string, ClusterNetworkEdge>();
  const edge = (source: string, target: string): ClusterNetworkEdge => {
    const id = `${source}:${target}`;
    let e = edges.get(id);
    if (e === undefined) {
      e = { id, source, target, ties: 0, supplies: 0, collaborations: 0, investments: 0, sharedAlliances: 0, allianceIds: [], weight: 0 };
      edges.set(id, e);
    }
    return e;
  };
  for (const [key, n] of counts) {
    const e = edge(ids[Math.floor(key / C)] ?? '', ids[key % C] ?? '');
    Object.assign(e, n);
  }
  for (const r of allianceRows) {
    const e = edge(str(r['source']) ?? '', str(r['target']) ?? '');
    e.allianceIds = strings(r['allianceIds']);
    e.sharedAlliances = e.allianceIds.length;
  }
  const out = [...edges.values()]
    .map((e) => ({ ...e, weight: e.ties + e.sharedAlliances }))
    .filter((e) => e.weight >= minWeight)
    .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
  return { nodes, edges: out };
}

/**
 * clusterNetwork: the inter-cluster view (domain.md, "Cluster network"). An edge's weight is the
 * number of distinct organisation ties (SUPPLIES, COLLABORATES_WITH, INVESTS_IN) between a
 * member of one cluster and a member of the other, plus the alliances both clusters are party
 * to; both components are reported next to the total.
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
  const [tieRows, allianceRows] = await Promise.all([
    executor.read('api-cluster-network-ties', { ids, asOf }),
    executor.read('api-cluster-network-alliances', { ids, asOf }),
  ]);

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
  for (const r of tieRows) {
    const e = edge(str(r['source']) ?? '', str(r['target']) ?? '');
    const n = Number(r['ties'] ?? 0);
    e.ties += n;
    if (r['type'] === 'SUPPLIES') e.supplies += n;
    else if (r['type'] === 'COLLABORATES_WITH') e.collaborations += n;
    else e.investments += n;
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

/**
 * The demo organisation network built straight from the dataset bundle (no database), for the
 * benchmark: the same rows the network builder gets from Neo4j, all years, default ties.
 */
import type { OrgNetwork } from '../../server/algorithms/cluster/network.ts';
import type { Row } from '../../server/db/executor.ts';
import type { Plain } from '../../server/db/values.ts';
import type { Dataset } from '../../server/model/types.ts';
import { assembleNetwork, flatEdges } from '../../server/services/analytics/network-builder.ts';
import { ALL, resolveNetworkOptions } from '../../server/services/analytics/scope.ts';

const plain = (v: unknown): Plain => (v === undefined ? null : (v as Plain));

export function demoNetwork(d: Dataset): OrgNetwork {
  const clusterIds = new Set(d.clusters.map((c) => c.id));
  const context: Row = {
    clusters: d.clusters.map((c) => ({ id: c.id, name: c.name, sector: plain(c.sector), sectorName: plain(c.sectorName), regionId: plain(c.regionId) })),
    regions: d.regions.map((r) => ({ id: r.id, name: r.name, country: plain(r.country), parentId: plain(r.parentId), neighbours: plain(r.extras?.['x_neighbours']) })),
    alliances: d.alliances.map((a) => ({
      id: a.id,
      name: a.name,
      clusterIds: d.allianceMembers.filter((m) => m.allianceId === a.id && clusterIds.has(m.memberId)).map((m) => m.memberId),
      organizationIds: d.allianceMembers.filter((m) => m.allianceId === a.id && !clusterIds.has(m.memberId)).map((m) => m.memberId),
    })),
    supports: d.relationships.filter((r) => r.type === 'SUPPORTS').map((r) => ({ sourceId: r.sourceId, clusterId: r.targetId, amount: plain(r.value) })),
  };
  const rank = (role: string): number => (role === 'COORDINATOR' ? 0 : role === 'CORE' ? 1 : 2);
  const nodes: Row[] = [...d.organizations]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((o) => {
      const ms = d.memberships.filter((m) => m.organizationId === o.id).sort((a, b) => rank(a.role) - rank(b.role) || (a.since ?? 9999) - (b.since ?? 9999));
      const row: Row = { ...(o as unknown as Row), employees2015: plain(o.extras?.['x_employees2015']), clusterIds: ms.map((m) => m.clusterId), roles: ms.map((m) => m.role) };
      delete row['extras'];
      return row;
    });
  const edges: Row[] = d.relationships
    .filter((r) => r.type !== 'SUPPORTS')
    .map((r) => ({ s: r.sourceId, t: r.targetId, type: r.type, kind: plain(r.kind), weight: r.weight, value: plain(r.value) }));
  return assembleNetwork(0, ALL, resolveNetworkOptions(), context, nodes, flatEdges(edges));
}

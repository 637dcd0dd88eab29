/**
 * Entities by id (for the per-request loaders) and the short lists (regions, alliances). One
 * query per batch of ids, whatever the number of ids.
 */
import type { Executor, Row } from '../../db/executor.ts';
import type { QueryName } from '../../db/queries.ts';
import type { Plain } from '../../db/values.ts';
import type { AllianceRecord, ClusterRecord, OrganizationRecord, RegionRecord } from './models.ts';
import { allianceOf, clusterOf, organizationOf, regionOf, str } from './rows.ts';

/** Rows of `{id, items: [...]}` → a map from id to the mapped items (absent ids: empty lists). */
export function groupItems<T>(ids: readonly string[], rows: Row[], map: (item: Plain) => T | null): Map<string, T[]> {
  const out = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) {
    const id = str(row['id']);
    const items = row['items'];
    if (id === null || !Array.isArray(items)) continue;
    const list = out.get(id) ?? [];
    for (const item of items) {
      const mapped = map(item);
      if (mapped !== null) list.push(mapped);
    }
    out.set(id, list);
  }
  return out;
}

async function byIds<T>(executor: Executor, name: QueryName, ids: readonly string[], map: (p: Plain | undefined) => T): Promise<Map<string, T>> {
  const out = new Map<string, T>();
  if (ids.length === 0) return out;
  for (const row of await executor.read(name, { ids: [...new Set(ids)] })) {
    const id = str(row['id']);
    if (id !== null) out.set(id, map(row['props']));
  }
  return out;
}

export interface EntityReads {
  organizationsByIds(ids: readonly string[]): Promise<Map<string, OrganizationRecord>>;
  clustersByIds(ids: readonly string[]): Promise<Map<string, ClusterRecord>>;
  regionsByIds(ids: readonly string[]): Promise<Map<string, RegionRecord>>;
  alliancesByIds(ids: readonly string[]): Promise<Map<string, AllianceRecord>>;
  regions(filter: { country?: string | null; level?: string | null }): Promise<RegionRecord[]>;
  alliances(): Promise<AllianceRecord[]>;
  regionChildren(ids: readonly string[]): Promise<Map<string, RegionRecord[]>>;
  regionClusters(ids: readonly string[]): Promise<Map<string, ClusterRecord[]>>;
}

export function createEntityReads(executor: Executor): EntityReads {
  return {
    organizationsByIds: (ids) => byIds(executor, 'api-organizations-by-ids', ids, organizationOf),
    clustersByIds: (ids) => byIds(executor, 'api-clusters-by-ids', ids, clusterOf),
    regionsByIds: (ids) => byIds(executor, 'api-regions-by-ids', ids, regionOf),
    alliancesByIds: (ids) => byIds(executor, 'api-alliances-by-ids', ids, allianceOf),
    async regions(filter) {
      const rows = await executor.read('api-regions-list', { country: filter.country ?? null, level: filter.level ?? null });
      return rows.map((r) => regionOf(r['props']));
    },
    async alliances() {
      return (await executor.read('api-alliances-list')).map((r) => allianceOf(r['props']));
    },
    async regionChildren(ids) {
      return groupItems(ids, await executor.read('api-region-children', { ids }), regionOf);
    },
    async regionClusters(ids) {
      return groupItems(ids, await executor.read('api-region-clusters', { ids }), clusterOf);
    },
  };
}

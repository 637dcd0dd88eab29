/**
 * Per-request batch loaders (DataLoader), so that a list of N items with nested fields costs a
 * constant number of queries, not N+1. Created fresh for every request: no cross-request cache.
 *
 * Nested lists take arguments (asOf, page, filters): their keys are `{id, args}`, and one batch
 * runs one UNWIND query per distinct argument set (in practice one: a list asks the same
 * arguments of every item).
 */
import DataLoader from 'dataloader';
import type {
  AllianceMembershipRecord,
  AllianceRecord,
  ClusterMemberConnectionRecord,
  ClusterRecord,
  MembershipRecord,
  OrganizationRecord,
  RegionRecord,
  SupportRecord,
  TieRecord,
} from '../services/catalog/models.ts';
import type { AsOf } from '../services/catalog/relations.ts';
import type { Services } from '../services/index.ts';

export interface Loaders {
  organization: DataLoader<string, OrganizationRecord | null>;
  cluster: DataLoader<string, ClusterRecord | null>;
  region: DataLoader<string, RegionRecord | null>;
  alliance: DataLoader<string, AllianceRecord | null>;
  regionChildren: DataLoader<string, RegionRecord[]>;
  regionClusters: DataLoader<string, ClusterRecord[]>;
  memberships: DataLoader<Keyed<AsOf>, MembershipRecord[], string>;
  ties: DataLoader<Keyed<AsOf>, TieRecord[], string>;
  clusterSupports: DataLoader<Keyed<AsOf>, SupportRecord[], string>;
  organizationSupports: DataLoader<Keyed<AsOf>, SupportRecord[], string>;
  clusterAlliances: DataLoader<Keyed<AsOf>, AllianceMembershipRecord[], string>;
  organizationAlliances: DataLoader<Keyed<AsOf>, AllianceMembershipRecord[], string>;
  allianceMembers: DataLoader<Keyed<AsOf>, AllianceMembershipRecord[], string>;
  clusterMembers: DataLoader<Keyed<Record<string, unknown> & { first: number }>, ClusterMemberConnectionRecord, string>;
}

/** A nested-list key: the parent's id and the field's (validated) arguments. */
export interface Keyed<A> {
  id: string;
  args: A;
}

/** By-id loader over a service that returns a map; unknown ids load as null. */
function byId<V>(fetch: (ids: readonly string[]) => Promise<Map<string, V>>): DataLoader<string, V | null> {
  return new DataLoader(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Loader of a list per parent; without arguments. */
function listById<V>(fetch: (ids: readonly string[]) => Promise<Map<string, V[]>>): DataLoader<string, V[]> {
  return new DataLoader(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? []);
  });
}

/** Loader keyed by {id, args}: one fetch per distinct args in the batch. */
function keyed<A, V>(fetch: (ids: readonly string[], args: A) => Promise<Map<string, V>>, empty: () => V): DataLoader<Keyed<A>, V, string> {
  return new DataLoader<Keyed<A>, V, string>(
    async (keys) => {
      const groups = new Map<string, { args: A; ids: string[] }>();
      for (const k of keys) {
        const sig = JSON.stringify(k.args);
        const g = groups.get(sig) ?? { args: k.args, ids: [] };
        g.ids.push(k.id);
        groups.set(sig, g);
      }
      const results = new Map<string, Map<string, V>>();
      await Promise.all([...groups].map(async ([sig, g]) => results.set(sig, await fetch(g.ids, g.args))));
      return keys.map((k) => results.get(JSON.stringify(k.args))?.get(k.id) ?? empty());
    },
    { cacheKeyFn: (k) => `${k.id}\u0000${JSON.stringify(k.args)}` },
  );
}

export function createLoaders(services: Services): Loaders {
  const { entities, relations } = services.catalog;
  return {
    organization: byId(entities.organizationsByIds),
    cluster: byId(entities.clustersByIds),
    region: byId(entities.regionsByIds),
    alliance: byId(entities.alliancesByIds),
    regionChildren: listById(entities.regionChildren),
    regionClusters: listById(entities.regionClusters),
    memberships: keyed(relations.memberships, () => []),
    ties: keyed(relations.ties, () => []),
    clusterSupports: keyed(relations.clusterSupports, () => []),
    organizationSupports: keyed(relations.organizationSupports, () => []),
    clusterAlliances: keyed(relations.clusterAlliances, () => []),
    organizationAlliances: keyed(relations.organizationAlliances, () => []),
    allianceMembers: keyed(relations.allianceMembers, () => []),
    clusterMembers: keyed(services.catalog.clusterMembers, () => ({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
      count: () => Promise.resolve(0),
    })),
  };
}

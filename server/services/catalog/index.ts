/**
 * Read services behind the GraphQL queries (entities, lists, search, graph slices). Arguments
 * are validated here (page sizes, ranges, years: BAD_USER_INPUT), Cypher runs only through the
 * executor's named queries, and every nested list has a batched form for the per-request loaders.
 */
import type { ApiConfig } from '../../config.ts';
import type { Executor } from '../../db/executor.ts';
import { GraphStamp } from '../../db/graph-stamp.ts';
import { NotFoundError } from '../../errors.ts';
import { clusterMembers, listClusters, memberQuery, type ClusterListArgs, type MemberArgs } from './clusters.ts';
import { createEntityReads, type EntityReads } from './entities.ts';
import { clusterNetwork, clusterNetworkKey, type ClusterNetworkArgs } from './graph/cluster-network.ts';
import { neighborhood, type NeighborhoodArgs } from './graph/neighborhood.ts';
import { shortestPaths, type ShortestPathArgs } from './graph/paths.ts';
import type { GraphSlice, SliceParts } from './graph/slice.ts';
import { subgraph, type SubgraphArgs } from './graph/subgraph.ts';
import type { ClusterConnectionRecord, ClusterMemberConnectionRecord, OrganizationConnectionRecord } from './models.ts';
import { listOrganizations, type OrganizationListArgs } from './organizations.ts';
import { createRelationReads, type RelationReads } from './relations.ts';
import { search, type EntityType, type SearchHitRecord } from './search.ts';
import { VersionedCache } from './versioned-cache.ts';

/** Nodes and edges the slice cache may hold in all (about 100 MB), whatever the entry count. */
export const SLICE_CACHE_MAX_ELEMENTS = 500_000;

export type CatalogLimits = Pick<ApiConfig, 'maxPageSize' | 'maxSliceNodes'> & Partial<Pick<ApiConfig, 'sliceCacheEntries' | 'graphStampTtlMs'>>;

export interface CatalogServices {
  readonly limits: CatalogLimits;
  entities: EntityReads;
  relations: RelationReads;
  organizations(args: OrganizationListArgs): Promise<OrganizationConnectionRecord>;
  clusters(args: ClusterListArgs): Promise<ClusterConnectionRecord>;
  /** Validates member arguments into the parameters of one batch (BAD_USER_INPUT on bad ones). */
  memberQuery(args: MemberArgs): Record<string, unknown> & { first: number };
  clusterMembers(ids: readonly string[], query: Record<string, unknown> & { first: number }): Promise<Map<string, ClusterMemberConnectionRecord>>;
  search(args: { text: string; types?: readonly EntityType[] | null; first?: number | null }): Promise<SearchHitRecord[]>;
  /** `parts`: what the operation reads of the slice (default: everything). */
  neighborhood(args: NeighborhoodArgs, parts?: SliceParts): ReturnType<typeof neighborhood>;
  subgraph(args: SubgraphArgs, parts?: SliceParts): ReturnType<typeof subgraph>;
  shortestPaths(args: ShortestPathArgs): ReturnType<typeof shortestPaths>;
  clusterNetwork(args: ClusterNetworkArgs): ReturnType<typeof clusterNetwork>;
  /** The graph-wide caches' counters, for /metrics. */
  cacheStats(): CacheStats[];
}

export interface CacheStats {
  cache: 'slices' | 'clusterNetwork';
  hits: number;
  misses: number;
  entries: number;
  weight: number;
}

export function createCatalogServices(executor: Executor, limits: CatalogLimits): CatalogServices {
  // The cluster network reads every membership × tie: computed once per graph version.
  const stamp = new GraphStamp(executor, limits.graphStampTtlMs ?? 0);
  const networks = new VersionedCache<Awaited<ReturnType<typeof clusterNetwork>>>(stamp);
  // Slices by (operation, arguments, parts read), until the graph changes (the stamp read first
  // keeps them exact: any write, by this process or another, empties the cache).
  const sliceEntries = limits.sliceCacheEntries ?? 0;
  const slices =
    sliceEntries > 0 ? new VersionedCache<GraphSlice>(stamp, { maxEntries: sliceEntries, maxWeight: SLICE_CACHE_MAX_ELEMENTS, weigh: (s) => s.nodes.length + s.edges.length }) : null;
  const sliced = (key: unknown, read: () => Promise<GraphSlice>): Promise<GraphSlice> => (slices === null ? read() : slices.get(JSON.stringify(key), read));
  return {
    limits,
    entities: createEntityReads(executor),
    relations: createRelationReads(executor),
    organizations: (args) => listOrganizations(executor, limits.maxPageSize, args),
    clusters: (args) => listClusters(executor, limits.maxPageSize, args),
    memberQuery: (args) => memberQuery(limits.maxPageSize, args),
    clusterMembers: (ids, query) => clusterMembers(executor, ids, query),
    search: (args) => search(executor, limits.maxPageSize, args),
    neighborhood: (args, parts) => sliced(['neighborhood', args, parts ?? null], () => neighborhood(executor, limits.maxSliceNodes, args, parts)),
    subgraph: (args, parts) => sliced(['subgraph', args, parts ?? null], () => subgraph(executor, limits.maxSliceNodes, args, parts)),
    shortestPaths: (args) => shortestPaths(executor, args),
    clusterNetwork: (args) => networks.get(clusterNetworkKey(args), () => clusterNetwork(executor, args)),
    cacheStats: () => [
      { cache: 'clusterNetwork', hits: networks.hits, misses: networks.misses, ...networks.size },
      ...(slices === null ? [] : [{ cache: 'slices' as const, hits: slices.hits, misses: slices.misses, ...slices.size }]),
    ],
  };
}

/** Single-entity fields: NOT_FOUND when the id is unknown (the SDL documents this). */
export async function mustExist<T>(what: string, id: string, value: Promise<T | null | undefined>): Promise<T> {
  const found = await value;
  if (found === null || found === undefined) throw new NotFoundError(what, id);
  return found;
}

/**
 * Communities of a scope (Louvain, best of `restarts` seeded runs, in the worker pool for large
 * graphs) with their modularity, and how far they agree with the declared clusters: adjusted
 * Rand index and normalised mutual information (arithmetic mean) between the detected
 * communities and each organisation's primary cluster, over the organisations that belong to a
 * cluster (non-members have no declared cluster to agree with). `declaredModularity` is the
 * modularity of the declared partition on the same graph (non-members as singletons), for
 * comparison: detected communities at least as modular as the clusters mean the clusters are
 * not the network's strongest division.
 */
import { adjustedRandIndex } from '../../algorithms/adjusted-rand-index.ts';
import { modularity } from '../../algorithms/modularity.ts';
import { normalizedMutualInformation } from '../../algorithms/normalized-mutual-information.ts';
import { BadUserInputError } from '../../errors.ts';
import { bestLouvain } from '../../workers/parallel.ts';
import type { AnalyticsEngine, ComputeControl } from './engine.ts';
import { normaliseScope, resolveNetworkOptions, type NetworkOptions, type Scope } from './scope.ts';

export interface CommunitiesRequest {
  scope: Scope;
  network?: NetworkOptions;
  resolution?: number;
  restarts?: number;
  seed?: number;
}

export interface Community {
  id: number;
  size: number;
  organizationIds: string[];
  /** The declared cluster most of its members belong to (primary cluster), or null. */
  dominantClusterId: string | null;
  /** Share of the community's organisations in that cluster. */
  dominantShare: number;
}

export interface CommunitiesResult {
  graphVersion: number;
  count: number;
  modularity: number;
  declaredModularity: number;
  adjustedRandIndex: number;
  normalizedMutualInformation: number;
  /** Organisations with a declared cluster, over which ARI and NMI are computed. */
  comparedOrganizations: number;
  communities: Community[];
}

export async function communities(engine: AnalyticsEngine, request: CommunitiesRequest, control: ComputeControl = {}): Promise<CommunitiesResult> {
  const scope = normaliseScope(request.scope);
  const options = resolveNetworkOptions(request.network);
  const resolution = request.resolution ?? 1;
  const restarts = request.restarts ?? 4;
  if (!(resolution > 0) || !Number.isFinite(resolution)) throw new BadUserInputError('resolution must be a positive number', { resolution });
  if (!Number.isInteger(restarts) || restarts < 1 || restarts > 64) throw new BadUserInputError('restarts must be an integer in 1..64', { restarts });
  const seed = request.seed ?? 0;
  return engine.cached('communities', [scope, options, resolution, restarts, seed], async (version, run) => {
    const net = await engine.networkAt(version, scope, options);
    const g = net.graph;
    const weighted = options.weighting === 'WEIGHT';
    const best = await bestLouvain(g, { seed, restarts, resolution, weighted }, { pool: engine.pool, ...run });
    const declared = net.orgs.map((o, i) => (o.clusters.length > 0 ? (o.clusters[0] as number) : net.clusters.length + i));
    const compared = net.orgs.flatMap((o, i) => (o.clusters.length > 0 ? [i] : []));
    const a = compared.map((i) => best.membership[i] as number);
    const b = compared.map((i) => declared[i] as number);
    const groups: number[][] = Array.from({ length: best.count }, () => []);
    for (let i = 0; i < g.n; i++) groups[best.membership[i] as number]?.push(i);
    const list = groups.map((members, id): Community => {
      const counts = new Map<number, number>();
      for (const v of members) {
        const c = net.orgs[v]?.clusters[0];
        if (c !== undefined) counts.set(c, (counts.get(c) ?? 0) + 1);
      }
      let top: number | null = null;
      let topCount = 0;
      for (const [c, k] of counts) if (k > topCount || (k === topCount && top !== null && c < top)) [top, topCount] = [c, k];
      return {
        id,
        size: members.length,
        organizationIds: members.map((v) => net.orgs[v]?.id ?? ''),
        dominantClusterId: top === null ? null : (net.clusters[top]?.id ?? null),
        dominantShare: members.length > 0 ? topCount / members.length : 0,
      };
    });
    return {
      graphVersion: net.version,
      count: best.count,
      modularity: best.modularity,
      declaredModularity: modularity(g, declared, { resolution, weighted }),
      adjustedRandIndex: adjustedRandIndex(a, b),
      normalizedMutualInformation: normalizedMutualInformation(a, b),
      comparedOrganizations: compared.length,
      communities: list.sort((x, y) => y.size - x.size || x.id - y.id),
    };
  }, control);
}

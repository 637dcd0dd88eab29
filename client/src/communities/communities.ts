/**
 * Colour by community: which `communities` request answers the explorer's current view, and the
 * organisation → community rank map the canvas colours by. Pure (no React, no fetch), unit-tested.
 *
 * The analytics API measures an AnalyticsScope (all, clusters, regions, an alliance). The
 * explorer's "whole graph" and "clusters" scopes map to one directly. A neighbourhood has no
 * equivalent: it is measured as the members of the clusters its organisations belong to, so the
 * communities are those of the wider network the neighbourhood sits in. Without any such
 * cluster (or with nothing loaded) there is nothing to ask, and the reason says why.
 */
import type { CommunitiesView } from '../api/analytics.ts';
import type { AnalyticsScope, NetworkOptions, NetworkTieType } from '../api/generated.ts';
import type { RelType, Scope } from '../state/explorer-state.ts';

export type CommunityRequest =
  | { ok: true; scope: AnalyticsScope; network: NetworkOptions | null; basis: string }
  | { ok: false; reason: string };

const TIE_TYPES: readonly NetworkTieType[] = ['SUPPLIES', 'COLLABORATES_WITH', 'INVESTS_IN'];

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * The network the communities are detected on: the organisation-to-organisation tie types the
 * explorer shows (all three when it shows none of them) and its year.
 */
export function communityNetwork(relTypes: readonly RelType[], asOf: number | null): NetworkOptions | null {
  const types = TIE_TYPES.filter((t) => relTypes.includes(t));
  const network: NetworkOptions = {};
  if (types.length > 0 && types.length < TIE_TYPES.length) network.types = types;
  if (asOf !== null) network.asOf = asOf;
  return Object.keys(network).length === 0 ? null : network;
}

export function communityRequest(scope: Scope, clusterIdsInView: readonly string[], relTypes: readonly RelType[], asOf: number | null): CommunityRequest {
  const network = communityNetwork(relTypes, asOf);
  switch (scope.kind) {
    case 'all':
      return { ok: true, scope: { all: true }, network, basis: 'every organisation' };
    case 'clusters':
      return { ok: true, scope: { clusterIds: [...scope.ids] }, network, basis: `the members of ${plural(scope.ids.length, 'cluster')}` };
    case 'focus':
      if (clusterIdsInView.length === 0) {
        return { ok: false, reason: 'Communities are detected on clusters or the whole graph, and no organisation in this neighbourhood belongs to a cluster. Load a cluster or the whole graph.' };
      }
      return { ok: true, scope: { clusterIds: [...clusterIdsInView] }, network, basis: `the members of the ${plural(clusterIdsInView.length, 'cluster')} of the organisations in view` };
    case 'none':
      return { ok: false, reason: 'Nothing is loaded yet: pick a cluster, the whole graph or an organisation.' };
    default: {
      const never: never = scope;
      return { ok: false, reason: `unknown scope ${JSON.stringify(never)}` };
    }
  }
}

/** Every cluster id of the given organisations, sorted and without repeats. */
export function clusterIdsOf(nodes: Iterable<{ label: string; clusterIds: readonly string[] }>): string[] {
  const ids = new Set<string>();
  for (const n of nodes) if (n.label === 'ORGANIZATION') for (const c of n.clusterIds) ids.add(c);
  return [...ids].sort();
}

/** Organisation id → rank of its community in the largest-first list (0 = largest). */
export function communityRanks(result: Pick<CommunitiesView, 'communities'>): Map<string, number> {
  const ranks = new Map<string, number>();
  result.communities.forEach((c, rank) => {
    for (const id of c.organizationIds) if (!ranks.has(id)) ranks.set(id, rank);
  });
  return ranks;
}

export interface CommunityInView {
  rank: number;
  /** Organisations of the community drawn now, and in the whole community. */
  inView: number;
  size: number;
  dominantClusterId: string | null;
  dominantShare: number;
}

/** The communities with organisations among `ids` (what is drawn), by rank, and how many drawn organisations are in none. */
export function communitiesInView(result: Pick<CommunitiesView, 'communities'>, ranks: ReadonlyMap<string, number>, ids: Iterable<string>): { communities: CommunityInView[]; outside: number } {
  const counts = new Map<number, number>();
  let outside = 0;
  for (const id of ids) {
    const r = ranks.get(id);
    if (r === undefined) outside++;
    else counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  const communities = [...counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([rank, inView]) => {
      const c = result.communities[rank];
      return { rank, inView, size: c?.size ?? inView, dominantClusterId: c?.dominantClusterId ?? null, dominantShare: c?.dominantShare ?? 0 };
    });
  return { communities, outside };
}

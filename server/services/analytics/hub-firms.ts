/**
 * Hub firms of a scope, ranked by one measure, with every number behind the rank.
 *
 * COMPOSITE = 0.30·PR/max PR + 0.30·BC/max BC + 0.20·deg/max deg + 0.20·P
 * (PageRank, betweenness and degree scaled by their maximum in the scope so that each term is in
 * [0, 1]; P the participation coefficient). It rewards organisations that many depend on
 * (PageRank, degree), that broker (betweenness) and that reach several clusters (P), the three
 * things investors look for in domain.md. Ties in the ranking are broken by organisation id.
 */
import { NODE_ROLES_ALL } from './roles.ts';
import type { NodeRole } from '../../algorithms/guimera-amaral.ts';
import { BadUserInputError, NotFoundError } from '../../errors.ts';
import type { AnalyticsEngine, ComputeControl } from './engine.ts';
import { nodeMeasures, type BetweennessInfo, type BetweennessRequest, type NodeMeasureName, type OrganizationMeasures } from './node-measures.ts';
import type { NetworkOptions, Scope } from './scope.ts';

export const HUB_RANKINGS = ['PAGERANK', 'BETWEENNESS', 'DEGREE', 'PARTICIPATION', 'COMPOSITE'] as const;
export type HubRanking = (typeof HUB_RANKINGS)[number];

export const COMPOSITE_FORMULA = '0.30·PageRank/max + 0.30·betweenness/max + 0.20·degree/max + 0.20·participation';
export const MAX_HUB_LIMIT = 1000;
/** The node measures a ranking needs (degree comes always). */
const HUB_MEASURES: readonly NodeMeasureName[] = ['pagerank', 'betweenness', 'roles'];

export interface HubFirmsRequest {
  scope: Scope;
  rankBy?: HubRanking;
  roles?: readonly NodeRole[] | null;
  kinds?: readonly string[] | null;
  /** Only organisations of these sectors; the measures stay those of the whole scope. */
  sectors?: readonly string[] | null;
  /** Only organisations located in these regions or regions inside them (NOT_FOUND if unknown). */
  regionIds?: readonly string[] | null;
  limit?: number;
  network?: NetworkOptions;
  betweenness?: BetweennessRequest;
}

export interface HubFirm {
  rank: number;
  organizationId: string;
  name: string;
  kind: string;
  clusterIds: string[];
  /** The value ranked by. */
  score: number;
  pagerank: number;
  betweenness: number;
  degree: number;
  participation: number;
  withinModuleZ: number;
  role: NodeRole;
  composite: number;
}

export interface HubFirmsResult {
  rankBy: HubRanking;
  compositeFormula: string;
  betweenness: BetweennessInfo;
  graphVersion: number;
  /** Organisations that passed the filters (before the limit). */
  candidates: number;
  firms: HubFirm[];
}

function scoreOf(rankBy: HubRanking, m: OrganizationMeasures, composite: number): number {
  switch (rankBy) {
    case 'PAGERANK':
      return m.pagerank;
    case 'BETWEENNESS':
      return m.betweenness;
    case 'DEGREE':
      return m.degree;
    case 'PARTICIPATION':
      return m.participation;
    case 'COMPOSITE':
      return composite;
    default: {
      const never: never = rankBy;
      throw new BadUserInputError(`unknown ranking ${String(never)}`, {});
    }
  }
}

export async function hubFirms(engine: AnalyticsEngine, request: HubFirmsRequest, control: ComputeControl = {}): Promise<HubFirmsResult> {
  const rankBy = request.rankBy ?? 'COMPOSITE';
  if (!HUB_RANKINGS.includes(rankBy)) throw new BadUserInputError(`unknown rankBy '${String(rankBy)}'`, { rankBy });
  const limit = request.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_HUB_LIMIT) {
    throw new BadUserInputError(`limit must be an integer in 1..${MAX_HUB_LIMIT}`, { limit });
  }
  for (const r of request.roles ?? []) if (!NODE_ROLES_ALL.includes(r)) throw new BadUserInputError(`unknown role '${String(r)}'`, { role: r });
  const measures = await nodeMeasures(
    engine,
    {
      scope: request.scope,
      ...(request.network ? { network: request.network } : {}),
      ...(request.betweenness ? { betweenness: request.betweenness } : {}),
      // Only what the ranking shows: not closeness, clustering, structural holes, brokerage, Louvain.
      measures: HUB_MEASURES,
    },
    control,
  );
  const orgs = measures.organizations;
  const max = (f: (m: OrganizationMeasures) => number): number => orgs.reduce((x, m) => Math.max(x, f(m)), 0);
  const maxPr = max((m) => m.pagerank);
  const maxBc = max((m) => m.betweenness);
  const maxDeg = max((m) => m.degree);
  const scaled = (x: number, top: number): number => (top > 0 ? x / top : 0);
  const roles = request.roles == null || request.roles.length === 0 ? null : new Set(request.roles);
  const kinds = request.kinds == null || request.kinds.length === 0 ? null : new Set(request.kinds);
  const place = await placeFilter(engine, measures.graphVersion, request);
  const rows = orgs
    .filter((m) => (roles === null || roles.has(m.role)) && (kinds === null || kinds.has(m.kind)) && (place === null || place(m.id)))
    .map((m) => {
      const composite = 0.3 * scaled(m.pagerank, maxPr) + 0.3 * scaled(m.betweenness, maxBc) + 0.2 * scaled(m.degree, maxDeg) + 0.2 * m.participation;
      return { m, composite, score: scoreOf(rankBy, m, composite) };
    })
    .sort((a, b) => b.score - a.score || (a.m.id < b.m.id ? -1 : a.m.id > b.m.id ? 1 : 0));
  return {
    rankBy,
    compositeFormula: COMPOSITE_FORMULA,
    betweenness: measures.betweenness,
    graphVersion: measures.graphVersion,
    candidates: rows.length,
    firms: rows.slice(0, limit).map(({ m, composite, score }, i) => ({
      rank: i + 1,
      organizationId: m.id,
      name: m.name,
      kind: m.kind,
      clusterIds: m.clusterIds,
      score,
      pagerank: m.pagerank,
      betweenness: m.betweenness,
      degree: m.degree,
      participation: m.participation,
      withinModuleZ: m.withinModuleZ,
      role: m.role,
      composite,
    })),
  };
}

/**
 * The sector and region filters, from the attributes of the scope's network (cached with the
 * measures): null when neither is given. A region filter keeps organisations whose region is one
 * of `regionIds` or lies inside one (PART_OF, followed up to 20 levels).
 */
async function placeFilter(engine: AnalyticsEngine, version: number, request: HubFirmsRequest): Promise<((id: string) => boolean) | null> {
  const sectors = request.sectors == null || request.sectors.length === 0 ? null : new Set(request.sectors);
  const wanted = request.regionIds == null || request.regionIds.length === 0 ? null : new Set(request.regionIds);
  if (sectors === null && wanted === null) return null;
  const net = await engine.networkAt(version, request.scope, request.network ?? {});
  let inside: Set<string> | null = null;
  if (wanted !== null) {
    for (const id of wanted) if (!net.regions.has(id)) throw new NotFoundError('Region', id);
    inside = new Set();
    for (const region of net.regions.values()) {
      let at: string | null | undefined = region.id;
      for (let depth = 0; at != null && depth <= 20; depth++) {
        if (wanted.has(at)) {
          inside.add(region.id);
          break;
        }
        at = net.regions.get(at)?.parentId;
      }
    }
  }
  const orgOf = new Map(net.orgs.map((o) => [o.id, o]));
  return (id) => {
    const o = orgOf.get(id);
    if (o === undefined) return false;
    if (sectors !== null && (o.sector === null || !sectors.has(o.sector))) return false;
    return inside === null || (o.regionId !== null && inside.has(o.regionId));
  };
}

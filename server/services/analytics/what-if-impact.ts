/**
 * What if some organisations left — for each organisation that stays: how its degree,
 * betweenness, closeness, harmonic centrality and PageRank change. "Before" are the scope's node
 * measures (nodeMeasures, cached and shared with every other view of the scope); "after" are the
 * same measures, by the same conventions (networkx normalisation, betweenness exact or sampled
 * by the same AUTO rule), on the scope's network without the removed organisations. Normalised
 * measures are normalised by each network's own size, so a change reflects position, not the
 * smaller n. Organisations are ranked by the absolute change of one chosen measure (a ranking
 * across measures would mix scales); ties by id. Removed ids outside the scope are ignored.
 */
import { degree } from '../../algorithms/degree.ts';
import { pagerank } from '../../algorithms/pagerank.ts';
import { BadUserInputError } from '../../errors.ts';
import { closenessValues, harmonicValues } from '../../workers/parallel.ts';
import { throwIfAborted } from '../../workers/errors.ts';
import type { AnalyticsEngine, ComputeControl } from './engine.ts';
import { computeBetweenness, nodeMeasures, type OrganizationMeasures } from './node-measures.ts';
import { normaliseScope, resolveNetworkOptions, type NetworkOptions, type Scope } from './scope.ts';
import { removeOrganizations } from './what-if.ts';

export const IMPACT_MEASURES = ['DEGREE', 'BETWEENNESS', 'CLOSENESS', 'HARMONIC', 'PAGERANK'] as const;
export type ImpactMeasure = (typeof IMPACT_MEASURES)[number];
export const MAX_IMPACT_LIMIT = 1000;

export interface MeasureChange {
  measure: ImpactMeasure;
  before: number;
  after: number;
  /** after − before. */
  change: number;
}

export interface OrganizationImpact {
  organizationId: string;
  name: string;
  /** One entry per measure, in IMPACT_MEASURES order. */
  changes: MeasureChange[];
}

export interface WhatIfImpactRequest {
  remove: readonly string[];
  scope: Scope;
  network?: NetworkOptions;
  rankBy?: ImpactMeasure;
  limit?: number;
}

const pick: Record<ImpactMeasure, (m: OrganizationMeasures) => number> = {
  DEGREE: (m) => m.degree,
  BETWEENNESS: (m) => m.betweenness,
  CLOSENESS: (m) => m.closeness,
  HARMONIC: (m) => m.harmonic,
  PAGERANK: (m) => m.pagerank,
};

/** Every remaining organisation's changes, unsorted (cached per scope, options and removal). */
async function allImpacts(engine: AnalyticsEngine, request: WhatIfImpactRequest, control: ComputeControl): Promise<OrganizationImpact[]> {
  const scope = normaliseScope(request.scope);
  const options = resolveNetworkOptions(request.network);
  const remove = [...new Set(request.remove)].sort();
  return engine.cached(
    'whatIfImpact',
    [scope, options, remove],
    async (version, run) => {
      const before = await nodeMeasures(engine, { scope, network: options }, run);
      const net = await engine.networkAt(version, scope, options);
      const removed = remove.map((id) => net.graph.index.get(id)).filter((v): v is number => v !== undefined);
      const g = removeOrganizations(net, removed).graph;
      const bc = await computeBetweenness(g, {}, engine, run);
      const closeness = await closenessValues(g, {}, { pool: engine.pool, ...run });
      const harmonic = await harmonicValues(g, {}, { pool: engine.pool, ...run });
      throwIfAborted(run.signal);
      const after: Record<ImpactMeasure, Float64Array> = {
        DEGREE: degree(g),
        BETWEENNESS: bc.values,
        CLOSENESS: closeness,
        HARMONIC: harmonic,
        PAGERANK: pagerank(g, { weighted: options.weighting === 'WEIGHT' }),
      };
      return before.organizations.flatMap((m): OrganizationImpact[] => {
        const i = g.index.get(m.id);
        if (i === undefined) return [];
        const changes = IMPACT_MEASURES.map((measure): MeasureChange => {
          const b = pick[measure](m);
          const a = after[measure][i] ?? 0;
          return { measure, before: b, after: a, change: a - b };
        });
        return [{ organizationId: m.id, name: m.name, changes }];
      });
    },
    control,
  );
}

/** The `limit` organisations whose `rankBy` measure changes most (absolute change). */
export async function whatIfImpact(engine: AnalyticsEngine, request: WhatIfImpactRequest, control: ComputeControl = {}): Promise<OrganizationImpact[]> {
  const rankBy = request.rankBy ?? 'BETWEENNESS';
  if (!IMPACT_MEASURES.includes(rankBy)) throw new BadUserInputError(`unknown measure '${String(rankBy)}'`, { measure: rankBy });
  const limit = request.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_IMPACT_LIMIT) {
    throw new BadUserInputError(`limit must be an integer in 0..${MAX_IMPACT_LIMIT}`, { limit });
  }
  if (request.remove.length === 0) throw new BadUserInputError('whatIf needs at least one organisation id to remove', {});
  const k = IMPACT_MEASURES.indexOf(rankBy);
  const size = (o: OrganizationImpact): number => Math.abs(o.changes[k]?.change ?? 0);
  const all = await allImpacts(engine, request, control);
  return [...all]
    .sort((a, b) => size(b) - size(a) || (a.organizationId < b.organizationId ? -1 : a.organizationId > b.organizationId ? 1 : 0))
    .slice(0, limit);
}

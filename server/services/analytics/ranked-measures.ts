/**
 * Node measures of a whole scope ordered by one measure (descending; null values last; ties by
 * id) and cut to `limit`: the organisation list "sorted by a measure" that the catalog's
 * Cypher-sorted lists cannot offer. The measures themselves come from nodeMeasures (cached).
 */
import { BadUserInputError } from '../../errors.ts';
import { measureRecords, type NetworkMeasuresRecord } from './api-models.ts';
import type { AnalyticsEngine, ComputeControl } from './engine.ts';
import { nodeMeasures, type NodeMeasuresRequest, type OrganizationMeasures } from './node-measures.ts';

export const MEASURE_KEYS = {
  DEGREE: (m) => m.degree,
  STRENGTH: (m) => m.strength,
  BETWEENNESS: (m) => m.betweenness,
  CLOSENESS: (m) => m.closeness,
  HARMONIC: (m) => m.harmonic,
  EIGENVECTOR: (m) => m.eigenvector,
  PAGERANK: (m) => m.pagerank,
  CLUSTERING: (m) => m.clustering,
  CONSTRAINT: (m) => m.constraint,
  EFFECTIVE_SIZE: (m) => m.effectiveSize,
  Z: (m) => m.withinModuleZ,
  PARTICIPATION: (m) => m.participation,
  BROKERAGE: (m) => m.brokerage.total,
} as const satisfies Record<string, (m: OrganizationMeasures) => number | null>;
export type MeasureKey = keyof typeof MEASURE_KEYS;
export const MAX_MEASURES_LIMIT = 1000;

export async function rankedMeasures(
  engine: AnalyticsEngine,
  request: NodeMeasuresRequest & { orderBy?: MeasureKey; limit?: number },
  control: ComputeControl = {},
): Promise<NetworkMeasuresRecord> {
  const orderBy = request.orderBy ?? 'PAGERANK';
  const pick: ((m: OrganizationMeasures) => number | null) | undefined = MEASURE_KEYS[orderBy];
  if (pick === undefined) throw new BadUserInputError(`unknown measure '${String(orderBy)}'`, { measure: orderBy });
  const limit = request.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_MEASURES_LIMIT) {
    throw new BadUserInputError(`limit must be an integer in 1..${MAX_MEASURES_LIMIT}`, { limit });
  }
  const { computation, organizations } = measureRecords(await nodeMeasures(engine, request, control));
  const value = (m: OrganizationMeasures): number => pick(m) ?? -Infinity;
  const ranked = [...organizations].sort((a, b) => value(b) - value(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { computation, totalCount: organizations.length, organizations: ranked.slice(0, limit) };
}

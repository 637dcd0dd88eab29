/**
 * What a request computes on: a scope (which organisations) and network options (which ties,
 * directed or not, weighted or not, as of which year). Both are validated and normalised here
 * (sorted, de-duplicated), so that equal requests give equal cache keys.
 */
import { YEAR_MAX, YEAR_MIN } from '../../dataset/columns.ts';
import { BadUserInputError } from '../../errors.ts';

/**
 * Which organisations. Criteria combine by intersection ("members of cl-auto located in
 * xa-central"); a list matches any of its ids; `all` takes every organisation and excludes the
 * other criteria. An empty list matches nothing (an empty network, not an error).
 */
export interface Scope {
  clusterIds?: readonly string[] | null;
  regionIds?: readonly string[] | null;
  allianceId?: string | null;
  all?: boolean | null;
}

export interface NormalisedScope {
  all: boolean;
  clusterIds: string[] | null;
  regionIds: string[] | null;
  allianceId: string | null;
}

export const NETWORK_RELATIONSHIP_TYPES = ['SUPPLIES', 'COLLABORATES_WITH', 'INVESTS_IN'] as const;
export type NetworkRelationshipType = (typeof NETWORK_RELATIONSHIP_TYPES)[number];
export type NetworkDirection = 'UNDIRECTED' | 'DIRECTED';
/** NONE: every tie counts 1 (parallel ties add up); WEIGHT: the tie's `weight` (missing = 1). */
export type NetworkWeighting = 'NONE' | 'WEIGHT';

export interface NetworkOptions {
  types?: readonly NetworkRelationshipType[] | null;
  direction?: NetworkDirection | null;
  weighting?: NetworkWeighting | null;
  /** A year: ties and memberships valid that year (since ≤ asOf ≤ until, missing bounds pass). */
  asOf?: number | null;
}

export interface ResolvedNetworkOptions {
  types: NetworkRelationshipType[];
  direction: NetworkDirection;
  weighting: NetworkWeighting;
  asOf: number | null;
}

export const ALL: NormalisedScope = { all: true, clusterIds: null, regionIds: null, allianceId: null };

function ids(list: readonly string[] | null | undefined, what: string): string[] | null {
  if (list === undefined || list === null) return null;
  for (const id of list) {
    if (typeof id !== 'string' || id === '') throw new BadUserInputError(`scope.${what} must hold non-empty ids`, { what });
  }
  return [...new Set(list)].sort();
}

export function normaliseScope(scope: Scope): NormalisedScope {
  const clusterIds = ids(scope.clusterIds, 'clusterIds');
  const regionIds = ids(scope.regionIds, 'regionIds');
  const allianceId = scope.allianceId ?? null;
  if (allianceId === '') throw new BadUserInputError('scope.allianceId must not be empty', {});
  const narrowed = clusterIds !== null || regionIds !== null || allianceId !== null;
  if (scope.all === true) {
    if (narrowed) throw new BadUserInputError('scope: `all` cannot be combined with other criteria', {});
    return ALL;
  }
  if (!narrowed) {
    throw new BadUserInputError('scope needs `all: true` or at least one of clusterIds, regionIds, allianceId', {});
  }
  return { all: false, clusterIds, regionIds, allianceId };
}

export function resolveNetworkOptions(options: NetworkOptions = {}): ResolvedNetworkOptions {
  const types = options.types ?? NETWORK_RELATIONSHIP_TYPES;
  for (const t of types) {
    if (!(NETWORK_RELATIONSHIP_TYPES as readonly string[]).includes(t)) {
      throw new BadUserInputError(`unknown relationship type '${String(t)}' for the organisation network`, { type: t });
    }
  }
  if (types.length === 0) throw new BadUserInputError('the network needs at least one relationship type', {});
  const asOf = options.asOf ?? null;
  if (asOf !== null && (!Number.isInteger(asOf) || asOf < YEAR_MIN || asOf > YEAR_MAX)) {
    throw new BadUserInputError(`asOf must be a year between ${YEAR_MIN} and ${YEAR_MAX}`, { asOf });
  }
  const direction = options.direction ?? 'UNDIRECTED';
  if (direction !== 'UNDIRECTED' && direction !== 'DIRECTED') throw new BadUserInputError(`unknown direction '${String(direction)}'`, {});
  const weighting = options.weighting ?? 'NONE';
  if (weighting !== 'NONE' && weighting !== 'WEIGHT') throw new BadUserInputError(`unknown weighting '${String(weighting)}'`, {});
  return {
    types: NETWORK_RELATIONSHIP_TYPES.filter((t) => types.includes(t)),
    direction,
    weighting,
    asOf,
  };
}

/** A stable text for cache keys. */
export function keyOf(...parts: unknown[]): string {
  return JSON.stringify(parts);
}

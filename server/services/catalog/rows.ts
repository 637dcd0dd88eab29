/**
 * Row → record mappers. Rows hold `properties(n)` maps straight from Neo4j; these pick the
 * model's fields by name (so `_hash` and measure properties never leave the service) and turn
 * `x_` properties into `extras`. A stored empty `kind` ('' because MERGE cannot match null)
 * becomes null.
 */
import type { Plain } from '../../db/values.ts';
import { asRecordObject } from '../../db/values.ts';
import { MEMBERSHIP_ROLES, ORGANIZATION_KINDS, type MembershipRole, type OrganizationKind } from '../../model/types.ts';
import type { AllianceRecord, ClusterRecord, EntityRecord, Extras, OrganizationRecord, RegionRecord } from './models.ts';

type Props = { [key: string]: Plain };

export const str = (v: Plain | undefined): string | null => (typeof v === 'string' ? v : v === null || v === undefined ? null : String(v));
export const num = (v: Plain | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
export const bool = (v: Plain | undefined): boolean | null => (typeof v === 'boolean' ? v : null);
/** '' is how an absent kind is stored. */
export const kindOf = (v: Plain | undefined): string | null => {
  const s = str(v);
  return s === null || s === '' ? null : s;
};
export const strings = (v: Plain | undefined): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function extrasOf(props: Props): Extras | null {
  let out: Extras | null = null;
  for (const [k, v] of Object.entries(props)) {
    if (!k.startsWith('x_')) continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') (out ??= {})[k.slice(2)] = v;
  }
  return out;
}

export function regionOf(value: Plain | undefined): RegionRecord {
  const p = asRecordObject(value ?? null);
  return {
    __typename: 'Region',
    id: str(p['id']) ?? '',
    name: str(p['name']) ?? '',
    country: str(p['country']),
    level: str(p['level']),
    parentId: str(p['parentId']),
    lat: num(p['lat']),
    lon: num(p['lon']),
    population: num(p['population']),
    gdpPerCapita: num(p['gdpPerCapita']),
    unemploymentRate: num(p['unemploymentRate']),
    extras: extrasOf(p),
  };
}

export function clusterOf(value: Plain | undefined): ClusterRecord {
  const p = asRecordObject(value ?? null);
  return {
    __typename: 'Cluster',
    id: str(p['id']) ?? '',
    name: str(p['name']) ?? '',
    sector: str(p['sector']),
    sectorName: str(p['sectorName']),
    founded: num(p['founded']),
    regionId: str(p['regionId']),
    extras: extrasOf(p),
  };
}

export function organizationKind(v: Plain | undefined): OrganizationKind {
  return ORGANIZATION_KINDS.find((k) => k === v) ?? 'ENTERPRISE';
}

export function membershipRole(v: Plain | undefined): MembershipRole {
  return MEMBERSHIP_ROLES.find((r) => r === v) ?? 'CORE';
}

export function organizationOf(value: Plain | undefined): OrganizationRecord {
  const p = asRecordObject(value ?? null);
  return {
    __typename: 'Organization',
    id: str(p['id']) ?? '',
    name: str(p['name']) ?? '',
    kind: organizationKind(p['kind']),
    sector: str(p['sector']),
    regionId: str(p['regionId']),
    lat: num(p['lat']),
    lon: num(p['lon']),
    employees: num(p['employees']),
    revenue: num(p['revenue']),
    exportShare: num(p['exportShare']),
    rdIntensity: num(p['rdIntensity']),
    patents: num(p['patents']),
    digitalMaturity: num(p['digitalMaturity']),
    emissionsIntensity: num(p['emissionsIntensity']),
    renewableShare: num(p['renewableShare']),
    foundedYear: num(p['foundedYear']),
    foreignOwned: bool(p['foreignOwned']),
    csr: bool(p['csr']),
    extras: extrasOf(p),
  };
}

export function allianceOf(value: Plain | undefined): AllianceRecord {
  const p = asRecordObject(value ?? null);
  return {
    __typename: 'Alliance',
    id: str(p['id']) ?? '',
    name: str(p['name']) ?? '',
    kind: kindOf(p['kind']),
    founded: num(p['founded']),
    extras: extrasOf(p),
  };
}

/** An entity from its label list and properties (search hits, alliance parties). */
export function entityOf(labels: Plain | undefined, props: Plain | undefined): EntityRecord | null {
  const ls = strings(labels);
  if (ls.includes('Organization')) return organizationOf(props);
  if (ls.includes('Cluster')) return clusterOf(props);
  if (ls.includes('Region')) return regionOf(props);
  if (ls.includes('Alliance')) return allianceOf(props);
  return null;
}

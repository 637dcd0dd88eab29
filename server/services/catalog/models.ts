/**
 * What the catalog services return: plain records shaped like the SDL types minus the fields
 * that resolvers compute (codegen `mappers` point here). Entity records carry `__typename`, so
 * unions (SearchResult, AllianceMember) resolve without a lookup. No record holds `_hash`.
 */
import type { OrganizationKind, MembershipRole } from '../../model/types.ts';

export type Extras = Record<string, string | number | boolean>;

export interface RegionRecord {
  __typename: 'Region';
  id: string;
  name: string;
  country: string | null;
  level: string | null;
  parentId: string | null;
  lat: number | null;
  lon: number | null;
  population: number | null;
  gdpPerCapita: number | null;
  unemploymentRate: number | null;
  extras: Extras | null;
}

export interface ClusterRecord {
  __typename: 'Cluster';
  id: string;
  name: string;
  sector: string | null;
  sectorName: string | null;
  founded: number | null;
  regionId: string | null;
  extras: Extras | null;
}

export interface OrganizationRecord {
  __typename: 'Organization';
  id: string;
  name: string;
  kind: OrganizationKind;
  sector: string | null;
  regionId: string | null;
  lat: number | null;
  lon: number | null;
  employees: number | null;
  revenue: number | null;
  exportShare: number | null;
  rdIntensity: number | null;
  patents: number | null;
  digitalMaturity: number | null;
  emissionsIntensity: number | null;
  renewableShare: number | null;
  foundedYear: number | null;
  foreignOwned: boolean | null;
  csr: boolean | null;
  extras: Extras | null;
}

export interface AllianceRecord {
  __typename: 'Alliance';
  id: string;
  name: string;
  kind: string | null;
  founded: number | null;
  extras: Extras | null;
}

export type EntityRecord = RegionRecord | ClusterRecord | OrganizationRecord | AllianceRecord;

export interface MembershipRecord {
  organization: OrganizationRecord;
  cluster: ClusterRecord;
  role: MembershipRole;
  since: number | null;
  until: number | null;
}

/** The organisation-to-organisation tie types, the only ones `Tie` carries. */
export type TieType = 'SUPPLIES' | 'COLLABORATES_WITH' | 'INVESTS_IN';

/** A tie seen from one organisation: `organization` is the other end; `outgoing` the stored direction. */
export interface TieRecord {
  organization: OrganizationRecord;
  type: TieType;
  outgoing: boolean;
  kind: string | null;
  weight: number | null;
  value: number | null;
  product: string | null;
  since: number | null;
  until: number | null;
}

export interface SupportRecord {
  organization: OrganizationRecord;
  cluster: ClusterRecord;
  kind: string | null;
  program: string | null;
  amount: number | null;
  weight: number | null;
  since: number | null;
  until: number | null;
}

export interface AllianceMembershipRecord {
  alliance: AllianceRecord;
  member: ClusterRecord | OrganizationRecord;
  since: number | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** A cursor connection whose total is computed only when asked for (it costs a count query). */
export interface Connection<E> {
  edges: E[];
  pageInfo: PageInfo;
  count(): Promise<number>;
}

export type OrganizationConnectionRecord = Connection<{ cursor: string; node: OrganizationRecord }>;
export type ClusterConnectionRecord = Connection<{ cursor: string; node: ClusterRecord }>;

export interface ClusterMemberEdgeRecord {
  cursor: string;
  node: OrganizationRecord;
  role: MembershipRole;
  since: number | null;
  until: number | null;
}

export type ClusterMemberConnectionRecord = Connection<ClusterMemberEdgeRecord>;

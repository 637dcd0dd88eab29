/**
 * The cluster graph model (../shared/docs/domain.md), as plain TypeScript types shared by the
 * dataset layer, the database layer and the services. Property names equal the dataset's column
 * names (docs/dataset-format.md) and the Neo4j property names, so no layer renames anything.
 */

export const ORGANIZATION_KINDS = [
  'ENTERPRISE',
  'SUPPLIER',
  'UNIVERSITY',
  'RESEARCH',
  'FINANCIAL',
  'GOVERNMENT',
  'SUPPORT',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Every kind that is not a firm ("institutions" in domain.md). */
export const INSTITUTION_KINDS: readonly OrganizationKind[] = [
  'UNIVERSITY',
  'RESEARCH',
  'FINANCIAL',
  'GOVERNMENT',
  'SUPPORT',
];

export const MEMBERSHIP_ROLES = ['CORE', 'ASSOCIATE', 'COORDINATOR'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** Relationship types that `relationships.csv` may hold (MEMBER_OF, LOCATED_IN, PARTY_TO have files of their own). */
export const RELATIONSHIP_TYPES = ['SUPPLIES', 'COLLABORATES_WITH', 'INVESTS_IN', 'SUPPORTS'] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const COLLABORATION_KINDS = [
  'RND',
  'TRAINING',
  'JOINT_PROJECT',
  'LICENSING',
  'SHARED_INFRASTRUCTURE',
  'OTHER',
] as const;
export type CollaborationKind = (typeof COLLABORATION_KINDS)[number];

/** Extra properties from `x_` columns, kept as they were read (strings), or as JSON scalars. */
export type Extras = Record<string, string | number | boolean>;

export interface Region {
  id: string;
  name: string;
  country?: string;
  level?: string;
  parentId?: string;
  lat?: number;
  lon?: number;
  population?: number;
  gdpPerCapita?: number;
  unemploymentRate?: number;
  extras?: Extras;
}

export interface Cluster {
  id: string;
  name: string;
  regionId?: string;
  sector?: string;
  sectorName?: string;
  founded?: number;
  extras?: Extras;
}

export interface Organization {
  id: string;
  name: string;
  kind: OrganizationKind;
  sector?: string;
  regionId?: string;
  lat?: number;
  lon?: number;
  employees?: number;
  revenue?: number;
  exportShare?: number;
  rdIntensity?: number;
  patents?: number;
  digitalMaturity?: number;
  emissionsIntensity?: number;
  renewableShare?: number;
  foundedYear?: number;
  foreignOwned?: boolean;
  csr?: boolean;
  extras?: Extras;
}

export interface Membership {
  organizationId: string;
  clusterId: string;
  role: MembershipRole;
  since?: number;
  until?: number;
  extras?: Extras;
}

export interface Relationship {
  sourceId: string;
  targetId: string;
  type: RelationshipType;
  /** Collaboration kind for COLLABORATES_WITH; free text otherwise. Part of the identity. */
  kind?: string;
  weight: number;
  value?: number;
  product?: string;
  program?: string;
  since?: number;
  until?: number;
  extras?: Extras;
}

export interface Alliance {
  id: string;
  name: string;
  kind?: string;
  founded?: number;
  extras?: Extras;
}

export interface AllianceMember {
  allianceId: string;
  /** A cluster id or an organisation id. */
  memberId: string;
  since?: number;
  extras?: Extras;
}

/** A whole dataset bundle, validated. Arrays keep file order. */
export interface Dataset {
  regions: Region[];
  clusters: Cluster[];
  organizations: Organization[];
  memberships: Membership[];
  relationships: Relationship[];
  alliances: Alliance[];
  allianceMembers: AllianceMember[];
}

/** The bundle's files, in dependency order (a file only references files before it, or itself). */
export const DATASET_FILES = [
  'regions',
  'clusters',
  'organizations',
  'memberships',
  'relationships',
  'alliances',
  'alliance_members',
] as const;
export type DatasetFile = (typeof DATASET_FILES)[number];

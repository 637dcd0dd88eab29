/**
 * The bundle's column specifications as data (docs/dataset-format.md, the table). This one table
 * drives CSV and JSON parsing, value validation, reference checks, the writers (column order) and
 * the graph exports (attribute types), so a column is added or changed in one place only.
 */
import {
  COLLABORATION_KINDS,
  MEMBERSHIP_ROLES,
  ORGANIZATION_KINDS,
  RELATIONSHIP_TYPES,
  type Dataset,
  type DatasetFile,
} from '../model/types.ts';

/** What a reference column points at; resolved in references.ts. */
export type RefTarget =
  | 'region'
  | 'cluster'
  | 'organization'
  | 'alliance'
  /** alliance_members.memberId: a cluster or an organisation (must not be ambiguous). */
  | 'clusterOrOrganization'
  /** relationships.targetId: a cluster for SUPPORTS, an organisation for every other type. */
  | 'relationshipTarget';

export type ColumnType =
  | { readonly kind: 'text' }
  /** ISO 3166-1 alpha-2: two ASCII letters, stored upper-case. */
  | { readonly kind: 'country' }
  /** Accepted case-insensitively, stored as listed. */
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  /** Integer 1800..2100. */
  | { readonly kind: 'year' }
  | { readonly kind: 'number'; readonly min?: number; readonly max?: number; readonly exclusiveMin?: boolean }
  /** true/false, case-insensitive. */
  | { readonly kind: 'boolean' };

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  readonly required?: boolean;
  /** Value used when the cell is empty (role CORE, weight 1). */
  readonly default?: string | number;
  readonly ref?: RefTarget;
  /** The record's own id (unique within the file). */
  readonly isId?: boolean;
}

export interface FileSpec {
  readonly file: DatasetFile;
  /** The CSV file name, also the name used in issues for CSV bundles. */
  readonly csvName: string;
  /** The Dataset property holding the records. */
  readonly key: keyof Dataset;
  readonly required: boolean;
  /**
   * Columns whose values identify a record within the file; a repeat is DUPLICATE_ID. For
   * relationships this is (sourceId, targetId, type, kind) after COLLABORATES_WITH orientation is
   * normalised, i.e. exactly relationshipKey().
   */
  readonly identity: readonly string[];
  readonly columns: readonly ColumnSpec[];
}

const text = { kind: 'text' } as const;
const year = { kind: 'year' } as const;
const bool = { kind: 'boolean' } as const;
const share = { kind: 'number', min: 0, max: 1 } as const;
const nonNegative = { kind: 'number', min: 0 } as const;
const lat = { kind: 'number', min: -90, max: 90 } as const;
const lon = { kind: 'number', min: -180, max: 180 } as const;

/** In DATASET_FILES order: a file only references files before it, or itself. */
export const FILE_SPECS: readonly FileSpec[] = [
  {
    file: 'regions',
    csvName: 'regions.csv',
    key: 'regions',
    required: false,
    identity: ['id'],
    columns: [
      { name: 'id', type: text, required: true, isId: true },
      { name: 'name', type: text, required: true },
      { name: 'country', type: { kind: 'country' } },
      { name: 'level', type: text },
      { name: 'parentId', type: text, ref: 'region' },
      { name: 'lat', type: lat },
      { name: 'lon', type: lon },
      { name: 'population', type: nonNegative },
      { name: 'gdpPerCapita', type: nonNegative },
      { name: 'unemploymentRate', type: share },
    ],
  },
  {
    file: 'clusters',
    csvName: 'clusters.csv',
    key: 'clusters',
    required: false,
    identity: ['id'],
    columns: [
      { name: 'id', type: text, required: true, isId: true },
      { name: 'name', type: text, required: true },
      { name: 'regionId', type: text, ref: 'region' },
      { name: 'sector', type: text },
      { name: 'sectorName', type: text },
      { name: 'founded', type: year },
    ],
  },
  {
    file: 'organizations',
    csvName: 'organizations.csv',
    key: 'organizations',
    required: true,
    identity: ['id'],
    columns: [
      { name: 'id', type: text, required: true, isId: true },
      { name: 'name', type: text, required: true },
      { name: 'kind', type: { kind: 'enum', values: ORGANIZATION_KINDS }, required: true },
      { name: 'sector', type: text },
      { name: 'regionId', type: text, ref: 'region' },
      { name: 'lat', type: lat },
      { name: 'lon', type: lon },
      { name: 'employees', type: nonNegative },
      { name: 'revenue', type: nonNegative },
      { name: 'exportShare', type: share },
      { name: 'rdIntensity', type: share },
      { name: 'patents', type: nonNegative },
      { name: 'digitalMaturity', type: share },
      { name: 'emissionsIntensity', type: nonNegative },
      { name: 'renewableShare', type: share },
      { name: 'foundedYear', type: year },
      { name: 'foreignOwned', type: bool },
      { name: 'csr', type: bool },
    ],
  },
  {
    file: 'memberships',
    csvName: 'memberships.csv',
    key: 'memberships',
    required: false,
    identity: ['organizationId', 'clusterId'],
    columns: [
      { name: 'organizationId', type: text, required: true, ref: 'organization' },
      { name: 'clusterId', type: text, required: true, ref: 'cluster' },
      { name: 'role', type: { kind: 'enum', values: MEMBERSHIP_ROLES }, default: 'CORE' },
      { name: 'since', type: year },
      { name: 'until', type: year },
    ],
  },
  {
    file: 'relationships',
    csvName: 'relationships.csv',
    key: 'relationships',
    required: false,
    identity: ['sourceId', 'targetId', 'type', 'kind'],
    columns: [
      { name: 'sourceId', type: text, required: true, ref: 'organization' },
      { name: 'targetId', type: text, required: true, ref: 'relationshipTarget' },
      { name: 'type', type: { kind: 'enum', values: RELATIONSHIP_TYPES }, required: true },
      // Free text in general; validate.ts restricts it to COLLABORATION_KINDS for COLLABORATES_WITH.
      { name: 'kind', type: text },
      { name: 'weight', type: { kind: 'number', min: 0, exclusiveMin: true }, default: 1 },
      { name: 'value', type: nonNegative },
      { name: 'product', type: text },
      { name: 'program', type: text },
      { name: 'since', type: year },
      { name: 'until', type: year },
    ],
  },
  {
    file: 'alliances',
    csvName: 'alliances.csv',
    key: 'alliances',
    required: false,
    identity: ['id'],
    columns: [
      { name: 'id', type: text, required: true, isId: true },
      { name: 'name', type: text, required: true },
      { name: 'kind', type: text },
      { name: 'founded', type: year },
    ],
  },
  {
    file: 'alliance_members',
    csvName: 'alliance_members.csv',
    key: 'allianceMembers',
    required: false,
    identity: ['allianceId', 'memberId'],
    columns: [
      { name: 'allianceId', type: text, required: true, ref: 'alliance' },
      { name: 'memberId', type: text, required: true, ref: 'clusterOrOrganization' },
      { name: 'since', type: year },
    ],
  },
];

/** Collaboration kinds, re-exported here because validate.ts applies them as a column rule. */
export const COLLABORATION_KIND_VALUES: readonly string[] = COLLABORATION_KINDS;

/** Prefix of extra columns that are kept as `extras` instead of being rejected. */
export const EXTRA_PREFIX = 'x_';

export const YEAR_MIN = 1800;
export const YEAR_MAX = 2100;

export function fileSpec(file: DatasetFile): FileSpec {
  const spec = FILE_SPECS.find((s) => s.file === file);
  if (spec === undefined) throw new Error(`no spec for ${file}`);
  return spec;
}

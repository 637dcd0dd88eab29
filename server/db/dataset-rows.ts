/**
 * Maps the validated Dataset to the parameter rows of the import queries and back (export).
 * Neo4j property names equal the dataset's column names, except that the `value` column is
 * stored as `amount` on INVESTS_IN and SUPPORTS (domain.md's names). Each row carries a content
 * hash so that the import queries can skip rows that did not change.
 */
import { createHash } from 'node:crypto';
import type {
  Alliance,
  AllianceMember,
  Cluster,
  Dataset,
  Extras,
  Membership,
  Organization,
  Region,
  Relationship,
  RelationshipType,
} from '../model/types.ts';
import neo4j, { type Integer } from 'neo4j-driver';
import { FILE_SPECS } from '../dataset/index.ts';
import { asRecordObject, type Plain } from './values.ts';
import type { Row } from './executor.ts';

type Scalar = string | number | boolean;
export type Props = Record<string, Scalar | Integer>;

/**
 * Year columns are stored as Neo4j INTEGER (not FLOAT), so that Cypher users see `2010`, not
 * `2010.0`; every other number stays a float as JavaScript sends it.
 */
const YEAR_PROPS: ReadonlySet<string> = new Set(
  FILE_SPECS.flatMap((f) => f.columns.filter((c) => c.type.kind === 'year').map((c) => c.name)),
);

export interface NodeRow {
  id: string;
  regionId: string | null;
  parentId: string | null;
  props: Props;
  hash: string;
}

export interface EdgeRow {
  sourceId: string;
  targetId: string;
  kind: string;
  memberIsCluster: boolean;
  props: Props;
  hash: string;
}

/** Keeps defined scalar values; extras are stored under their `x_` column names. */
export function propsOf(entity: object, skip: ReadonlySet<string>, rename: Readonly<Record<string, string>> = {}): Props {
  const props: Props = {};
  for (const [key, value] of Object.entries(entity)) {
    if (skip.has(key) || key === 'extras' || value === undefined || value === null) continue;
    if (typeof value === 'number' && YEAR_PROPS.has(key)) props[rename[key] ?? key] = neo4j.int(value);
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      props[rename[key] ?? key] = value;
    }
  }
  const extras = (entity as { extras?: Extras }).extras;
  if (extras !== undefined) {
    for (const [key, value] of Object.entries(extras)) props[key.startsWith('x_') ? key : `x_${key}`] = value;
  }
  return props;
}

function hashOf(props: Props, ...more: (string | null)[]): string {
  const keys = Object.keys(props).sort();
  const h = createHash('sha1');
  for (const k of keys) h.update(`${k}\u0001${typeof props[k]}\u0001${String(props[k])}\u0002`);
  for (const m of more) h.update(`\u0003${m ?? ''}`);
  return h.digest('base64');
}

export function nodeRow(entity: Region | Cluster | Organization | Alliance): NodeRow {
  // regionId and parentId become relationships, but are kept as properties too, so that the
  // hash (and therefore the update detection) covers them.
  const props = propsOf(entity, new Set());
  const regionId = 'regionId' in entity ? (entity.regionId ?? null) : null;
  const parentId = 'parentId' in entity ? (entity.parentId ?? null) : null;
  return { id: entity.id, regionId, parentId, props, hash: hashOf(props) };
}

const MEMBERSHIP_SKIP = new Set(['organizationId', 'clusterId']);
export function membershipRow(m: Membership): EdgeRow {
  const props = propsOf(m, MEMBERSHIP_SKIP);
  return { sourceId: m.organizationId, targetId: m.clusterId, kind: '', memberIsCluster: false, props, hash: hashOf(props) };
}

const ALLIANCE_MEMBER_SKIP = new Set(['allianceId', 'memberId']);
export function allianceMemberRow(m: AllianceMember, clusterIds: ReadonlySet<string>): EdgeRow {
  const props = propsOf(m, ALLIANCE_MEMBER_SKIP);
  return {
    sourceId: m.memberId,
    targetId: m.allianceId,
    kind: '',
    memberIsCluster: clusterIds.has(m.memberId),
    props,
    hash: hashOf(props),
  };
}

const REL_SKIP = new Set(['sourceId', 'targetId', 'type']);
const AMOUNT_TYPES: ReadonlySet<RelationshipType> = new Set(['INVESTS_IN', 'SUPPORTS']);
export function relationshipRow(r: Relationship): EdgeRow {
  const props = propsOf(r, REL_SKIP, AMOUNT_TYPES.has(r.type) ? { value: 'amount' } : {});
  const kind = r.kind ?? '';
  props['kind'] = kind;
  return { sourceId: r.sourceId, targetId: r.targetId, kind, memberIsCluster: false, props, hash: hashOf(props) };
}

// ---- export: stored properties back to dataset records ----

const BOOKKEEPING = new Set(['_hash']);

function cleanProps(value: Plain): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(asRecordObject(value))) {
    if (BOOKKEEPING.has(k) || v === null || typeof v === 'object') continue;
    out[k] = v;
  }
  return out;
}

/** Splits stored properties into known fields and `x_` extras. */
function withExtras<T>(props: Record<string, Scalar>): T {
  const known: Record<string, unknown> = {};
  const extras: Extras = {};
  for (const [k, v] of Object.entries(props)) {
    if (k.startsWith('x_')) extras[k] = v;
    else known[k] = v;
  }
  if (Object.keys(extras).length > 0) known['extras'] = extras;
  return known as T;
}

export function rowToNode<T extends Region | Cluster | Organization | Alliance>(row: Row): T {
  const props = cleanProps(row['props'] ?? null);
  const regionId = row['regionId'];
  if (typeof regionId === 'string') props['regionId'] = regionId;
  return withExtras<T>(props);
}

export function rowToMembership(row: Row): Membership {
  const props = cleanProps(row['props'] ?? null);
  return withExtras<Membership>({ organizationId: String(row['sourceId']), clusterId: String(row['targetId']), ...props });
}

export function rowToAllianceMember(row: Row): AllianceMember {
  const props = cleanProps(row['props'] ?? null);
  return withExtras<AllianceMember>({ allianceId: String(row['targetId']), memberId: String(row['sourceId']), ...props });
}

export function rowToRelationship(row: Row): Relationship {
  const props = cleanProps(row['props'] ?? null);
  if ('amount' in props) {
    props['value'] = props['amount'] as Scalar;
    delete props['amount'];
  }
  if (props['kind'] === '') delete props['kind'];
  return withExtras<Relationship>({
    sourceId: String(row['sourceId']),
    targetId: String(row['targetId']),
    type: String(row['type']),
    ...props,
  });
}

export function emptyDataset(): Dataset {
  return { regions: [], clusters: [], organizations: [], memberships: [], relationships: [], alliances: [], allianceMembers: [] };
}

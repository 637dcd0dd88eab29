/**
 * The graph-slice shape the explorer hands to Cytoscape as it is: nodes `{id, label, ...}` and
 * edges `{id, source, target, type, ...}` (Cytoscape's `data` objects). Helpers here turn rows
 * into that shape, keep edges among kept nodes only, and count degrees.
 */
import type { Row } from '../../../db/executor.ts';
import type { Plain } from '../../../db/values.ts';
import { asRecordObject } from '../../../db/values.ts';
import { BadUserInputError } from '../../../errors.ts';
import { kindOf, num, str, strings } from '../rows.ts';
import type { EntityType } from '../search.ts';

export type SliceRelationshipType = 'MEMBER_OF' | 'LOCATED_IN' | 'SUPPLIES' | 'COLLABORATES_WITH' | 'INVESTS_IN' | 'SUPPORTS' | 'PARTY_TO';

/** The organisation network's ties: the default of every slice (as in domain.md). */
export const DEFAULT_TYPES: readonly SliceRelationshipType[] = ['SUPPLIES', 'COLLABORATES_WITH', 'INVESTS_IN'];
const ALL_TYPES: readonly SliceRelationshipType[] = ['MEMBER_OF', 'LOCATED_IN', 'SUPPLIES', 'COLLABORATES_WITH', 'INVESTS_IN', 'SUPPORTS', 'PARTY_TO'];
const ENTITY_TYPES: readonly EntityType[] = ['ORGANIZATION', 'CLUSTER', 'ALLIANCE', 'REGION'];

export interface GraphNode {
  id: string;
  label: EntityType;
  name: string;
  kind: string | null;
  sector: string | null;
  regionId: string | null;
  clusterIds: string[];
  depth: number | null;
  degree: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: SliceRelationshipType;
  kind: string | null;
  weight: number | null;
  value: number | null;
  since: number | null;
  until: number | null;
  directed: boolean;
}

/**
 * Optional parts of a slice, left out (empty clusterIds; null weight, value and years) when the
 * operation does not read them. Edge kinds are always read: they tell parallel ties apart.
 */
export interface SliceParts {
  clusterIds: boolean;
  edgeDetails: boolean;
}

export const ALL_PARTS: SliceParts = { clusterIds: true, edgeDetails: true };

export interface GraphSlice {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** Relationship types of a request: the enum's values only (never user text), de-duplicated. */
export function relationshipTypes(types: readonly string[] | null | undefined): SliceRelationshipType[] {
  if (types === null || types === undefined) return [...DEFAULT_TYPES];
  const out = ALL_TYPES.filter((t) => types.includes(t));
  if (out.length === 0) throw new BadUserInputError('relationshipTypes must name at least one type', { field: 'relationshipTypes' });
  return out;
}

export function labelOf(labels: Plain | undefined): EntityType | null {
  const ls = strings(labels);
  if (ls.includes('Organization')) return 'ORGANIZATION';
  if (ls.includes('Cluster')) return 'CLUSTER';
  if (ls.includes('Alliance')) return 'ALLIANCE';
  if (ls.includes('Region')) return 'REGION';
  return null;
}

/** A node from `labels`, `node` (id, name, kind, sector, regionId) and `clusterIds` columns. */
export function nodeOf(row: Row, depth: number | null = null): GraphNode | null {
  const label = labelOf(row['labels']);
  const p = asRecordObject(row['node'] ?? null);
  const id = str(p['id']);
  if (label === null || id === null) return null;
  return {
    id,
    label,
    name: str(p['name']) ?? id,
    kind: kindOf(p['kind']),
    sector: str(p['sector']),
    regionId: str(p['regionId']),
    clusterIds: strings(row['clusterIds']),
    depth,
    degree: 0,
  };
}

export function edgeOf(value: Plain | undefined): GraphEdge | null {
  const p = asRecordObject(value ?? null);
  return makeEdge(p['type'], p['source'], p['target'], p['kind'], p['weight'], p['value'], p['since'], p['until']);
}

const TYPE_SET: ReadonlySet<string> = new Set(ALL_TYPES);
const isSliceType = (v: Plain | undefined): v is SliceRelationshipType => typeof v === 'string' && TYPE_SET.has(v);

function makeEdge(
  type: Plain | undefined,
  sourceValue: Plain | undefined,
  targetValue: Plain | undefined,
  kindValue: Plain | undefined,
  weight: Plain | undefined,
  value: Plain | undefined,
  since: Plain | undefined,
  until: Plain | undefined,
): GraphEdge | null {
  const source = str(sourceValue);
  const target = str(targetValue);
  if (!isSliceType(type) || source === null || target === null) return null;
  const kind = kindOf(kindValue);
  return {
    // Stable across requests and unique: a relationship is identified by (type, source, target, kind).
    id: `${type}:${source}:${target}:${kind ?? ''}`,
    source,
    target,
    type,
    kind,
    weight: num(weight),
    value: num(value),
    since: num(since),
    until: num(until),
    directed: type !== 'COLLABORATES_WITH',
  };
}

/** A node from the positional list [label, id, name, kind, sector, regionId, clusterIds, depth]. */
export function nodeOfTuple(value: Plain | undefined): GraphNode | null {
  if (!Array.isArray(value)) return null;
  const [label, id, name, kind, sector, regionId, clusterIds, depth] = value;
  const entity = ENTITY_TYPES.find((t) => t === label);
  const nodeId = str(id);
  if (entity === undefined || nodeId === null) return null;
  return {
    id: nodeId,
    label: entity,
    name: str(name) ?? nodeId,
    kind: kindOf(kind),
    sector: str(sector),
    regionId: str(regionId),
    clusterIds: strings(clusterIds),
    depth: num(depth),
    degree: 0,
  };
}

/** An edge from the positional list [type, source, target, kind, [weight, value, since, until] or null]. */
export function edgeOfTuple(value: Plain | undefined): GraphEdge | null {
  if (!Array.isArray(value)) return null;
  const [type, source, target, kind, details] = value;
  // details: [weight, value, since, until], or null when the operation does not read them.
  if (!Array.isArray(details)) return makeEdge(type, source, target, kind, null, null, null, null);
  return makeEdge(type, source, target, kind, details[0], details[1], details[2], details[3]);
}

/** Keeps the edges whose two ends are kept, and sets every node's degree in the slice. */
export function assemble(nodes: GraphNode[], edges: GraphEdge[], truncated: boolean): GraphSlice {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const kept: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const e of edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (s === undefined || t === undefined || seen.has(e.id)) continue;
    seen.add(e.id);
    kept.push(e);
    s.degree++;
    if (t !== s) t.degree++;
  }
  return { nodes, edges: kept, truncated };
}

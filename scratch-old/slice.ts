/**
 * The graph-slice shape the explorer hands to Cytoscape as it is: nodes `{id, label, ...}` and
 * edges `{id, source, target, type, ...}` (Cytoscape's `data` objects). Helpers here turn rows
 * into that shape, keep edges among kept nodes only, and count degrees.
 */
import type { Row } from '../server/db/executor.ts';
import type { Plain } from '../server/db/values.ts';
import { asRecordObject } from '../server/db/values.ts';
import { BadUserInputError } from '../server/errors.ts';
import { kindOf, num, str, strings } from '../server/services/catalog/rows.ts';
import type { EntityType } from '../server/services/catalog/search.ts';

export type SliceRelationshipType = 'MEMBER_OF' | 'LOCATED_IN' | 'SUPPLIES' | 'COLLABORATES_WITH' | 'INVESTS_IN' | 'SUPPORTS' | 'PARTY_TO';

/** The organisation network's ties: the default of every slice (as in domain.md). */
export const DEFAULT_TYPES: readonly SliceRelationshipType[] = ['SUPPLIES', 'COLLABORATES_WITH', 'INVESTS_IN'];
const ALL_TYPES: readonly SliceRelationshipType[] = ['MEMBER_OF', 'LOCATED_IN', 'SUPPLIES', 'COLLABORATES_WITH', 'INVESTS_IN', 'SUPPORTS', 'PARTY_TO'];

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
  const type = ALL_TYPES.find((t) => t === p['type']);
  const source = str(p['source']);
  const target = str(p['target']);
  if (type === undefined || source === null || target === null) return null;
  const kind = kindOf(p['kind']);
  return {
    // Stable across requests and unique: a relationship is identified by (type, source, target, kind).
    id: `${type}:${source}:${target}:${kind ?? ''}`,
    source,
    target,
    type,
    kind,
    weight: num(p['weight']),
    value: num(p['value']),
    since: num(p['since']),
    until: num(p['until']),
    directed: type !== 'COLLABORATES_WITH',
  };
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

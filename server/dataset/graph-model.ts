/**
 * The dataset as a property graph for the GraphML and GEXF exports: the four node labels and every
 * relationship (MEMBER_OF, LOCATED_IN from regionId, the relationships.csv types, PARTY_TO), with
 * attribute types taken from the column table. Node ids are `<label>:<id>` (e.g.
 * `organization:o1`) because ids are only unique within their file; the plain id is kept in the
 * `entityId` attribute.
 */
import type { Dataset } from '../model/types.ts';
import { FILE_SPECS, type ColumnType, type FileSpec } from './columns.ts';
import { rowsOf, type Record_ } from './write-columns.ts';

export type AttrType = 'string' | 'int' | 'double' | 'boolean';
export type AttrValue = string | number | boolean;

export interface AttrDef {
  name: string;
  type: AttrType;
}

export interface GraphNode {
  id: string;
  /** Display label: the name. */
  label: string;
  attrs: ReadonlyMap<string, AttrValue>;
}

export interface GraphEdge {
  source: string;
  target: string;
  /** Relationship type (MEMBER_OF, SUPPLIES, …). */
  type: string;
  directed: boolean;
  weight?: number;
  attrs: ReadonlyMap<string, AttrValue>;
}

export interface GraphModel {
  nodeAttrs: AttrDef[];
  edgeAttrs: AttrDef[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const NODE_LABELS: Readonly<Record<string, string>> = {
  regions: 'Region',
  clusters: 'Cluster',
  organizations: 'Organization',
  alliances: 'Alliance',
};

export function nodeId(label: string, id: string): string {
  return `${label.toLowerCase()}:${id}`;
}

function attrTypeOf(t: ColumnType): AttrType {
  switch (t.kind) {
    case 'year':
      return 'int';
    case 'number':
      return 'double';
    case 'boolean':
      return 'boolean';
    default:
      return 'string';
  }
}

/** Attribute definitions in first-declared order; a name declared with two types becomes string. */
class AttrRegistry {
  private readonly defs = new Map<string, AttrType>();
  declare(name: string, type: AttrType): void {
    const prev = this.defs.get(name);
    if (prev === undefined) this.defs.set(name, type);
    else if (prev !== type) this.defs.set(name, 'string');
  }
  declareExtra(name: string, v: unknown): void {
    this.declare(name, typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string');
  }
  list(): AttrDef[] {
    return [...this.defs].map(([name, type]) => ({ name, type }));
  }
}

function spec(file: string): FileSpec {
  const s = FILE_SPECS.find((x) => x.file === file);
  if (s === undefined) throw new Error(`no spec ${file}`);
  return s;
}

/** Copies a record's columns (except those in `skip`) and extras into an attribute map. */
function collect(
  row: Record_,
  fileSpec: FileSpec,
  skip: ReadonlySet<string>,
  reg: AttrRegistry,
  into: Map<string, AttrValue>,
): Map<string, AttrValue> {
  for (const c of fileSpec.columns) {
    if (skip.has(c.name)) continue;
    const v = row[c.name];
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') into.set(c.name, v);
  }
  const x = row['extras'] as Record_ | undefined;
  if (x !== undefined) {
    for (const [k, v] of Object.entries(x)) {
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
        reg.declareExtra(k, v);
        into.set(k, v);
      }
    }
  }
  return into;
}

export function buildGraphModel(dataset: Dataset): GraphModel {
  const nodeReg = new AttrRegistry();
  const edgeReg = new AttrRegistry();
  nodeReg.declare('type', 'string');
  nodeReg.declare('entityId', 'string');
  edgeReg.declare('type', 'string');

  const nodes: GraphNode[] = [];
  const present = new Set<string>();
  const skipId = new Set(['id']);
  for (const file of ['regions', 'clusters', 'organizations', 'alliances']) {
    const s = spec(file);
    const label = NODE_LABELS[file] as string;
    for (const c of s.columns) if (c.name !== 'id') nodeReg.declare(c.name, attrTypeOf(c.type));
    for (const row of rowsOf(dataset, s)) {
      const id = String(row['id']);
      const attrs = new Map<string, AttrValue>([
        ['type', label],
        ['entityId', id],
      ]);
      const nid = nodeId(label, id);
      present.add(nid);
      nodes.push({ id: nid, label: String(row['name'] ?? id), attrs: collect(row, s, skipId, nodeReg, attrs) });
    }
  }

  const edges: GraphEdge[] = [];
  const push = (source: string, target: string, e: Omit<GraphEdge, 'source' | 'target'>): void => {
    // A dataset that did not come through validation may dangle; readers reject such edges.
    if (present.has(source) && present.has(target)) edges.push({ source, target, ...e });
  };

  const memberships = spec('memberships');
  const endpoints = new Set(['organizationId', 'clusterId']);
  for (const c of memberships.columns) if (!endpoints.has(c.name)) edgeReg.declare(c.name, attrTypeOf(c.type));
  for (const m of rowsOf(dataset, memberships)) {
    const attrs = collect(m, memberships, endpoints, edgeReg, new Map([['type', 'MEMBER_OF']]));
    push(nodeId('Organization', String(m['organizationId'])), nodeId('Cluster', String(m['clusterId'])), {
      type: 'MEMBER_OF',
      directed: true,
      attrs,
    });
  }

  for (const [file, label] of [
    ['organizations', 'Organization'],
    ['clusters', 'Cluster'],
  ] as const) {
    for (const row of rowsOf(dataset, spec(file))) {
      const regionId = row['regionId'];
      if (typeof regionId !== 'string') continue;
      push(nodeId(label, String(row['id'])), nodeId('Region', regionId), {
        type: 'LOCATED_IN',
        directed: true,
        attrs: new Map([['type', 'LOCATED_IN']]),
      });
    }
  }

  const relationships = spec('relationships');
  const relEnds = new Set(['sourceId', 'targetId']);
  for (const c of relationships.columns) if (!relEnds.has(c.name)) edgeReg.declare(c.name, attrTypeOf(c.type));
  for (const r of rowsOf(dataset, relationships)) {
    const type = String(r['type']);
    const weight = typeof r['weight'] === 'number' ? r['weight'] : undefined;
    const target = nodeId(type === 'SUPPORTS' ? 'Cluster' : 'Organization', String(r['targetId']));
    const edge: Omit<GraphEdge, 'source' | 'target'> = {
      type,
      directed: type !== 'COLLABORATES_WITH',
      attrs: collect(r, relationships, relEnds, edgeReg, new Map()),
    };
    if (weight !== undefined) edge.weight = weight;
    push(nodeId('Organization', String(r['sourceId'])), target, edge);
  }

  const allianceMembers = spec('alliance_members');
  const amEnds = new Set(['allianceId', 'memberId']);
  for (const c of allianceMembers.columns) if (!amEnds.has(c.name)) edgeReg.declare(c.name, attrTypeOf(c.type));
  for (const am of rowsOf(dataset, allianceMembers)) {
    const memberId = String(am['memberId']);
    const asCluster = nodeId('Cluster', memberId);
    const member = present.has(asCluster) ? asCluster : nodeId('Organization', memberId);
    push(member, nodeId('Alliance', String(am['allianceId'])), {
      type: 'PARTY_TO',
      directed: true,
      attrs: collect(am, allianceMembers, amEnds, edgeReg, new Map([['type', 'PARTY_TO']])),
    });
  }

  return { nodeAttrs: nodeReg.list(), edgeAttrs: edgeReg.list(), nodes, edges };
}

/** Attribute value as XML text. */
export function attrText(v: AttrValue): string {
  return typeof v === 'string' ? v : String(v);
}

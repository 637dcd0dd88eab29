/**
 * The explorer's graph data: what the API returned, merged across requests (scope, expansions,
 * paths). Pure and immutable: every operation returns a new model, so React sees the change.
 * What is drawn (filters, grouping, colours) is decided later by `toElements`.
 */
import type { Slice, SliceEdge, SliceNode } from '../src/api/operations.ts';

export interface GraphModel {
  readonly nodes: ReadonlyMap<string, SliceNode>;
  readonly edges: ReadonlyMap<string, SliceEdge>;
  /** True when any slice merged into it was cut by the server's node cap. */
  readonly truncated: boolean;
}

export const EMPTY_GRAPH: GraphModel = { nodes: new Map(), edges: new Map(), truncated: false };

export function fromSlice(slice: Slice): GraphModel {
  return mergeSlice(EMPTY_GRAPH, slice);
}

/** Adds a slice's nodes and edges; a node seen again keeps its smallest depth and its newest facts. */
export function mergeSlice(graph: GraphModel, slice: Pick<Slice, 'nodes' | 'edges'> & { truncated?: boolean }): GraphModel {
  const nodes = new Map(graph.nodes);
  for (const n of slice.nodes) {
    const old = nodes.get(n.id);
    const depth = old?.depth ?? null;
    nodes.set(n.id, old === undefined ? n : { ...n, depth: depth === null ? n.depth ?? null : Math.min(depth, n.depth ?? depth) });
  }
  const edges = new Map(graph.edges);
  for (const e of slice.edges) if (nodes.has(e.source) && nodes.has(e.target)) edges.set(e.id, e);
  return { nodes, edges, truncated: graph.truncated || slice.truncated === true };
}

/** Removes nodes and every edge that touches them. */
export function removeNodes(graph: GraphModel, ids: Iterable<string>): GraphModel {
  const drop = new Set(ids);
  if (drop.size === 0) return graph;
  const nodes = new Map([...graph.nodes].filter(([id]) => !drop.has(id)));
  const edges = new Map([...graph.edges].filter(([, e]) => !drop.has(e.source) && !drop.has(e.target)));
  return { nodes, edges, truncated: graph.truncated };
}

/** Neighbours of a node in the model (either direction). */
export function neighbours(graph: GraphModel, id: string): Set<string> {
  const out = new Set<string>();
  for (const e of graph.edges.values()) {
    if (e.source === id) out.add(e.target);
    else if (e.target === id) out.add(e.source);
  }
  return out;
}

/** Distinct values of a node field present in the model, sorted (to offer as filters). */
export function distinct(graph: GraphModel, field: 'kind' | 'sector' | 'regionId'): string[] {
  const set = new Set<string>();
  for (const n of graph.nodes.values()) {
    const v = n[field];
    if (typeof v === 'string' && v !== '') set.add(v);
  }
  return [...set].sort();
}

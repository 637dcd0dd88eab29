import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { EMPTY_GRAPH, mergeSlice, removeNodes } from '../../../client/graph/graph-model.ts';
import { KIND_COLORS, categoryColor } from '../../../client/graph/palette.ts';
import { toElements, type ViewOptions } from '../../../client/graph/toElements.ts';
import type { SliceEdge, SliceNode } from '../../../client/src/api/operations.ts';

const org = (id: string, kind: string, clusterIds: string[], extra: Partial<SliceNode> = {}): SliceNode => ({
  id, label: 'ORGANIZATION', name: id.toUpperCase(), kind, sector: 'C29', regionId: 'r1', clusterIds, depth: null, degree: 0, ...extra,
});
const tie = (source: string, target: string, type = 'COLLABORATES_WITH'): SliceEdge => ({
  id: `${type}:${source}:${target}:`, source, target, type: type as SliceEdge['type'], kind: null, weight: 1, value: null, since: 2015, until: null, directed: type !== 'COLLABORATES_WITH',
});

// a–b–c inside cluster A, d in cluster B tied to a and b, e without cluster tied to d.
const graph = mergeSlice(EMPTY_GRAPH, {
  nodes: [org('a', 'ENTERPRISE', ['A']), org('b', 'SUPPLIER', ['A']), org('c', 'SUPPLIER', ['A'], { sector: 'C22' }), org('d', 'UNIVERSITY', ['B', 'A'], { regionId: 'r2' }), org('e', 'ENTERPRISE', [])],
  edges: [tie('a', 'b'), tie('b', 'c', 'SUPPLIES'), tie('a', 'd'), tie('b', 'd'), tie('d', 'e', 'INVESTS_IN')],
  truncated: false,
});

const base: ViewOptions = {
  colorBy: 'kind', sizeBy: 'degree', filter: { kinds: [], sectors: [], regions: [] }, hidden: new Set(), pinned: new Set(),
  groupByCluster: false, collapsed: new Set(), clusterOrder: ['A', 'B'], clusterNames: new Map([['A', 'Alpha'], ['B', 'Beta']]), highlight: null,
};

const nodes = (els: ElementDefinition[]): ElementDefinition[] => els.filter((e) => e.group === 'nodes');
const edges = (els: ElementDefinition[]): ElementDefinition[] => els.filter((e) => e.group === 'edges');
const byId = (els: ElementDefinition[], id: string): ElementDefinition | undefined => els.find((e) => e.data.id === id);

describe('toElements', () => {
  it('maps every node and edge with colour by kind and size normalised by degree in view', () => {
    const els = toElements(graph, base);
    expect(nodes(els).map((n) => n.data.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(edges(els)).toHaveLength(5);
    expect(byId(els, 'a')?.data['color']).toBe(KIND_COLORS['ENTERPRISE']);
    // degrees: a 2, b 3, c 1, d 3, e 1 → max 3
    expect(byId(els, 'b')?.data['degree']).toBe(3);
    expect(byId(els, 'b')?.data['size']).toBe(1);
    expect(byId(els, 'c')?.data['size']).toBeCloseTo(1 / 3);
    expect(byId(els, 'b')?.data['parent']).toBeUndefined();
    expect(byId(els, 'SUPPLIES:b:c:')?.classes).toContain('directed');
  });

  it('colours by primary cluster, grey without one', () => {
    const els = toElements(graph, { ...base, colorBy: 'cluster' });
    expect(byId(els, 'd')?.data['color']).toBe(categoryColor('B', ['A', 'B']));
    expect(byId(els, 'a')?.data['color']).toBe(categoryColor('A', ['A', 'B']));
    expect(byId(els, 'e')?.data['color']).not.toBe(byId(els, 'a')?.data['color']);
  });

  it('drops filtered and hidden nodes with their edges, and recomputes degree on what is left', () => {
    const els = toElements(graph, { ...base, filter: { kinds: ['ENTERPRISE', 'UNIVERSITY'], sectors: [], regions: [] }, hidden: new Set(['e']) });
    expect(nodes(els).map((n) => n.data.id).sort()).toEqual(['a', 'd']);
    expect(edges(els).map((e) => e.data.id)).toEqual(['COLLABORATES_WITH:a:d:']);
    expect(byId(els, 'a')?.data['degree']).toBe(1);
    const bySector = toElements(graph, { ...base, filter: { kinds: [], sectors: ['C22'], regions: [] } });
    expect(nodes(bySector).map((n) => n.data.id)).toEqual(['c']);
    const byRegion = toElements(graph, { ...base, filter: { kinds: [], sectors: [], regions: ['r2'] } });
    expect(nodes(byRegion).map((n) => n.data.id)).toEqual(['d']);
  });

  it('sizes by a measure from the analytics API when asked', () => {
    const measures = new Map([['a', { pagerank: 0.4 }], ['b', { pagerank: 0.1 }]]);
    const els = toElements(graph, { ...base, sizeBy: 'pagerank', measures });
    expect(byId(els, 'a')?.data['size']).toBe(1);
    expect(byId(els, 'b')?.data['size']).toBeCloseTo(0.25);
    expect(byId(els, 'c')?.data['size']).toBe(0);
  });

  it('puts organisations into compound cluster nodes, parents first', () => {
    const els = toElements(graph, { ...base, groupByCluster: true });
    const first = nodes(els).slice(0, 2).map((n) => n.data.id).sort();
    expect(first).toEqual(['grp:A', 'grp:B']);
    expect(byId(els, 'a')?.data['parent']).toBe('grp:A');
    expect(byId(els, 'd')?.data['parent']).toBe('grp:B');
    expect(byId(els, 'e')?.data['parent']).toBeUndefined();
    expect(byId(els, 'grp:A')?.data['label']).toBe('Alpha');
  });

  it('collapses a cluster into one node and aggregates the ties of its members into counted meta edges', () => {
    const els = toElements(graph, { ...base, groupByCluster: true, collapsed: new Set(['A']) });
    expect(byId(els, 'a')).toBeUndefined();
    expect(byId(els, 'grp:A')?.classes).toContain('collapsed');
    expect(byId(els, 'grp:A')?.data['label']).toBe('Alpha (3)');
    // a–d and b–d become one meta edge of count 2; ties inside A vanish; d–e stays.
    const meta = edges(els).filter((e) => e.data['type'] === 'META');
    expect(meta).toHaveLength(1);
    expect(meta[0]?.data).toMatchObject({ source: 'd', target: 'grp:A', count: 2 });
    expect(edges(els).map((e) => e.data.id)).toContain('INVESTS_IN:d:e:');
    expect(edges(els)).toHaveLength(2);
  });

  it('marks a highlighted path and fades everything else, and marks pinned nodes', () => {
    const els = toElements(graph, { ...base, pinned: new Set(['c']), highlight: { nodes: new Set(['a', 'd']), edges: new Set(['COLLABORATES_WITH:a:d:']) } });
    expect(byId(els, 'a')?.classes).toContain('highlighted');
    expect(byId(els, 'b')?.classes).toContain('faded');
    expect(byId(els, 'COLLABORATES_WITH:a:d:')?.classes).toContain('highlighted');
    expect(byId(els, 'COLLABORATES_WITH:a:b:')?.classes).toContain('faded');
    expect(byId(els, 'c')?.classes).toContain('pinned');
  });
});

describe('graph model', () => {
  it('merges slices keeping the smallest depth and drops edges with a missing end', () => {
    const g = mergeSlice(mergeSlice(EMPTY_GRAPH, { nodes: [org('x', 'ENTERPRISE', [], { depth: 2 })], edges: [tie('x', 'y')] }), {
      nodes: [org('x', 'ENTERPRISE', [], { depth: 1 }), org('y', 'SUPPLIER', [])],
      edges: [tie('x', 'y')],
      truncated: true,
    });
    expect(g.nodes.get('x')?.depth).toBe(1);
    expect(g.edges.size).toBe(1);
    expect(g.truncated).toBe(true);
    const h = removeNodes(g, ['y']);
    expect(h.nodes.size).toBe(1);
    expect(h.edges.size).toBe(0);
  });
});

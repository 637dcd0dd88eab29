import { describe, expect, it } from 'vitest';
import { betweennessCentralization, degreeCentralization } from '../../../server/algorithms/centralization.ts';
import {
  connectedComponents,
  largestComponent,
  stronglyConnectedComponents,
} from '../../../server/algorithms/components.ts';
import { density } from '../../../server/algorithms/density.ts';
import { buildGraph } from '../../../server/algorithms/graph.ts';
import { averageShortestPathLength, shortestPathLengths } from '../../../server/algorithms/paths.ts';
import { FIXTURE_NAMES, expectClose, fixtureGraph, loadFixture, measure } from './fixtures.ts';

const EXACT = 1e-9;

describe.each(FIXTURE_NAMES)('whole-graph measures equal networkx on %s', (name) => {
  const f = loadFixture(name);
  const g = fixtureGraph(f);
  const want = (key: string): number => {
    const v = measure<number>(f, key);
    if (v === undefined) throw new Error(`fixture lacks ${key}`);
    return v;
  };

  it('components and the largest one', () => {
    const c = connectedComponents(g);
    expect(c.count).toBe(want('components'));
    expect(largestComponent(g).length).toBe(want('largest_component_size'));
    expect(c.sizes.reduce((s, x) => s + x, 0)).toBe(g.n);
  });

  it('average shortest path length in the largest component', () => {
    expectClose(averageShortestPathLength(g), want('average_shortest_path_length'), EXACT);
    if (f.weighted) {
      expectClose(averageShortestPathLength(g, { weighted: true }), want('average_shortest_path_length_weighted'), EXACT);
    }
  });

  it('density and Freeman centralisation', () => {
    expectClose(density(g), want('density'), EXACT);
    expectClose(degreeCentralization(g), want('degree_centralization'), EXACT);
    expectClose(betweennessCentralization(g), want('betweenness_centralization'), EXACT);
  });
});

describe('structure edge cases', () => {
  const empty = buildGraph([]);
  const one = buildGraph([], { nodes: ['a'] });
  const noEdges = buildGraph([], { nodes: ['a', 'b', 'c'] });

  it('gives defined values on the empty graph, one node and no edges', () => {
    for (const g of [empty, one, noEdges]) {
      expect(density(g)).toBe(0);
      expect(averageShortestPathLength(g)).toBe(0);
      expect(degreeCentralization(g)).toBe(0);
      expect(betweennessCentralization(g)).toBe(0);
    }
    expect(connectedComponents(empty).count).toBe(0);
    expect(largestComponent(empty).length).toBe(0);
    expect(connectedComponents(noEdges).count).toBe(3);
  });

  it('gives a star centralisation 1 and a cycle 0', () => {
    const star = buildGraph(['b', 'c', 'd', 'e'].map((t) => ({ source: 'a', target: t })));
    expect(degreeCentralization(star)).toBe(1);
    expect(betweennessCentralization(star)).toBe(1);
    const cycle = buildGraph(['ab', 'bc', 'cd', 'da'].map((s) => ({ source: s[0] ?? '', target: s[1] ?? '' })));
    expect(degreeCentralization(cycle)).toBe(0);
    expect(betweennessCentralization(cycle)).toBe(0);
  });

  it('finds strongly connected components of a directed graph', () => {
    const g = buildGraph(
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['c', 'd'],
        ['d', 'e'],
        ['e', 'd'],
        ['f', 'f'],
      ].map(([s, t]) => ({ source: s ?? '', target: t ?? '' })),
      { directed: true },
    );
    const scc = stronglyConnectedComponents(g);
    expect(scc.count).toBe(3);
    expect([...scc.sizes].sort()).toEqual([1, 2, 3]);
    const m = scc.membership;
    expect(m[0]).toBe(m[1]);
    expect(m[1]).toBe(m[2]);
    expect(m[3]).toBe(m[4]);
    expect(m[2]).not.toBe(m[3]);
    expect(connectedComponents(g).count).toBe(2);
  });

  it('returns Infinity for unreachable nodes in single-source path lengths', () => {
    const g = buildGraph([{ source: 'a', target: 'b' }], { nodes: ['a', 'b', 'c'] });
    expect(Array.from(shortestPathLengths(g, 0))).toEqual([0, 1, Infinity]);
  });
});

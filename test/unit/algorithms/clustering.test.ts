import { describe, expect, it } from 'vitest';
import { averageClustering, clustering } from '../../../server/algorithms/clustering.ts';
import { buildGraph } from '../../../server/algorithms/graph.ts';
import { FIXTURE_NAMES, expectClose, expectNodeValues, fixtureGraph, loadFixture, measure } from './fixtures.ts';

const EXACT = 1e-9;

describe.each(FIXTURE_NAMES)('clustering equals networkx on %s', (name) => {
  const f = loadFixture(name);
  const g = fixtureGraph(f);

  it('local and average clustering, unweighted', () => {
    const want = measure(f, 'clustering');
    expect(want).toBeDefined();
    if (want !== undefined) expectNodeValues(g, clustering(g), want, EXACT, 'clustering');
    expectClose(averageClustering(g), measure<number>(f, 'average_clustering') ?? Number.NaN, EXACT);
  });

  if (f.weighted) it('local and average clustering, weighted geometric mean', () => {
    const want = measure(f, 'clustering_weighted');
    expect(want).toBeDefined();
    if (want !== undefined) expectNodeValues(g, clustering(g, { weighted: true }), want, EXACT, 'clustering_weighted');
    expectClose(
      averageClustering(g, { weighted: true }),
      measure<number>(f, 'average_clustering_weighted') ?? Number.NaN,
      EXACT,
    );
  });
});

describe('clustering edge cases', () => {
  it('is 0 on the empty graph, a single node and a graph without edges', () => {
    expect(averageClustering(buildGraph([]))).toBe(0);
    expect(Array.from(clustering(buildGraph([], { nodes: ['a'] })))).toEqual([0]);
    expect(Array.from(clustering(buildGraph([], { nodes: ['a', 'b'] })))).toEqual([0, 0]);
  });

  it('is 1 on a triangle, with or without self-loops', () => {
    const g = buildGraph([
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
      { source: 'c', target: 'a' },
      { source: 'a', target: 'a' },
    ]);
    expect(Array.from(clustering(g))).toEqual([1, 1, 1]);
  });
});

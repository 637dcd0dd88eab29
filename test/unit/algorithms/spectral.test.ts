import { describe, expect, it } from 'vitest';
import { ConvergenceError } from '../../../server/algorithms/errors.ts';
import { eigenvectorCentrality } from '../../../server/algorithms/eigenvector.ts';
import { buildGraph } from '../../../server/algorithms/graph.ts';
import { pagerank } from '../../../server/algorithms/pagerank.ts';
import { ErrorCode } from '../../../server/errors.ts';
import { FIXTURE_NAMES, expectNodeValues, fixtureGraph, isNetworkxError, loadFixture, measure } from './fixtures.ts';

const ITERATIVE = 1e-6;

describe.each(FIXTURE_NAMES)('iterative measures equal networkx on %s', (name) => {
  const f = loadFixture(name);
  const g = fixtureGraph(f);

  const checkEigen = (key: string, weighted: boolean): void => {
    const want = measure<unknown>(f, key);
    expect(want).toBeDefined();
    if (isNetworkxError(want)) {
      expect(() => eigenvectorCentrality(g, { weighted })).toThrow(ConvergenceError);
    } else {
      expectNodeValues(g, eigenvectorCentrality(g, { weighted }), want as Record<string, number>, ITERATIVE, key);
    }
  };

  it('eigenvector centrality', () => {
    checkEigen('eigenvector', false);
    if (f.weighted) checkEigen('eigenvector_weighted', true);
  });

  it('pagerank, weighted by default as networkx, and unweighted', () => {
    const want = measure(f, 'pagerank');
    const unweighted = measure(f, 'pagerank_unweighted');
    expect(want).toBeDefined();
    expect(unweighted).toBeDefined();
    if (want !== undefined) expectNodeValues(g, pagerank(g), want, ITERATIVE, 'pagerank');
    if (unweighted !== undefined) expectNodeValues(g, pagerank(g, { weighted: false }), unweighted, ITERATIVE, 'pagerank');
  });
});

describe('pagerank edge cases', () => {
  it('returns an empty array for the empty graph', () => {
    expect(pagerank(buildGraph([])).length).toBe(0);
  });

  it('gives 1 to a single node and sums to 1 with dangling nodes', () => {
    expect(Array.from(pagerank(buildGraph([], { nodes: ['a'] })))).toEqual([1]);
    const g = buildGraph([{ source: 'a', target: 'b' }], { directed: true, nodes: ['a', 'b', 'c'] });
    const pr = pagerank(g, { tol: 1e-12 });
    expect(pr.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });

  it('follows the personalization vector', () => {
    const g = buildGraph([{ source: 'a', target: 'b' }], { nodes: ['a', 'b', 'c'] });
    const pr = pagerank(g, { personalization: [0, 0, 1], tol: 1e-12, maxIter: 1000 });
    expect(pr[2]).toBeCloseTo(1, 6);
  });

  it('rejects a personalization vector of zeros', () => {
    const g = buildGraph([{ source: 'a', target: 'b' }]);
    expect(() => pagerank(g, { personalization: [0, 0] })).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }));
  });

  it('throws a ConvergenceError when max_iter is too small', () => {
    const g = buildGraph([
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
    ]);
    expect(() => pagerank(g, { maxIter: 1 })).toThrow(ConvergenceError);
  });
});

describe('eigenvector edge cases', () => {
  it('returns an empty array for the empty graph and 1 for a single node', () => {
    expect(eigenvectorCentrality(buildGraph([])).length).toBe(0);
    expect(Array.from(eigenvectorCentrality(buildGraph([], { nodes: ['a'] })))).toEqual([1]);
  });

  it('throws a ConvergenceError (INTERNAL_SERVER_ERROR) when max_iter is too small', () => {
    const g = fixtureGraph(loadFixture('karate'));
    expect(() => eigenvectorCentrality(g, { maxIter: 2 })).toThrow(ConvergenceError);
    expect(() => eigenvectorCentrality(g, { maxIter: 2 })).toThrow(
      expect.objectContaining({ code: ErrorCode.INTERNAL_SERVER_ERROR }),
    );
  });

  it('gives equal scores to the nodes of a graph without edges', () => {
    const e = eigenvectorCentrality(buildGraph([], { nodes: ['a', 'b', 'c', 'd'] }));
    expect(Array.from(e)).toEqual([0.5, 0.5, 0.5, 0.5]);
  });
});

import { describe, expect, it } from 'vitest';
import { constraint } from '../../../server/algorithms/constraint.ts';
import { effectiveSize } from '../../../server/algorithms/effective-size.ts';
import { buildGraph } from '../../../server/algorithms/graph.ts';
import { FIXTURE_NAMES, expectNodeValues, fixtureGraph, loadFixture, measure } from './fixtures.ts';

const EXACT = 1e-9;

describe.each(FIXTURE_NAMES)("Burt's structural holes equal networkx on %s", (name) => {
  const f = loadFixture(name);
  const g = fixtureGraph(f);
  const check = (key: string, values: Array<number | null>): void => {
    const want = measure(f, key);
    expect(want, `fixture lacks ${key}`).toBeDefined();
    if (want !== undefined) expectNodeValues(g, values, want, EXACT, key);
  };

  it('constraint and effective size, unweighted', () => {
    check('constraint', constraint(g));
    check('effective_size', effectiveSize(g));
  });

  if (!f.directed) it("effective size equals networkx's default call on undirected unweighted graphs", () => {
    check('effective_size_networkx_default', effectiveSize(g));
  });

  if (f.weighted) it('constraint and effective size, weighted', () => {
    check('constraint_weighted', constraint(g, { weighted: true }));
    check('effective_size_weighted', effectiveSize(g, { weighted: true }));
  });
});

describe('structural holes edge cases', () => {
  it('gives null, never NaN, to isolates and on the empty graph', () => {
    const g = buildGraph([{ source: 'a', target: 'b' }], { nodes: ['a', 'b', 'c'] });
    expect(constraint(g)).toEqual([1, 1, null]);
    expect(effectiveSize(g)).toEqual([1, 1, null]);
    expect(constraint(buildGraph([]))).toEqual([]);
  });

  it('gives a star centre effective size n − 1 and constraint 1/(n − 1)', () => {
    const g = buildGraph(['b', 'c', 'd', 'e'].map((t) => ({ source: 'a', target: t })));
    expect(effectiveSize(g)[0]).toBe(4);
    expect(constraint(g)[0]).toBeCloseTo(0.25, 12);
  });
});

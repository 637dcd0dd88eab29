import { describe, expect, it } from 'vitest';
import { betweennessCentrality } from '../../../server/algorithms/betweenness.ts';
import { closenessCentrality } from '../../../server/algorithms/closeness.ts';
import { degree, degreeCentrality, strength } from '../../../server/algorithms/degree.ts';
import { harmonicCentrality } from '../../../server/algorithms/harmonic.ts';
import { FIXTURE_NAMES, expectNodeValues, fixtureGraph, loadFixture, measure } from './fixtures.ts';

const EXACT = 1e-9;

describe.each(FIXTURE_NAMES)('shortest-path and degree measures equal networkx on %s', (name) => {
  const f = loadFixture(name);
  const g = fixtureGraph(f);
  const check = (key: string, values: Float64Array): void => {
    const want = measure(f, key);
    expect(want, `fixture lacks ${key}`).toBeDefined();
    if (want !== undefined) expectNodeValues(g, values, want, EXACT, key);
  };

  it('degree, strength and degree centrality', () => {
    check('degree', degree(g));
    check('degree_centrality', degreeCentrality(g));
    if (f.weighted) check('strength', strength(g));
    if (f.directed) {
      check('in_degree', degree(g, { mode: 'in' }));
      check('out_degree', degree(g, { mode: 'out' }));
      check('in_degree_centrality', degreeCentrality(g, { mode: 'in' }));
      check('out_degree_centrality', degreeCentrality(g, { mode: 'out' }));
    }
  });

  it('betweenness (normalized, raw, weighted)', () => {
    check('betweenness', betweennessCentrality(g));
    check('betweenness_raw', betweennessCentrality(g, { normalized: false }));
    if (f.weighted) check('betweenness_weighted', betweennessCentrality(g, { weighted: true }));
  });

  it('closeness (Wasserman–Faust) and harmonic', () => {
    check('closeness', closenessCentrality(g));
    check('harmonic', harmonicCentrality(g));
    if (f.weighted) {
      check('closeness_weighted', closenessCentrality(g, { weighted: true }));
      check('harmonic_weighted', harmonicCentrality(g, { weighted: true }));
    }
  });

  it('graph size matches the fixture', () => {
    expect(g.n).toBe(f.nodes.length);
  });
});

import { describe, expect, it } from 'vitest';
import { accumulateBetweenness, betweennessCentrality, rescaleBetweenness } from '../../../server/algorithms/betweenness.ts';
import {
  betweennessSamplesFor,
  sampledBetweennessCentrality,
  sampledBetweennessErrorBound,
} from '../../../server/algorithms/betweenness-sampled.ts';
import { buildGraph } from '../../../server/algorithms/graph.ts';
import { ErrorCode } from '../../../server/errors.ts';
import { FIXTURE_NAMES, expectNodeValues, fixtureGraph, loadFixture, measure } from './fixtures.ts';

interface SampledFixture {
  k: number;
  sources: string[];
  values: Record<string, number>;
}

describe.each(FIXTURE_NAMES)('sampled betweenness equals networkx given its pivots on %s', (name) => {
  const f = loadFixture(name);
  const g = fixtureGraph(f);
  it('scales like betweenness_centrality(k, seed)', () => {
    const want = measure<SampledFixture>(f, 'betweenness_sampled');
    expect(want).toBeDefined();
    if (want === undefined) return;
    const sources = want.sources.map((id) => g.index.get(id) ?? -1);
    const { values } = sampledBetweennessCentrality(g, { sources });
    expectNodeValues(g, values, want.values, 1e-9, 'sampled betweenness');
  });
});

describe('betweenness', () => {
  it('sums partial accumulations over source ranges to the full result (worker split)', () => {
    const g = fixtureGraph(loadFixture('les_miserables'));
    const total = new Float64Array(g.n);
    const half = Math.floor(g.n / 2);
    const range = (a: number, b: number): Uint32Array => Uint32Array.from({ length: b - a }, (_, i) => a + i);
    accumulateBetweenness(g, range(0, half), { weighted: true }, total);
    accumulateBetweenness(g, range(half, g.n), { weighted: true }, total);
    const whole = betweennessCentrality(g, { weighted: true });
    const split = rescaleBetweenness(total, { normalized: true, directed: false });
    for (let i = 0; i < g.n; i++) expect(split[i]).toBeCloseTo(whole[i] ?? Number.NaN, 12);
  });

  it('is 0 on degenerate graphs', () => {
    expect(betweennessCentrality(buildGraph([])).length).toBe(0);
    expect(Array.from(betweennessCentrality(buildGraph([], { nodes: ['a'] })))).toEqual([0]);
    expect(Array.from(betweennessCentrality(buildGraph([{ source: 'a', target: 'b' }])))).toEqual([0, 0]);
    expect(Array.from(betweennessCentrality(buildGraph([], { nodes: ['a', 'b', 'c'] })))).toEqual([0, 0, 0]);
  });

  it('gives the middle of a path 1 (normalised)', () => {
    const g = buildGraph([
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
    ]);
    expect(Array.from(betweennessCentrality(g))).toEqual([0, 1, 0]);
  });

  it('rejects non-positive weights as distances', () => {
    const g = buildGraph([{ source: 'a', target: 'b', weight: 0 }]);
    expect(() => betweennessCentrality(g, { weighted: true })).toThrow(
      expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }),
    );
  });
});

describe('sampled betweenness', () => {
  const g = fixtureGraph(loadFixture('les_miserables'));

  it('is reproducible with a seed and exact when k = n', () => {
    const a = sampledBetweennessCentrality(g, { k: 10, seed: 7 });
    const b = sampledBetweennessCentrality(g, { k: 10, seed: 7 });
    expect(Array.from(a.sources)).toEqual(Array.from(b.sources));
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    const full = sampledBetweennessCentrality(g, { k: g.n, seed: 1 });
    const exact = betweennessCentrality(g);
    for (let i = 0; i < g.n; i++) expect(full.values[i]).toBeCloseTo(exact[i] ?? Number.NaN, 12);
  });

  it('stays within its documented error bound', () => {
    const exact = betweennessCentrality(g);
    const k = 40;
    const eps = sampledBetweennessErrorBound(g.n, k, 0.05);
    for (let seed = 0; seed < 5; seed++) {
      const { values } = sampledBetweennessCentrality(g, { k, seed });
      for (let i = 0; i < g.n; i++) expect(Math.abs((values[i] ?? 0) - (exact[i] ?? 0))).toBeLessThanOrEqual(eps);
    }
    expect(betweennessSamplesFor(g.n, eps, 0.05)).toBeLessThanOrEqual(k);
  });

  it('gives 0, not NaN, to the single pivot when k = 1', () => {
    const { values, sources } = sampledBetweennessCentrality(g, { k: 1, seed: 3 });
    expect(values[sources[0] ?? 0]).toBe(0);
    expect(values.some((x) => Number.isNaN(x))).toBe(false);
  });

  it('rejects k outside 1..n and duplicate pivots', () => {
    expect(() => sampledBetweennessCentrality(g, { k: 0 })).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }));
    expect(() => sampledBetweennessCentrality(g, { sources: [1, 1] })).toThrow(
      expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../../server/algorithms/adjusted-rand-index.ts';
import { normalizedMutualInformation } from '../../../server/algorithms/normalized-mutual-information.ts';
import { ErrorCode } from '../../../server/errors.ts';
import { expectClose, loadFixture, measure, readFixtureJson } from './fixtures.ts';

interface Case {
  a: number[];
  b: number[];
  ari: number;
  nmi: number;
}

const { cases } = readFixtureJson('partition_comparison.json') as { cases: Case[] };

describe('adjusted Rand index and NMI equal the reference formulas', () => {
  it.each(cases.map((c, i) => [i, c] as const))('case %i', (_, c) => {
    expectClose(adjustedRandIndex(c.a, c.b), c.ari, 1e-12);
    expectClose(normalizedMutualInformation(c.a, c.b), c.nmi, 1e-12);
  });

  it('compares the karate club split with networkx Louvain', () => {
    const f = loadFixture('karate');
    const parts = measure<Record<string, { membership: Record<string, number> }>>(f, 'partitions') ?? {};
    const want = measure<{ a: string; b: string; ari: number; nmi: number }>(f, 'partition_agreement');
    if (want === undefined) throw new Error('fixture lacks partition_agreement');
    const a = f.nodes.map((id) => parts[want.a]?.membership[id] ?? -1);
    const b = f.nodes.map((id) => parts[want.b]?.membership[id] ?? -1);
    expectClose(adjustedRandIndex(a, b), want.ari, 1e-12);
    expectClose(normalizedMutualInformation(a, b), want.nmi, 1e-12);
  });

  it('is symmetric and label-invariant, 1 for identical partitions', () => {
    const a = [0, 0, 1, 1, 2];
    const b = [5, 5, 3, 9, 9];
    expect(adjustedRandIndex(a, b)).toBeCloseTo(adjustedRandIndex(b, a), 15);
    expect(normalizedMutualInformation(a, b)).toBeCloseTo(normalizedMutualInformation(b, a), 15);
    expect(adjustedRandIndex(a, [7, 7, 8, 8, 9])).toBe(1);
    expect(normalizedMutualInformation(a, [7, 7, 8, 8, 9])).toBeCloseTo(1, 15);
    expect(adjustedRandIndex([], [])).toBe(1);
    expect(normalizedMutualInformation([], [])).toBe(1);
  });

  it('rejects partitions of different lengths', () => {
    expect(() => adjustedRandIndex([0], [0, 1])).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }));
  });
});

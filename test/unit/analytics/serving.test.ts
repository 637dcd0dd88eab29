import { afterAll, describe, expect, it } from 'vitest';
import { betweennessCentrality } from '../../../server/algorithms/betweenness.ts';
import { closenessCentrality } from '../../../server/algorithms/closeness.ts';
import { buildGraph, type EdgeInput } from '../../../server/algorithms/graph.ts';
import { harmonicCentrality } from '../../../server/algorithms/harmonic.ts';
import { mulberry32 } from '../../../server/algorithms/random.ts';
import { ResultCache } from '../../../server/services/analytics/cache.ts';
import { normaliseScope, resolveNetworkOptions } from '../../../server/services/analytics/scope.ts';
import { betweennessValues, bestLouvain, closenessValues, harmonicValues, type Progress } from '../../../server/workers/parallel.ts';
import { WorkerPool } from '../../../server/workers/pool.ts';

/** A seeded Barabási–Albert-like graph: each new node links to m earlier nodes by degree. */
function preferential(n: number, m: number, seed: number): EdgeInput[] {
  const rng = mulberry32(seed);
  const ends: number[] = [];
  const edges: EdgeInput[] = [];
  for (let v = m; v < n; v++) {
    const chosen = new Set<number>();
    while (chosen.size < m) chosen.add(ends.length === 0 ? chosen.size : (ends[Math.floor(rng() * ends.length)] as number));
    for (const u of chosen) {
      edges.push({ source: String(u), target: String(v) });
      ends.push(u, v);
    }
  }
  return edges;
}

const pool = new WorkerPool(2);
afterAll(() => pool.close());
const graph = buildGraph(preferential(2000, 3, 7));

describe('heavy measures in worker threads', () => {
  it('sums betweenness over source chunks to the one-thread result', async () => {
    const progress: Progress[] = [];
    const parallel = await betweennessValues(graph, {}, { pool, onProgress: (p) => progress.push(p) });
    const single = betweennessCentrality(graph);
    for (let i = 0; i < graph.n; i++) expect(parallel[i]).toBeCloseTo(single[i] as number, 12);
    expect(progress.at(-1)).toEqual({ phase: 'betweenness', done: 16, total: 16 });
  });

  it('splits closeness and harmonic by nodes', async () => {
    const c = await closenessValues(graph, {}, { pool });
    const h = await harmonicValues(graph, {}, { pool });
    const c1 = closenessCentrality(graph);
    const h1 = harmonicCentrality(graph);
    for (let i = 0; i < graph.n; i += 7) {
      expect(c[i]).toBeCloseTo(c1[i] as number, 12);
      expect(h[i]).toBeCloseTo(h1[i] as number, 10);
    }
  });

  it('keeps the most modular of parallel Louvain runs, independent of timing', async () => {
    const a = await bestLouvain(graph, { restarts: 4, seed: 3 }, { pool });
    const b = await bestLouvain(graph, { restarts: 4, seed: 3 }, { pool });
    expect(a.modularity).toBe(b.modularity);
    expect(a.modularity).toBeGreaterThan(0.3);
  });

  it('cancels a running computation and keeps the pool usable', async () => {
    const big = buildGraph(preferential(6000, 5, 1));
    const ctl = new AbortController();
    const run = betweennessValues(big, {}, { pool, signal: ctl.signal });
    setTimeout(() => ctl.abort(), 50);
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    const again = await betweennessValues(graph, {}, { pool });
    expect(again.length).toBe(graph.n);
  });
});

describe('the result cache', () => {
  it('shares one computation per key and forgets everything when the graph version changes', async () => {
    const cache = new ResultCache(10);
    let calls = 0;
    const compute = async (): Promise<number> => ++calls;
    expect(await cache.getOrCompute(1, 'k', compute)).toBe(1);
    expect(await cache.getOrCompute(1, 'k', compute)).toBe(1);
    expect(await cache.getOrCompute(2, 'k', compute)).toBe(2);
    expect(cache.size).toBe(1);
  });

  it('does not keep failures and evicts the least recently used', async () => {
    const cache = new ResultCache(2);
    await expect(cache.getOrCompute(1, 'bad', () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await Promise.resolve();
    expect(cache.size).toBe(0);
    await cache.getOrCompute(1, 'a', async () => 1);
    await cache.getOrCompute(1, 'b', async () => 2);
    await cache.getOrCompute(1, 'a', async () => 9);
    await cache.getOrCompute(1, 'c', async () => 3);
    expect(await cache.getOrCompute(1, 'a', async () => 9)).toBe(1);
    expect(await cache.getOrCompute(1, 'b', async () => 7)).toBe(7);
  });
});

describe('scope and network options', () => {
  it('normalises scopes so that equal requests have equal keys', () => {
    expect(normaliseScope({ clusterIds: ['b', 'a', 'b'] })).toEqual({ all: false, clusterIds: ['a', 'b'], regionIds: null, allianceId: null });
    expect(normaliseScope({ all: true })).toMatchObject({ all: true });
  });

  it('rejects scopes without criteria or mixing all with criteria', () => {
    expect(() => normaliseScope({})).toThrow(/scope needs/);
    expect(() => normaliseScope({ all: true, clusterIds: ['a'] })).toThrow(/cannot be combined/);
  });

  it('accepts relationship types only from the enum', () => {
    expect(resolveNetworkOptions({ types: ['INVESTS_IN', 'SUPPLIES'] }).types).toEqual(['SUPPLIES', 'INVESTS_IN']);
    expect(() => resolveNetworkOptions({ types: ['SUPPORTS' as 'SUPPLIES'] })).toThrow(/unknown relationship type/);
    expect(() => resolveNetworkOptions({ asOf: 20.5 })).toThrow(/asOf/);
  });
});

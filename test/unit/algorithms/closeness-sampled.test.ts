/**
 * Sampled closeness and harmonic (Eppstein & Wang 2004): with every node a pivot they are the exact
 * values of closeness.ts and harmonic.ts; with k pivots on a random graph the estimated sums stay
 * within the stated Hoeffding bound.
 */
import { describe, expect, it } from 'vitest';
import { closenessCentrality } from '../../../server/algorithms/closeness.ts';
import { closenessSamplesFor, sampledCloseness, sampledClosenessErrorBound } from '../../../server/algorithms/closeness-sampled.ts';
import { buildGraph, type CompactGraph, type EdgeInput } from '../../../server/algorithms/graph.ts';
import { harmonicCentrality } from '../../../server/algorithms/harmonic.ts';
import { mulberry32 } from '../../../server/algorithms/random.ts';
import { bfs, PathWorkspace } from '../../../server/algorithms/shortest-paths.ts';

/** Preferential attachment core plus a loose component, isolates and a self-loop. */
function randomGraph(n: number, seed: number, directed: boolean): CompactGraph {
  const rng = mulberry32(seed);
  const edges: EdgeInput[] = [];
  const ends: number[] = [0, 1];
  edges.push({ source: 'n0', target: 'n1' });
  const core = Math.floor(n * 0.85);
  for (let v = 2; v < core; v++) {
    for (let j = 0; j < 2; j++) {
      const u = ends[Math.floor(rng() * ends.length)] as number;
      if (u === v) continue;
      edges.push(rng() < 0.5 ? { source: `n${v}`, target: `n${u}` } : { source: `n${u}`, target: `n${v}` });
      ends.push(u, v);
    }
  }
  for (let v = core; v < n - 3; v++) edges.push({ source: `n${v}`, target: `n${v + 1}` });
  edges.push({ source: 'n5', target: 'n5' });
  return buildGraph(edges, { directed, nodes: Array.from({ length: n }, (_, i) => `n${i}`) });
}

describe('sampledCloseness', () => {
  for (const directed of [false, true]) {
    it(`equals exact closeness and harmonic with k = n (${directed ? 'directed' : 'undirected'})`, () => {
      const g = randomGraph(150, 7, directed);
      const r = sampledCloseness(g, { k: g.n, seed: 3 });
      const c = closenessCentrality(g);
      const h = harmonicCentrality(g);
      for (let u = 0; u < g.n; u++) {
        expect(r.closeness[u]).toBe(c[u]);
        expect(r.harmonic[u]).toBeCloseTo(h[u] as number, 10);
      }
      expect(sampledClosenessErrorBound(g.n, g.n)).toBe(0);
    });
  }

  it('keeps every estimated sum within the Hoeffding bound on a random graph', () => {
    const g = randomGraph(1500, 11, false);
    const n = g.n;
    // Exact sums: r − 1, Σd, Σ1/d per node (undirected: distances from u).
    const ws = new PathWorkspace(n);
    const reached = new Float64Array(n);
    const dist = new Float64Array(n);
    const inv = new Float64Array(n);
    let diameter = 0;
    for (let u = 0; u < n; u++) {
      bfs(g, u, 'out', ws);
      reached[u] = ws.reached - 1;
      for (let i = 1; i < ws.reached; i++) {
        const d = ws.dist[ws.order[i] as number] as number;
        dist[u] = (dist[u] as number) + d;
        inv[u] = (inv[u] as number) + 1 / d;
        diameter = Math.max(diameter, d);
      }
    }
    const k = 200;
    const bound = sampledClosenessErrorBound(n, k);
    expect(bound).toBeGreaterThan(0);
    for (const seed of [1, 2, 3]) {
      const r = sampledCloseness(g, { k, seed });
      expect(r.sources.length).toBe(k);
      let worst = 0;
      for (let u = 0; u < n; u++) {
        worst = Math.max(
          worst,
          Math.abs((r.harmonic[u] as number) - (inv[u] as number)) / n,
          Math.abs((r.reached[u] as number) - (reached[u] as number)) / n,
          Math.abs((r.distanceSum[u] as number) - (dist[u] as number)) / (n * diameter),
        );
      }
      expect(worst).toBeLessThanOrEqual(bound);
    }
  });

  it('sizes the sample for a target error and handles empty input', () => {
    const k = closenessSamplesFor(36_000, 0.05);
    expect(sampledClosenessErrorBound(36_000, k)).toBeLessThanOrEqual(0.05);
    expect(sampledClosenessErrorBound(36_000, k - 1)).toBeGreaterThan(0.05);
    expect(closenessSamplesFor(100, 0.05)).toBe(100);
    const empty = sampledCloseness(buildGraph([], { nodes: [] }));
    expect(empty.closeness.length).toBe(0);
    expect(() => sampledCloseness(randomGraph(20, 1, false), { sources: [1, 1] })).toThrow(RangeError);
  });
});

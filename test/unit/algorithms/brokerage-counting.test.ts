// Gould–Fernandez brokerage by counting (server/algorithms/brokerage.ts) against the definition
// enumerated path by path: every two-path a → b → c (a, b, c distinct, no arc a → c), classified
// by the three groups. Seeded random graphs, directed and undirected, with self-loops, parallel
// ties and hubs (so that both of the counting's branches — a's row shorter or longer than b's —
// are taken), and group counts from 1 to many.
import { describe, expect, it } from 'vitest';
import { brokerage, emptyBrokerageCounts, type BrokerageCounts } from '../../../server/algorithms/brokerage.ts';
import { buildGraph, findArc, type CompactGraph, type EdgeInput } from '../../../server/algorithms/graph.ts';
import { mulberry32 } from '../../../server/algorithms/random.ts';

function byDefinition(graph: CompactGraph, group: readonly number[]): BrokerageCounts {
  const n = graph.n;
  const r = emptyBrokerageCounts(n);
  for (let b = 0; b < n; b++) {
    for (let p = graph.inOffsets[b] as number; p < (graph.inOffsets[b + 1] as number); p++) {
      const a = graph.inSources[p] as number;
      if (a === b) continue;
      for (let q = graph.offsets[b] as number; q < (graph.offsets[b + 1] as number); q++) {
        const c = graph.targets[q] as number;
        if (c === a || c === b || findArc(graph, a, c) >= 0) continue;
        const [ga, gb, gc] = [group[a], group[b], group[c]];
        const role = ga === gb ? (gb === gc ? r.coordinator : r.representative) : gb === gc ? r.gatekeeper : ga === gc ? r.itinerant : r.liaison;
        role[b] = (role[b] as number) + 1;
        r.total[b] = (r.total[b] as number) + 1;
      }
    }
  }
  return r;
}

function randomGraph(seed: number, n: number, m: number, directed: boolean, hubs: number, loops = true): CompactGraph {
  const rng = mulberry32(seed);
  const edges: EdgeInput[] = [];
  for (let e = 0; e < m; e++) {
    // A share of the ties touch a few hubs, so degrees are very unequal.
    const s = rng() < 0.3 ? Math.floor(rng() * hubs) : Math.floor(rng() * n);
    const t = Math.floor(rng() * n); // self-loops and repeated pairs happen and must be ignored/merged
    if (loops || s !== t) edges.push({ source: `v${s}`, target: `v${t}` });
  }
  return buildGraph(edges, { directed, nodes: Array.from({ length: n }, (_, i) => `v${i}`) });
}

const ROLES = ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison', 'total'] as const;

describe('brokerage counting', () => {
  // Undirected graphs without self-loops take the triangle-listing path, the others the row scan.
  for (const [directed, loops] of [[false, true], [false, false], [true, true], [true, false]] as const) {
    for (const groups of [1, 2, 5, 40]) {
      it(`equals the path-by-path definition (${directed ? 'directed' : 'undirected'}, ${loops ? 'with' : 'without'} self-loops, ${groups} group(s))`, () => {
        for (let seed = 1; seed <= 6; seed++) {
          const n = 60 + seed * 10;
          const g = randomGraph(seed * 31 + groups, n, n * 4, directed, 3, loops);
          expect(g.selfLoopCount > 0).toBe(loops);
          const rng = mulberry32(seed);
          const group = Array.from({ length: n }, () => Math.floor(rng() * groups));
          const got = brokerage(g, group);
          const want = byDefinition(g, group);
          for (const role of ROLES) expect(Array.from(got[role]), `${role}, seed ${seed}`).toEqual(Array.from(want[role]));
          expect(got.total.some((x) => x > 0)).toBe(true);
        }
      });
    }
  }

  it('rejects groups that are not non-negative integers', () => {
    const g = buildGraph([{ source: 'a', target: 'b' }]);
    expect(() => brokerage(g, [0, -1])).toThrow();
    expect(() => brokerage(g, [0, 1.5])).toThrow();
  });
});

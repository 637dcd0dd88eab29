/**
 * The fast paths (multi-source BFS for closeness and harmonic, forward triangle listing for
 * undirected clustering, offset-difference degrees, the fused BFS Brandes loop, precomputed
 * shares in PageRank and constraint) checked against plain reference computations on seeded
 * random graphs larger than the networkx fixtures: hubs, several components, isolates,
 * self-loops, directed and weighted variants, and more than 32 sources (so that multi-source
 * batches are full, partial and mixed).
 */
import { describe, expect, it } from 'vitest';
import { betweennessCentrality } from '../../../server/algorithms/betweenness.ts';
import { closenessCentrality } from '../../../server/algorithms/closeness.ts';
import { clustering } from '../../../server/algorithms/clustering.ts';
import { constraint } from '../../../server/algorithms/constraint.ts';
import { degree } from '../../../server/algorithms/degree.ts';
import { buildGraph, type CompactGraph, type EdgeInput } from '../../../server/algorithms/graph.ts';
import { harmonicCentrality } from '../../../server/algorithms/harmonic.ts';
import { louvain } from '../../../server/algorithms/louvain.ts';
import { modularity } from '../../../server/algorithms/modularity.ts';
import { mutualWeights } from '../../../server/algorithms/mutual-weights.ts';
import { pagerank } from '../../../server/algorithms/pagerank.ts';
import { mulberry32 } from '../../../server/algorithms/random.ts';

const EXACT = 1e-12;

/** Preferential attachment core, a few loose components, isolates and self-loops. */
function randomEdges(n: number, seed: number, weighted: boolean): EdgeInput[] {
  const rng = mulberry32(seed);
  const edges: EdgeInput[] = [];
  const ends: number[] = [0, 1];
  const w = (): number => (weighted ? 0.5 + Math.floor(rng() * 8) / 2 : 1);
  const core = Math.floor(n * 0.8);
  edges.push({ source: '0', target: '1', weight: w() });
  for (let v = 2; v < core; v++) {
    const m = 1 + Math.floor(rng() * 4);
    for (let k = 0; k < m; k++) {
      const u = ends[Math.floor(rng() * ends.length)] as number;
      edges.push({ source: String(v), target: String(u), weight: w() });
      ends.push(u, v);
    }
  }
  // Small components (paths and triangles) among the rest, leaving some isolates.
  for (let v = core; v + 3 < n - 5; v += 4) {
    edges.push({ source: String(v), target: String(v + 1), weight: w() });
    edges.push({ source: String(v + 1), target: String(v + 2), weight: w() });
    if (rng() < 0.5) edges.push({ source: String(v + 2), target: String(v), weight: w() });
  }
  for (let k = 0; k < 5; k++) {
    const v = Math.floor(rng() * n);
    edges.push({ source: String(v), target: String(v), weight: w() });
  }
  return edges;
}

function graphOf(n: number, seed: number, options: { directed?: boolean; weighted?: boolean } = {}): CompactGraph {
  return buildGraph(randomEdges(n, seed, options.weighted ?? false), {
    directed: options.directed ?? false,
    nodes: Array.from({ length: n }, (_, i) => String(i)),
  });
}

/** The same graph with every weight 1, so that the weighted (Dijkstra) code paths give hops. */
function unitWeights(g: CompactGraph): CompactGraph {
  const ones = (w: Float64Array): Float64Array => new Float64Array(w.length).fill(1);
  const weights = ones(g.weights);
  return { ...g, weights, inWeights: g.inWeights === g.weights ? weights : ones(g.inWeights) };
}

function expectAllClose(actual: ArrayLike<number | null>, expected: ArrayLike<number | null>, tol: number): void {
  expect(actual.length).toBe(expected.length);
  const bad: string[] = [];
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i];
    const e = expected[i];
    if (a === null || e === null || a === undefined || e === undefined) {
      if (a !== e) bad.push(`${i}: ${String(a)} vs ${String(e)}`);
    } else if (Number.isNaN(a) || Math.abs(a - e) > tol * Math.max(1, Math.abs(e))) bad.push(`${i}: ${a} vs ${e}`);
  }
  expect(bad).toEqual([]);
}

const CASES = [
  { name: 'undirected', directed: false, weighted: false },
  { name: 'directed', directed: true, weighted: false },
  { name: 'undirected weighted', directed: false, weighted: true },
  { name: 'directed weighted', directed: true, weighted: true },
] as const;

describe.each(CASES)('fast paths equal the reference computations on a $name random graph', ({ directed, weighted }) => {
  const g = graphOf(301, directed ? 11 : 7, { directed, weighted });
  const hops = unitWeights(g);

  it('closeness and harmonic by multi-source BFS equal one Dijkstra per node on unit weights', () => {
    expectAllClose(closenessCentrality(g), closenessCentrality(hops, { weighted: true }), EXACT);
    expectAllClose(closenessCentrality(g, { wfImproved: false }), closenessCentrality(hops, { weighted: true, wfImproved: false }), EXACT);
    expectAllClose(harmonicCentrality(g), harmonicCentrality(hops, { weighted: true }), EXACT);
  });

  it('closeness and harmonic of a subset of nodes (a worker chunk) equal the full result there', () => {
    const nodes = Uint32Array.from({ length: 45 }, (_, i) => (i * 37) % g.n);
    const full = closenessCentrality(g);
    const part = closenessCentrality(g, { nodes });
    const fullH = harmonicCentrality(g);
    const partH = harmonicCentrality(g, { nodes });
    for (const u of nodes) {
      expect(part[u]).toBe(full[u]);
      expect(partH[u]).toBeCloseTo(fullH[u] ?? Number.NaN, 12);
    }
  });

  it('betweenness by the fused BFS loop equals the Dijkstra path on unit weights', () => {
    expectAllClose(betweennessCentrality(g), betweennessCentrality(hops, { weighted: true }), EXACT);
    expectAllClose(betweennessCentrality(g, { normalized: false }), betweennessCentrality(hops, { weighted: true, normalized: false }), EXACT);
  });

  it('degree from row lengths equals summing arcs (self-loops twice when undirected)', () => {
    for (const mode of ['all', 'in', 'out'] as const) {
      expectAllClose(degree(g, { mode }), degree(hops, { mode, weighted: true }), 0);
    }
  });

  it('clustering equals the ordered-pair definition', () => {
    for (const w of [false, true]) expectAllClose(clustering(g, { weighted: w }), referenceClustering(g, w), 1e-12);
  });

  it('PageRank unweighted equals weighted on unit weights', () => {
    expectAllClose(pagerank(g, { weighted: false }), pagerank(hops), 1e-12);
  });

  it("Burt's constraint equals the textbook double sum", () => {
    for (const w of [false, true]) expectAllClose(constraint(g, { weighted: w }), referenceConstraint(g, w), 1e-12);
  });
});

describe('multi-source BFS counters', () => {
  it('count more than 255 nodes at one distance (the 8-bit counters are flushed in time)', () => {
    // Two stars of 700 leaves joined at their centres: from a centre, 700 nodes at distance 1
    // and 701 at distance 2; from a leaf, 699 + 1 at distance 2 and 700 at distance 3.
    const edges: EdgeInput[] = [{ source: 'a', target: 'b' }];
    for (let i = 0; i < 700; i++) edges.push({ source: 'a', target: `a${i}` }, { source: 'b', target: `b${i}` });
    const g = buildGraph(edges);
    const hops = unitWeights(g);
    expectAllClose(closenessCentrality(g), closenessCentrality(hops, { weighted: true }), EXACT);
    expectAllClose(harmonicCentrality(g), harmonicCentrality(hops, { weighted: true }), EXACT);
    expect(harmonicCentrality(g)[0]).toBeCloseTo(701 + 700 / 2, 9);
  });
});

describe('louvain aggregation', () => {
  it('is reproducible and never lowers modularity below the singleton partition on a random graph', () => {
    const g = graphOf(400, 3, { weighted: true });
    const a = louvain(g, { seed: 9 });
    const b = louvain(g, { seed: 9 });
    expect(Array.from(a.membership)).toEqual(Array.from(b.membership));
    const singletons = Array.from({ length: g.n }, (_, i) => i);
    expect(modularity(g, a.membership)).toBeGreaterThan(modularity(g, singletons) + 0.3);
  });
});

/** Local clustering straight from its definition (ordered neighbour pairs, loops ignored). */
function referenceClustering(g: CompactGraph, weighted: boolean): Float64Array {
  const n = g.n;
  let maxW = 1;
  if (weighted) maxW = Math.max(...g.weights);
  const tie = new Map<string, number>();
  const key = (a: number, b: number): string => `${a},${b}`;
  const nbr: Array<Set<number>> = Array.from({ length: n }, () => new Set<number>());
  for (let u = 0; u < n; u++) {
    for (let p = g.offsets[u] as number; p < (g.offsets[u + 1] as number); p++) {
      const v = g.targets[p] as number;
      if (v === u) continue;
      const f = weighted ? Math.cbrt((g.weights[p] as number) / maxW) : 1;
      tie.set(key(u, v), (tie.get(key(u, v)) ?? 0) + f);
      nbr[u]?.add(v);
      if (g.directed) nbr[v]?.add(u);
    }
  }
  const s = (a: number, b: number): number => (tie.get(key(a, b)) ?? 0) + (g.directed ? (tie.get(key(b, a)) ?? 0) : 0);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ns = [...(nbr[i] ?? [])];
    let t = 0;
    for (const j of ns) for (const k of ns) if (j !== k) t += s(i, j) * s(j, k) * s(k, i);
    if (t === 0) continue;
    if (!g.directed) {
      out[i] = t / (ns.length * (ns.length - 1));
    } else {
      let dt = 0;
      let db = 0;
      for (const j of ns) {
        const o = tie.has(key(i, j)) ? 1 : 0;
        const inn = tie.has(key(j, i)) ? 1 : 0;
        dt += o + inn;
        db += o * inn;
      }
      out[i] = t / 2 / (dt * (dt - 1) - 2 * db);
    }
  }
  return out;
}

/** c_i = Σ_j (p_ij + Σ_q p_iq p_qj)² over the mutual-weight neighbours, dense per node. */
function referenceConstraint(g: CompactGraph, weighted: boolean): Array<number | null> {
  const mw = mutualWeights(g, weighted);
  const p = (i: number, j: number): number => {
    for (let r = mw.offsets[i] as number; r < (mw.offsets[i + 1] as number); r++) {
      if (mw.targets[r] === j) return (mw.weights[r] as number) / (mw.rowSum[i] as number);
    }
    return 0;
  };
  const out: Array<number | null> = [];
  for (let i = 0; i < g.n; i++) {
    if (mw.hasContacts[i] === 0) {
      out.push(null);
      continue;
    }
    const ns = Array.from(mw.targets.subarray(mw.offsets[i], mw.offsets[i + 1]));
    let c = 0;
    for (const j of ns) {
      let x = p(i, j);
      for (const q of ns) x += p(i, q) * p(q, j);
      c += x * x;
    }
    out.push(c);
  }
  return out;
}

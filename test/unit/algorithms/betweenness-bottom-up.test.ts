/**
 * Unweighted betweenness (betweenness-bfs.ts) on graphs dense enough that the direction-optimising
 * BFS takes bottom-up levels, checked against a textbook Brandes (2001) written here: plain
 * arrays, a FIFO queue, predecessor lists, stack back-propagation. No code is shared with the
 * algorithm under test except `buildGraph` (the input) and `mulberry32` (the seed).
 *
 * Why these graphs take bottom-up levels. betweenness-bfs.ts finds level L+1 bottom-up when
 *   (in-arcs of the nodes not yet reached) + (length of its unreached list, n before the first
 *   bottom-up level) < (out-arcs of the level-L frontier) + (frontier size).
 * In a dense random core (core A below: 150 nodes, one tie per pair with probability 0.12 or
 * 0.2, average degree ~18 to ~30) the second level from a core node already holds most of the
 * core, so its out-arcs (thousands) exceed the in-arcs of everything not yet reached (the rest
 * of core A, the path, core B: about a thousand) plus n (~250): the third level is found bottom-up.
 * Core B (40 nodes, probability 0.7) is small but so dense that, once the search arrives there
 * along the path, its big level again outweighs what is left plus the (now short) unreached list.
 * So one search goes top-down, bottom-up, top-down along the path (the nodes found bottom-up
 * then write successor lists), then bottom-up again in core B (the unreached list is reused and
 * must skip the nodes the top-down levels reached meanwhile), often twice in a row (a level
 * found bottom-up whose successors are found bottom-up too: back-propagation by pushes only).
 * Plain G(n, p) graphs give top-down, top-down, bottom-up (sometimes bottom-up twice).
 * `levelPlan` replays that switch rule and the tests assert that every such sequence occurs, so
 * a change of the graphs that stops exercising them fails here rather than silently passing.
 * (`levelPlan` was checked once against an instrumented copy of betweenness-bfs.ts: the same
 * direction at every level from every source of the four graphs here.)
 */
import { describe, expect, it } from 'vitest';
import { accumulateBetweenness, betweennessCentrality } from '../../../server/algorithms/betweenness.ts';
import { buildGraph, type CompactGraph, type EdgeInput } from '../../../server/algorithms/graph.ts';
import { mulberry32, sampleWithoutReplacement, type Rng } from '../../../server/algorithms/random.ts';

const REL = 1e-9;

interface Edge {
  u: number;
  v: number;
}

interface TestGraph {
  n: number;
  directed: boolean;
  edges: Edge[];
}

/**
 * Two dense random cores joined by a path, plus pendant trees, one-way arcs, parallel edges,
 * self-loops (never on a shortest path) and isolates. Directed: each core pair gets an arc with
 * probability p, reciprocated with probability 0.6, so in- and out-rows differ. Core A is large
 * enough that its big level outweighs everything beyond it (core B included), and core B dense
 * enough that its own big level outweighs what is left after it.
 */
function twoCores(seed: number, directed: boolean, shape: { a: number; pa: number; path: number; b: number; pb: number }): TestGraph {
  const rng = mulberry32(seed);
  const edges: Edge[] = [];
  const core = (from: number, size: number, p: number): void => {
    for (let x = from; x < from + size; x++) {
      for (let y = x + 1; y < from + size; y++) {
        if (rng() >= p) continue;
        const forward = rng() < 0.5;
        edges.push(forward ? { u: x, v: y } : { u: y, v: x });
        if (directed && rng() < 0.6) edges.push(forward ? { u: y, v: x } : { u: x, v: y });
      }
    }
  };
  const { a, pa, path, b, pb } = shape;
  core(0, a, pa);
  // Path a..a+path-1 from core A (node a-1) to core B (node a+path); one link one-way when directed.
  for (let v = a - 1; v < a + path; v++) {
    edges.push({ u: v, v: v + 1 });
    if (directed && v !== a + 1) edges.push({ u: v + 1, v });
  }
  const cores = a + path + b;
  core(a + path, b, pb);
  // 50 pendant nodes: each hangs off an earlier node, some by one-way arcs.
  for (let v = cores; v < cores + 50; v++) {
    const u = Math.floor(rng() * v);
    const r = rng();
    if (!directed || r < 0.5) edges.push({ u, v }, ...(directed ? [{ u: v, v: u }] : []));
    else if (r < 0.75) edges.push({ u, v });
    else edges.push({ u: v, v: u });
  }
  // A node that only sends and one that only receives (when directed); parallel edges; loops.
  const sender = cores + 50;
  const receiver = cores + 51;
  for (let k = 0; k < 6; k++) edges.push({ u: sender, v: Math.floor(rng() * cores) }, { u: Math.floor(rng() * cores), v: receiver });
  for (let k = 0; k < 10; k++) edges.push(edges[Math.floor(rng() * edges.length)] as Edge);
  for (let k = 0; k < 6; k++) {
    const v = Math.floor(rng() * (cores + 52));
    edges.push({ u: v, v });
  }
  return { n: cores + 56, directed, edges }; // the last 4 nodes are isolated
}

/** G(n, p) with reciprocal arcs (directed) — a single dense core; no structure at all. */
function gnp(seed: number, n: number, p: number, directed: boolean): TestGraph {
  const rng = mulberry32(seed);
  const edges: Edge[] = [];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      if (rng() >= p) continue;
      const forward = rng() < 0.5;
      edges.push(forward ? { u: a, v: b } : { u: b, v: a });
      if (directed && rng() < 0.5) edges.push(forward ? { u: b, v: a } : { u: a, v: b });
    }
  }
  return { n, directed, edges };
}

function compact(t: TestGraph): CompactGraph {
  const edges: EdgeInput[] = t.edges.map((e) => ({ source: String(e.u), target: String(e.v) }));
  return buildGraph(edges, { directed: t.directed, nodes: Array.from({ length: t.n }, (_, i) => String(i)) });
}

/**
 * Textbook Brandes, unweighted, endpoints excluded: raw dependencies summed over `sources`
 * (each ordered pair (s, t); an undirected pair is thus counted twice, as in the raw sums).
 */
function referenceRaw(t: TestGraph, sources: readonly number[]): number[] {
  const n = t.n;
  const adj: number[][] = Array.from({ length: n }, () => []);
  const seen = new Set<string>();
  const addArc = (a: number, b: number): void => {
    if (a === b || seen.has(`${a}>${b}`)) return; // loops are on no shortest path; parallels merge
    seen.add(`${a}>${b}`);
    (adj[a] as number[]).push(b);
  };
  for (const { u, v } of t.edges) {
    addArc(u, v);
    if (!t.directed) addArc(v, u);
  }
  const bc: number[] = new Array<number>(n).fill(0);
  for (const s of sources) {
    const dist: number[] = new Array<number>(n).fill(-1);
    const sigma: number[] = new Array<number>(n).fill(0);
    const delta: number[] = new Array<number>(n).fill(0);
    const pred: number[][] = Array.from({ length: n }, () => []);
    const stack: number[] = [];
    const queue: number[] = [s];
    dist[s] = 0;
    sigma[s] = 1;
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head] as number;
      stack.push(v);
      for (const w of adj[v] as number[]) {
        if ((dist[w] as number) < 0) {
          dist[w] = (dist[v] as number) + 1;
          queue.push(w);
        }
        if (dist[w] === (dist[v] as number) + 1) {
          sigma[w] = (sigma[w] as number) + (sigma[v] as number);
          (pred[w] as number[]).push(v);
        }
      }
    }
    while (stack.length > 0) {
      const w = stack.pop() as number;
      for (const v of pred[w] as number[]) {
        delta[v] = (delta[v] as number) + ((sigma[v] as number) / (sigma[w] as number)) * (1 + (delta[w] as number));
      }
      if (w !== s) bc[w] = (bc[w] as number) + (delta[w] as number);
    }
  }
  return bc;
}

/** networkx's rescaling (endpoints=False, all sources). */
function referenceScaled(raw: readonly number[], directed: boolean, normalized: boolean): number[] {
  const n = raw.length;
  if (n <= 2) return raw.map(() => 0);
  const scale = normalized ? 1 / ((n - 1) * (n - 2)) : directed ? 1 : 0.5;
  return raw.map((x) => x * scale);
}

function expectRelClose(actual: ArrayLike<number>, expected: readonly number[]): void {
  expect(actual.length).toBe(expected.length);
  const bad: string[] = [];
  let positive = 0;
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i] as number;
    const e = expected[i] as number;
    if (e > 0) positive++;
    // Relative only: a node on no shortest path must get exactly 0.
    if (!(Math.abs(a - e) <= REL * Math.abs(e))) bad.push(`node ${i}: got ${a}, reference ${e}`);
  }
  expect(bad).toEqual([]);
  expect(positive).toBeGreaterThan(expected.length / 3); // the comparison is not vacuous
}

type Step = 'top-down' | 'bottom-up';

/**
 * The direction betweenness-bfs.ts takes for each level of a search from s that finds at least
 * one node, replaying its cost rule (see the file banner); `levels` is the number of such levels.
 */
function levelPlan(g: CompactGraph, s: number): Step[] {
  const { n, offsets: off, targets: adj, inOffsets: ioff, inSources: iadj } = g;
  const outDeg = (v: number): number => (off[v + 1] as number) - (off[v] as number);
  const inDeg = (v: number): number => (ioff[v + 1] as number) - (ioff[v] as number);
  const level = new Int32Array(n).fill(-1);
  level[s] = 0;
  let frontier = [s];
  let frontierArcs = outDeg(s);
  let reachedIn = inDeg(s);
  let unreached = n - 1;
  let listLen = -1;
  const plan: Step[] = [];
  for (let L = 0; frontier.length > 0; L++) {
    const bottomUp = iadj.length - reachedIn + (listLen < 0 ? n : listLen) < frontierArcs + frontier.length;
    const next: number[] = [];
    if (bottomUp) {
      for (let w = 0; w < n; w++) {
        if (level[w] !== -1) continue;
        for (let p = ioff[w] as number; p < (ioff[w + 1] as number); p++) {
          if (level[iadj[p] as number] === L) {
            next.push(w);
            break;
          }
        }
      }
    } else {
      for (const v of frontier) {
        for (let p = off[v] as number; p < (off[v + 1] as number); p++) {
          const w = adj[p] as number;
          if (level[w] !== -1) continue;
          level[w] = L + 1;
          next.push(w);
        }
      }
    }
    for (const w of next) {
      level[w] = L + 1;
      reachedIn += inDeg(w);
    }
    unreached -= next.length;
    if (bottomUp) listLen = unreached;
    frontierArcs = next.reduce((a, w) => a + outDeg(w), 0);
    frontier = next;
    if (next.length > 0) plan.push(bottomUp ? 'bottom-up' : 'top-down');
  }
  return plan;
}

interface PlanCounts {
  bottomUp: number;
  consecutiveBottomUp: number;
  topDownAfterBottomUp: number;
  bottomUpAfterLaterTopDown: number;
}

function countPlans(g: CompactGraph, sources: Iterable<number>): PlanCounts {
  const c: PlanCounts = { bottomUp: 0, consecutiveBottomUp: 0, topDownAfterBottomUp: 0, bottomUpAfterLaterTopDown: 0 };
  for (const s of sources) {
    const plan = levelPlan(g, s).join(' ');
    if (plan.includes('bottom-up')) c.bottomUp++;
    if (plan.includes('bottom-up bottom-up')) c.consecutiveBottomUp++;
    if (plan.includes('bottom-up top-down')) c.topDownAfterBottomUp++;
    if (/bottom-up.* top-down .*bottom-up/.test(plan)) c.bottomUpAfterLaterTopDown++;
  }
  return c;
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

function sample(n: number, k: number, rng: Rng): number[] {
  return Array.from(sampleWithoutReplacement(n, k, rng));
}

// Shapes and seeds chosen so that, over all sources, every pattern counted by `countPlans` occurs
// for over 150 sources (bottom-up levels for every source in a core).
const SHAPE_D = { a: 150, pa: 0.2, path: 6, b: 40, pb: 0.7 };
const SHAPE_U = { a: 150, pa: 0.12, path: 6, b: 40, pb: 0.7 };

const CASES = [
  { name: 'directed two-core', directed: true, make: (): TestGraph => twoCores(5, true, SHAPE_D), mixed: true },
  { name: 'undirected two-core', directed: false, make: (): TestGraph => twoCores(5, false, SHAPE_U), mixed: true },
  { name: 'directed G(n, p) with reciprocal arcs', directed: true, make: (): TestGraph => gnp(303, 160, 0.09, true), mixed: false },
  { name: 'undirected G(n, p)', directed: false, make: (): TestGraph => gnp(404, 160, 0.08, false), mixed: false },
] as const;

describe.each(CASES)('unweighted betweenness with bottom-up BFS levels: $name', ({ directed, make, mixed }) => {
  const t = make();
  const g = compact(t);
  const all = range(t.n);
  const raw = referenceRaw(t, all);

  it('takes bottom-up levels (replaying the switch rule of betweenness-bfs.ts)', () => {
    expect(g.directed).toBe(directed);
    const c = countPlans(g, all);
    expect(c.bottomUp).toBeGreaterThan(t.n / 2);
    expect(c.consecutiveBottomUp).toBeGreaterThan(3);
    if (mixed) {
      expect(c.topDownAfterBottomUp).toBeGreaterThan(10);
      expect(c.bottomUpAfterLaterTopDown).toBeGreaterThan(10);
    }
  });

  it('equals textbook Brandes, normalised and not', () => {
    expectRelClose(betweennessCentrality(g), referenceScaled(raw, directed, true));
    expectRelClose(betweennessCentrality(g, { normalized: false }), referenceScaled(raw, directed, false));
  });

  it('equals textbook Brandes restricted to a sampled source list, and partial lists add up', () => {
    const rng = mulberry32(directed ? 7 : 8);
    const sources = sample(t.n, 40, rng); // random order, not sorted
    expect(countPlans(g, sources).bottomUp).toBeGreaterThan(5);
    const got = new Float64Array(t.n);
    accumulateBetweenness(g, sources, {}, got);
    const want = referenceRaw(t, sources);
    expectRelClose(got, want);
    // Within a call the kernel reuses its arrays from source to source (the call above); across
    // calls only `into` carries over: the two halves, in reverse order, add up to the same sums.
    const split = new Float64Array(t.n);
    accumulateBetweenness(g, sources.slice(20), {}, split);
    accumulateBetweenness(g, sources.slice(0, 20), {}, split);
    expectRelClose(split, want);
  });

  it('gives a single source exactly its own dependencies', () => {
    const rng = mulberry32(directed ? 17 : 18);
    for (const s of sample(t.n, 6, rng)) {
      const got = new Float64Array(t.n);
      accumulateBetweenness(g, [s], {}, got);
      const want = referenceRaw(t, [s]);
      const bad = want.flatMap((e, i) => (Math.abs((got[i] as number) - e) <= REL * Math.abs(e) ? [] : [`${s}→ node ${i}: ${got[i]} vs ${e}`]));
      expect(bad).toEqual([]);
    }
  });
});

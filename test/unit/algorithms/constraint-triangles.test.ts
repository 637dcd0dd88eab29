/**
 * Burt's constraint on graphs WITHOUT self-loops, where constraint.ts takes its indirect terms
 * Σ_q p_iq p_qj from triangle listing (constraint-triangles.ts), checked against networkx's
 * per-node formulas written out here from the edge list (nothing shared with the code under test
 * but `buildGraph` for the input):
 *
 *   mutual_weight(u, v)            = a_uv + a_vu              (a: weight, or 1, of the arc u→v)
 *   normalized_mutual_weight(u, v) = mutual_weight(u, v) / Σ_{w ∈ N(u)} mutual_weight(u, w)
 *   local_constraint(u, v)         = (p_uv + Σ_{w ∈ N(u)} p_uw p_wv)²
 *   constraint(v)                  = Σ_{n ∈ N(v)} local_constraint(v, n)
 *
 * with N(u) the in- and out-neighbours (networkx `all_neighbors`). Our documented conventions
 * (constraint.ts, graph.ts): parallel edges are merged by summing weights (unweighted: one tie);
 * a node with no contact other than itself gets null (networkx NaN); a self-loop is a tie to
 * oneself, m_ii = 2·w_ii, as in networkx. A node with a single contact gets 1 (networkx too).
 */
import { describe, expect, it } from 'vitest';
import { constraint } from '../../../server/algorithms/constraint.ts';
import { indirectShares } from '../../../server/algorithms/constraint-triangles.ts';
import { buildGraph, type CompactGraph } from '../../../server/algorithms/graph.ts';
import { mulberry32 } from '../../../server/algorithms/random.ts';

const TOL = 1e-12;

interface Edge {
  u: number;
  v: number;
  w: number;
}

interface TestGraph {
  n: number;
  directed: boolean;
  edges: Edge[];
}

/** Landmarks of `socialGraph`, for the spot checks. */
const CORE = 150;
const CLIQUE = 150; // K6: 150..155, all of degree 5 (ties in the (degree, index) order)
const PENDANT = 156; // 156..175: one tie each to the core
const DYADS = 176; // 176–177, 178–179, 180–181
const TRIANGLE = 182; // 182..184
const STAR = 185; // centre 185, leaves 186..190, no ties among the leaves
const ISOLATES = 191; // 191..195
const N = 196;

/**
 * Growth with triadic closure (many triangles, hubs, a spread of degrees) plus the small pieces
 * above. Directed: each tie gets a random direction and, with probability 0.4, the reverse arc
 * too (with its own weight); half the pendants only send, half only receive. Some ties are
 * given twice (parallel edges). Weights are arbitrary doubles in [0.1, 4.1). No self-loops.
 */
function socialGraph(seed: number, directed: boolean): TestGraph {
  const rng = mulberry32(seed);
  const w = (): number => 0.1 + rng() * 4;
  const edges: Edge[] = [];
  const nbrs: number[][] = Array.from({ length: N }, () => []);
  const ends: number[] = [];
  const tie = (a: number, b: number): void => {
    if (directed) {
      const forward = rng() < 0.5;
      edges.push(forward ? { u: a, v: b, w: w() } : { u: b, v: a, w: w() });
      if (rng() < 0.4) edges.push(forward ? { u: b, v: a, w: w() } : { u: a, v: b, w: w() });
    } else {
      edges.push({ u: a, v: b, w: w() });
    }
    (nbrs[a] as number[]).push(b);
    (nbrs[b] as number[]).push(a);
    ends.push(a, b);
  };
  tie(0, 1);
  tie(1, 2);
  tie(2, 0);
  for (let v = 3; v < CORE; v++) {
    const m = 1 + Math.floor(rng() * 3);
    let last = ends[Math.floor(rng() * ends.length)] as number;
    tie(v, last);
    for (let k = 1; k < m; k++) {
      // Close a triangle through the previous target when possible, else attach preferentially.
      const around = (nbrs[last] as number[]).filter((x) => x !== v && !(nbrs[v] as number[]).includes(x));
      const next = rng() < 0.7 && around.length > 0 ? (around[Math.floor(rng() * around.length)] as number) : (ends[Math.floor(rng() * ends.length)] as number);
      if (next === v || (nbrs[v] as number[]).includes(next)) continue;
      tie(v, next);
      last = next;
    }
  }
  for (let a = CLIQUE; a < CLIQUE + 6; a++) for (let b = a + 1; b < CLIQUE + 6; b++) tie(a, b);
  tie(CLIQUE, 7); // the clique hangs off the core
  for (let v = PENDANT; v < DYADS; v++) {
    const u = Math.floor(rng() * CORE);
    if (directed) edges.push(v % 2 === 0 ? { u: v, v: u, w: w() } : { u, v, w: w() });
    else edges.push({ u, v, w: w() });
  }
  for (let v = DYADS; v < TRIANGLE; v += 2) edges.push({ u: v, v: v + 1, w: w() });
  edges.push({ u: TRIANGLE, v: TRIANGLE + 1, w: w() }, { u: TRIANGLE + 1, v: TRIANGLE + 2, w: w() }, { u: TRIANGLE + 2, v: TRIANGLE, w: w() });
  for (let leaf = STAR + 1; leaf < ISOLATES; leaf++) edges.push({ u: STAR, v: leaf, w: w() });
  // Parallel edges: some ties given again with a fresh weight (merged by summing).
  for (let k = 0; k < 15; k++) {
    const e = edges[Math.floor(rng() * edges.length)] as Edge;
    edges.push({ u: e.u, v: e.v, w: w() });
  }
  return { n: N, directed, edges };
}

function compact(t: TestGraph): CompactGraph {
  return buildGraph(
    t.edges.map((e) => ({ source: String(e.u), target: String(e.v), weight: e.w })),
    { directed: t.directed, nodes: Array.from({ length: t.n }, (_, i) => String(i)) },
  );
}

/** networkx's per-node constraint, from the edge list (see the banner); `indirect: false` drops Σ_w p_uw p_wv. */
function referenceConstraint(t: TestGraph, weighted: boolean, options: { indirect?: boolean } = {}): Array<number | null> {
  const indirect = options.indirect ?? true;
  const a: Array<Map<number, number>> = Array.from({ length: t.n }, () => new Map<number, number>());
  const nbrs: Array<Set<number>> = Array.from({ length: t.n }, () => new Set<number>());
  const addArc = (u: number, v: number, w: number): void => {
    const row = a[u] as Map<number, number>;
    row.set(v, weighted ? (row.get(v) ?? 0) + w : 1);
  };
  for (const { u, v, w } of t.edges) {
    addArc(u, v, w);
    if (!t.directed && u !== v) addArc(v, u, w);
    (nbrs[u] as Set<number>).add(v);
    (nbrs[v] as Set<number>).add(u);
  }
  const arc = (u: number, v: number): number => (a[u] as Map<number, number>).get(v) ?? 0;
  const mutual = (u: number, v: number): number => arc(u, v) + arc(v, u);
  const scale = (u: number): number => [...(nbrs[u] as Set<number>)].reduce((s, x) => s + mutual(u, x), 0);
  const p = (u: number, v: number): number => {
    const sc = scale(u);
    return sc === 0 ? 0 : mutual(u, v) / sc;
  };
  const out: Array<number | null> = [];
  for (let v = 0; v < t.n; v++) {
    const ns = [...(nbrs[v] as Set<number>)];
    if (ns.every((x) => x === v)) {
      out.push(null);
      continue;
    }
    let c = 0;
    for (const j of ns) {
      let x = p(v, j);
      if (indirect) for (const q of ns) x += p(v, q) * p(q, j);
      c += x * x;
    }
    out.push(c);
  }
  return out;
}

function mismatches(actual: ReadonlyArray<number | null>, expected: ReadonlyArray<number | null>, nodes?: Iterable<number>): string[] {
  const bad: string[] = [];
  for (const i of nodes ?? expected.keys()) {
    const got = actual[i];
    const want = expected[i];
    if (got === undefined || want === undefined) bad.push(`node ${i}: missing`);
    else if (got === null || want === null) {
      if (got !== want) bad.push(`node ${i}: got ${String(got)}, reference ${String(want)}`);
    } else if (!(Math.abs(got - want) <= TOL * Math.max(1, Math.abs(want)))) bad.push(`node ${i}: got ${got}, reference ${want}`);
  }
  return bad;
}

const CASES = [
  { name: 'undirected', directed: false, weighted: false },
  { name: 'undirected weighted', directed: false, weighted: true },
  { name: 'directed', directed: true, weighted: false },
  { name: 'directed weighted', directed: true, weighted: true },
] as const;

describe.each(CASES)("Burt's constraint without self-loops (triangle path): $name", ({ directed, weighted }) => {
  const t = socialGraph(directed ? 31 : 32, directed);
  const g = compact(t);
  const got = constraint(g, { weighted });
  const want = referenceConstraint(t, weighted);

  it('equals networkx local_constraint summed over all neighbours', () => {
    expect(g.selfLoopCount).toBe(0); // so constraint.ts lists triangles
    expect(mismatches(got, want)).toEqual([]);
  });

  it('depends on the indirect terms on most core nodes (the graph exercises the triangle code)', () => {
    const directOnly = referenceConstraint(t, weighted, { indirect: false });
    let changed = 0;
    for (let i = 0; i < CORE; i++) if (Math.abs((got[i] ?? 0) - (directOnly[i] ?? 0)) > 1e-6) changed++;
    expect(changed).toBeGreaterThan(CORE / 2);
  });

  it('gives null to isolates and 1 to nodes with a single contact', () => {
    for (let v = ISOLATES; v < N; v++) expect(got[v]).toBeNull();
    // Pendants and dyads. Directed: half the pendants only receive; their tie still counts (as in
    // networkx's default sparse-matrix path; its per-node path gives NaN when G[v] is empty).
    for (let v = PENDANT; v < TRIANGLE; v++) expect(got[v]).toBe(1);
    for (let leaf = STAR + 1; leaf < ISOLATES; leaf++) expect(got[leaf]).toBe(1);
    if (!weighted) {
      expect(got[STAR]).toBeCloseTo(1 / 5, 14); // five contacts, none tied to another
      // Triangle: p = 1/2 each way, local constraint (1/2 + 1/4)² per contact.
      for (let v = TRIANGLE; v < TRIANGLE + 3; v++) expect(got[v]).toBeCloseTo(2 * 0.75 ** 2, 14);
    }
  });
});

describe('indirectShares (triangle listing) with arbitrary per-arc shares', () => {
  /**
   * Random symmetric CSR without loops or repeated ties, rows sorted, with a K5 and a 3-regular
   * prism (equal degrees: the (degree, index) tie-break) and a few hubs. Shares are drawn per
   * ARC, p_ij ≠ p_ji and rows not normalised, so that any of the six terms per triangle read
   * from the wrong arc shows.
   */
  function randomCsr(seed: number, n: number): { offsets: Uint32Array; targets: Uint32Array; share: Float64Array } {
    const rng = mulberry32(seed);
    const adj: Array<Set<number>> = Array.from({ length: n }, () => new Set<number>());
    const tie = (a: number, b: number): void => {
      if (a === b) return;
      (adj[a] as Set<number>).add(b);
      (adj[b] as Set<number>).add(a);
    };
    for (let a = 0; a < 5; a++) for (let b = a + 1; b < 5; b++) tie(a, b); // K5
    for (const [a, b] of [[5, 6], [6, 7], [7, 5], [8, 9], [9, 10], [10, 8], [5, 8], [6, 9], [7, 10]] as const) tie(a, b); // prism
    for (let v = 12; v < n; v++) {
      const hub = Math.floor(rng() * 4) + 11; // hubs 11..14
      tie(v, hub);
      const other = 12 + Math.floor(rng() * (v - 12 + 1));
      tie(v, other);
      if (rng() < 0.5) tie(v, Math.floor(rng() * v));
    }
    const offsets = new Uint32Array(n + 1);
    const list: number[] = [];
    for (let v = 0; v < n; v++) {
      list.push(...[...(adj[v] as Set<number>)].sort((x, y) => x - y));
      offsets[v + 1] = list.length;
    }
    const share = Float64Array.from(list, () => 0.05 + rng());
    return { offsets, targets: Uint32Array.from(list), share };
  }

  it('equals Σ_q p_iq p_qj summed over every q, arc by arc', () => {
    const n = 140;
    const { offsets, targets, share } = randomCsr(77, n);
    const at = new Map<string, number>();
    for (let i = 0; i < n; i++) for (let p = offsets[i] as number; p < (offsets[i + 1] as number); p++) at.set(`${i},${targets[p]}`, share[p] as number);
    const got = indirectShares(offsets, targets, share);
    const bad: string[] = [];
    let triangles = 0;
    for (let i = 0; i < n; i++) {
      for (let p = offsets[i] as number; p < (offsets[i + 1] as number); p++) {
        const j = targets[p] as number;
        let want = 0;
        for (let r = offsets[i] as number; r < (offsets[i + 1] as number); r++) {
          const q = targets[r] as number;
          const qj = at.get(`${q},${j}`);
          if (qj !== undefined) {
            want += (share[r] as number) * qj;
            triangles++;
          }
        }
        if (!(Math.abs((got[p] as number) - want) <= TOL * Math.max(1, want))) bad.push(`${i}→${j}: got ${got[p]}, want ${want}`);
      }
    }
    expect(bad).toEqual([]);
    expect(triangles / 6).toBeGreaterThan(50);
  });

  it('handles graphs without arcs or nodes', () => {
    expect(Array.from(indirectShares(new Uint32Array([0]), new Uint32Array(0), new Float64Array(0)))).toEqual([]);
    expect(Array.from(indirectShares(new Uint32Array([0, 0, 0]), new Uint32Array(0), new Float64Array(0)))).toEqual([]);
  });
});

describe("Burt's constraint with self-loops added to the same graph", () => {
  // A loop is a tie to oneself (m_ii = 2·w_ii, in the node's N and in its row sum), so it changes
  // the looped node and, through p_qj, the nodes that have it as a contact; no one else. A node
  // whose only tie is a loop stays null (documented: networkx gives 4, or NaN when w = 1).
  const LOOPED = [3, 20, 60, CLIQUE + 2, PENDANT + 1, DYADS, STAR] as const;
  const LOOP_ONLY = ISOLATES;

  describe.each(CASES)('$name', ({ directed, weighted }) => {
    const plain = socialGraph(directed ? 31 : 32, directed);
    const rng = mulberry32(5);
    const looped: TestGraph = {
      ...plain,
      edges: [...plain.edges, ...[...LOOPED, LOOP_ONLY].map((v) => ({ u: v, v, w: 0.5 + rng() * 2 }))],
    };
    const g = compact(looped);
    const got = constraint(g, { weighted });
    const without = constraint(compact(plain), { weighted });

    it('equals networkx local_constraint with the loop as a tie to oneself', () => {
      expect(g.selfLoopCount).toBe(LOOPED.length + 1);
      expect(mismatches(got, referenceConstraint(looped, weighted))).toEqual([]);
      expect(got[LOOP_ONLY]).toBeNull();
    });

    it('changes the looped nodes and leaves every node without a looped contact as it was', () => {
      const touched = new Set<number>(LOOPED);
      for (const e of plain.edges) {
        if ((LOOPED as readonly number[]).includes(e.u)) touched.add(e.v);
        if ((LOOPED as readonly number[]).includes(e.v)) touched.add(e.u);
      }
      const untouched = Array.from({ length: N }, (_, i) => i).filter((i) => !touched.has(i));
      expect(untouched.length).toBeGreaterThan(N / 2);
      expect(mismatches(got, without, untouched)).toEqual([]);
      for (const v of LOOPED) expect(Math.abs((got[v] as number) - (without[v] as number))).toBeGreaterThan(1e-6);
    });
  });
});

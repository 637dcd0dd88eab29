/**
 * Gould–Fernandez brokerage roles.
 * Gould & Fernandez, "Structures of mediation: a formal approach to brokerage in transaction
 * networks", Sociological Methodology 19, 1989.
 *
 * For every directed two-path a → b → c with a, b, c distinct and no arc a → c, the broker b is
 * counted in one role by the groups g(·) of the three nodes:
 *   coordinator     g(a) = g(b) = g(c)
 *   itinerant       g(a) = g(c) ≠ g(b)   (also called consultant)
 *   representative  g(a) = g(b) ≠ g(c)
 *   gatekeeper      g(a) ≠ g(b) = g(c)
 *   liaison         all three different.
 * Undirected graphs: every edge is two arcs, so each open pair {a, c} around b is counted twice,
 * once per direction (a representative path one way is a gatekeeper path the other way).
 * Self-loops are ignored. Counts are unnormalised.
 *
 * Counting, not enumerating: for a broker b and one in-neighbour a, the open two-paths a → b → c
 * split by the group of c are (b's out-neighbours per group) − (those also out-neighbours of a,
 * i.e. closed by an arc a → c) − (a itself, when b → a). Only the closed ones are looked for, by
 * walking the shorter of the two out-rows and testing membership in the other (a mark array for
 * b's row, a binary search in a's), so the cost is Σ over arcs of min(deg a, deg b) — the bound
 * of triangle listing (Chiba & Nishizeki, SIAM J. Comput. 14, 1985) — instead of
 * Σ deg(b)² · log deg, which took 19 s on the CORDIS network (hubs with thousands of partners).
 * The role of an open path needs only three numbers per (a, b): open paths in all, to group(a)
 * and to group(b). On undirected graphs without self-loops the closed counts are triangle counts
 * per edge (all, and with the third corner in a's or b's group), taken from one forward triangle
 * listing each (constraint-triangles.ts), O(m^{3/2}) at worst.
 */
import { BadUserInputError } from '../errors.ts';
import { indirectShares } from './constraint-triangles.ts';
import { findArc, type CompactGraph } from './graph.ts';

export interface BrokerageCounts {
  coordinator: Float64Array;
  itinerant: Float64Array;
  representative: Float64Array;
  gatekeeper: Float64Array;
  liaison: Float64Array;
  total: Float64Array;
}

export function emptyBrokerageCounts(n: number): BrokerageCounts {
  return {
    coordinator: new Float64Array(n),
    itinerant: new Float64Array(n),
    representative: new Float64Array(n),
    gatekeeper: new Float64Array(n),
    liaison: new Float64Array(n),
    total: new Float64Array(n),
  };
}

/** Open paths through one broker by role, summed over its in-neighbours a (see the banner). */
class RoleTally {
  private coordinator = 0;
  private representative = 0;
  private gatekeeper = 0;
  private itinerant = 0;
  private liaison = 0;

  /** The open paths a → b → c from one a: in all, to group(a) and to group(b). */
  add(sameGroup: boolean, open: number, openGa: number, openGb: number): void {
    if (sameGroup) {
      this.coordinator += openGb;
      this.representative += open - openGb;
    } else {
      this.gatekeeper += openGb;
      this.itinerant += openGa;
      this.liaison += open - openGa - openGb;
    }
  }

  storeAndReset(r: BrokerageCounts, b: number): void {
    r.coordinator[b] = this.coordinator;
    r.representative[b] = this.representative;
    r.gatekeeper[b] = this.gatekeeper;
    r.itinerant[b] = this.itinerant;
    r.liaison[b] = this.liaison;
    r.total[b] = this.coordinator + this.representative + this.gatekeeper + this.itinerant + this.liaison;
    this.coordinator = this.representative = this.gatekeeper = this.itinerant = this.liaison = 0;
  }
}

export function brokerage(graph: CompactGraph, group: ArrayLike<number>): BrokerageCounts {
  const n = graph.n;
  if (group.length !== n) throw new BadUserInputError('brokerage needs a group for every node', { n });
  let groups = 0;
  for (let v = 0; v < n; v++) {
    const g = group[v] as number;
    if (!Number.isInteger(g) || g < 0) throw new BadUserInputError('brokerage groups must be non-negative integers', { node: v, group: g });
    if (g + 1 > groups) groups = g + 1;
  }
  const r = emptyBrokerageCounts(n);
  if (!graph.directed && graph.selfLoopCount === 0) {
    undirectedByTriangles(graph, group, groups, r);
    return r;
  }
  const { offsets, targets, inOffsets, inSources } = graph;
  /** mark[c] === b + 1 while b's out-row is marked. */
  const mark = new Uint32Array(n);
  /** Out-neighbours of the current b per group (reset after each b). */
  const perGroup = new Float64Array(groups);
  const tally = new RoleTally();
  for (let b = 0; b < n; b++) {
    const gb = group[b] as number;
    const bStart = offsets[b] as number;
    const bEnd = offsets[b + 1] as number;
    let outB = 0;
    for (let q = bStart; q < bEnd; q++) {
      const c = targets[q] as number;
      if (c === b) continue;
      mark[c] = b + 1;
      perGroup[group[c] as number] = (perGroup[group[c] as number] as number) + 1;
      outB++;
    }
    if (outB > 0) {
      const toGb = perGroup[gb] as number;
      for (let p = inOffsets[b] as number, pEnd = inOffsets[b + 1] as number; p < pEnd; p++) {
        const a = inSources[p] as number;
        if (a === b) continue;
        const ga = group[a] as number;
        // Closed paths (an arc a → c), in all and to the groups of a and b.
        let closed = 0;
        let closedGa = 0;
        let closedGb = 0;
        const aStart = offsets[a] as number;
        const aEnd = offsets[a + 1] as number;
        if (aEnd - aStart <= bEnd - bStart) {
          for (let q = aStart; q < aEnd; q++) {
            const c = targets[q] as number;
            if (c === a || c === b || mark[c] !== b + 1) continue;
            closed++;
            const gc = group[c] as number;
            if (gc === ga) closedGa++;
            if (gc === gb) closedGb++;
          }
        } else {
          for (let q = bStart; q < bEnd; q++) {
            const c = targets[q] as number;
            if (c === a || c === b || findArc(graph, a, c) < 0) continue;
            closed++;
            const gc = group[c] as number;
            if (gc === ga) closedGa++;
            if (gc === gb) closedGb++;
          }
        }
        // c = a is no path: take a out when b → a.
        const aSelf = mark[a] === b + 1 ? 1 : 0;
        const openGb = toGb - closedGb - (ga === gb ? aSelf : 0);
        tally.add(ga === gb, outB - closed - aSelf, (perGroup[ga] as number) - closedGa - aSelf, openGb);
      }
      tally.storeAndReset(r, b);
    }
    for (let q = bStart; q < bEnd; q++) perGroup[group[targets[q] as number] as number] = 0;
  }
  return r;
}

/** Undirected, no self-loops: every neighbour a of b is an in- and an out-neighbour (see above). */
function undirectedByTriangles(graph: CompactGraph, group: ArrayLike<number>, groups: number, r: BrokerageCounts): void {
  const { n, offsets, targets } = graph;
  const arcs = targets.length;
  const ones = new Float64Array(arcs).fill(1);
  const same = new Float64Array(arcs);
  for (let u = 0; u < n; u++) {
    for (let p = offsets[u] as number, end = offsets[u + 1] as number; p < end; p++) same[p] = group[u] === group[targets[p] as number] ? 1 : 0;
  }
  // For arc b→a: closed = Σ_q [b~q][q~a]; in a's group: second = same(q, a); in b's: share = same(b, q).
  const closed = indirectShares(offsets, targets, ones);
  const closedGa = indirectShares(offsets, targets, ones, same);
  const closedGb = indirectShares(offsets, targets, same, ones);
  const perGroup = new Float64Array(groups);
  const tally = new RoleTally();
  for (let b = 0; b < n; b++) {
    const start = offsets[b] as number;
    const end = offsets[b + 1] as number;
    const outB = end - start;
    if (outB < 2) continue;
    const gb = group[b] as number;
    for (let p = start; p < end; p++) perGroup[group[targets[p] as number] as number] = (perGroup[group[targets[p] as number] as number] as number) + 1;
    const toGb = perGroup[gb] as number;
    for (let p = start; p < end; p++) {
      const ga = group[targets[p] as number] as number;
      // a is always an out-neighbour of b here: take it out of every count it falls in.
      const openGb = toGb - (closedGb[p] as number) - (ga === gb ? 1 : 0);
      tally.add(ga === gb, outB - (closed[p] as number) - 1, (perGroup[ga] as number) - (closedGa[p] as number) - 1, openGb);
    }
    tally.storeAndReset(r, b);
    for (let p = start; p < end; p++) perGroup[group[targets[p] as number] as number] = 0;
  }
}

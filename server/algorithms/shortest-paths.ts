/**
 * Single-source shortest path lengths: breadth-first search (unweighted) or Dijkstra with a
 * binary heap (weights as distances, as networkx's `weight=`/`distance=` arguments). A workspace
 * holds the reusable arrays so that running from every source allocates nothing per source.
 *
 * `direction: 'in'` follows arcs backwards (distances TO the source), which is what networkx's
 * closeness and harmonic centrality use for directed graphs.
 */
import type { CompactGraph } from './graph.ts';
import { IndexedMinHeap } from './heap.ts';

export type Direction = 'out' | 'in';

export class PathWorkspace {
  /** dist[v] for reached nodes; Infinity otherwise (valid after a run). */
  readonly dist: Float64Array;
  /** Reached nodes in order of settlement; `reached` of them are valid. */
  readonly order: Uint32Array;
  reached = 0;
  private heap: IndexedMinHeap | null = null;

  constructor(n: number) {
    this.dist = new Float64Array(n).fill(Infinity);
    this.order = new Uint32Array(n);
  }

  reset(): void {
    for (let i = 0; i < this.reached; i++) this.dist[this.order[i] as number] = Infinity;
    this.reached = 0;
  }

  minHeap(): IndexedMinHeap {
    if (this.heap === null) this.heap = new IndexedMinHeap(this.dist.length);
    return this.heap;
  }
}

function adjacency(graph: CompactGraph, direction: Direction): [Uint32Array, Uint32Array, Float64Array] {
  return direction === 'out'
    ? [graph.offsets, graph.targets, graph.weights]
    : [graph.inOffsets, graph.inSources, graph.inWeights];
}

/** BFS from `source`; fills `ws.dist` / `ws.order` / `ws.reached`. */
export function bfs(graph: CompactGraph, source: number, direction: Direction, ws: PathWorkspace): void {
  ws.reset();
  const [off, adj] = adjacency(graph, direction);
  const { dist, order } = ws;
  dist[source] = 0;
  order[0] = source;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = order[head++] as number;
    const dv = (dist[v] as number) + 1;
    for (let p = off[v] as number, end = off[v + 1] as number; p < end; p++) {
      const w = adj[p] as number;
      if (dist[w] === Infinity) {
        dist[w] = dv;
        order[tail++] = w;
      }
    }
  }
  ws.reached = tail;
}

/** Dijkstra from `source` with arc weights as distances (caller ensures they are positive). */
export function dijkstra(graph: CompactGraph, source: number, direction: Direction, ws: PathWorkspace): void {
  ws.reset();
  const [off, adj, wt] = adjacency(graph, direction);
  const { dist, order } = ws;
  const heap = ws.minHeap();
  heap.clear();
  heap.push(source, 0);
  let count = 0;
  while (heap.length > 0) {
    const v = heap.pop();
    const dv = heap.keys[v] as number;
    dist[v] = dv;
    order[count++] = v;
    for (let p = off[v] as number, end = off[v + 1] as number; p < end; p++) {
      const w = adj[p] as number;
      if (dist[w] !== Infinity) continue; // settled
      heap.push(w, dv + (wt[p] as number));
    }
  }
  ws.reached = count;
}

export function singleSource(
  graph: CompactGraph,
  source: number,
  options: { weighted: boolean; direction: Direction },
  ws: PathWorkspace,
): void {
  if (options.weighted) dijkstra(graph, source, options.direction, ws);
  else bfs(graph, source, options.direction, ws);
}

/**
 * Multi-source BFS (MS-BFS): up to 32 unweighted searches at once, one bit per source in a
 * 32-bit mask per node, so that each level scans the arcs of the active nodes once for all the
 * searches instead of once per search. Then, Kaufmann, Chirigati, Hoang-Vu, Pham, Kemper,
 * Neumann & Vo, "The More the Merrier: Efficient Multi-Source Graph Traversal", PVLDB 8(4), 2014.
 *
 * Only what distance-sum measures need is kept: per search, the number of nodes at each distance
 * is folded into `reached` (nodes reached, the source included), `distanceSum` (Σ d) and
 * `inverseSum` (Σ 1/d over d > 0, summed per level as count/d). Integer sums are exact; the
 * harmonic sum differs from a node-by-node sum only by floating-point rounding.
 */
export class MultiSourceBfs {
  /** Per search i (bit i): nodes reached, Σ distance, Σ 1/distance. Valid after `run`. */
  readonly reached = new Float64Array(32);
  readonly distanceSum = new Float64Array(32);
  readonly inverseSum = new Float64Array(32);
  private readonly seen: Int32Array;
  private readonly frontier: Int32Array;
  private readonly next: Int32Array;
  private readonly levelCount = new Float64Array(32);

  constructor(n: number) {
    this.seen = new Int32Array(n);
    this.frontier = new Int32Array(n);
    this.next = new Int32Array(n);
  }

  /** Searches from `sources[from..from+count)` (count ≤ 32), arcs followed per `direction`. */
  run(graph: CompactGraph, sources: ArrayLike<number>, from: number, count: number, direction: Direction): void {
    const [off, adj] = adjacency(graph, direction);
    const n = graph.n;
    const { seen, frontier, next, levelCount, reached, distanceSum, inverseSum } = this;
    seen.fill(0);
    frontier.fill(0);
    next.fill(0);
    for (let i = 0; i < 32; i++) {
      reached[i] = i < count ? 1 : 0;
      distanceSum[i] = 0;
      inverseSum[i] = 0;
    }
    for (let i = 0; i < count; i++) {
      const s = sources[from + i] as number;
      seen[s] = seen[s]! | (1 << i);
      frontier[s] = frontier[s]! | (1 << i);
    }
    const full = count === 32 ? -1 : (1 << count) - 1;
    // Arcs to scan top-down (from the frontier) and bottom-up (into nodes some search has not
    // reached yet); each level takes the cheaper direction (Beamer, Asanović & Patterson,
    // "Direction-optimizing breadth-first search", SC 2012).
    let frontierArcs = 0;
    for (let i = 0; i < count; i++) {
      const s = sources[from + i] as number;
      frontierArcs += (off[s + 1] as number) - (off[s] as number);
    }
    let openArcs = adj.length;
    for (let d = 1; ; d++) {
      if (frontierArcs <= openArcs) {
        // Top-down: push every active node's searches to its neighbours.
        for (let v = 0; v < n; v++) {
          const f = frontier[v] as number;
          if (f === 0) continue;
          for (let p = off[v] as number, end = off[v + 1] as number; p < end; p++) {
            const w = adj[p] as number;
            next[w] = (next[w] as number) | f;
          }
        }
      } else {
        // Bottom-up: every node still missing some search gathers its neighbours' frontiers,
        // stopping as soon as nothing is missing any more. Arcs are followed backwards, so this
        // needs the reverse adjacency (the same arrays for undirected graphs).
        const [roff, radj] = adjacency(graph, direction === 'out' ? 'in' : 'out');
        for (let w = 0; w < n; w++) {
          const missing = ~(seen[w] as number) & full;
          if (missing === 0) continue;
          let got = 0;
          for (let p = roff[w] as number, end = roff[w + 1] as number; p < end; p++) {
            got |= frontier[radj[p] as number] as number;
            if ((got & missing) === missing) break;
          }
          next[w] = got;
        }
      }
      // New bits become the next frontier; count them per search with 32 bit-sliced 8-bit
      // counters (plane k holds bit k of every search's count): adding a word is a fixed
      // ripple of ANDs and XORs, flushed into levelCount every 255 additions.
      let active = false;
      frontierArcs = 0;
      openArcs = 0;
      let c0 = 0;
      let c1 = 0;
      let c2 = 0;
      let c3 = 0;
      let c4 = 0;
      let c5 = 0;
      let c6 = 0;
      let c7 = 0;
      let adds = 0;
      for (let w = 0; w < n; w++) {
        const fresh = (next[w] as number) & ~(seen[w] as number);
        next[w] = 0;
        frontier[w] = fresh;
        const deg = (off[w + 1] as number) - (off[w] as number);
        if (fresh === 0) {
          if (seen[w] !== full) openArcs += deg;
          continue;
        }
        active = true;
        frontierArcs += deg;
        const now = (seen[w] as number) | fresh;
        seen[w] = now;
        if (now !== full) openArcs += deg;
        let carry = c0 & fresh;
        c0 ^= fresh;
        let carry2 = c1 & carry;
        c1 ^= carry;
        carry = c2 & carry2;
        c2 ^= carry2;
        carry2 = c3 & carry;
        c3 ^= carry;
        carry = c4 & carry2;
        c4 ^= carry2;
        carry2 = c5 & carry;
        c5 ^= carry;
        carry = c6 & carry2;
        c6 ^= carry2;
        c7 ^= carry;
        if (++adds === 255) {
          addPlanes(levelCount, count, c0, c1, c2, c3, c4, c5, c6, c7);
          c0 = c1 = c2 = c3 = c4 = c5 = c6 = c7 = 0;
          adds = 0;
        }
      }
      addPlanes(levelCount, count, c0, c1, c2, c3, c4, c5, c6, c7);
      if (!active) break;
      const inv = 1 / d;
      for (let i = 0; i < count; i++) {
        const c = levelCount[i] as number;
        if (c === 0) continue;
        reached[i] = (reached[i] as number) + c;
        distanceSum[i] = (distanceSum[i] as number) + d * c;
        inverseSum[i] = (inverseSum[i] as number) + c * inv;
        levelCount[i] = 0;
      }
    }
  }
}

/** Adds 32 bit-sliced 8-bit counters (c_k = bit k of each count) to `into[0..count)`. */
function addPlanes(into: Float64Array, count: number, c0: number, c1: number, c2: number, c3: number, c4: number, c5: number, c6: number, c7: number): void {
  for (let i = 0; i < count; i++) {
    const v =
      ((c0 >>> i) & 1) |
      (((c1 >>> i) & 1) << 1) |
      (((c2 >>> i) & 1) << 2) |
      (((c3 >>> i) & 1) << 3) |
      (((c4 >>> i) & 1) << 4) |
      (((c5 >>> i) & 1) << 5) |
      (((c6 >>> i) & 1) << 6) |
      (((c7 >>> i) & 1) << 7);
    into[i] = (into[i] as number) + v;
  }
}

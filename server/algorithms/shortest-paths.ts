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

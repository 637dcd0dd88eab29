/**
 * Connected components by breadth-first search (Hopcroft & Tarjan, "Efficient algorithms for
 * graph manipulation", CACM 1973). For directed graphs these are the WEAKLY connected components
 * (networkx `weakly_connected_components`); `stronglyConnectedComponents` gives the strong ones.
 *
 * Components are numbered in order of their smallest node index, which is networkx's discovery
 * order; the largest component is the first of maximum size, as networkx's
 * `max(connected_components(G), key=len)`.
 */
import type { CompactGraph } from './graph.ts';

export interface Components {
  /** Component index of every node. */
  membership: Uint32Array;
  /** Size of every component. */
  sizes: number[];
  count: number;
}

export function connectedComponents(graph: CompactGraph): Components {
  const n = graph.n;
  const membership = new Uint32Array(n).fill(0xffffffff);
  const queue = new Uint32Array(n);
  const sizes: number[] = [];
  const { offsets, targets, inOffsets, inSources } = graph;
  for (let s = 0; s < n; s++) {
    if (membership[s] !== 0xffffffff) continue;
    const c = sizes.length;
    membership[s] = c;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++] as number;
      for (let p = offsets[v] as number, end = offsets[v + 1] as number; p < end; p++) {
        const w = targets[p] as number;
        if (membership[w] === 0xffffffff) {
          membership[w] = c;
          queue[tail++] = w;
        }
      }
      if (graph.directed) {
        for (let p = inOffsets[v] as number, end = inOffsets[v + 1] as number; p < end; p++) {
          const w = inSources[p] as number;
          if (membership[w] === 0xffffffff) {
            membership[w] = c;
            queue[tail++] = w;
          }
        }
      }
    }
    sizes.push(tail);
  }
  return { membership, sizes, count: sizes.length };
}

/** Node indices of the largest (weakly) connected component, ascending; empty for n = 0. */
export function largestComponent(graph: CompactGraph): Uint32Array {
  const { membership, sizes } = connectedComponents(graph);
  return largestOf(membership, sizes);
}

export function largestOf(membership: Uint32Array, sizes: readonly number[]): Uint32Array {
  let best = -1;
  let bestSize = 0;
  for (let c = 0; c < sizes.length; c++) {
    if ((sizes[c] as number) > bestSize) {
      bestSize = sizes[c] as number;
      best = c;
    }
  }
  const nodes = new Uint32Array(bestSize);
  let k = 0;
  for (let v = 0; v < membership.length; v++) if (membership[v] === best) nodes[k++] = v;
  return nodes;
}

/**
 * Strongly connected components (Tarjan, "Depth-first search and linear graph algorithms",
 * SIAM J. Comput. 1972), iterative so that deep graphs do not overflow the stack. For undirected
 * graphs they equal the connected components. Components are numbered in order of completion.
 */
export function stronglyConnectedComponents(graph: CompactGraph): Components {
  if (!graph.directed) return connectedComponents(graph);
  const n = graph.n;
  const { offsets, targets } = graph;
  const UNSEEN = 0xffffffff;
  const index = new Uint32Array(n).fill(UNSEEN);
  const low = new Uint32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Uint32Array(n);
  const callNode = new Uint32Array(n);
  const callEdge = new Uint32Array(n);
  const membership = new Uint32Array(n);
  const sizes: number[] = [];
  let sp = 0;
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== UNSEEN) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = offsets[root] as number;
    index[root] = low[root] = counter++;
    stack[sp++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callNode[depth] as number;
      const p = callEdge[depth] as number;
      if (p < (offsets[v + 1] as number)) {
        callEdge[depth] = p + 1;
        const w = targets[p] as number;
        if (index[w] === UNSEEN) {
          index[w] = low[w] = counter++;
          stack[sp++] = w;
          onStack[w] = 1;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = offsets[w] as number;
        } else if (onStack[w] === 1 && (index[w] as number) < (low[v] as number)) {
          low[v] = index[w] as number;
        }
        continue;
      }
      if (low[v] === index[v]) {
        const c = sizes.length;
        let size = 0;
        let w: number;
        do {
          w = stack[--sp] as number;
          onStack[w] = 0;
          membership[w] = c;
          size++;
        } while (w !== v);
        sizes.push(size);
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth] as number;
        if ((low[v] as number) < (low[parent] as number)) low[parent] = low[v] as number;
      }
    }
  }
  return { membership, sizes, count: sizes.length };
}

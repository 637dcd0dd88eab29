/**
 * A compact graph as worker messages carry it: the CSR arrays copied once into
 * SharedArrayBuffers (cached per graph), so that sending the graph with every task chunk shares
 * memory instead of copying it. Ids are not sent; worker tasks work on dense indices only.
 */
import type { CompactGraph } from '../algorithms/graph.ts';

export interface SharedGraph {
  n: number;
  directed: boolean;
  offsets: Uint32Array;
  targets: Uint32Array;
  weights: Float64Array;
  inOffsets: Uint32Array;
  inSources: Uint32Array;
  inWeights: Float64Array;
  edgeCount: number;
  selfLoopCount: number;
}

function shared<T extends Uint32Array | Float64Array>(a: T): T {
  if (a.buffer instanceof SharedArrayBuffer) return a;
  const Ctor = a.constructor as new (buffer: SharedArrayBuffer) => T;
  const out = new Ctor(new SharedArrayBuffer(a.byteLength));
  out.set(a);
  return out;
}

const cache = new WeakMap<CompactGraph, SharedGraph>();

export function shareGraph(g: CompactGraph): SharedGraph {
  const hit = cache.get(g);
  if (hit !== undefined) return hit;
  const offsets = shared(g.offsets);
  const targets = shared(g.targets);
  const weights = shared(g.weights);
  const same = g.inOffsets === g.offsets;
  const s: SharedGraph = {
    n: g.n,
    directed: g.directed,
    offsets,
    targets,
    weights,
    inOffsets: same ? offsets : shared(g.inOffsets),
    inSources: same ? targets : shared(g.inSources),
    inWeights: same ? weights : shared(g.inWeights),
    edgeCount: g.edgeCount,
    selfLoopCount: g.selfLoopCount,
  };
  cache.set(g, s);
  return s;
}

/** The worker side: a CompactGraph view (no ids) over the shared arrays. */
export function fromShared(s: SharedGraph): CompactGraph {
  return { ...s, ids: [], index: new Map() };
}

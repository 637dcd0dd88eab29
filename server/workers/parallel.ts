/**
 * Heavy measures split over the worker pool, or run inline for small graphs (below
 * PARALLEL_MIN_NODES, or for betweenness below PARALLEL_MIN_BRANDES_WORK, the cost of messaging
 * exceeds the gain) or without a pool.
 *   betweenness: the sources split into chunks, each chunk's raw Brandes dependencies summed
 *                (accumulateBetweenness), then rescaled once — equal to the one-thread result
 *                up to floating-point summation order;
 *   closeness, harmonic: the nodes split into chunks (each node's value needs only its own
 *                search; unweighted chunks are multiples of 32, the width of one multi-source
 *                BFS), the chunks' arrays added;
 *   Louvain: independent runs with seeds seed, seed+1, …, the most modular kept.
 * Progress is reported per finished chunk; an AbortSignal cancels (CancelledError).
 */
import { setMaxListeners } from 'node:events';
import { accumulateBetweenness, rescaleBetweenness } from '../algorithms/betweenness.ts';
import { closenessCentrality } from '../algorithms/closeness.ts';
import type { CompactGraph } from '../algorithms/graph.ts';
import { harmonicCentrality } from '../algorithms/harmonic.ts';
import { louvain } from '../algorithms/louvain.ts';
import { modularity } from '../algorithms/modularity.ts';
import { throwIfAborted } from './errors.ts';
import type { WorkerPool } from './pool.ts';
import { shareGraph } from './shared-graph.ts';
import type { Task } from './tasks.ts';

export interface Progress {
  phase: string;
  done: number;
  total: number;
}

export interface RunControl {
  pool?: WorkerPool | null;
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
}

export const PARALLEL_MIN_NODES = 1_500;
/**
 * Betweenness goes to the workers from about this many arc visits (sources × arcs, ~50 ms on one
 * thread) even on graphs below PARALLEL_MIN_NODES: the 1,468-organisation demo takes ~0.25 s.
 */
export const PARALLEL_MIN_BRANDES_WORK = 5_000_000;

function useWorkers(graph: CompactGraph, control: RunControl, work?: number): WorkerPool | null {
  const pool = control.pool ?? null;
  const big = work === undefined ? graph.n >= PARALLEL_MIN_NODES : work >= PARALLEL_MIN_BRANDES_WORK && graph.n >= 64;
  return pool !== null && pool.size > 1 && big ? pool : null;
}

function allNodes(n: number): Uint32Array {
  return Uint32Array.from({ length: n }, (_, i) => i);
}

/**
 * Chunks small enough for progress and balance (hubs make some sources costlier). With `align`,
 * every chunk but the last has a multiple of `align` items (closeness and harmonic search 32
 * sources at a time, so a chunk of 32k items wastes no search slot).
 */
function chunks(items: Uint32Array, parts: number, align = 1): Uint32Array[] {
  const k = Math.max(1, Math.min(items.length, parts));
  const out: Uint32Array[] = [];
  let from = 0;
  for (let i = 0; i < k && from < items.length; i++) {
    const ideal = Math.floor(((i + 1) * items.length) / k);
    const to = i === k - 1 ? items.length : Math.min(items.length, Math.max(from + align, Math.round(ideal / align) * align));
    if (to > from) out.push(items.slice(from, to));
    from = to;
  }
  if (from < items.length) out.push(items.slice(from));
  return out;
}

async function sumOverChunks(
  pool: WorkerPool,
  graph: CompactGraph,
  items: Uint32Array,
  phase: string,
  make: (chunk: Uint32Array) => Task,
  control: RunControl,
  align = 1,
): Promise<Float64Array> {
  const parts = chunks(items, pool.size * 8, align);
  const total = new Float64Array(graph.n);
  let done = 0;
  const inner = new AbortController();
  setMaxListeners(0, inner.signal); // one listener per queued chunk
  const forward = (): void => inner.abort();
  control.signal?.addEventListener('abort', forward, { once: true });
  try {
    await Promise.all(
      parts.map(async (chunk) => {
        const r = await pool.run(make(chunk), inner.signal);
        if (r.kind !== 'values') return;
        for (let i = 0; i < total.length; i++) total[i] = (total[i] as number) + (r.values[i] as number);
        control.onProgress?.({ phase, done: ++done, total: parts.length });
      }),
    );
  } catch (err) {
    inner.abort(); // stop the other chunks of this job
    throw err;
  } finally {
    control.signal?.removeEventListener('abort', forward);
  }
  return total;
}

export async function betweennessValues(
  graph: CompactGraph,
  options: { sources?: Uint32Array; weighted?: boolean; normalized?: boolean },
  control: RunControl = {},
): Promise<Float64Array> {
  throwIfAborted(control.signal);
  const weighted = options.weighted ?? false;
  const sources = options.sources ?? allNodes(graph.n);
  const pool = useWorkers(graph, control, sources.length * graph.targets.length);
  let raw: Float64Array;
  if (pool === null) {
    raw = new Float64Array(graph.n);
    accumulateBetweenness(graph, sources, { weighted }, raw);
    control.onProgress?.({ phase: 'betweenness', done: 1, total: 1 });
  } else {
    const g = shareGraph(graph);
    raw = await sumOverChunks(pool, graph, sources, 'betweenness', (c) => ({ kind: 'betweenness', graph: g, sources: c, weighted }), control);
  }
  const sampled = options.sources !== undefined && options.sources.length < graph.n;
  return rescaleBetweenness(raw, {
    normalized: options.normalized ?? true,
    directed: graph.directed,
    ...(sampled ? { sampledSources: sources } : {}),
  });
}

export async function closenessValues(graph: CompactGraph, options: { weighted?: boolean } = {}, control: RunControl = {}): Promise<Float64Array> {
  throwIfAborted(control.signal);
  const weighted = options.weighted ?? false;
  const pool = useWorkers(graph, control);
  if (pool === null) return closenessCentrality(graph, { weighted });
  const g = shareGraph(graph);
  return sumOverChunks(pool, graph, allNodes(graph.n), 'closeness', (c) => ({ kind: 'closeness', graph: g, nodes: c, weighted }), control, weighted ? 1 : 32);
}

export async function harmonicValues(graph: CompactGraph, options: { weighted?: boolean } = {}, control: RunControl = {}): Promise<Float64Array> {
  throwIfAborted(control.signal);
  const weighted = options.weighted ?? false;
  const pool = useWorkers(graph, control);
  if (pool === null) return harmonicCentrality(graph, { weighted });
  const g = shareGraph(graph);
  return sumOverChunks(pool, graph, allNodes(graph.n), 'harmonic', (c) => ({ kind: 'harmonic', graph: g, nodes: c, weighted }), control, weighted ? 1 : 32);
}

export interface Partition {
  membership: Uint32Array;
  count: number;
  modularity: number;
}

export async function bestLouvain(
  graph: CompactGraph,
  options: { seed?: number; restarts?: number; resolution?: number; weighted?: boolean },
  control: RunControl = {},
): Promise<Partition> {
  throwIfAborted(control.signal);
  const seed = options.seed ?? 0;
  const runs = Math.max(1, options.restarts ?? 1);
  const resolution = options.resolution ?? 1;
  const weighted = options.weighted ?? true;
  const pool = useWorkers(graph, control);
  const results: Partition[] = [];
  if (pool === null || runs === 1) {
    for (let r = 0; r < runs; r++) {
      throwIfAborted(control.signal);
      const p = louvain(graph, { seed: seed + r, resolution, weighted });
      results.push({ membership: p.membership, count: p.count, modularity: modularity(graph, p.membership, { resolution, weighted }) });
      control.onProgress?.({ phase: 'louvain', done: r + 1, total: runs });
    }
  } else {
    const g = shareGraph(graph);
    let done = 0;
    await Promise.all(
      Array.from({ length: runs }, async (_, r) => {
        const out = await pool.run({ kind: 'louvain', graph: g, seed: seed + r, resolution, weighted }, control.signal);
        if (out.kind === 'partition') results[r] = { membership: out.membership, count: out.count, modularity: out.modularity };
        control.onProgress?.({ phase: 'louvain', done: ++done, total: runs });
      }),
    );
  }
  // Most modular; the lowest seed among equals, so the result does not depend on timing.
  return results.reduce((best, p) => (p.modularity > best.modularity ? p : best));
}

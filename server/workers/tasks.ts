/**
 * The work a worker thread can do: pure functions of a shared graph and plain arguments,
 * returning typed arrays (transferred back). Kept apart from worker.ts so that they can be
 * tested and run inline too.
 */
import { accumulateBetweenness } from '../algorithms/betweenness.ts';
import { closenessCentrality } from '../algorithms/closeness.ts';
import { harmonicCentrality } from '../algorithms/harmonic.ts';
import { louvain } from '../algorithms/louvain.ts';
import { modularity } from '../algorithms/modularity.ts';
import { fromShared, type SharedGraph } from './shared-graph.ts';

export type Task =
  | { kind: 'betweenness'; graph: SharedGraph; sources: Uint32Array; weighted: boolean }
  | { kind: 'closeness'; graph: SharedGraph; nodes: Uint32Array; weighted: boolean }
  | { kind: 'harmonic'; graph: SharedGraph; nodes: Uint32Array; weighted: boolean }
  | { kind: 'louvain'; graph: SharedGraph; seed: number; resolution: number; weighted: boolean }
  /** No work: lets a pool start its workers (and load this module) before a timed job. */
  | { kind: 'ping' };

export type TaskResult =
  | { kind: 'values'; values: Float64Array }
  | { kind: 'partition'; membership: Uint32Array; count: number; modularity: number }
  | { kind: 'pong' };

export function runTask(task: Task): TaskResult {
  if (task.kind === 'ping') return { kind: 'pong' };
  const graph = fromShared(task.graph);
  switch (task.kind) {
    case 'betweenness': {
      const raw = new Float64Array(graph.n);
      accumulateBetweenness(graph, task.sources, { weighted: task.weighted }, raw);
      return { kind: 'values', values: raw };
    }
    case 'closeness':
      return { kind: 'values', values: closenessCentrality(graph, { weighted: task.weighted, nodes: task.nodes }) };
    case 'harmonic':
      return { kind: 'values', values: harmonicCentrality(graph, { weighted: task.weighted, nodes: task.nodes }) };
    case 'louvain': {
      const r = louvain(graph, { seed: task.seed, resolution: task.resolution, weighted: task.weighted });
      const q = modularity(graph, r.membership, { resolution: task.resolution, weighted: task.weighted });
      return { kind: 'partition', membership: r.membership, count: r.count, modularity: q };
    }
    default: {
      const never: never = task;
      throw new Error(`unknown task ${JSON.stringify(never)}`);
    }
  }
}

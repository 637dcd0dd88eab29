/**
 * Subgraphs of a compact graph without going back through string ids: induced subgraphs (a
 * cluster's internal network, a scope) and node removal (resilience, what-if). Rows stay sorted
 * because the kept nodes are renumbered in increasing order.
 */
import type { CompactGraph } from '../graph.ts';

/** The subgraph induced by `nodes` (any order, no duplicates); node i of the result is nodes[i] sorted. */
export function inducedSubgraph(graph: CompactGraph, nodes: ArrayLike<number>): CompactGraph {
  const kept = Uint32Array.from(nodes as ArrayLike<number>).sort();
  const map = new Int32Array(graph.n).fill(-1);
  for (let i = 0; i < kept.length; i++) map[kept[i] as number] = i;
  const out = filterCsr(graph.offsets, graph.targets, graph.weights, kept, map);
  const inCsr = graph.directed ? filterCsr(graph.inOffsets, graph.inSources, graph.inWeights, kept, map) : out;
  let loops = 0;
  for (let u = 0; u < kept.length; u++) {
    for (let p = out.offsets[u] as number; p < (out.offsets[u + 1] as number); p++) if (out.targets[p] === u) loops++;
  }
  const arcs = out.targets.length;
  const ids = Array.from(kept, (v) => graph.ids[v] as string);
  return {
    n: kept.length,
    directed: graph.directed,
    ids,
    index: new Map(ids.map((id, i) => [id, i])),
    offsets: out.offsets,
    targets: out.targets,
    weights: out.weights,
    inOffsets: inCsr.offsets,
    inSources: inCsr.targets,
    inWeights: inCsr.weights,
    edgeCount: graph.directed ? arcs : (arcs - loops) / 2 + loops,
    selfLoopCount: loops,
  };
}

/** The graph without the given nodes, and the original index of every kept node. */
export function withoutNodes(graph: CompactGraph, removed: ArrayLike<number>): { graph: CompactGraph; kept: Uint32Array } {
  const drop = new Uint8Array(graph.n);
  for (let i = 0; i < removed.length; i++) drop[removed[i] as number] = 1;
  const kept: number[] = [];
  for (let v = 0; v < graph.n; v++) if (drop[v] === 0) kept.push(v);
  const keptArr = Uint32Array.from(kept);
  return { graph: inducedSubgraph(graph, keptArr), kept: keptArr };
}

function filterCsr(
  offsets: Uint32Array,
  targets: Uint32Array,
  weights: Float64Array,
  kept: Uint32Array,
  map: Int32Array,
): { offsets: Uint32Array; targets: Uint32Array; weights: Float64Array } {
  const n = kept.length;
  const off = new Uint32Array(n + 1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const u = kept[i] as number;
    for (let p = offsets[u] as number; p < (offsets[u + 1] as number); p++) if ((map[targets[p] as number] as number) >= 0) total++;
    off[i + 1] = total;
  }
  const tg = new Uint32Array(total);
  const wt = new Float64Array(total);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const u = kept[i] as number;
    for (let p = offsets[u] as number; p < (offsets[u + 1] as number); p++) {
      const v = map[targets[p] as number] as number;
      if (v < 0) continue;
      tg[k] = v;
      wt[k++] = weights[p] as number;
    }
  }
  return { offsets: off, targets: tg, weights: wt };
}

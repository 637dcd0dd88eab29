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
 */
import { BadUserInputError } from '../errors.ts';
import { findArc, type CompactGraph } from './graph.ts';

export interface BrokerageCounts {
  coordinator: Float64Array;
  itinerant: Float64Array;
  representative: Float64Array;
  gatekeeper: Float64Array;
  liaison: Float64Array;
  total: Float64Array;
}

export function brokerage(graph: CompactGraph, group: ArrayLike<number>): BrokerageCounts {
  const n = graph.n;
  if (group.length !== n) throw new BadUserInputError('brokerage needs a group for every node', { n });
  const r: BrokerageCounts = {
    coordinator: new Float64Array(n),
    itinerant: new Float64Array(n),
    representative: new Float64Array(n),
    gatekeeper: new Float64Array(n),
    liaison: new Float64Array(n),
    total: new Float64Array(n),
  };
  const { offsets, targets, inOffsets, inSources } = graph;
  for (let b = 0; b < n; b++) {
    const gb = group[b] as number;
    for (let p = inOffsets[b] as number; p < (inOffsets[b + 1] as number); p++) {
      const a = inSources[p] as number;
      if (a === b) continue;
      const ga = group[a] as number;
      for (let q = offsets[b] as number; q < (offsets[b + 1] as number); q++) {
        const c = targets[q] as number;
        if (c === b || c === a || findArc(graph, a, c) >= 0) continue;
        const gc = group[c] as number;
        let role: Float64Array;
        if (ga === gb) role = gb === gc ? r.coordinator : r.representative;
        else if (gb === gc) role = r.gatekeeper;
        else role = ga === gc ? r.itinerant : r.liaison;
        role[b] = (role[b] as number) + 1;
        r.total[b] = (r.total[b] as number) + 1;
      }
    }
  }
  return r;
}

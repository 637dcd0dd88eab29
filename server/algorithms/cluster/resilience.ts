/**
 * Resilience of a cluster's internal network to the loss of its hubs: remove the k members with
 * the most internal ties (ties broken by total degree, then id order) and measure the largest
 * connected component of what is left, as a share of the members left (n − k). Targeted-attack
 * robustness of Albert, Jeong & Barabási, "Error and attack tolerance of complex networks",
 * Nature 406, 2000. Default k = 3. 1 = the rest stays connected; 0 when nothing is left.
 * `before` is the same share without removal, for comparison.
 */
import { connectedComponents } from '../components.ts';
import type { CompactGraph } from '../graph.ts';
import type { ClusterContext } from './context.ts';
import { rankByInternalDegree } from './concentration.ts';
import { withoutNodes } from './subgraph.ts';

export interface Resilience {
  k: number;
  removed: string[];
  before: number;
  after: number;
}

export const DEFAULT_RESILIENCE_K = 3;

function largestShare(g: CompactGraph): number {
  if (g.n === 0) return 0;
  return connectedComponents(g).sizes.reduce((m, s) => Math.max(m, s), 0) / g.n;
}

export function resilience(ctx: ClusterContext, c: number, sub: CompactGraph, k = DEFAULT_RESILIENCE_K): Resilience {
  const ranked = rankByInternalDegree(ctx, c, sub).slice(0, Math.max(0, Math.min(k, sub.n)));
  const rest = withoutNodes(sub, ranked).graph;
  return {
    k: ranked.length,
    removed: ranked.map((i) => sub.ids[i] as string),
    before: largestShare(sub),
    after: largestShare(rest),
  };
}

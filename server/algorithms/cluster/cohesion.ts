/**
 * Cohesion of a cluster's internal network (the subgraph induced by its members, distinct
 * pairs, unweighted): density, average clustering, components, characteristic path length of
 * the largest component, Freeman degree and betweenness centralisation.
 * Wasserman & Faust, "Social Network Analysis", 1994, §4.2 (density) and §5.1 (centralisation);
 * Watts & Strogatz, Nature 1998 (clustering, path length); Freeman, Soc. Netw. 1, 1979.
 *
 * Defined values on degenerate clusters (all from the algorithms layer): no members → every
 * value 0 and 0 components; one member → density 0, clustering 0, 1 component of share 1, path
 * length 0, centralisations 0 (n < 3).
 */
import { averageClustering } from '../clustering.ts';
import { betweennessCentralization, degreeCentralization } from '../centralization.ts';
import { connectedComponents } from '../components.ts';
import { density } from '../density.ts';
import type { CompactGraph } from '../graph.ts';
import { averageShortestPathLength } from '../paths.ts';
import type { ClusterContext } from './context.ts';
import { inducedSubgraph } from './subgraph.ts';

export interface Cohesion {
  /** Ties among members (distinct pairs). */
  internalTies: number;
  density: number;
  averageClustering: number;
  components: number;
  largestComponentSize: number;
  /** Largest component / members (0 without members). */
  largestComponentShare: number;
  /** Mean shortest path length inside the largest component (0 when it has one node). */
  averagePathLength: number;
  degreeCentralization: number;
  betweennessCentralization: number;
}

export function internalGraph(ctx: ClusterContext, c: number): CompactGraph {
  return inducedSubgraph(ctx.simple, ctx.members[c] ?? new Uint32Array(0));
}

export function cohesion(ctx: ClusterContext, c: number, sub: CompactGraph = internalGraph(ctx, c)): Cohesion {
  const comps = connectedComponents(sub);
  const largest = comps.sizes.reduce((m, s) => Math.max(m, s), 0);
  return {
    internalTies: sub.edgeCount,
    density: density(sub),
    averageClustering: averageClustering(sub),
    components: comps.count,
    largestComponentSize: largest,
    largestComponentShare: sub.n > 0 ? largest / sub.n : 0,
    averagePathLength: averageShortestPathLength(sub),
    degreeCentralization: degreeCentralization(sub),
    betweennessCentralization: betweennessCentralization(sub),
  };
}

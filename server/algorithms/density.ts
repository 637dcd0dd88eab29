/**
 * Density: the share of possible ties present (Wasserman & Faust, "Social Network Analysis", 1994,
 * §4.2). Matches networkx `density`: m / (n(n − 1)/2) undirected, m / (n(n − 1)) directed, with
 * self-loops counted in m (so a graph with loops can exceed 1), and 0 for n ≤ 1.
 */
import type { CompactGraph } from './graph.ts';

export function density(graph: CompactGraph): number {
  const n = graph.n;
  if (n <= 1 || graph.edgeCount === 0) return 0;
  const pairs = n * (n - 1);
  return graph.directed ? graph.edgeCount / pairs : (2 * graph.edgeCount) / pairs;
}

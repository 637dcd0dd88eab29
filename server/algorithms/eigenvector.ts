/**
 * Eigenvector centrality by power iteration.
 * Bonacich, "Factoring and weighting approaches to status scores and clique identification",
 * J. Math. Sociol. 1972; Newman, "Networks", 2010, §7.2.
 *
 * Matches networkx `eigenvector_centrality(G, max_iter=100, tol=1e-6, weight=…)` step for step:
 * start from the uniform vector, iterate x ← (A + I)ᵀ x (the shift by I makes the iteration
 * converge on bipartite graphs too), normalise to unit Euclidean length, stop when
 * Σ|x − x_prev| < n·tol. Directed graphs score a node by its IN-edges (left eigenvector), as
 * networkx. An undirected self-loop counts once (A_ii = w), as networkx.
 * Empty graph: empty result (networkx raises). No convergence: ConvergenceError.
 */
import { ConvergenceError } from './errors.ts';
import type { CompactGraph } from './graph.ts';

export interface EigenvectorOptions {
  maxIter?: number;
  tol?: number;
  /** Use edge weights. Default false (networkx `weight=None`). */
  weighted?: boolean;
}

export function eigenvectorCentrality(graph: CompactGraph, options: EigenvectorOptions = {}): Float64Array {
  const n = graph.n;
  const maxIter = options.maxIter ?? 100;
  const tol = options.tol ?? 1e-6;
  const weighted = options.weighted ?? false;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  if (n === 0) return x;
  const { inOffsets: off, inSources: adj, inWeights: wt } = graph;
  for (let iter = 0; iter < maxIter; iter++) {
    let norm2 = 0;
    for (let v = 0; v < n; v++) {
      let s = x[v] as number;
      const end = off[v + 1] as number;
      if (weighted) for (let p = off[v] as number; p < end; p++) s += (x[adj[p] as number] as number) * (wt[p] as number);
      else for (let p = off[v] as number; p < end; p++) s += x[adj[p] as number] as number;
      next[v] = s;
      norm2 += s * s;
    }
    const norm = Math.sqrt(norm2) || 1;
    let err = 0;
    for (let v = 0; v < n; v++) {
      const y = (next[v] as number) / norm;
      next[v] = y;
      err += Math.abs(y - (x[v] as number));
    }
    [x, next] = [next, x];
    if (err < n * tol) return x;
  }
  throw new ConvergenceError('eigenvector centrality', maxIter);
}

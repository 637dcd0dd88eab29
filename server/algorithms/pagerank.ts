/**
 * PageRank.
 * Brin & Page, "The anatomy of a large-scale hypertextual Web search engine", 1998;
 * Langville & Meyer, "Google's PageRank and Beyond", 2006 (dangling nodes, personalization).
 *
 * Matches networkx `pagerank(G, alpha=0.85, personalization, max_iter=100, tol=1e-6,
 * weight='weight', dangling)`: transition probabilities proportional to out-weights (an
 * undirected edge is two arcs, a self-loop one), dangling nodes' mass redistributed by the
 * `dangling` vector (default: the personalization vector, default uniform), stop when
 * Σ|x − x_prev| < n·tol. Weighted by default, as networkx. Pass a smaller `tol` for more
 * precision. Empty graph: empty result. No convergence: ConvergenceError.
 */
import { BadUserInputError } from '../errors.ts';
import { ConvergenceError } from './errors.ts';
import type { CompactGraph } from './graph.ts';

export interface PageRankOptions {
  alpha?: number;
  maxIter?: number;
  tol?: number;
  /** Default true (networkx `weight='weight'`; unweighted edges have weight 1). */
  weighted?: boolean;
  /** Teleport weights per node index (normalised here); default uniform. */
  personalization?: ArrayLike<number>;
  /** Where dangling nodes' mass goes (normalised here); default the personalization. */
  dangling?: ArrayLike<number>;
}

function normalisedVector(n: number, values: ArrayLike<number> | undefined, what: string): Float64Array {
  if (values === undefined) return new Float64Array(n).fill(1 / n);
  if (values.length !== n) throw new BadUserInputError(`pagerank: ${what} must have one value per node`, { what });
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i] as number;
  if (!(sum > 0)) throw new BadUserInputError(`pagerank: ${what} must have a positive sum`, { what });
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (values[i] as number) / sum;
  return out;
}

export function pagerank(graph: CompactGraph, options: PageRankOptions = {}): Float64Array {
  const n = graph.n;
  if (n === 0) return new Float64Array(0);
  const alpha = options.alpha ?? 0.85;
  const maxIter = options.maxIter ?? 100;
  const tol = options.tol ?? 1e-6;
  const weighted = options.weighted ?? true;
  const p = normalisedVector(n, options.personalization, 'personalization');
  const danglingWeights = options.dangling === undefined ? p : normalisedVector(n, options.dangling, 'dangling');

  // Inverse out-strength per node; 0 marks a dangling node (networkx: S == 0).
  const { offsets, weights, inOffsets: ioff, inSources: iadj, inWeights: iwt } = graph;
  const invOut = new Float64Array(n);
  let danglingCount = 0;
  for (let u = 0; u < n; u++) {
    let s = 0;
    if (weighted) for (let q = offsets[u] as number, end = offsets[u + 1] as number; q < end; q++) s += weights[q] as number;
    else s = (offsets[u + 1] as number) - (offsets[u] as number);
    if (s !== 0) invOut[u] = 1 / s;
    else danglingCount++;
  }
  const danglingNodes = new Uint32Array(danglingCount);
  for (let u = 0, k = 0; u < n; u++) if (invOut[u] === 0) danglingNodes[k++] = u;
  // An unweighted arc carries x[u]/S_u, a weighted one x[u]·w/S_u. Every row of the in-adjacency
  // then reads one precomputed share per predecessor (x[u]/S_u, scaled by w when weighted):
  // the same products as networkx's x @ (D⁻¹W), in a tight loop.
  const share = new Float64Array(n);
  const uniformTeleport = options.personalization === undefined;
  const uniformDangling = uniformTeleport && options.dangling === undefined;

  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iter = 0; iter < maxIter; iter++) {
    let danglingSum = 0;
    for (let k = 0; k < danglingCount; k++) danglingSum += x[danglingNodes[k] as number] as number;
    for (let u = 0; u < n; u++) share[u] = (x[u] as number) * (invOut[u] as number);
    // Constant part of every node's update when teleport and dangling vectors are uniform.
    const base = alpha * danglingSum * (1 / n) + (1 - alpha) * (1 / n);
    let err = 0;
    for (let v = 0; v < n; v++) {
      let s = 0;
      const end = ioff[v + 1] as number;
      if (weighted) for (let q = ioff[v] as number; q < end; q++) s += (share[iadj[q] as number] as number) * (iwt[q] as number);
      else for (let q = ioff[v] as number; q < end; q++) s += share[iadj[q] as number] as number;
      const y = uniformDangling
        ? alpha * s + base
        : alpha * (s + danglingSum * (danglingWeights[v] as number)) + (1 - alpha) * (p[v] as number);
      next[v] = y;
      err += Math.abs(y - (x[v] as number));
    }
    [x, next] = [next, x];
    if (err < n * tol) return x;
  }
  throw new ConvergenceError('pagerank', maxIter);
}

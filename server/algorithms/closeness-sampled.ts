/**
 * Sampled closeness and harmonic centrality: breadth-first searches from k random pivots only.
 * Eppstein & Wang, "Fast approximation of centrality", J. Graph Algorithms Appl. 8(1), 2004
 * (closeness from the distances of k uniformly drawn pivots); the harmonic estimate is the same
 * sample applied to Σ 1/d (Boldi & Vigna, "Axioms for centrality", Internet Math. 2014, for the
 * measure). Hop counts only (unweighted): the node-measures service counts hops.
 *
 * With S the pivots (drawn uniformly without replacement) and f(s, u) a function of the distance
 * from s to u (0 when s = u or s does not reach u), (n/k)·Σ_{s∈S} f(s, u) is an UNBIASED estimate
 * of Σ_v f(v, u). Hence
 *   - harmonic: Ĥ(u) = (n/k)·Σ_{s∈S} 1/d(s, u), unbiased;
 *   - closeness (Wasserman–Faust, as closeness.ts): with (r̂ − 1) = (n/k)·#{s ∈ S, s ≠ u reaching
 *     u} and Σ̂d = (n/k)·Σ_{s∈S} d(s, u), Ĉ(u) = (r̂ − 1)/Σ̂d · (r̂ − 1)/(n − 1): a ratio of two
 *     unbiased estimates (consistent, not unbiased).
 * With k = n (every node a pivot) both are the exact values of closeness.ts and harmonic.ts
 * (harmonic up to the rounding of a different summation order). Distances are TO u (directed
 * graphs: searches follow arcs forward from the pivots), as networkx and closeness.ts do.
 *
 * Error bound (Hoeffding for sampling without replacement, union bound over the nodes and the
 * two estimated sums): with probability ≥ 1 − δ, for every node u, Ĥ(u)/n is within ε of H(u)/n,
 * (r̂ − 1)/n within ε of (r − 1)/n, and Σ̂d/(n·D) within ε of Σd/(n·D), D being the largest
 * finite distance (Eppstein & Wang's ε·D additive error on the average distance), where
 *   ε = sqrt(ln(4n/δ) / (2k)).
 * The closeness value itself, a ratio, has no additive bound from this; the estimate is flagged.
 *
 * The searches run 32 pivots at a time, one bit each (Then et al., PVLDB 2014), bottom-up: at each
 * level every node not yet reached by all 32 ORs its predecessors' frontier bits, and the bits new
 * at level d add d (closeness) and 1/d (harmonic) to that node's own sums.
 */
import type { CompactGraph } from './graph.ts';
import { distinctPivots, resolveRng, sampleWithoutReplacement, type Rng } from './random.ts';

export interface SampledClosenessOptions {
  /** Number of pivots (1..n); ignored when `sources` is given. Default n. */
  k?: number;
  /** Explicit pivots (distinct node indices). */
  sources?: ArrayLike<number>;
  seed?: number;
  rng?: Rng;
  /** Wasserman–Faust scaling of closeness; default true as closeness.ts. */
  wfImproved?: boolean;
  /** Called between batches of 32 searches (may throw to stop, e.g. on abort). */
  onBatch?: (done: number, total: number) => void;
}

export interface SampledCloseness {
  closeness: Float64Array;
  harmonic: Float64Array;
  /** Estimated r − 1 (nodes other than u reaching u) and Σd, the two sums behind closeness. */
  reached: Float64Array;
  distanceSum: Float64Array;
  /** The pivots used. */
  sources: Uint32Array;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function sampledCloseness(graph: CompactGraph, options: SampledClosenessOptions = {}): SampledCloseness {
  const n = graph.n;
  let sources: Uint32Array;
  if (options.sources !== undefined) {
    sources = distinctPivots(n, options.sources, (s) => new RangeError(`closeness pivots must be distinct node indices (${s})`));
  } else {
    const k = options.k ?? n;
    if (!Number.isInteger(k) || k < 0 || k > n) throw new RangeError(`closeness sample size k must be an integer in 0..${n}`);
    sources = sampleWithoutReplacement(n, k, resolveRng(options.rng, options.seed));
  }
  const k = sources.length;
  const closeness = new Float64Array(n);
  const harmonic = new Float64Array(n);
  const reach = new Float64Array(n);
  const distSum = new Float64Array(n);
  if (n === 0 || k === 0) return { closeness, harmonic, reached: reach, distanceSum: distSum, sources };
  const inv = new Float64Array(n);
  const seen = new Uint32Array(n);
  let frontier = new Uint32Array(n);
  let next = new Uint32Array(n);
  // Searches go forward from the pivots, so a node is reached through its predecessors.
  const off = graph.inOffsets;
  const src = graph.inSources;
  for (let from = 0; from < k; from += 32) {
    const batch = Math.min(32, k - from);
    const full = batch === 32 ? 0xffffffff : ((1 << batch) - 1) >>> 0;
    seen.fill(0);
    frontier.fill(0);
    for (let i = 0; i < batch; i++) {
      const s = sources[from + i] as number;
      seen[s] = (seen[s] as number) | (1 << i);
      frontier[s] = (frontier[s] as number) | (1 << i);
    }
    for (let d = 1; ; d++) {
      let any = 0;
      for (let v = 0; v < n; v++) {
        const sv = seen[v] as number;
        if (sv >>> 0 === full) {
          next[v] = 0;
          continue;
        }
        let acc = 0;
        const end = off[v + 1] as number;
        for (let a = off[v] as number; a < end; a++) acc |= frontier[src[a] as number] as number;
        const fresh = acc & ~sv & full;
        next[v] = fresh;
        if (fresh !== 0) {
          seen[v] = sv | fresh;
          const c = popcount(fresh);
          reach[v] = (reach[v] as number) + c;
          distSum[v] = (distSum[v] as number) + c * d;
          inv[v] = (inv[v] as number) + c / d;
          any = 1;
        }
      }
      const t = frontier;
      frontier = next;
      next = t;
      if (any === 0) break;
    }
    options.onBatch?.(Math.min(k, from + 32), k);
  }
  const scale = n / k;
  const wf = options.wfImproved ?? true;
  for (let u = 0; u < n; u++) {
    harmonic[u] = scale * (inv[u] as number);
    reach[u] = scale * (reach[u] as number);
    distSum[u] = scale * (distSum[u] as number);
    const total = distSum[u] as number;
    if (total > 0 && n > 1) {
      const r1 = reach[u] as number;
      let c = r1 / total;
      if (wf) c *= r1 / (n - 1);
      closeness[u] = c;
    }
  }
  return { closeness, harmonic, reached: reach, distanceSum: distSum, sources };
}

/**
 * ε such that with probability ≥ 1 − δ every node's Ĥ/n, (r̂ − 1)/n and Σ̂d/(n·D) are within ε of
 * their exact values (see the banner); 0 when k ≥ n (exact).
 */
export function sampledClosenessErrorBound(n: number, k: number, delta = 0.05): number {
  if (n <= 1 || k >= n) return 0;
  if (k <= 0) return 1;
  return Math.min(1, Math.sqrt(Math.log((4 * n) / delta) / (2 * k)));
}

/** Smallest k for which `sampledClosenessErrorBound(n, k, delta) ≤ epsilon` (capped at n). */
export function closenessSamplesFor(n: number, epsilon: number, delta = 0.05): number {
  if (n <= 1) return n;
  return Math.min(n, Math.ceil(Math.log((4 * n) / delta) / (2 * epsilon * epsilon)));
}

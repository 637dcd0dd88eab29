/**
 * Sampled betweenness: Brandes' accumulation from k pivot sources only.
 * Brandes & Pich, "Centrality estimation in large networks", Int. J. Bifurc. Chaos 17(7), 2007;
 * error bound in the style of Riondato & Kornaropoulos, "Fast approximation of betweenness
 * centrality through sampling", Data Min. Knowl. Disc. 30, 2016 (here the simple Hoeffding +
 * union bound, which needs no diameter estimate).
 *
 * Scaled as networkx `betweenness_centrality(G, k=k, seed=…)` (networkx ≥ 3.5): given the same
 * pivots the results are equal to networkx's. networkx draws pivots with Python's
 * `random.sample`; we draw them with our own seeded generator, so tests pass networkx's pivots
 * through `sources`.
 */
import { BadUserInputError } from '../errors.ts';
import { accumulateBetweenness, rescaleBetweenness } from './betweenness.ts';
import type { CompactGraph } from './graph.ts';
import { distinctPivots, resolveRng, sampleWithoutReplacement, type Rng } from './random.ts';

export interface SampledBetweennessOptions {
  /** Number of pivots; ignored when `sources` is given. */
  k?: number;
  /** Explicit pivots (node indices, distinct). */
  sources?: ArrayLike<number>;
  seed?: number;
  rng?: Rng;
  normalized?: boolean;
  weighted?: boolean;
}

export interface SampledBetweenness {
  values: Float64Array;
  /** The pivots used. */
  sources: Uint32Array;
}

export function sampledBetweennessCentrality(
  graph: CompactGraph,
  options: SampledBetweennessOptions,
): SampledBetweenness {
  const n = graph.n;
  let sources: Uint32Array;
  if (options.sources !== undefined) {
    sources = distinctPivots(n, options.sources, (s) => new BadUserInputError('betweenness pivots must be distinct node indices', { s }));
  } else {
    const k = options.k ?? n;
    if (!Number.isInteger(k) || k < 1 || k > n) {
      if (n === 0) return { values: new Float64Array(0), sources: new Uint32Array(0) };
      throw new BadUserInputError(`betweenness sample size k must be an integer in 1..${n}`, { k });
    }
    sources = sampleWithoutReplacement(n, k, resolveRng(options.rng, options.seed));
  }
  const raw = new Float64Array(n);
  accumulateBetweenness(graph, sources, { weighted: options.weighted ?? false }, raw);
  const values = rescaleBetweenness(raw, {
    normalized: options.normalized ?? true,
    directed: graph.directed,
    sampledSources: sources,
  });
  return { values, sources };
}

/**
 * Additive error ε such that, with probability ≥ 1 − δ, every node's NORMALIZED estimate from k
 * uniformly drawn pivots is within ε of its exact value: each pivot contributes a dependency
 * δ_s(v)/(n−2) in [0, 1], so Hoeffding's inequality (valid for sampling without replacement)
 * gives P(|est − b| ≥ ε) ≤ 2·exp(−2kε²), and a union bound over the n nodes
 * ε = sqrt(ln(2n/δ) / (2k)).
 */
export function sampledBetweennessErrorBound(n: number, k: number, delta = 0.05): number {
  if (n <= 2 || k >= n) return 0;
  return Math.sqrt(Math.log((2 * n) / delta) / (2 * k));
}

/** Smallest k for which `sampledBetweennessErrorBound(n, k, delta) ≤ epsilon` (capped at n). */
export function betweennessSamplesFor(n: number, epsilon: number, delta = 0.05): number {
  if (n <= 2) return n;
  return Math.min(n, Math.ceil(Math.log((2 * n) / delta) / (2 * epsilon * epsilon)));
}

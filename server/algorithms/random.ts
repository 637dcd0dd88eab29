/**
 * Seeded pseudo-random numbers for the algorithms that need randomness (sampled betweenness,
 * Louvain's node order). Randomness is always an option (`rng` or `seed`), as graphology does,
 * so results are reproducible.
 *
 * The generator itself is shared with the client (shared/mulberry32.ts).
 */
import { mulberry32, type Rng } from '../../shared/mulberry32.ts';

export { mulberry32, type Rng };

/** `rng` if given, else a generator seeded with `seed` (default 0). */
export function resolveRng(rng: Rng | undefined, seed: number | undefined): Rng {
  return rng ?? mulberry32(seed ?? 0);
}

/** k distinct integers from 0..n-1 (partial Fisher–Yates), in the order drawn. */
export function sampleWithoutReplacement(n: number, k: number, rng: Rng): Uint32Array {
  const pool = new Uint32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  const take = Math.min(k, n);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const t = pool[i] as number;
    pool[i] = pool[j] as number;
    pool[j] = t;
  }
  return pool.slice(0, take);
}

/** In-place Fisher–Yates shuffle. */
export function shuffle(values: Uint32Array, rng: Rng): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = values[i] as number;
    values[i] = values[j] as number;
    values[j] = t;
  }
}

/**
 * Pivots given by the caller of a sampled measure: a copy, each a distinct node index below n;
 * `invalid(s)` makes the error for the first one that is not (each measure keeps its own error).
 */
export function distinctPivots(n: number, given: ArrayLike<number>, invalid: (s: number) => Error): Uint32Array {
  const sources = Uint32Array.from(given);
  const seen = new Uint8Array(n);
  for (let i = 0; i < given.length; i++) {
    const s = given[i] as number;
    if (!(s >= 0 && s < n) || seen[s] === 1) throw invalid(s);
    seen[s] = 1;
  }
  return sources;
}

/**
 * Seeded pseudo-random numbers for the algorithms that need randomness (sampled betweenness,
 * Louvain's node order). Randomness is always an option (`rng` or `seed`), as graphology does,
 * so results are reproducible.
 *
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit state generator, fast and good enough for
 * shuffling and sampling; not for cryptography.
 */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

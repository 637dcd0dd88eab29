/**
 * Seeded pseudo-random numbers for code that both the server and the client run (the analytics'
 * sampling and Louvain order; the client's synthetic benchmark graphs): pure, no I/O, so either
 * side may import it.
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

/**
 * A small seeded PRNG for the demo generator. mulberry32 (Tommy Ettinger, public domain): 32-bit
 * state, good enough statistical quality for synthetic data, and, unlike Math.random, it gives
 * the same sequence on every machine, so `npm run demo:generate` is byte-for-byte repeatable.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Standard normal (Box–Muller); one value per call keeps the stream easy to reason about. */
  normal(): number {
    const u = 1 - this.next(); // (0, 1], so log never sees 0
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal around `median` with log-scale spread `sigma`: firm sizes are heavy-tailed. */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Index drawn with probability proportional to weights[i]. */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  weightedPick<T>(items: readonly T[], weights: readonly number[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.weightedIndex(weights)] as T;
  }

  /** Up to n distinct items, drawn by weight without replacement. */
  sample<T>(items: readonly T[], n: number, weights?: readonly number[]): T[] {
    const pool = [...items];
    const w = weights ? [...weights] : pool.map(() => 1);
    const out: T[] = [];
    while (out.length < n && pool.length > 0) {
      const i = this.weightedIndex(w);
      out.push(pool[i] as T);
      pool.splice(i, 1);
      w.splice(i, 1);
    }
    return out;
  }
}

/**
 * Co-participation pairs: every unordered pair of organisations that took part in at least one
 * project together, with the number of shared projects and the first start year / last end year
 * of those projects. Pure and linear in the number of (project, pair) incidences (~1.1M on the
 * full set): a pair is keyed by one number a·n + b (a < b are organisation indexes, n ≤ ~36k, so
 * the key stays far below 2^53), and per-pair values live in growable typed arrays rather than
 * ~800k objects.
 */
import type { ProjectEntry } from './participants.ts';

export interface Pairs {
  /** Number of pairs. */
  count: number;
  /** Lower and higher organisation index of each pair, in ascending (a, b) order. */
  a: Uint32Array;
  b: Uint32Array;
  weight: Uint32Array;
  /** 0 = unknown (a project without years). */
  since: Uint16Array;
  until: Uint16Array;
}

class Growable {
  a = new Uint32Array(1024);
  b = new Uint32Array(1024);
  weight = new Uint32Array(1024);
  since = new Uint16Array(1024);
  until = new Uint16Array(1024);
  size = 0;

  push(a: number, b: number): number {
    if (this.size === this.a.length) this.grow();
    const s = this.size++;
    this.a[s] = a;
    this.b[s] = b;
    return s;
  }

  private grow(): void {
    const n = this.a.length * 2;
    const re = <T extends Uint32Array | Uint16Array>(old: T, make: (n: number) => T): T => {
      const next = make(n);
      next.set(old);
      return next;
    };
    this.a = re(this.a, (k) => new Uint32Array(k));
    this.b = re(this.b, (k) => new Uint32Array(k));
    this.weight = re(this.weight, (k) => new Uint32Array(k));
    this.since = re(this.since, (k) => new Uint16Array(k));
    this.until = re(this.until, (k) => new Uint16Array(k));
  }
}

/** `orgCount` = number of organisations (indexes are 0..orgCount−1); members must be ascending. */
export function coParticipationPairs(projects: readonly ProjectEntry[], orgCount: number): Pairs {
  const slots = new Map<number, number>();
  const g = new Growable();
  for (const p of projects) {
    const m = p.members;
    const start = p.startYear ?? 0;
    const end = p.endYear ?? 0;
    for (let i = 0; i < m.length; i++) {
      const a = m[i] as number;
      for (let j = i + 1; j < m.length; j++) {
        const b = m[j] as number;
        const key = a * orgCount + b;
        let s = slots.get(key);
        if (s === undefined) {
          s = g.push(a, b);
          slots.set(key, s);
        }
        g.weight[s] = (g.weight[s] as number) + 1;
        if (start !== 0 && (g.since[s] === 0 || start < (g.since[s] as number))) g.since[s] = start;
        if (end !== 0 && end > (g.until[s] as number)) g.until[s] = end;
      }
    }
  }
  // Ascending (a, b), i.e. ascending key: a stable, diff-friendly order for the bundle. A typed
  // array sorts numerically without a comparator.
  const keys = new Float64Array(g.size);
  let k = 0;
  for (const key of slots.keys()) keys[k++] = key;
  keys.sort();
  const out: Pairs = {
    count: g.size,
    a: new Uint32Array(g.size),
    b: new Uint32Array(g.size),
    weight: new Uint32Array(g.size),
    since: new Uint16Array(g.size),
    until: new Uint16Array(g.size),
  };
  for (let i = 0; i < g.size; i++) {
    const s = slots.get(keys[i] as number) as number;
    out.a[i] = g.a[s] as number;
    out.b[i] = g.b[s] as number;
    out.weight[i] = g.weight[s] as number;
    out.since[i] = g.since[s] as number;
    out.until[i] = g.until[s] as number;
  }
  return out;
}

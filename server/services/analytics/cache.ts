/**
 * Results cached per (kind, scope, parameters, graph version). The graph version is bumped by
 * every import and write; a request that sees a version other than the cached one empties the
 * cache first, so nothing computed on older data survives a write. Entries are promises, so
 * concurrent equal requests share one computation; a failed computation is not kept. Bounded
 * (least recently used out first).
 */
export class ResultCache {
  private version = -1;
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(private readonly maxEntries = 256) {}

  get size(): number {
    return this.entries.size;
  }

  get graphVersion(): number {
    return this.version;
  }

  /** Forget everything (e.g. after a write this process made). */
  clear(): void {
    this.entries.clear();
  }

  getOrCompute<T>(version: number, key: string, compute: () => Promise<T>): Promise<T> {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit as Promise<T>;
    }
    const p = compute();
    this.entries.set(key, p);
    p.catch(() => {
      if (this.entries.get(key) === p) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return p;
  }
}

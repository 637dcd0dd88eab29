/**
 * Results of expensive reads (the cluster network, graph slices), kept until the graph changes.
 * Every read first asks for the graph's stamp (version and change time; see GraphStamp for when
 * it is read from Neo4j and when reused), so a write empties the cache; only the computation is
 * skipped. Entries are promises, so concurrent equal requests share one computation; a failed
 * computation is not kept. Bounded by entries and, with `weigh`, by the total weight of the
 * values (a slice weighs its nodes and edges): the least recently used entry goes first.
 */
import type { GraphStamp } from '../../db/graph-stamp.ts';

export interface VersionedCacheOptions<T> {
  maxEntries?: number;
  /** Budget for the sum of `weigh(value)` over the entries (default: unbounded). */
  maxWeight?: number;
  weigh?: (value: T) => number;
}

interface Entry<T> {
  promise: Promise<T>;
  /** Known once the value has arrived (0 until then). */
  weight: number;
}

export class VersionedCache<T> {
  private stamp: string | null = null;
  private readonly entries = new Map<string, Entry<T>>();
  private totalWeight = 0;
  /** Requests answered from an entry (or its computation in flight) and requests that computed. */
  hits = 0;
  misses = 0;
  private readonly maxEntries: number;
  private readonly maxWeight: number;

  constructor(
    private readonly stamps: Pick<GraphStamp, 'current'>,
    private readonly options: VersionedCacheOptions<T> = {},
  ) {
    this.maxEntries = options.maxEntries ?? 64;
    this.maxWeight = options.maxWeight ?? Infinity;
  }

  /** Entries and total weight now (for tests and metrics). */
  get size(): { entries: number; weight: number } {
    return { entries: this.entries.size, weight: this.totalWeight };
  }

  async get(key: string, compute: () => Promise<T>): Promise<T> {
    const stamp = await this.stamps.current();
    if (stamp !== this.stamp) {
      this.entries.clear();
      this.totalWeight = 0;
      this.stamp = stamp;
    }
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.hits++;
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.promise;
    }
    this.misses++;
    const entry: Entry<T> = { promise: compute(), weight: 0 };
    this.entries.set(key, entry);
    entry.promise.then(
      (value) => {
        if (this.entries.get(key) !== entry || this.options.weigh === undefined) return;
        entry.weight = this.options.weigh(value);
        this.totalWeight += entry.weight;
        this.evict();
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    this.evict();
    return entry.promise;
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.totalWeight <= this.maxWeight) break;
      this.entries.delete(key);
      this.totalWeight -= entry.weight;
    }
  }
}

/**
 * Results of expensive reads (the cluster network, graph slices), kept until the graph changes.
 * Every read first asks for the graph's stamp (version and change time; see GraphStamp for when
 * it is read from Neo4j and when reused), so a write empties the cache; only the computation is
 * skipped. Entries are promises, so concurrent equal requests share one
 * computation; a failed computation is not kept. Bounded: the oldest entry goes first.
 */
import type { GraphStamp } from '../../db/graph-stamp.ts';

export class VersionedCache<T> {
  private stamp: string | null = null;
  private readonly entries = new Map<string, Promise<T>>();

  constructor(
    private readonly stamps: Pick<GraphStamp, 'current'>,
    private readonly maxEntries = 64,
  ) {}

  async get(key: string, compute: () => Promise<T>): Promise<T> {
    const stamp = await this.stamps.current();
    if (stamp !== this.stamp) {
      this.entries.clear();
      this.stamp = stamp;
    }
    let entry = this.entries.get(key);
    if (entry === undefined) {
      const started = compute();
      entry = started;
      this.entries.set(key, started);
      started.catch(() => {
        if (this.entries.get(key) === started) this.entries.delete(key);
      });
      for (const oldest of this.entries.keys()) {
        if (this.entries.size <= this.maxEntries) break;
        this.entries.delete(oldest);
      }
    }
    return entry;
  }
}

/**
 * Results of expensive graph-wide reads (the cluster network), kept until the graph changes.
 * Every read first asks Neo4j for the graph's stamp (version and change time, one index seek),
 * so a write by any process, this one or the importer, is seen by the next read; only the
 * computation is skipped. Entries are promises, so concurrent equal requests share one
 * computation; a failed computation is not kept. Bounded: the oldest entry goes first.
 */
import type { Executor } from '../../db/executor.ts';

export class VersionedCache<T> {
  private stamp: string | null = null;
  private readonly entries = new Map<string, Promise<T>>();

  constructor(
    private readonly executor: Executor,
    private readonly maxEntries = 64,
  ) {}

  async get(key: string, compute: () => Promise<T>): Promise<T> {
    const stamp = await this.currentStamp();
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

  private async currentStamp(): Promise<string> {
    const [row] = await this.executor.read('api-graph-stamp');
    return `${String(row?.['version'] ?? 0)}@${String(row?.['changedAt'] ?? '')}`;
  }
}

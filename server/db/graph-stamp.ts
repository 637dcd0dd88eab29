/**
 * The graph's stamp (version and time of the last change, bumped by every write and import), as
 * the catalog's caches key on it. Reading it is one index seek but also one round trip, which on
 * a cached graph slice costs more than the rest of the request; so a stamp read is reused for
 * `ttlMs`, except that any write through this process's executor makes the next read go to
 * Neo4j again. A mutation sent to this server is therefore seen by the very next read; a write
 * by another process (the import CLI, another server) within `ttlMs`. `ttlMs = 0` reads the stamp
 * on every call (exact across processes).
 */
import type { Executor } from './executor.ts';

export class GraphStamp {
  private value: Promise<string> | null = null;
  private readAt = 0;
  private epoch = -1;

  constructor(
    private readonly executor: Pick<Executor, 'read' | 'writeEpoch'>,
    private readonly ttlMs: number,
  ) {}

  current(): Promise<string> {
    const now = performance.now();
    if (this.value !== null && now - this.readAt < this.ttlMs && this.epoch === this.executor.writeEpoch) return this.value;
    // The epoch is taken before the read: a write ending while it runs bumps it, so the value
    // read (maybe older than that write) is not reused.
    this.epoch = this.executor.writeEpoch;
    this.readAt = now;
    const read = this.executor.read('api-graph-stamp').then(([row]) => `${String(row?.['version'] ?? 0)}@${String(row?.['changedAt'] ?? '')}`);
    this.value = read;
    read.catch(() => {
      if (this.value === read) this.value = null;
    });
    return read;
  }
}

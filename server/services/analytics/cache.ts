/**
 * Results cached per (kind, scope, parameters, graph version). The graph version is bumped by
 * every import and write; a request that sees a version other than the cached one empties the
 * cache first, so nothing computed on older data survives a write. Entries are promises, so
 * concurrent equal requests share one computation; a failed computation is not kept. Bounded
 * (least recently used out first).
 *
 * Cancellation is per waiter: a caller whose signal aborts gets a CancelledError at once, but the
 * shared computation is aborted only when every caller waiting for it has gone (a caller without
 * a signal waits for good). So one client disconnecting never cancels another client's answer.
 * Running computations report progress here (`running()`), for the API's progress view.
 */
import type { Progress } from '../../workers/parallel.ts';
import { CancelledError } from '../../workers/errors.ts';

/** What a cached computation receives: its own signal (aborted when nobody waits) and progress. */
export interface EntryControl {
  signal: AbortSignal;
  onProgress: (p: Progress) => void;
}

export interface RunningComputation {
  kind: string;
  startedAt: number;
  waiters: number;
  progress: Progress | null;
}

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  kind: string;
  startedAt: number;
  /** Callers still waiting; Infinity once a caller without a signal joined. */
  waiters: number;
  settled: boolean;
  progress: Progress | null;
}

export class ResultCache {
  private version = -1;
  private readonly entries = new Map<string, Entry>();

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

  /** Computations in flight, oldest first. */
  running(): RunningComputation[] {
    return [...this.entries.values()]
      .filter((e) => !e.settled)
      .map((e) => ({ kind: e.kind, startedAt: e.startedAt, waiters: e.waiters, progress: e.progress }))
      .sort((a, b) => a.startedAt - b.startedAt);
  }

  getOrCompute<T>(version: number, key: string, compute: (control: EntryControl) => Promise<T>, options: { signal?: AbortSignal; kind?: string } = {}): Promise<T> {
    if (options.signal?.aborted === true) return Promise.reject(new CancelledError());
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    let entry = this.entries.get(key);
    if (entry !== undefined && entry.controller.signal.aborted) entry = undefined;
    if (entry === undefined) {
      entry = this.start(key, compute, options.kind ?? key);
    } else {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return this.wait(entry, options.signal) as Promise<T>;
  }

  private start<T>(key: string, compute: (control: EntryControl) => Promise<T>, kind: string): Entry {
    const controller = new AbortController();
    const entry: Entry = { promise: Promise.resolve(), controller, kind, startedAt: Date.now(), waiters: 0, settled: false, progress: null };
    entry.promise = compute({ signal: controller.signal, onProgress: (p) => (entry.progress = p) });
    entry.promise.then(
      () => (entry.settled = true),
      () => {
        entry.settled = true;
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return entry;
  }

  private wait(entry: Entry, signal: AbortSignal | undefined): Promise<unknown> {
    if (signal === undefined || entry.settled) {
      if (!entry.settled) entry.waiters = Infinity;
      return entry.promise;
    }
    entry.waiters++;
    return new Promise((resolve, reject) => {
      let gone = false;
      const leave = (): void => {
        gone = true;
        entry.waiters--;
        reject(new CancelledError());
        if (entry.waiters <= 0 && !entry.settled) entry.controller.abort();
      };
      const settle = (): void => {
        signal.removeEventListener('abort', leave);
        if (!gone) entry.waiters--;
      };
      signal.addEventListener('abort', leave, { once: true });
      entry.promise.then(
        (v) => {
          settle();
          resolve(v);
        },
        (err: unknown) => {
          settle();
          reject(err);
        },
      );
    });
  }
}

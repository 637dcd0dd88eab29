/**
 * A small pool of worker threads (default: one per core) for the heavy measures, so that the
 * server's event loop keeps answering while betweenness or closeness run. Tasks queue when every
 * worker is busy. Cancelling (AbortSignal) drops a queued task, or terminates the worker running
 * it and starts a fresh one: a Brandes loop cannot be interrupted from outside otherwise.
 * Workers are unref'd, so an idle pool does not keep the process alive.
 *
 * Running from TypeScript sources (tsx, vitest), a worker is started through tsx's ESM API;
 * from the compiled build it loads worker.js directly.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AtlasError, ErrorCode } from '../errors.ts';
import { CancelledError } from './errors.ts';
import type { Task, TaskResult } from './tasks.ts';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

interface Job {
  id: number;
  task: Task;
  resolve: (r: TaskResult) => void;
  reject: (e: AtlasError) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

type Reply = { id: number; ok: true; result: TaskResult } | { id: number; ok: false; error: { code: ErrorCode; message: string; details: Record<string, unknown> } };

function spawn(): Worker {
  const self = import.meta.url;
  if (self.endsWith('.ts')) {
    // createRequire rather than import.meta.resolve: the latter is missing under Vite's module
    // runner (vitest global setups), where the app also runs.
    // The package's ESM entry sits beside the CommonJS one that require.resolve finds.
    const api = pathToFileURL(createRequire(self).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
    const entry = new URL('./worker.ts', self).href;
    const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
    return new Worker(code, { eval: true });
  }
  return new Worker(new URL('./worker.js', self));
}

export class WorkerPool {
  readonly size: number;
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(size = Math.max(1, availableParallelism())) {
    this.size = Math.max(1, Math.floor(size));
  }

  run(task: Task, signal?: AbortSignal): Promise<TaskResult> {
    if (this.closed) return Promise.reject(new AtlasError(ErrorCode.INTERNAL_SERVER_ERROR, 'worker pool is closed'));
    if (signal?.aborted === true) return Promise.reject(new CancelledError());
    return new Promise<TaskResult>((resolve, reject) => {
      const job: Job = { id: this.nextId++, task, resolve, reject, signal, onAbort: () => this.abort(job) };
      signal?.addEventListener('abort', job.onAbort, { once: true });
      this.queue.push(job);
      this.pump();
    });
  }

  /**
   * Starts every worker now and waits until each has loaded the task code (a worker started
   * from the TypeScript sources needs a few hundred milliseconds), so that the first real job
   * does not pay for it. A server may call it at start-up; the benchmark calls it before timing.
   */
  async warm(): Promise<void> {
    await Promise.all(Array.from({ length: this.size }, () => this.run({ kind: 'ping' })));
  }

  /** Terminates every worker; queued and running tasks are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.settle(job, new CancelledError('pool closed'));
    const workers = [...this.idle.splice(0), ...this.busy.keys()];
    for (const [, job] of this.busy) this.settle(job, new CancelledError('pool closed'));
    this.busy.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let worker = this.idle.pop();
      if (worker === undefined) {
        if (this.busy.size >= this.size) return;
        worker = this.start();
      }
      const job = this.queue.shift() as Job;
      this.busy.set(worker, job);
      worker.ref();
      worker.postMessage({ id: job.id, task: job.task });
    }
  }

  private start(): Worker {
    const worker = spawn();
    worker.on('message', (reply: Reply) => {
      const job = this.busy.get(worker);
      if (job === undefined || job.id !== reply.id) return;
      this.busy.delete(worker);
      worker.unref();
      this.idle.push(worker);
      if (reply.ok) this.settle(job, null, reply.result);
      else this.settle(job, new AtlasError(reply.error.code, reply.error.message, reply.error.details));
      this.pump();
    });
    worker.on('error', (err) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      if (job !== undefined) this.settle(job, new AtlasError(ErrorCode.INTERNAL_SERVER_ERROR, `worker failed: ${err.message}`, {}, { cause: err }));
      this.pump();
    });
    return worker;
  }

  private abort(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.settle(job, new CancelledError());
      return;
    }
    for (const [worker, running] of this.busy) {
      if (running !== job) continue;
      this.busy.delete(worker);
      void worker.terminate();
      this.settle(job, new CancelledError());
      this.pump();
      return;
    }
  }

  private settle(job: Job, error: AtlasError | null, result?: TaskResult): void {
    job.signal?.removeEventListener('abort', job.onAbort);
    if (error !== null) job.reject(error);
    else job.resolve(result as TaskResult);
  }
}

import { describe, expect, it } from 'vitest';
import { formatError } from '../../../server/graphql/errors.ts';
import { ResultCache, type EntryControl } from '../../../server/services/analytics/cache.ts';
import { CancelledError } from '../../../server/workers/errors.ts';

/** A computation that runs until its own signal aborts (then rejects) or `finish` is called. */
function pending(): { compute: (c: EntryControl) => Promise<number>; finish: (v: number) => void; aborted: () => boolean } {
  let finish: (v: number) => void = () => undefined;
  let signal: AbortSignal | undefined;
  return {
    compute: (c) =>
      new Promise<number>((resolve, reject) => {
        signal = c.signal;
        finish = resolve;
        c.onProgress({ phase: 'betweenness', done: 1, total: 4 });
        c.signal.addEventListener('abort', () => reject(new CancelledError()));
      }),
    finish: (v) => finish(v),
    aborted: () => signal?.aborted === true,
  };
}

describe('cancellation of shared computations', () => {
  it('cancels only the caller that went away while another still waits', async () => {
    const cache = new ResultCache();
    const job = pending();
    const a = new AbortController();
    const b = new AbortController();
    const first = cache.getOrCompute(1, 'k', job.compute, { signal: a.signal, kind: 'nodeMeasures' });
    const second = cache.getOrCompute(1, 'k', job.compute, { signal: b.signal });
    a.abort();
    await expect(first).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(job.aborted()).toBe(false);
    job.finish(42);
    await expect(second).resolves.toBe(42);
  });

  it('aborts the computation when every caller has gone, and starts afresh for the next', async () => {
    const cache = new ResultCache();
    const job = pending();
    const a = new AbortController();
    const run = cache.getOrCompute(1, 'k', job.compute, { signal: a.signal });
    expect(cache.running()).toEqual([{ kind: 'k', startedAt: expect.any(Number), waiters: 1, progress: { phase: 'betweenness', done: 1, total: 4 } }]);
    a.abort();
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(job.aborted()).toBe(true);
    await expect(cache.getOrCompute(1, 'k', async () => 7)).resolves.toBe(7);
    expect(cache.running()).toEqual([]);
  });

  it('never aborts a computation that a caller without a signal waits for', async () => {
    const cache = new ResultCache();
    const job = pending();
    const a = new AbortController();
    const withSignal = cache.getOrCompute(1, 'k', job.compute, { signal: a.signal });
    const without = cache.getOrCompute(1, 'k', job.compute);
    a.abort();
    await expect(withSignal).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(job.aborted()).toBe(false);
    job.finish(1);
    await expect(without).resolves.toBe(1);
  });

  it('rejects at once for a signal already aborted', async () => {
    const cache = new ResultCache();
    await expect(cache.getOrCompute(1, 'k', async () => 1, { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(cache.size).toBe(0);
  });

  it('shows CANCELLED to API clients, in production too', () => {
    const out = formatError(true)({ message: 'x' }, new CancelledError());
    expect(out.extensions?.['code']).toBe('CANCELLED');
    expect(out.message).toBe('computation was cancelled');
  });
});

// When the graph's stamp is read from Neo4j and when a read is reused (server/db/graph-stamp.ts).
// The executor here is a counter with the two members GraphStamp uses: pure logic, no database.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphStamp } from '../../../server/db/graph-stamp.ts';
import type { Row } from '../../../server/db/executor.ts';

function fakeExecutor(): { reads: number; writeEpoch: number; version: number; fail: boolean; read: () => Promise<Row[]> } {
  const ex = {
    reads: 0,
    writeEpoch: 0,
    version: 1,
    fail: false,
    read: async (): Promise<Row[]> => {
      ex.reads++;
      if (ex.fail) throw new Error('down');
      return [{ version: ex.version, changedAt: 't' }];
    },
  };
  return ex;
}

describe('GraphStamp', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reuses a read within the TTL and reads again after it', async () => {
    vi.useFakeTimers();
    const ex = fakeExecutor();
    const stamp = new GraphStamp(ex, 500);
    expect(await stamp.current()).toBe('1@t');
    ex.version = 2;
    vi.advanceTimersByTime(400);
    expect(await stamp.current()).toBe('1@t');
    expect(ex.reads).toBe(1);
    vi.advanceTimersByTime(200);
    expect(await stamp.current()).toBe('2@t');
    expect(ex.reads).toBe(2);
  });

  it('reads again at once after a write through the same executor', async () => {
    const ex = fakeExecutor();
    const stamp = new GraphStamp(ex, 60_000);
    expect(await stamp.current()).toBe('1@t');
    ex.version = 2;
    ex.writeEpoch++;
    expect(await stamp.current()).toBe('2@t');
    expect(await stamp.current()).toBe('2@t');
    expect(ex.reads).toBe(2);
  });

  it('reads every time with a TTL of 0, and does not keep a failed read', async () => {
    const ex = fakeExecutor();
    const stamp = new GraphStamp(ex, 0);
    await stamp.current();
    await stamp.current();
    expect(ex.reads).toBe(2);
    const cached = new GraphStamp(ex, 60_000);
    ex.fail = true;
    await expect(cached.current()).rejects.toThrow('down');
    ex.fail = false;
    expect(await cached.current()).toBe('1@t');
  });
});

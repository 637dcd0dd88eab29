// The catalog's cache of graph-wide reads and slices (server/services/catalog/versioned-cache.ts):
// emptied when the graph's stamp changes, shared by concurrent equal requests, least recently
// used out first, bounded by entries and by weight. Pure logic: the stamp is a stand-in.
import { describe, expect, it } from 'vitest';
import { VersionedCache } from '../../../server/services/catalog/versioned-cache.ts';

function stamps(): { value: string; current: () => Promise<string> } {
  const s = { value: 'v1', current: async () => s.value };
  return s;
}

describe('VersionedCache', () => {
  it('computes once per key until the stamp changes, and shares a computation in flight', async () => {
    const st = stamps();
    const cache = new VersionedCache<number>(st);
    let runs = 0;
    const compute = async (): Promise<number> => ++runs;
    const [a, b] = await Promise.all([cache.get('k', compute), cache.get('k', compute)]);
    expect([a, b, runs]).toEqual([1, 1, 1]);
    expect(await cache.get('k', compute)).toBe(1);
    st.value = 'v2';
    expect(await cache.get('k', compute)).toBe(2);
  });

  it('drops a failed computation so that the next request tries again', async () => {
    const cache = new VersionedCache<number>(stamps());
    await expect(cache.get('k', async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(await cache.get('k', async () => 7)).toBe(7);
  });

  it('evicts the least recently used entry first', async () => {
    const cache = new VersionedCache<string>(stamps(), { maxEntries: 2 });
    await cache.get('a', async () => 'a1');
    await cache.get('b', async () => 'b1');
    await cache.get('a', async () => 'a2'); // a is now the most recent
    await cache.get('c', async () => 'c1'); // b goes
    expect(await cache.get('a', async () => 'a3')).toBe('a1');
    expect(await cache.get('b', async () => 'b2')).toBe('b2');
  });

  it('keeps the total weight within its budget', async () => {
    const cache = new VersionedCache<number[]>(stamps(), { maxEntries: 100, maxWeight: 10, weigh: (v) => v.length });
    await cache.get('a', async () => [1, 2, 3, 4]);
    await cache.get('b', async () => [1, 2, 3, 4]);
    expect(cache.size).toEqual({ entries: 2, weight: 8 });
    await cache.get('c', async () => [1, 2, 3, 4]);
    await Promise.resolve();
    expect(cache.size).toEqual({ entries: 2, weight: 8 });
    let recomputed = false;
    await cache.get('a', async () => {
      recomputed = true;
      return [9];
    });
    expect(recomputed).toBe(true);
  });
});

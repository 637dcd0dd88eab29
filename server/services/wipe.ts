/** Deletes the whole cluster graph (and import runs), in batches so no transaction grows large. */
import type { Executor } from '../db/executor.ts';

export async function wipeGraph(executor: Executor, batch = 10_000): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await executor.write('wipe-batch', { limit: batch });
    const deleted = Number(rows[0]?.['deleted'] ?? 0);
    total += deleted;
    if (deleted === 0) {
      if (total > 0) await executor.write('graph-version-bump');
      return total;
    }
  }
}

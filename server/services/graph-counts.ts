/** Node counts per label and relationship counts per type (Neo4j answers these from its count store). */
import type { Executor } from '../db/executor.ts';

export async function graphCounts(executor: Executor): Promise<Record<string, number>> {
  const row = (await executor.read('counts'))[0] ?? {};
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(row)) out[k] = Number(v);
  return out;
}

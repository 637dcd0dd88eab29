/**
 * Test access to the real Neo4j that the global setup started (or that NEO4J_URI names).
 * Integration files run one at a time and each starts from an empty graph.
 */
import { inject } from 'vitest';
import { createDriver } from '../../../server/db/driver.ts';
import { Executor } from '../../../server/db/executor.ts';
import { applyMigrations } from '../../../server/db/migrations.ts';
import { graphCounts } from '../../../server/services/demo-loader.ts';
import { wipeGraph } from '../../../server/services/wipe.ts';
import { readDataset } from '../../../server/dataset/index.ts';
import { importDataset } from '../../../server/services/import-service.ts';

export function testExecutor(): Executor {
  const conn = inject('neo4j');
  return new Executor(createDriver(conn), { timeoutMs: 120_000 });
}

/** Deletes every node of the model (and import runs). */
export async function wipe(executor: Executor): Promise<void> {
  await wipeGraph(executor);
}

export async function freshDatabase(executor: Executor): Promise<void> {
  await applyMigrations(executor);
  await wipe(executor);
}

/** An empty graph, then exactly the demo bundle (the state `npm start` gives a new user). */
export async function loadDemo(executor: Executor): Promise<void> {
  await freshDatabase(executor);
  await importDataset(executor, await readDataset('data/demo'), { source: 'demo', checksum: 'demo' });
}

export { graphCounts };

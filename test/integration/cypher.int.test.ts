import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor.ts';
import { applyMigrations } from '../../server/db/migrations.ts';
import { QUERY_NAMES, QueryRegistry } from '../../server/db/queries.ts';
import { testExecutor } from './support/database.ts';

// Every query file is valid Cypher for this server: EXPLAIN compiles it without running it.
describe('cypher/queries', () => {
  let executor: Executor;
  const registry = QueryRegistry.load();
  beforeAll(async () => {
    executor = testExecutor();
    await applyMigrations(executor);
  });
  afterAll(() => executor.close());

  it('has a file for every query name the code uses', () => {
    for (const name of QUERY_NAMES) expect(registry.names()).toContain(name);
  });

  for (const name of registry.names()) {
    it(`${name} compiles`, async () => {
      await expect(executor.tx('READ', (tx) => tx.runText(`EXPLAIN ${registry.get(name as never)}`))).resolves.toBeDefined();
    });
  }
});

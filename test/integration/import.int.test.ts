import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readDataset } from '../../server/dataset/index.ts';
import type { Executor } from '../../server/db/executor.ts';
import { applyMigrations } from '../../server/db/migrations.ts';
import { readGraphAsDataset } from '../../server/services/export-service.ts';
import { importDataset } from '../../server/services/import-service.ts';
import { freshDatabase, graphCounts, testExecutor } from './support/database.ts';

const SMALL = 'test/fixtures/import/small';

async function importPath(executor: Executor, p: string) {
  return importDataset(executor, await readDataset(p), { source: p, checksum: 'test', batchSize: 2 });
}

describe('schema', () => {
  let executor: Executor;
  beforeAll(() => {
    executor = testExecutor();
  });
  afterAll(() => executor.close());

  it('creates a uniqueness constraint on every label id and the full-text index, once', async () => {
    await applyMigrations(executor);
    const constraints = await executor.tx('READ', (tx) =>
      tx.runText("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties[0] AS prop"),
    );
    const unique = new Set(constraints.map((r) => `${String(r['label'])}.${String(r['prop'])}`));
    for (const label of ['Region', 'Cluster', 'Organization', 'Alliance']) expect(unique).toContain(`${label}.id`);
    const fulltext = await executor.tx('READ', (tx) =>
      tx.runText("SHOW INDEXES YIELD name, type, state WHERE type = 'FULLTEXT' RETURN name, state"),
    );
    expect(fulltext).toContainEqual({ name: 'names', state: 'ONLINE' });
    const again = await applyMigrations(executor);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied.length).toBeGreaterThanOrEqual(3);
  });
});

describe('import', () => {
  let executor: Executor;
  beforeAll(() => {
    executor = testExecutor();
  });
  afterAll(() => executor.close());
  beforeEach(() => freshDatabase(executor));

  it('writes every entity and relationship of a bundle', async () => {
    const summary = await importPath(executor, SMALL);
    expect(summary.totals.created).toBe(summary.totals.rows);
    const counts = await graphCounts(executor);
    expect(counts).toMatchObject({
      regions: 2,
      clusters: 2,
      organizations: 7,
      alliances: 1,
      memberships: 6,
      supplies: 1,
      collaborates: 3,
      invests: 1,
      supports: 1,
      partyTo: 3,
    });
    // LOCATED_IN: 2 clusters + 6 organisations with a regionId.
    expect(counts['locatedIn']).toBe(8);
  });

  it('changes nothing when the same data is imported again', async () => {
    await importPath(executor, SMALL);
    const before = await readGraphAsDataset(executor);
    const again = await importPath(executor, SMALL);
    expect(again.totals.created).toBe(0);
    expect(again.totals.updated).toBe(0);
    expect(again.totals.unchanged).toBe(again.totals.rows);
    expect(await readGraphAsDataset(executor)).toEqual(before);
  });

  it('applies an update: changed rows change, new rows appear, nothing else moves', async () => {
    await importPath(executor, SMALL);
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-update-'));
    await cp(SMALL, dir, { recursive: true });
    const orgs = await readFile(path.join(dir, 'organizations.csv'), 'utf8');
    await writeFile(
      path.join(dir, 'organizations.csv'),
      orgs.replace('Lead Motors AG', 'Lead Motors SE').replace(',gov,', ',gov,') + 'new,New Startup,ENTERPRISE,J62,DE1,,,5,,,,,,,,2024,,,\n',
    );
    const rels = await readFile(path.join(dir, 'relationships.csv'), 'utf8');
    await writeFile(path.join(dir, 'relationships.csv'), rels.replace('sup1,lead,SUPPLIES,,3,', 'sup1,lead,SUPPLIES,,4,'));
    const before = await readGraphAsDataset(executor);

    const summary = await importPath(executor, dir);
    expect(summary.steps['organizations']).toMatchObject({ created: 1, updated: 1 });
    expect(summary.steps['SUPPLIES']).toMatchObject({ created: 0, updated: 1 });
    expect(summary.totals.created + summary.totals.updated).toBe(3);

    const after = await readGraphAsDataset(executor);
    expect(after.organizations.find((o) => o.id === 'lead')?.name).toBe('Lead Motors SE');
    expect(after.relationships.find((r) => r.type === 'SUPPLIES')?.weight).toBe(4);
    expect(after.organizations.filter((o) => o.id !== 'lead' && o.id !== 'new')).toEqual(
      before.organizations.filter((o) => o.id !== 'lead'),
    );
    expect(after.memberships).toEqual(before.memberships);
  });

  it('moves LOCATED_IN when an organisation changes region', async () => {
    await importPath(executor, SMALL);
    const dataset = await readDataset(SMALL);
    const soft = dataset.organizations.find((o) => o.id === 'soft');
    if (soft === undefined) throw new Error('fixture lost soft');
    soft.regionId = 'DE';
    await importDataset(executor, dataset, { source: 'mem', checksum: 'x' });
    const rows = await executor.tx('READ', (tx) =>
      tx.runText("MATCH (:Organization {id: 'soft'})-[:LOCATED_IN]->(r:Region) RETURN r.id AS id"),
    );
    expect(rows).toEqual([{ id: 'DE' }]);
  });
});

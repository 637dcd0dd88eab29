import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetCounts, readDataset } from '../../server/dataset/index.ts';
import type { Executor } from '../../server/db/executor.ts';
import { loadDemoIfEmpty } from '../../server/services/demo-loader.ts';
import { freshDatabase, graphCounts, testExecutor } from './support/database.ts';

describe('demo data as npm start loads it', () => {
  let executor: Executor;
  beforeAll(async () => {
    executor = testExecutor();
    await freshDatabase(executor);
  });
  afterAll(() => executor.close());

  it('loads the demo into an empty database, with every row of the bundle', async () => {
    const summary = await loadDemoIfEmpty(executor, 'data/demo', 5_000);
    expect(summary?.totals.created).toBe(summary?.totals.rows);
    const bundle = datasetCounts(await readDataset('data/demo'));
    const counts = await graphCounts(executor);
    expect(counts).toMatchObject({
      regions: bundle.regions,
      clusters: bundle.clusters,
      organizations: bundle.organizations,
      alliances: bundle.alliances,
      memberships: bundle.memberships,
      partyTo: bundle.allianceMembers,
    });
    expect((counts['supplies'] ?? 0) + (counts['collaborates'] ?? 0) + (counts['invests'] ?? 0) + (counts['supports'] ?? 0)).toBe(
      bundle.relationships,
    );
  });

  it('holds what the issue asks of the demo: regions in two countries, 10 clusters, every kind, 4+ alliances', async () => {
    const rows = await executor.tx('READ', (tx) =>
      tx.runText(`
        MATCH (r:Region)<-[:LOCATED_IN]-(:Cluster) WITH count(DISTINCT r) AS regions, count(DISTINCT r.country) AS countries
        MATCH (c:Cluster) WITH regions, countries, count(c) AS clusters, count(DISTINCT c.sector) AS sectors
        MATCH (o:Organization) WITH regions, countries, clusters, sectors, collect(DISTINCT o.kind) AS kinds, count(o) AS orgs
        MATCH (a:Alliance)<-[:PARTY_TO]-(c:Cluster) WITH regions, countries, clusters, sectors, kinds, orgs, a, count(c) AS members
        RETURN regions, countries, clusters, sectors, kinds, orgs, count(CASE WHEN members >= 2 THEN a END) AS interCluster`),
    );
    const r = rows[0] ?? {};
    expect(Number(r['regions'])).toBeGreaterThanOrEqual(4);
    expect(Number(r['countries'])).toBeGreaterThanOrEqual(2);
    expect(r['clusters']).toBe(10);
    expect(r['sectors']).toBe(10);
    expect([...(r['kinds'] as string[])].sort()).toEqual(['ENTERPRISE', 'FINANCIAL', 'GOVERNMENT', 'RESEARCH', 'SUPPLIER', 'SUPPORT', 'UNIVERSITY']);
    expect(Number(r['orgs'])).toBeGreaterThan(1_300);
    expect(Number(r['interCluster'])).toBeGreaterThanOrEqual(4);
  });

  it('does not load the demo again into a database that has data', async () => {
    expect(await loadDemoIfEmpty(executor, 'data/demo', 5_000)).toBeUndefined();
  });
});

/**
 * The analytics engine against the real Neo4j with the demo data: the designed strategies, hub
 * firms and brokers of data/demo/README.md are found; as-of views differ; a write invalidates the
 * cache.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Executor } from '../../server/db/executor.ts';
import { clusterNetwork, clusterReport, compareClusters } from '../../server/services/analytics/clusters.ts';
import { communities } from '../../server/services/analytics/communities.ts';
import { AnalyticsEngine } from '../../server/services/analytics/engine.ts';
import { hubFirms } from '../../server/services/analytics/hub-firms.ts';
import { nodeMeasures } from '../../server/services/analytics/node-measures.ts';
import { whatIf } from '../../server/services/analytics/what-if.ts';
import { clearMeasures, writeBackMeasures } from '../../server/services/analytics/write-back.ts';
import { WorkerPool } from '../../server/workers/pool.ts';
import { loadDemo, testExecutor } from './support/database.ts';
import { DESIGNED_STRATEGIES } from './support/demo-design.ts';

let executor: Executor;
let engine: AnalyticsEngine;
const pool = new WorkerPool(2);

beforeAll(async () => {
  executor = testExecutor();
  await loadDemo(executor);
  engine = new AnalyticsEngine(executor, { pool });
});

afterAll(async () => {
  await pool.close();
  await executor?.close();
});


describe('analytics on the demo graph', () => {
  it.each(Object.entries(DESIGNED_STRATEGIES))('finds the designed strategy of %s (%s)', async (clusterId, strategy) => {
    const report = await clusterReport(engine, clusterId);
    expect(report.strategy.dominant).toBe(strategy);
    expect(report.strategy.margin).toBeGreaterThanOrEqual(report.strategy.mixedMargin);
  });

  it('reproduces the demo README tie counts and E-I of cl-aero', async () => {
    const r = await clusterReport(engine, 'cl-aero');
    expect(r.cooperation.size.members).toBe(152);
    expect(r.cooperation.internalTies).toBe(284);
    expect(r.cooperation.externalTies).toBe(577);
    expect(r.cooperation.eiIndex).toBeCloseTo(0.34, 2);
  });

  it.each(['auto', 'aero', 'chem', 'pharma', 'ict', 'food', 'textile', 'energy', 'mach', 'logi'])(
    'ranks org-%s-lead-1 first in its cluster with a hub role',
    async (short) => {
      const clusterId = short === 'mach' ? 'cl-machinery' : short === 'logi' ? 'cl-logistics' : `cl-${short}`;
      for (const rankBy of ['COMPOSITE', 'PAGERANK', 'DEGREE'] as const) {
        const r = await hubFirms(engine, { scope: { clusterIds: [clusterId] }, rankBy, limit: 3 });
        expect(r.firms[0]?.organizationId).toBe(`org-${short}-lead-1`);
        expect(r.firms[0]?.role).toMatch(/_HUB$/);
      }
    },
  );

  it('finds the brokers as connectors across clusters with high betweenness', async () => {
    const m = await nodeMeasures(engine, { scope: { all: true } });
    expect(m.betweenness.method).toBe('EXACT');
    const ranked = [...m.organizations].sort((a, b) => b.betweenness - a.betweenness).map((o) => o.id);
    for (const id of ['org-uni-broker-1', 'org-res-broker-1', 'org-log-broker-1']) {
      const o = m.organizations.find((x) => x.id === id);
      // Participation in the connector band (ties spread over several clusters) …
      expect(o?.participation).toBeGreaterThan(0.62);
      expect(o?.participation).toBeLessThanOrEqual(0.8);
      expect(o?.brokerage.liaison).toBeGreaterThan(0);
      // … and among the top 1% of 1,468 organisations by betweenness.
      expect(ranked.indexOf(id)).toBeLessThan(15);
    }
    const top = await hubFirms(engine, { scope: { all: true }, rankBy: 'PARTICIPATION', kinds: ['UNIVERSITY', 'RESEARCH'], limit: 5 });
    expect(top.firms.map((f) => f.organizationId)).toContain('org-uni-broker-1');
  });

  it('detects communities that agree with the declared clusters', async () => {
    const c = await communities(engine, { scope: { all: true } });
    expect(c.modularity).toBeGreaterThan(c.declaredModularity);
    expect(c.adjustedRandIndex).toBeGreaterThan(0.4);
    expect(c.normalizedMutualInformation).toBeGreaterThan(0.6);
  });

  it('shows what changes when the brokers leave', async () => {
    const w = await whatIf(engine, { remove: ['org-uni-broker-1', 'org-res-broker-1', 'org-log-broker-1', 'org-none'], scope: { all: true } });
    expect(w.unknownIds).toEqual(['org-none']);
    expect(w.after.nodes).toBe(w.before.nodes - 3);
    expect(w.after.interClusterTies).toBeLessThan(w.before.interClusterTies);
    expect(w.after.averagePathLength).toBeGreaterThan(w.before.averagePathLength);
    expect(w.interClusterLinks[0]?.after).toBeLessThan(w.interClusterLinks[0]?.before ?? 0);
  });

  it('compares clusters side by side and draws the cluster network', async () => {
    const cmp = await compareClusters(engine, ['cl-food', 'cl-auto']);
    expect(cmp.reports.map((r) => r.scorecard.rank).sort()).toEqual([1, 2]);
    for (const r of cmp.reports) expect(r.checklist).toHaveLength(5);
    const net = await clusterNetwork(engine);
    expect(net.clusters).toHaveLength(10);
    const autoChem = net.links.find((l) => [l.source, l.target].sort().join() === 'cl-auto,cl-chem');
    expect(autoChem?.sharedAlliances).toBe(3);
  });

  it('gives a different view as of an earlier year', async () => {
    const now = await nodeMeasures(engine, { scope: { clusterIds: ['cl-auto'] } });
    const then = await nodeMeasures(engine, { scope: { clusterIds: ['cl-auto'] }, network: { asOf: 2012 } });
    expect(then.network.asOf).toBe(2012);
    expect(then.network.nodes).toBeLessThan(now.network.nodes);
    expect(then.network.edges).toBeLessThan(now.network.edges);
  });

  it('serves a warm cluster report in well under a second', async () => {
    await clusterReport(engine, 'cl-ict');
    const t = performance.now();
    await clusterReport(engine, 'cl-ict');
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('invalidates cached results after a write', async () => {
    const before = await clusterReport(engine, 'cl-food');
    await executor.write('graph-version-bump');
    const after = await clusterReport(engine, 'cl-food');
    expect(after).not.toBe(before); // recomputed, not the cached object
    expect(after.strategy.dominant).toBe(before.strategy.dominant);
  });

  it('answers NOT_FOUND for an unknown cluster', async () => {
    await expect(clusterReport(engine, 'cl-nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('writes node measures back as m_* properties and clears them', async () => {
    const r = await writeBackMeasures(engine, { scope: { clusterIds: ['cl-food'] } });
    expect(r.written).toBe(113);
    expect(r.properties).toContain('m_pagerank');
    expect(await clearMeasures(executor)).toBe(113);
  });
});

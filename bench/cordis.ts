/**
 * `npm run bench -- cordis`: the product on real data at real scale — the whole CORDIS Horizon
 * 2020 set (about 36,000 organisations, 31,000 projects, 800,000 collaboration pairs). Imports
 * it into an empty database (unless it is already there), then times what an analyst does:
 * a region's hub-firm ranking, a cluster report, the inter-cluster network, and PageRank with
 * sampled betweenness over everything; each cold (computed) and warm (served from the cache).
 * Source: CORDIS, European Commission.
 */
import { mapCordis, readCordisFolder, validateDataset, cordisChecksum } from '../server/cordis/index.ts';
import { openDatabase } from '../server/db/connect.ts';
import { applyMigrations } from '../server/db/migrations.ts';
import { createCatalogServices } from '../server/services/catalog/index.ts';
import { clusterNetwork, clusterReport } from '../server/services/analytics/clusters.ts';
import { AnalyticsEngine } from '../server/services/analytics/engine.ts';
import { hubFirms } from '../server/services/analytics/hub-firms.ts';
import { nodeMeasures } from '../server/services/analytics/node-measures.ts';
import { graphCounts } from '../server/services/graph-counts.ts';
import { importDataset } from '../server/services/import-service.ts';
import { wipeGraph } from '../server/services/wipe.ts';
import { benchConfig } from './home.ts';
import { machineLine, saveReport, table } from './machine.ts';

const FOLDER = 'data/cordis-h2020';

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; s: number }> {
  const t = performance.now();
  const value = await fn();
  return { value, s: (performance.now() - t) / 1000 };
}

export async function run(argv: string[]): Promise<void> {
  const config = benchConfig('cordis');
  const db = await openDatabase(config, (l) => process.stderr.write(`${l}\n`), { retryMs: 60_000 });
  const engine = new AnalyticsEngine(db.executor);
  const rows: (string | number)[][] = [];
  const importRows: (string | number)[][] = [];
  try {
    await applyMigrations(db.executor);
    const t0 = performance.now();
    const source = await readCordisFolder(FOLDER);
    const mapped = mapCordis(source);
    const t1 = performance.now();
    const dataset = validateDataset(mapped.dataset);
    const t2 = performance.now();
    const counts = await graphCounts(db.executor);
    if (argv.includes('--reimport') || counts['organizations'] !== dataset.organizations.length || counts['alliances'] !== dataset.alliances.length) {
      await wipeGraph(db.executor, 20_000);
      const summary = await importDataset(db.executor, dataset, { source: FOLDER, checksum: await cordisChecksum(source.files, {}), batchSize: 10_000 });
      const writeS = (performance.now() - t2) / 1000;
      const total = (performance.now() - t0) / 1000;
      importRows.push([
        summary.totals.rows,
        ((t1 - t0) / 1000).toFixed(1),
        ((t2 - t1) / 1000).toFixed(1),
        writeS.toFixed(1),
        total.toFixed(1),
        Math.round(summary.totals.rows / total),
      ]);
    }
    const after = await graphCounts(db.executor);
    process.stderr.write(`graph: ${after['organizations']} organisations, ${after['collaborates']} collaborations, ${after['alliances']} projects\n`);

    // The largest ecosystem and the country with the most organisations.
    const biggest = [...mapped.dataset.memberships.reduce((m, x) => m.set(x.clusterId, (m.get(x.clusterId) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1])[0];
    const clusterId = biggest?.[0] ?? '';
    const region = 'DE';
    const catalog = createCatalogServices(db.executor, config.api);

    const cases: [string, () => Promise<unknown>][] = [
      [`hub firms of region ${region} (composite)`, () => hubFirms(engine, { scope: { regionIds: [region] }, rankBy: 'COMPOSITE', limit: 20 })],
      [`cluster report of ${clusterId} (${biggest?.[1] ?? 0} members)`, () => clusterReport(engine, clusterId)],
      ['inter-cluster network (Cypher, catalog)', () => catalog.clusterNetwork({ filter: null, minWeight: 1, asOf: null })],
      ['inter-cluster link intensity (engine)', () => clusterNetwork(engine)],
      [
        'PageRank + sampled betweenness, all organisations',
        () => nodeMeasures(engine, { scope: { all: true }, betweenness: { mode: 'SAMPLED' }, measures: ['pagerank', 'betweenness'] }),
      ],
      ...(argv.includes('--all-measures')
        ? ([['every node measure (API default), all organisations', () => nodeMeasures(engine, { scope: { all: true } })]] as [string, () => Promise<unknown>][])
        : []),
    ];
    for (const [name, fn] of cases) {
      const cold = await timed(fn);
      const warm = await timed(fn);
      let note = '';
      type Est = { method?: string; samples?: number; errorBound?: number };
      const v = cold.value as { betweenness?: Est; closeness?: Est; measures?: string[]; organizations?: unknown[] };
      const est = (what: string, e: Est): string => `${what} ${e.method ?? '?'}, ${e.samples ?? '?'} pivots, ±${e.errorBound?.toFixed(3) ?? '?'}`;
      if (v.betweenness?.method !== undefined) note = est('betweenness', v.betweenness);
      if (v.closeness !== undefined && v.measures?.includes('closeness') === true) note += `; ${est('closeness/harmonic', v.closeness)}`;
      rows.push([name, cold.s.toFixed(2), warm.s.toFixed(3), note]);
      process.stderr.write(`${name}: ${cold.s.toFixed(2)} s cold, ${warm.s.toFixed(3)} s warm\n`);
    }
  } finally {
    await engine.close();
    await db.close();
  }
  const report = [
    '# CORDIS Horizon 2020 benchmark',
    '',
    machineLine(),
    '',
    'The whole CORDIS Horizon 2020 set (Source: CORDIS, European Commission), mapped as docs/cordis.md says,',
    'on the local Neo4j. Cold: computed (network loaded from Neo4j and measured); warm: the same request again,',
    'served from the cache keyed by graph version.',
    '',
    ...(importRows.length > 0
      ? [table(['rows', 'read + map s', 'validate s', 'write s', 'total s', 'rows/s'], importRows), '']
      : ['(already imported: import not timed in this run; pass --reimport)', '']),
    table(['request', 'cold s', 'warm s', 'note'], rows),
    '',
  ].join('\n');
  process.stdout.write(`${report}\n`);
  process.stderr.write(`saved ${await saveReport('cordis', report)}\n`);
}

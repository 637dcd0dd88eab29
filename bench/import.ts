/**
 * `npm run bench -- import [--quick]`: rows per second of our importer (parse + validate +
 * batched upserts over Bolt) against Neo4j's own LOAD CSV of the same files on the same server,
 * in the same run, each into an empty database. Datasets: the demo, and a generated bundle of
 * 100,000 organisations and 1,000,000 relationships (--quick: 10,000 and 100,000).
 */
import { cp, mkdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { openDatabase, type Database } from '../server/db/connect.ts';
import { applyMigrations } from '../server/db/migrations.ts';
import { CYPHER_DIR, stripComments } from '../server/db/queries.ts';
import { readDataset } from '../server/dataset/index.ts';
import { homeLayout } from '../server/neo4j-local/paths.ts';
import { graphCounts } from '../server/services/demo-loader.ts';
import { importDataset } from '../server/services/import-service.ts';
import { wipeGraph } from '../server/services/wipe.ts';
import { generateSynthetic } from '../scripts/synthetic/generate.ts';
import { benchConfig, benchHome } from './home.ts';
import { machineLine, saveReport, table } from './machine.ts';

const LOAD_CSV_FILES = ['regions', 'clusters', 'organizations', 'memberships', 'relationships', 'alliances', 'alliance_members'];

interface Measured {
  name: string;
  rows: number;
  parseS: number;
  writeS: number;
  loadCsvS: number;
  sameGraph: boolean;
}

async function ensureSynthetic(dir: string, organizations: number, relationships: number): Promise<string> {
  try {
    await stat(path.join(dir, 'relationships.csv'));
  } catch {
    process.stderr.write(`generating ${dir} (${organizations} organisations, ${relationships} relationships)\n`);
    await generateSynthetic(dir, { organizations, relationships, seed: 2026 });
  }
  return dir;
}

async function wipe(db: Database): Promise<void> {
  await wipeGraph(db.executor, 20_000);
}

function modelCount(c: Record<string, number>): number {
  return Object.entries(c)
    .filter(([k]) => k !== 'locatedIn')
    .reduce((n, [, v]) => n + v, 0);
}

async function loadCsv(db: Database, dataDir: string, name: string): Promise<number> {
  // LOAD CSV reads from the server's import directory: copy the bundle there.
  const slug = name.replace(/[^a-z0-9]+/gi, '-');
  const importDir = path.join(homeLayout(benchHome('import')).importDir, 'bench', slug);
  await rm(importDir, { recursive: true, force: true });
  await mkdir(importDir, { recursive: true });
  await cp(dataDir, importDir, { recursive: true });
  const session = db.executor.driver.session();
  const t = performance.now();
  try {
    for (const file of LOAD_CSV_FILES) {
      try {
        await stat(path.join(importDir, `${file}.csv`));
      } catch {
        continue;
      }
      const text = stripComments(await readFile(path.join(CYPHER_DIR, 'bench', `load-csv-${file}.cypher`), 'utf8'));
      // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
      await session.run(text, { base: `file:///bench/${slug}/` }, { timeout: 3_600_000 });
    }
  } finally {
    await session.close();
  }
  return (performance.now() - t) / 1000;
}

async function oursOnce(db: Database, dir: string, name: string): Promise<{ parseS: number; writeS: number; rows: number; counts: Record<string, number> }> {
  await wipe(db);
  const t0 = performance.now();
  const dataset = await readDataset(dir);
  const t1 = performance.now();
  const summary = await importDataset(db.executor, dataset, { source: dir, checksum: name, batchSize: 10_000 });
  const t2 = performance.now();
  return { parseS: (t1 - t0) / 1000, writeS: (t2 - t1) / 1000, rows: summary.totals.rows, counts: await graphCounts(db.executor) };
}

async function loadCsvOnce(db: Database, dir: string, name: string): Promise<{ s: number; counts: Record<string, number> }> {
  await wipe(db);
  const s = await loadCsv(db, dir, name);
  return { s, counts: await graphCounts(db.executor) };
}

/**
 * Each importer runs `repeats` times into an empty database, alternating which goes first so
 * that neither always pays for a cold JVM or cold query caches; the best run of each is reported.
 */
async function measure(db: Database, name: string, dir: string, repeats: number): Promise<Measured> {
  let best: Measured | undefined;
  let bestLoad = Infinity;
  let same = true;
  for (let r = 0; r < repeats; r++) {
    const order = r % 2 === 0 ? ['ours', 'load'] : ['load', 'ours'];
    let ours: Awaited<ReturnType<typeof oursOnce>> | undefined;
    let load: Awaited<ReturnType<typeof loadCsvOnce>> | undefined;
    for (const which of order) {
      if (which === 'ours') ours = await oursOnce(db, dir, name);
      else load = await loadCsvOnce(db, dir, name);
    }
    if (ours === undefined || load === undefined) throw new Error('unreachable');
    process.stderr.write(`${name} #${r + 1}: ours ${(ours.parseS + ours.writeS).toFixed(2)} s, LOAD CSV ${load.s.toFixed(2)} s\n`);
    same &&= JSON.stringify(ours.counts) === JSON.stringify(load.counts) && modelCount(ours.counts) > 0;
    if (best === undefined || ours.parseS + ours.writeS < best.parseS + best.writeS) {
      best = { name, rows: ours.rows, parseS: ours.parseS, writeS: ours.writeS, loadCsvS: 0, sameGraph: true };
    }
    bestLoad = Math.min(bestLoad, load.s);
  }
  await wipe(db);
  if (best === undefined) throw new Error('no runs');
  return { ...best, loadCsvS: bestLoad, sameGraph: same };
}

export async function run(argv: string[]): Promise<void> {
  const quick = argv.includes('--quick');
  const config = benchConfig('import');
  if (config.neo4j.kind !== 'local') {
    process.stderr.write('the import benchmark needs the local Neo4j (LOAD CSV reads its import folder); unset NEO4J_URI\n');
    process.exitCode = 2;
    return;
  }
  const db = await openDatabase(config, (l) => process.stderr.write(`${l}\n`), { retryMs: 60_000 });
  const results: Measured[] = [];
  try {
    await applyMigrations(db.executor);
    results.push(await measure(db, 'demo', config.demoPath, 3));
    const big = quick ? [10_000, 100_000] : [100_000, 1_000_000];
    const dir = await ensureSynthetic(path.join('bench', '.data', `synthetic-${big[0]}-${big[1]}`), big[0] ?? 0, big[1] ?? 0);
    results.push(await measure(db, `generated ${big[0]} orgs / ${big[1]} rels`, dir, 2));
  } finally {
    await db.close();
  }
  const rows = results.map((r) => {
    const ours = r.rows / (r.parseS + r.writeS);
    const theirs = r.rows / r.loadCsvS;
    return [
      r.name,
      r.rows,
      r.parseS.toFixed(2),
      r.writeS.toFixed(2),
      Math.round(ours),
      r.loadCsvS.toFixed(2),
      Math.round(theirs),
      `${(ours / theirs).toFixed(2)}×`,
      r.sameGraph ? 'yes' : 'NO',
    ];
  });
  const report = [
    '# Import benchmark',
    '',
    machineLine(),
    '',
    'Each importer writes into an empty database on the same local Neo4j, one after the other. "ours" is',
    '`npm run import` (parse + validate in Node, then batched UNWIND upserts of 10,000 rows over Bolt);',
    '"LOAD CSV" is Neo4j reading the same files from its import folder with `CALL { … } IN TRANSACTIONS OF',
    '5000 ROWS` (cypher/bench/). Each runs several times (demo 3, generated 2), alternating which goes',
    'first; the best run of each is shown. Ratio > 1 means ours is faster. "same graph" compares node',
    'and relationship counts of both results.',
    '',
    table(
      ['dataset', 'rows', 'ours: parse s', 'ours: write s', 'ours rows/s', 'LOAD CSV s', 'LOAD CSV rows/s', 'ratio', 'same graph'],
      rows,
    ),
    '',
  ].join('\n');
  process.stdout.write(`${report}\n`);
  const file = await saveReport(quick ? 'import-quick' : 'import', report);
  process.stderr.write(`saved ${file}\n`);
}

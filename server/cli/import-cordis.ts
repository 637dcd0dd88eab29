/**
 * `npm run import:cordis -- <folder> [--countries=IT,PT] [--min-cluster-size=N] [--dry-run]
 *  [--out=<bundle dir>] [--batch=N]`
 * Reads the CORDIS Horizon 2020 folder (data/cordis-h2020/), maps it to the model
 * (docs/cordis.md), validates it exactly as `npm run import` validates a bundle, then either
 * imports it (batched idempotent upserts), writes the bundle (`--out`, nothing imported) or only
 * reports (`--dry-run`). Source: CORDIS, European Commission.
 */
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { applyMigrations } from '../db/migrations.ts';
import { datasetCounts, readDataset, writeCsvBundle } from '../dataset/index.ts';
import { DatasetInvalidError, formatDatasetIssue } from '../errors.ts';
import type { Dataset } from '../model/types.ts';
import {
  CORDIS_ATTRIBUTION,
  DEFAULT_MIN_CLUSTER_SIZE,
  cordisChecksum,
  mapCordis,
  readCordisFolder,
  validateDataset,
  type CordisMapOptions,
  type CordisStats,
} from '../cordis/index.ts';
import { dryRunSummary, importDataset, type ImportSummary } from '../services/import-service.ts';
import { flagValue, parseArgs, runCli } from './args.ts';
import { formatImportSummary } from './import-summary.ts';
import { progressBar } from './progress.ts';

const USAGE =
  'usage: npm run import:cordis -- <cordis folder> [--countries=IT,PT] [--min-cluster-size=N] [--dry-run] [--out=<bundle dir>] [--batch=N]';
const FLAGS = new Set(['countries', 'min-cluster-size', 'dry-run', 'out', 'batch', 'help']);

await runCli(async () => {
  const args = parseArgs(process.argv.slice(2));
  const folder = args.positionals[0];
  if (folder === undefined || args.flags.has('help')) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = folder === undefined ? 2 : 0;
    return;
  }
  for (const name of args.flags.keys()) if (!FLAGS.has(name)) throw new Error(`unknown option --${name}\n${USAGE}`);
  // parseArgs only knows `--key value` for the generic flags; ours are written `--key=value`.
  if (args.positionals.length > 1) throw new Error(`unexpected argument '${args.positionals[1] ?? ''}' (write options as --name=value)\n${USAGE}`);
  const options = mapOptions(args);
  const config = loadConfig();
  const batchSize = positiveInt(flagValue(args, 'batch') ?? String(config.importBatchSize), '--batch');
  const out = flagValue(args, 'out');
  if (args.flags.get('out') === true) throw new Error('--out needs a folder: --out=<bundle dir>');

  const t0 = performance.now();
  const source = await readCordisFolder(folder);
  const t1 = performance.now();
  const { dataset: mapped, stats } = mapCordis(source, options);
  const t2 = performance.now();
  let dataset: Dataset;
  try {
    if (out === undefined) {
      dataset = validateDataset(mapped);
    } else {
      await writeCsvBundle(mapped, out);
      dataset = await readDataset(out);
    }
  } catch (err) {
    if (!(err instanceof DatasetInvalidError)) throw err;
    // A mapping bug, not a user error: the mapper must only produce valid bundles.
    process.stderr.write(`the mapped CORDIS data is not a valid bundle: ${err.issues.length} problem(s); nothing was written\n`);
    for (const issue of err.issues.slice(0, 50)) process.stderr.write(`  ${formatDatasetIssue(issue)}\n`);
    process.exitCode = 1;
    return;
  }
  const t3 = performance.now();
  const rows = rowCount(dataset);
  printStats(stats, dataset);
  const lines = [
    `read ${source.participations.length} participations, ${source.projectParts.length} programme-part rows, ${source.organizations.length} organisation rows in ${secs(t1 - t0)}`,
    `mapped in ${secs(t2 - t1)}; ${out === undefined ? 'validated' : `wrote ${out} and validated it`} in ${secs(t3 - t2)} (${rate(rows, t3 - t2)} rows/s)`,
  ];
  process.stderr.write(`${lines.join('\n')}\n`);

  if (out !== undefined || args.flags.has('dry-run')) {
    if (args.flags.has('dry-run')) printSummary(dryRunSummary(dataset), 0);
    if (out !== undefined) process.stdout.write(`bundle written to ${out}; import it with: npm run import -- ${out}\n`);
    process.stdout.write(`${CORDIS_ATTRIBUTION}\n`);
    return;
  }
  const checksum = await cordisChecksum(source.files, options);
  const db = await openDatabase(config, (line) => process.stderr.write(`${line}\n`), { retryMs: 60_000 });
  try {
    await applyMigrations(db.executor);
    const bar = progressBar();
    const t4 = performance.now();
    const summary = await importDataset(db.executor, dataset, {
      source: `cordis:${folder}${options.countries === undefined ? '' : `?countries=${options.countries.join(',')}`}`,
      checksum,
      batchSize,
      onProgress: (p) => bar.update(`${p.step} ${p.done}/${p.total}`, p.rowsDone, p.rowsTotal),
    });
    bar.finish();
    printSummary(summary, performance.now() - t4);
    process.stdout.write(`total ${secs(performance.now() - t0)} (read ${secs(t1 - t0)}, map ${secs(t2 - t1)}, validate ${secs(t3 - t2)}, write ${secs(performance.now() - t4)})\n`);
    process.stdout.write(`${CORDIS_ATTRIBUTION}\n`);
  } finally {
    await db.close();
  }
});

function mapOptions(args: ReturnType<typeof parseArgs>): CordisMapOptions {
  const options: CordisMapOptions = {};
  const countries = flagValue(args, 'countries');
  if (args.flags.get('countries') === true) throw new Error('--countries needs a list: --countries=IT,PT');
  if (countries !== undefined) options.countries = countries.split(',').filter((c) => c.trim() !== '');
  const min = flagValue(args, 'min-cluster-size');
  if (args.flags.get('min-cluster-size') === true) throw new Error('--min-cluster-size needs a number: --min-cluster-size=20');
  options.minClusterSize = min === undefined ? DEFAULT_MIN_CLUSTER_SIZE : positiveInt(min, '--min-cluster-size');
  return options;
}

function positiveInt(value: string, what: string): number {
  const n = Number(value);
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new Error(`${what} must be a positive integer, got '${value}'`);
  return n;
}

function rowCount(d: Dataset): number {
  return Object.values(datasetCounts(d)).reduce((n, c: number) => n + c, 0);
}

function secs(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function rate(rows: number, ms: number): number {
  return Math.round(rows / Math.max(ms / 1000, 1e-3));
}

function printStats(s: CordisStats, d: Dataset): void {
  const lines = [
    `CORDIS H2020: ${s.participations} participations, ${s.projects} projects (${s.projectsWithoutPart} without a programme part), ${s.organizations} organisations (${s.organizationsNamed} named, ${s.organizationsInCity} in a known city)`,
    `  ${s.pairs} collaboration pairs from ${s.pairIncidences} pair incidences; ${s.countries} countries, ${s.cities} cities`,
    `  ${s.clusters} clusters (${s.ecosystemsBelowMinimum} ecosystems below the minimum size), ${s.memberships} memberships; ${s.partnerRows} participations with role partner`,
    `  bundle: ${Object.entries(datasetCounts(d))
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function printSummary(s: ImportSummary, ms: number): void {
  process.stdout.write(formatImportSummary(s, ms));
}

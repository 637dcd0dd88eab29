/**
 * `npm run import -- <folder|file.json> [--dry-run] [--batch N]`
 * Validates the whole bundle first (any error: nothing is written, exit 1, each problem listed
 * with file, line and column), then upserts it in batched transactions with a progress bar.
 * --replace deletes the whole graph first (after validation), so the database holds exactly the
 * bundle.
 */
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { applyMigrations } from '../db/migrations.ts';
import { readDataset } from '../dataset/index.ts';
import { DatasetInvalidError, formatDatasetIssue } from '../errors.ts';
import { checksumOfPath } from '../services/dataset-checksum.ts';
import { wipeGraph } from '../services/wipe.ts';
import { dryRunSummary, importDataset, type ImportSummary } from '../services/import-service.ts';
import { flagValue, parseArgs, runCli } from './args.ts';
import { formatImportSummary } from './import-summary.ts';
import { progressBar } from './progress.ts';

const USAGE = 'usage: npm run import -- <bundle folder | bundle.json> [--dry-run] [--replace] [--batch N]';

await runCli(async () => {
  const args = parseArgs(process.argv.slice(2));
  const target = args.positionals[0];
  if (target === undefined || args.flags.has('help')) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = target === undefined ? 2 : 0;
    return;
  }
  const config = loadConfig();
  const batch = flagValue(args, 'batch');
  const batchSize = batch === undefined ? config.importBatchSize : Number(batch);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`--batch must be a positive integer, got '${batch}'`);
  const dryRun = args.flags.has('dry-run');

  const t0 = performance.now();
  let dataset;
  try {
    dataset = await readDataset(target);
  } catch (err) {
    if (err instanceof DatasetInvalidError) {
      process.stderr.write(`${target}: ${err.issues.length} problem(s); nothing was written\n`);
      for (const issue of err.issues.slice(0, 200)) process.stderr.write(`  ${formatDatasetIssue(issue)}\n`);
      if (err.issues.length > 200) process.stderr.write(`  … and ${err.issues.length - 200} more\n`);
      process.exitCode = 1;
      return;
    }
    throw err;
  }
  const validatedMs = performance.now() - t0;
  process.stderr.write(`validated ${target} in ${(validatedMs / 1000).toFixed(2)} s\n`);

  if (dryRun) {
    printSummary(dryRunSummary(dataset), validatedMs);
    return;
  }
  const checksum = await checksumOfPath(target);
  const db = await openDatabase(config, (line) => process.stderr.write(`${line}\n`), { retryMs: 60_000 });
  try {
    await applyMigrations(db.executor);
    if (args.flags.has('replace')) {
      const deleted = await wipeGraph(db.executor);
      process.stderr.write(`--replace: deleted ${deleted} nodes and their relationships\n`);
    }
    const bar = progressBar();
    const t1 = performance.now();
    const summary = await importDataset(db.executor, dataset, {
      source: target,
      checksum,
      batchSize,
      onProgress: (p) => bar.update(`${p.step} ${p.done}/${p.total}`, p.rowsDone, p.rowsTotal),
    });
    bar.finish();
    printSummary(summary, performance.now() - t1);
  } finally {
    await db.close();
  }
});

function printSummary(s: ImportSummary, ms: number): void {
  process.stdout.write(formatImportSummary(s, ms));
}

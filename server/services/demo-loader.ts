/** Loads the shipped demo bundle into an empty database, so that `npm start` shows something real. */
import type { Executor } from '../db/executor.ts';
import { readDataset } from '../dataset/index.ts';
import { checksumOfPath } from './dataset-checksum.ts';
import { importDataset, type ImportSummary } from './import-service.ts';

export async function graphCounts(executor: Executor): Promise<Record<string, number>> {
  const row = (await executor.read('counts'))[0] ?? {};
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(row)) out[k] = Number(v);
  return out;
}

/** Imports `demoPath` when the graph holds no organisation; returns undefined when it did nothing. */
export async function loadDemoIfEmpty(executor: Executor, demoPath: string, batchSize: number): Promise<ImportSummary | undefined> {
  const counts = await graphCounts(executor);
  if ((counts['organizations'] ?? 0) > 0) return undefined;
  const dataset = await readDataset(demoPath);
  return importDataset(executor, dataset, { source: demoPath, checksum: await checksumOfPath(demoPath), batchSize });
}

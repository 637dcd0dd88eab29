/** Loads the shipped demo bundle into an empty database, so that `npm start` shows something real. */
import type { Executor } from '../db/executor.ts';
import { readDataset } from '../dataset/index.ts';
import { checksumOfPath } from './dataset-checksum.ts';
import { graphCounts } from './graph-counts.ts';
import { importDataset, type ImportSummary } from './import-service.ts';

export { graphCounts };


/** Imports `demoPath` when the graph holds no organisation; returns undefined when it did nothing. */
export async function loadDemoIfEmpty(executor: Executor, demoPath: string, batchSize: number): Promise<ImportSummary | undefined> {
  const counts = await graphCounts(executor);
  if ((counts['organizations'] ?? 0) > 0) return undefined;
  const dataset = await readDataset(demoPath);
  return importDataset(executor, dataset, { source: demoPath, checksum: await checksumOfPath(demoPath), batchSize });
}

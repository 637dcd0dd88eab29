/**
 * Validates a mapped Dataset exactly as `npm run import` would validate the bundle: each file is
 * rendered as the CSV the writer produces and read back through parseDataset (in memory, no
 * files). What comes back is the dataset to import, so a direct import and `--out` followed by
 * `npm run import` write the same graph (x_ columns, for instance, come back as text).
 */
import { FILE_SPECS, parseDataset, toCsv } from '../dataset/index.ts';
import type { Dataset } from '../model/types.ts';

export function validateDataset(dataset: Dataset): Dataset {
  const encoder = new TextEncoder();
  const files = new Map<string, Uint8Array>();
  for (const spec of FILE_SPECS) files.set(spec.csvName, encoder.encode(toCsv(dataset, spec)));
  return parseDataset(files);
}

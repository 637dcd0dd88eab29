/**
 * Writing a bundle as CSV files, in exactly the format readDataset reads: every file is written
 * (header only when empty), columns in the spec's order, then x_ extras; empty cells for absent
 * values; COLLABORATES_WITH in its normalised orientation (sourceId < targetId), as held.
 */
import { join } from 'node:path';
import type { Dataset } from '../model/types.ts';
import { chunked, writeFilesAtomically } from './atomic.ts';
import { FILE_SPECS, type FileSpec } from './columns.ts';
import { extraColumns, rowsOf, type Record_ } from './write-columns.ts';

const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = typeof v === 'string' ? v : String(v);
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The lines of one file (header first), each ending in `\n`. */
export function* csvLines(dataset: Dataset, spec: FileSpec): Generator<string> {
  const rows = rowsOf(dataset, spec);
  const cols = spec.columns.map((c) => c.name);
  const extras = extraColumns(rows);
  yield [...cols, ...extras].map(csvCell).join(',') + '\n';
  for (const r of rows) {
    let line = '';
    for (let i = 0; i < cols.length; i++) {
      if (i > 0) line += ',';
      line += csvCell(r[cols[i] as string]);
    }
    const x = r['extras'] as Record_ | undefined;
    for (const name of extras) line += ',' + csvCell(x?.[name]);
    yield line + '\n';
  }
}

/** The CSV text of one file; for tests and small exports. */
export function toCsv(dataset: Dataset, spec: FileSpec): string {
  return [...csvLines(dataset, spec)].join('');
}

/** Writes the seven CSV files into `dir` (created if needed), all or none. */
export async function writeCsvBundle(dataset: Dataset, dir: string): Promise<void> {
  await writeFilesAtomically(FILE_SPECS.map((spec) => ({ path: join(dir, spec.csvName), chunks: chunked(csvLines(dataset, spec)) })));
}

/** Column order for writing: the spec's columns in table order, then the x_ extras in first-seen order. */
import type { Dataset } from '../model/types.ts';
import type { FileSpec } from './columns.ts';

export type Record_ = Readonly<Record<string, unknown>>;

export function rowsOf(dataset: Dataset, spec: FileSpec): readonly Record_[] {
  return dataset[spec.key] as unknown as readonly Record_[];
}

export function extraColumns(rows: readonly Record_[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) {
    const x = r['extras'];
    if (x === undefined || x === null || typeof x !== 'object') continue;
    for (const k of Object.keys(x)) seen.add(k);
  }
  return [...seen];
}

/**
 * Writing a bundle as one JSON file in exactly the format parseJsonDataset reads: every array is
 * present, one record per line (diff-friendly, and issues point at a short line), keys in
 * the spec's column order then x_ extras, absent values left out.
 */
import type { Dataset } from '../model/types.ts';
import { chunked, writeFilesAtomically } from './atomic.ts';
import { FILE_SPECS } from './columns.ts';
import { rowsOf, type Record_ } from './write-columns.ts';

export function* jsonPieces(dataset: Dataset): Generator<string> {
  yield '{\n';
  for (let f = 0; f < FILE_SPECS.length; f++) {
    const spec = FILE_SPECS[f] as (typeof FILE_SPECS)[number];
    const rows = rowsOf(dataset, spec);
    yield `  ${JSON.stringify(spec.file)}: [`;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as Record_;
      const out: Record<string, unknown> = {};
      for (const c of spec.columns) {
        const v = r[c.name];
        if (v !== undefined && v !== null) out[c.name] = v;
      }
      const x = r['extras'] as Record_ | undefined;
      if (x !== undefined) for (const k of Object.keys(x)) if (x[k] !== undefined) out[k] = x[k];
      yield (i === 0 ? '\n    ' : ',\n    ') + JSON.stringify(out);
    }
    yield rows.length === 0 ? ']' : '\n  ]';
    yield f < FILE_SPECS.length - 1 ? ',\n' : '\n';
  }
  yield '}\n';
}

export function toJsonBundle(dataset: Dataset): string {
  return [...jsonPieces(dataset)].join('');
}

/** Writes the bundle to `file` atomically. */
export async function writeJsonBundle(dataset: Dataset, file: string): Promise<void> {
  await writeFilesAtomically([{ path: file, chunks: chunked(jsonPieces(dataset)) }]);
}

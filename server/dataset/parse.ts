/**
 * A CSV bundle given as file contents (no filesystem), e.g. from an upload or from readDataset.
 */
import type { Dataset } from '../model/types.ts';
import { assembleDataset, throwIfIssues } from './assemble.ts';
import { FILE_SPECS } from './columns.ts';
import { readCsvTable } from './csv-read.ts';
import { IssueCollector, IssueLimitReached } from './issues.ts';
import { RefIndex } from './references.ts';
import { isExtraColumn, TableBuilder } from './validate.ts';

const BUNDLE_FILES = FILE_SPECS.map((s) => s.csvName);

/**
 * Parses and validates a CSV bundle: `files` maps file names (`organizations.csv`, …) to their
 * bytes. Throws DatasetInvalidError listing every problem (up to MAX_ISSUES).
 */
export function parseDataset(files: ReadonlyMap<string, Uint8Array>): Dataset {
  const issues = new IssueCollector();
  const refs = new RefIndex();
  const tables: TableBuilder[] = [];
  const unknownFiles: string[] = [];
  try {
    for (const name of files.keys()) {
      if (BUNDLE_FILES.includes(name) || !name.toLowerCase().endsWith('.csv') || isExtraColumn(name)) continue;
      // Catches typos such as relationship.csv, which would otherwise be silently ignored. There is
      // no UNKNOWN_FILE reason; UNKNOWN_COLUMN (without a column) is the nearest.
      unknownFiles.push(name);
      issues.add(name, 1, undefined, 'UNKNOWN_COLUMN', `unknown file ${name} (a bundle holds ${BUNDLE_FILES.join(', ')}; extra files must start with x_)`);
    }
    for (const spec of FILE_SPECS) {
      const bytes = files.get(spec.csvName);
      if (bytes === undefined) {
        if (spec.required) issues.add(spec.csvName, 1, undefined, 'MISSING_FILE', `${spec.csvName} is required`);
        const empty = new TableBuilder(spec, spec.csvName, issues, refs);
        if (spec.required) empty.markIncomplete();
        tables.push(empty);
        continue;
      }
      tables.push(readCsvTable(spec, bytes, issues, refs));
    }
  } catch (e) {
    if (!(e instanceof IssueLimitReached)) throw e;
  }
  throwIfIssues(issues.issues, [...BUNDLE_FILES, ...unknownFiles]);
  return assembleDataset(tables);
}

/**
 * Validates one record as the importer would (same column specs, value rules and cross-field
 * rules, through the same TableBuilder), for the API's mutations. References are not checked
 * here: they point into the database, and the edit service checks them in its transaction.
 */
import { DatasetInvalidError } from '../errors.ts';
import type { DatasetFile, Extras } from '../model/types.ts';
import { fileSpec } from './columns.ts';
import { IssueCollector } from './issues.ts';
import { RefIndex } from './references.ts';
import { TableBuilder, isExtraColumn, type Row } from './validate.ts';

/** The issue file name of API input: the mutation's input object of that file's records. */
export function inputName(file: DatasetFile): string {
  return `input:${file}`;
}

export function validateRecord(file: DatasetFile, input: Readonly<Record<string, unknown>>): Row {
  const spec = fileSpec(file);
  const issues = new IssueCollector();
  const refs = new RefIndex();
  for (const key of Object.keys(refs.complete) as (keyof RefIndex['complete'])[]) refs.complete[key] = false;
  const table = new TableBuilder(spec, inputName(file), issues, refs);
  const known = new Set(spec.columns.map((c) => c.name));
  let extras: Extras | undefined;
  for (const key of Object.keys(input)) {
    if (known.has(key) || key === 'extras') continue;
    issues.add(inputName(file), 1, key, 'UNKNOWN_COLUMN', `unknown field ${key}`);
  }
  const given = input['extras'];
  if (given !== undefined && given !== null) {
    extras = {};
    for (const [k, v] of Object.entries(given as Record<string, unknown>)) {
      const name = k.startsWith('x_') ? k : `x_${k}`;
      if (!isExtraColumn(name) || !(typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) {
        issues.add(inputName(file), 1, k, 'BAD_ENUM', `extra ${k} must be a string, number or boolean`);
        continue;
      }
      extras[name] = v;
    }
  }
  table.add(
    spec.columns.map((c) => input[c.name]),
    extras,
    1,
  );
  if (issues.count > 0) throw new DatasetInvalidError(issues.issues);
  const row = table.rows[0];
  if (row === undefined) throw new DatasetInvalidError([{ file: inputName(file), line: 1, reason: 'REQUIRED', message: 'empty record' }]);
  return row;
}

/**
 * One CSV file of a bundle → rows in a TableBuilder. The header maps columns by name (order is
 * free); unknown columns are errors unless they start with `x_` (kept as string extras).
 */
import type { Extras } from '../model/types.ts';
import type { FileSpec } from './columns.ts';
import { scanCsv } from './csv-scan.ts';
import type { IssueCollector } from './issues.ts';
import type { RefIndex } from './references.ts';
import { decodeUtf8 } from './utf8.ts';
import { isExtraColumn, TableBuilder } from './validate.ts';

export function readCsvTable(spec: FileSpec, bytes: Uint8Array, issues: IssueCollector, refs: RefIndex): TableBuilder {
  const file = spec.csvName;
  const table = new TableBuilder(spec, file, issues, refs);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    issues.add(
      file,
      decoded.line,
      undefined,
      'BAD_ENCODING',
      `not valid UTF-8: byte 0x${decoded.byte.toString(16).padStart(2, '0')} at offset ${decoded.offset} (save the file as UTF-8)`,
    );
    table.markIncomplete();
    return table;
  }

  /** For each spec column, its index in the record, or -1 when the file has no such column. */
  let index: number[] = [];
  let extraCols: { name: string; at: number }[] = [];
  let width = 0;
  let sawHeader = false;
  const nCols = spec.columns.length;
  // Reused for every record: table.add() reads it and keeps nothing (one allocation less per row).
  const values: (string | undefined)[] = new Array<string | undefined>(nCols);

  const onRecord = (fields: string[], line: number): void => {
    if (!sawHeader) {
      sawHeader = true;
      ({ index, extraCols } = readHeader(spec, fields, line, table, issues));
      width = fields.length;
      return;
    }
    if (fields.length !== width) {
      // csv-parse's "Invalid Record Length"; a lone blank-ish line (one empty field) is only a blank line.
      if (fields.length === 1 && (fields[0] as string).trim() === '') return;
      issues.add(file, line, undefined, 'MALFORMED_CSV', `record has ${fields.length} fields, the header has ${width}`);
      table.markIncomplete();
      return;
    }
    let empty = true;
    for (let c = 0; c < nCols; c++) {
      const at = index[c] as number;
      const v = at < 0 ? undefined : fields[at];
      values[c] = v;
      if (empty && v !== undefined && v !== '' && v.trim() !== '') empty = false;
    }
    let extras: Extras | undefined;
    for (const x of extraCols) {
      const v = (fields[x.at] as string).trim();
      if (v === '') continue;
      (extras ??= {})[x.name] = v;
      empty = false;
    }
    // Spreadsheets export rows of bare commas below the data; a record with no value is no record.
    // (Cells of unknown columns do not count: those columns are reported already.)
    if (empty) return;
    table.add(values, extras, line);
  };

  const error = scanCsv(decoded.text, onRecord);
  if (!sawHeader) readHeader(spec, [], 1, table, issues); // empty file: report its missing columns
  if (error !== undefined) {
    issues.add(file, error.line, undefined, 'MALFORMED_CSV', error.message);
    table.markIncomplete();
  }
  table.finish();
  return table;
}

function readHeader(
  spec: FileSpec,
  names: readonly string[],
  line: number,
  table: TableBuilder,
  issues: IssueCollector,
): { index: number[]; extraCols: { name: string; at: number }[] } {
  const file = spec.csvName;
  const position = new Map<string, number>();
  const extraCols: { name: string; at: number }[] = [];
  const known = new Set(spec.columns.map((c) => c.name));
  names.forEach((rawName, at) => {
    const name = rawName.trim();
    if (position.has(name)) {
      issues.add(file, line, name, 'MALFORMED_CSV', `column ${name} appears twice in the header`);
      return;
    }
    position.set(name, at);
    if (known.has(name)) return;
    if (isExtraColumn(name)) extraCols.push({ name, at });
    else issues.add(file, line, name, 'UNKNOWN_COLUMN', `unknown column ${JSON.stringify(name)} (extra columns must start with x_)`);
  });
  const index = spec.columns.map((c) => {
    const at = position.get(c.name);
    if (at === undefined && c.required === true) table.markMissingColumn(c.name, line);
    return at ?? -1;
  });
  return { index, extraCols };
}

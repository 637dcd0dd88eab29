/**
 * A JSON bundle: `{ "regions": [...], "organizations": [...], ... }`, keys = the CSV file names
 * without `.csv`, records keyed by column name. Values may be strings, numbers, booleans or null.
 * Issues name the JSON file and, as line, the record's 1-based index in its array + 1 (as a CSV
 * data row would have); the message adds `organizations[i]` and the line in the text.
 */
import type { DatasetIssue } from '../errors.ts';
import type { Dataset, Extras } from '../model/types.ts';
import { FILE_SPECS } from './columns.ts';
import { IssueCollector, IssueLimitReached } from './issues.ts';
import { jsonElementLines, lineOfOffset } from './json-lines.ts';
import { assembleDataset, throwIfIssues } from './assemble.ts';
import { RefIndex } from './references.ts';
import { decodeUtf8 } from './utf8.ts';
import { isExtraColumn, TableBuilder } from './validate.ts';

export const DEFAULT_JSON_FILE_NAME = 'bundle.json';

/** Parses and validates a JSON bundle; throws DatasetInvalidError listing every problem. */
export function parseJsonDataset(input: string | Uint8Array, fileName: string = DEFAULT_JSON_FILE_NAME): Dataset {
  const issues = new IssueCollector();
  const refs = new RefIndex();
  const tables: TableBuilder[] = [];
  const ranges: { array: string; start: number; end: number }[] = [];
  let text: string | undefined;
  try {
    text = decode(input, fileName, issues);
    const top = text === undefined ? undefined : parseTop(text, fileName, issues);
    if (top !== undefined) {
      for (const spec of FILE_SPECS) {
        const table = new TableBuilder(spec, fileName, issues, refs);
        tables.push(table);
        const start = issues.count;
        try {
          readArray(table, top[spec.file], fileName, issues);
          table.finish();
        } finally {
          ranges.push({ array: spec.file, start, end: issues.count });
        }
      }
    }
  } catch (e) {
    if (!(e instanceof IssueLimitReached)) throw e;
  }
  if (issues.count > 0 && text !== undefined) annotate(issues.issues, ranges, text);
  throwIfIssues(issues.issues);
  return assembleDataset(tables);
}

function decode(input: string | Uint8Array, fileName: string, issues: IssueCollector): string | undefined {
  if (typeof input === 'string') return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const d = decodeUtf8(input);
  if (d.ok) return d.text;
  issues.add(fileName, d.line, undefined, 'BAD_ENCODING', `not valid UTF-8: byte 0x${d.byte.toString(16).padStart(2, '0')} at offset ${d.offset}`);
  return undefined;
}

function parseTop(text: string, fileName: string, issues: IssueCollector): Record<string, unknown> | undefined {
  let top: unknown;
  try {
    top = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // V8 says "... at position N" (Node 20) or "(line L column C)" (newer); use what is there.
    const pos = /position (\d+)/.exec(message);
    const ln = /line (\d+)/.exec(message);
    const line = ln?.[1] !== undefined ? Number(ln[1]) : pos?.[1] !== undefined ? lineOfOffset(text, Number(pos[1])) : 1;
    issues.add(fileName, line, undefined, 'MALFORMED_JSON', `not valid JSON: ${message}`);
    return undefined;
  }
  if (top === null || typeof top !== 'object' || Array.isArray(top)) {
    issues.add(fileName, 1, undefined, 'MALFORMED_JSON', 'a JSON bundle is an object of arrays: { "organizations": [...], ... }');
    return undefined;
  }
  const obj = top as Record<string, unknown>;
  const known = new Set<string>(FILE_SPECS.map((s) => s.file));
  for (const key of Object.keys(obj)) {
    if (known.has(key) || isExtraColumn(key)) continue;
    // No UNKNOWN_FILE reason exists; an unknown array is the JSON twin of an unknown file.
    issues.add(fileName, 1, key, 'UNKNOWN_COLUMN', `unknown array ${JSON.stringify(key)} (expected ${[...known].join(', ')})`);
  }
  if (obj['organizations'] === undefined) {
    issues.add(fileName, 1, undefined, 'MISSING_FILE', 'the organizations array is required');
  }
  return obj;
}

function readArray(table: TableBuilder, value: unknown, fileName: string, issues: IssueCollector): void {
  const spec = table.spec;
  if (value === undefined || value === null) {
    if (spec.required) table.markIncomplete(); // reported as MISSING_FILE; no echoes in references
    return;
  }
  if (!Array.isArray(value)) {
    issues.add(fileName, 1, spec.file, 'MALFORMED_JSON', `${spec.file} must be an array of records`);
    table.markIncomplete();
    return;
  }
  const cols = spec.columns;
  const known = new Set(cols.map((c) => c.name));
  const reportedUnknown = new Set<string>();
  const values: unknown[] = new Array<unknown>(cols.length);
  for (let i = 0; i < value.length; i++) {
    const rec: unknown = value[i];
    const line = i + 2;
    if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
      issues.add(fileName, line, undefined, 'MALFORMED_JSON', 'a record must be an object');
      table.markIncomplete();
      continue;
    }
    const r = rec as Record<string, unknown>;
    for (let c = 0; c < cols.length; c++) values[c] = r[(cols[c] as { name: string }).name];
    let extras: Extras | undefined;
    for (const key in r) {
      if (known.has(key)) continue;
      if (isExtraColumn(key)) {
        const v = r[key];
        if (v === null || v === undefined) continue;
        if (typeof v === 'string') {
          const s = v.trim();
          if (s !== '') (extras ??= {})[key] = s;
        } else if (typeof v === 'number' || typeof v === 'boolean') {
          (extras ??= {})[key] = v;
        } else {
          issues.add(fileName, line, key, 'MALFORMED_JSON', `${key} must be a string, number, boolean or null`);
        }
      } else if (!reportedUnknown.has(key)) {
        // Once per array, like a CSV header: the same typo in every record is one problem.
        reportedUnknown.add(key);
        issues.add(fileName, line, key, 'UNKNOWN_COLUMN', `unknown column ${JSON.stringify(key)} (extra columns must start with x_)`);
      }
    }
    table.add(values, extras, line);
  }
}

function annotate(issues: DatasetIssue[], ranges: readonly { array: string; start: number; end: number }[], text: string): void {
  const lines = jsonElementLines(text);
  for (const r of ranges) {
    const elementLines = lines.get(r.array);
    for (let k = r.start; k < r.end; k++) {
      const issue = issues[k];
      if (issue === undefined || issue.line < 2) continue;
      const index = issue.line - 2;
      const real = elementLines?.[index];
      const where = real === undefined ? `${r.array}[${index}]` : `${r.array}[${index}] (line ${real} of the file)`;
      issues[k] = { ...issue, message: `${where}: ${issue.message}` };
    }
  }
}

/**
 * Converting one cell (a trimmed CSV string, or a JSON scalar) to its typed value, reporting what is
 * wrong with it. Decisions where the spec is silent:
 * - numbers are plain decimals (`-12`, `0.5`, `1e6`); no thousands separators, no decimal comma,
 *   no `Infinity`/`NaN`/hex. A JSON number is taken as is.
 * - years must be integers in 1800..2100 (a fractional or far year is OUT_OF_RANGE, not BAD_NUMBER).
 * - booleans are `true`/`false`, case-insensitive (no 1/0, yes/no): unambiguous in every locale.
 * - enums are accepted case-insensitively and stored in their canonical upper case.
 * - country codes are two ASCII letters, stored upper-case (the ISO list itself is not checked).
 * - a JSON number or boolean in a text column becomes its string form (ids are often numbers).
 */
import { YEAR_MAX, YEAR_MIN, type ColumnSpec } from './columns.ts';
import type { IssueCollector } from './issues.ts';

export type CellValue = string | number | boolean;
export const INVALID: unique symbol = Symbol('invalid');

/** A strict decimal number, or NaN. Hand-rolled because Number() accepts '', ' ', '0x1F', 'Infinity'. */
export function parseDecimal(s: string): number {
  const n = s.length;
  let i = 0;
  let c = s.charCodeAt(0);
  if (c === 43 || c === 45) c = s.charCodeAt(++i); // + -
  let digits = 0;
  while (c >= 48 && c <= 57) {
    digits++;
    c = s.charCodeAt(++i);
  }
  if (c === 46) {
    c = s.charCodeAt(++i);
    while (c >= 48 && c <= 57) {
      digits++;
      c = s.charCodeAt(++i);
    }
  }
  if (digits === 0) return NaN;
  if (c === 101 || c === 69) {
    c = s.charCodeAt(++i);
    if (c === 43 || c === 45) c = s.charCodeAt(++i);
    let exp = 0;
    while (c >= 48 && c <= 57) {
      exp++;
      c = s.charCodeAt(++i);
    }
    if (exp === 0) return NaN;
  }
  if (i !== n) return NaN;
  const v = Number(s);
  // -0 would not survive a write/read round trip as -0 (and compares unequal in tests).
  return v === 0 ? 0 : v;
}

const COUNTRY = /^[A-Za-z]{2}$/;

/**
 * Converts a non-empty cell. Returns the value, or INVALID after recording the issue.
 * `raw` is a trimmed non-empty string (CSV, JSON strings) or a JSON number/boolean.
 */
export function convertCell(
  col: ColumnSpec,
  raw: string | number | boolean,
  issues: IssueCollector,
  file: string,
  line: number,
): CellValue | typeof INVALID {
  const t = col.type;
  switch (t.kind) {
    case 'text':
      return typeof raw === 'string' ? raw : String(raw);
    case 'enum': {
      const s = typeof raw === 'string' ? raw : String(raw);
      if (t.values.includes(s)) return s;
      const upper = s.toUpperCase();
      if (t.values.includes(upper)) return upper;
      issues.add(file, line, col.name, 'BAD_ENUM', `${col.name} ${JSON.stringify(s)} is not one of ${t.values.join(', ')}`);
      return INVALID;
    }
    case 'country': {
      const s = typeof raw === 'string' ? raw : String(raw);
      if (COUNTRY.test(s)) return s.toUpperCase();
      issues.add(file, line, col.name, 'BAD_ENUM', `country ${JSON.stringify(s)} is not an ISO 3166-1 alpha-2 code (two letters)`);
      return INVALID;
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return raw;
      const s = typeof raw === 'string' ? raw.toLowerCase() : '';
      if (s === 'true') return true;
      if (s === 'false') return false;
      issues.add(file, line, col.name, 'BAD_BOOLEAN', `${col.name} ${JSON.stringify(raw)} is not true or false`);
      return INVALID;
    }
    case 'year':
    case 'number': {
      const v = typeof raw === 'number' ? raw : typeof raw === 'string' ? parseDecimal(raw) : NaN;
      if (Number.isNaN(v) || !Number.isFinite(v)) {
        issues.add(file, line, col.name, 'BAD_NUMBER', `${col.name} ${JSON.stringify(raw)} is not a number`);
        return INVALID;
      }
      if (t.kind === 'year') {
        if (!Number.isInteger(v) || v < YEAR_MIN || v > YEAR_MAX) {
          issues.add(file, line, col.name, 'OUT_OF_RANGE', `${col.name} ${v} is not a whole year in ${YEAR_MIN}..${YEAR_MAX}`);
          return INVALID;
        }
        return v;
      }
      if (t.min !== undefined && (t.exclusiveMin === true ? v <= t.min : v < t.min)) {
        issues.add(file, line, col.name, 'OUT_OF_RANGE', `${col.name} ${v} must be ${t.exclusiveMin === true ? '>' : '≥'} ${t.min}`);
        return INVALID;
      }
      if (t.max !== undefined && v > t.max) {
        issues.add(file, line, col.name, 'OUT_OF_RANGE', `${col.name} ${v} must be ≤ ${t.max}`);
        return INVALID;
      }
      return v;
    }
  }
}

/**
 * Pure conversion of CSV records (header + fields, as the reader delivers them) into the typed
 * source records, with errors naming file, line and column. Kept apart from read.ts so the rules
 * are tested without files.
 */
import { CordisInputError } from './errors.ts';
import {
  ACTIVITY_TYPES,
  PARTICIPATION_ROLES,
  type ActivityType,
  type OrganizationInfo,
  type Participation,
  type ParticipationRole,
  type ProjectPart,
} from './source.ts';

/** Column positions of a file's header; a missing required column is an error on line 1. */
export class Header {
  private readonly index = new Map<string, number>();
  constructor(
    readonly file: string,
    names: readonly string[],
    required: readonly string[],
  ) {
    names.forEach((n, i) => this.index.set(n.trim(), i));
    const missing = required.filter((c) => !this.index.has(c));
    if (missing.length > 0) {
      throw new CordisInputError({ file, line: 1 }, `missing column(s) ${missing.join(', ')} (header: ${names.join(', ')})`);
    }
  }

  /** The trimmed cell, or undefined when empty or absent; R's "NA" counts as empty where `na`. */
  cell(fields: readonly string[], column: string, na = false): string | undefined {
    const i = this.index.get(column);
    const v = i === undefined ? undefined : fields[i]?.trim();
    if (v === undefined || v === '' || (na && v === 'NA')) return undefined;
    return v;
  }

  required(fields: readonly string[], column: string, line: number): string {
    const v = this.cell(fields, column);
    if (v === undefined) throw new CordisInputError({ file: this.file, line, column }, `${column} is empty`);
    return v;
  }
}

/**
 * The 2017 organisations file writes some names with unescaped inner quotes, e.g.
 * `"ASSOCIATION "NATIONAL CENTRE FOR SUPERCOMPUTING APPLICATIONS""`. Strict RFC 4180 parsing
 * rejects the line; csv-parse's relax_quotes keeps such a field whole but with its outer quotes.
 * This removes them and undoes `""` escapes, giving `ASSOCIATION "NATIONAL CENTRE … APPLICATIONS"`.
 * A properly quoted field never reaches here with quotes at both ends, so it is unchanged.
 */
export function unwrapLooseQuotes(field: string): string {
  if (field.length < 2 || !field.startsWith('"') || !field.endsWith('"')) return field;
  return field.slice(1, -1).replaceAll('""', '"');
}

export const PARTICIPATION_COLUMNS = ['rcn', 'role', 'pic', 'type', 'contribution', 'country', 'start_year', 'end_year'] as const;
export const PROGRAMME_PART_COLUMNS = ['rcn', 'programme_part'] as const;
export const ORGANIZATION_COLUMNS = ['orgId', 'name', 'shortName', 'city', 'country', 'activityType'] as const;

const DIGITS = /^[0-9]+$/;
const COUNTRY = /^[A-Z]{2}$/;
const NUMBER = /^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;

function oneOf<T extends string>(h: Header, fields: readonly string[], column: string, line: number, values: readonly T[]): T {
  const v = h.required(fields, column, line);
  if (!(values as readonly string[]).includes(v)) {
    throw new CordisInputError({ file: h.file, line, column }, `${JSON.stringify(v)} is not one of ${values.join(', ')}`);
  }
  return v as T;
}

function id(h: Header, fields: readonly string[], column: string, line: number): string {
  const v = h.required(fields, column, line);
  if (!DIGITS.test(v)) throw new CordisInputError({ file: h.file, line, column }, `${column} ${JSON.stringify(v)} is not a numeric id`);
  return v;
}

/** A year cell: 4 digits, or NA/empty (absent). The dataset's own 1800..2100 rule is checked there. */
function year(h: Header, fields: readonly string[], column: string, line: number): number | undefined {
  const v = h.cell(fields, column, true);
  if (v === undefined) return undefined;
  if (!/^[0-9]{4}$/.test(v)) throw new CordisInputError({ file: h.file, line, column }, `${JSON.stringify(v)} is not a year`);
  return Number(v);
}

export function participationFrom(h: Header, fields: readonly string[], line: number): Participation {
  const country = h.required(fields, 'country', line);
  // "NA" is Namibia here: the country column has no missing values in the file.
  if (!COUNTRY.test(country)) throw new CordisInputError({ file: h.file, line, column: 'country' }, `${JSON.stringify(country)} is not a two-letter country code`);
  const raw = h.cell(fields, 'contribution', true);
  if (raw !== undefined && !NUMBER.test(raw)) throw new CordisInputError({ file: h.file, line, column: 'contribution' }, `${JSON.stringify(raw)} is not a number`);
  const p: Participation = {
    rcn: id(h, fields, 'rcn', line),
    pic: id(h, fields, 'pic', line),
    role: oneOf<ParticipationRole>(h, fields, 'role', line, PARTICIPATION_ROLES),
    type: oneOf<ActivityType>(h, fields, 'type', line, ACTIVITY_TYPES),
    country,
    line,
  };
  if (raw !== undefined) p.contribution = Number(raw);
  const start = year(h, fields, 'start_year', line);
  const end = year(h, fields, 'end_year', line);
  if (start !== undefined) p.startYear = start;
  if (end !== undefined) p.endYear = end;
  if (start !== undefined && end !== undefined && end < start) {
    throw new CordisInputError({ file: h.file, line, column: 'end_year' }, `end_year ${end} is before start_year ${start}`);
  }
  return p;
}

export function projectPartFrom(h: Header, fields: readonly string[], line: number): ProjectPart {
  return { rcn: id(h, fields, 'rcn', line), part: h.required(fields, 'programme_part', line), line };
}

/**
 * A row of the organisations file, or undefined for a row without an orgId (one in the file:
 * it cannot be joined to any participation, so it is skipped rather than failing the import).
 */
export function organizationFrom(h: Header, fields: readonly string[], line: number): OrganizationInfo | undefined {
  const pic = h.cell(fields, 'orgId');
  if (pic === undefined) return undefined;
  if (!DIGITS.test(pic)) throw new CordisInputError({ file: h.file, line, column: 'orgId' }, `orgId ${JSON.stringify(pic)} is not a numeric id`);
  const info: OrganizationInfo = { pic, line };
  const name = h.cell(fields, 'name');
  const shortName = h.cell(fields, 'shortName');
  const city = h.cell(fields, 'city');
  const country = h.cell(fields, 'country');
  const activityType = h.cell(fields, 'activityType');
  if (name !== undefined) info.name = name.replace(/\s+/g, ' ');
  if (shortName !== undefined) info.shortName = shortName.replace(/\s+/g, ' ');
  if (city !== undefined) info.city = city;
  if (country !== undefined) info.country = country.toUpperCase();
  if (activityType !== undefined) info.activityType = activityType;
  return info;
}

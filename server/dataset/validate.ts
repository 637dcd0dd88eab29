/**
 * Record validation for one file of a bundle, shared by the CSV and the JSON reader: each record
 * arrives as values aligned with the file's ColumnSpecs, is converted, checked (values, cross-field
 * rules, identity, references) and kept. Everything is per row with Map lookups, so it is linear and
 * works the same whether rows come from a buffer or a stream.
 */
import type { Extras } from '../model/types.ts';
import { COLLABORATION_KIND_VALUES, EXTRA_PREFIX, type ColumnSpec, type FileSpec } from './columns.ts';
import { compositeKey } from './identity.ts';
import type { IssueCollector } from './issues.ts';
import { idFileOf, type RefIndex } from './references.ts';
import { convertCell, INVALID } from './values.ts';

export type Row = Record<string, unknown>;

/** Bucket size above which composite identities switch from scanning to a keyed Map. */
const BUCKET_LIMIT = 24;

export function isExtraColumn(name: string): boolean {
  return name.startsWith(EXTRA_PREFIX) && name.length > EXTRA_PREFIX.length;
}

export class TableBuilder {
  readonly rows: Row[] = [];
  /** Line of each row (for "first on line N" messages). */
  private readonly lines: number[] = [];
  /** Composite identities: first part → row indices (small) or rest-key → row index (large). */
  private readonly buckets = new Map<string, number[] | Map<string, number>>();
  private readonly columns: readonly ColumnSpec[];
  /** Single-column identity (id) → line of the first record with it. */
  private readonly seen: Map<string, number>;
  private readonly identityCols: readonly string[];
  private readonly idFile: ReturnType<typeof idFileOf>;
  private readonly requiredCols: ReadonlySet<string>;
  /** Required columns absent from the header: reported once (MISSING_COLUMN), not per row. */
  private readonly missing = new Set<string>();
  /** Self references (regions.parentId), checked in finish() when all ids are known. */
  private readonly pendingSelfRefs: { value: string; line: number; col: string; from: string }[] = [];

  constructor(
    readonly spec: FileSpec,
    /** File name used in issues: `regions.csv`, or the JSON file's name. */
    readonly issueFile: string,
    private readonly issues: IssueCollector,
    private readonly refs: RefIndex,
  ) {
    this.columns = spec.columns;
    this.identityCols = spec.identity;
    this.idFile = idFileOf(spec.file);
    this.requiredCols = new Set(spec.columns.filter((c) => c.required === true).map((c) => c.name));
    // An id file shares its identity map with the reference index: one map, both purposes.
    this.seen = this.idFile === undefined ? new Map() : refs.ids[this.idFile];
  }

  /** Marks that some records could not be read, so references into this file are not checked. */
  markIncomplete(): void {
    if (this.idFile !== undefined) this.refs.complete[this.idFile] = false;
  }

  /** A required column is absent from the file (CSV header): report once, skip its per-row REQUIRED. */
  markMissingColumn(name: string, line: number): void {
    this.missing.add(name);
    this.issues.add(this.issueFile, line, name, 'MISSING_COLUMN', `required column ${name} is missing`);
    if (this.identityCols.includes(name)) this.markIncomplete();
  }

  /**
   * Adds one record. `values[i]` belongs to `spec.columns[i]`: a string (CSV cell or JSON string),
   * a JSON number/boolean, or null/undefined for absent. Anything else (a JSON object or array) is
   * reported as MALFORMED_JSON.
   */
  add(values: readonly unknown[], extras: Extras | undefined, line: number): void {
    const file = this.issueFile;
    const issues = this.issues;
    const row: Row = {};
    const cols = this.columns;
    for (let c = 0; c < cols.length; c++) {
      const col = cols[c] as ColumnSpec;
      let raw = values[c];
      if (typeof raw === 'string') {
        raw = raw.trim();
        if (raw === '') raw = undefined;
      } else if (raw === null) {
        raw = undefined;
      } else if (raw !== undefined && typeof raw !== 'number' && typeof raw !== 'boolean') {
        issues.add(file, line, col.name, 'MALFORMED_JSON', `${col.name} must be a string, number, boolean or null`);
        continue;
      }
      if (raw === undefined) {
        if (col.required === true) {
          if (!this.missing.has(col.name)) issues.add(file, line, col.name, 'REQUIRED', `${col.name} is required`);
        } else if (col.default !== undefined) {
          row[col.name] = col.default;
        }
        continue;
      }
      const v = convertCell(col, raw as string | number | boolean, issues, file, line);
      if (v !== INVALID) row[col.name] = v;
    }
    if (extras !== undefined) row['extras'] = extras;

    this.applyRecordRules(row, line);
    this.checkIdentity(row, line);
    this.checkReferences(row, line);
    this.rows.push(row);
    this.lines.push(line);
  }

  /** Rules that involve more than one column. */
  private applyRecordRules(row: Row, line: number): void {
    const since = row['since'];
    const until = row['until'];
    if (typeof since === 'number' && typeof until === 'number' && until < since) {
      this.issues.add(this.issueFile, line, 'until', 'BAD_YEAR_ORDER', `until ${until} is before since ${since}`);
    }
    if (this.spec.file !== 'relationships') return;
    const type = row['type'];
    const source = row['sourceId'];
    const target = row['targetId'];
    if (type === 'COLLABORATES_WITH') {
      const kind = row['kind'];
      if (typeof kind === 'string' && !COLLABORATION_KIND_VALUES.includes(kind)) {
        const upper = kind.toUpperCase();
        if (COLLABORATION_KIND_VALUES.includes(upper)) row['kind'] = upper;
        else {
          this.issues.add(
            this.issueFile,
            line,
            'kind',
            'BAD_ENUM',
            `COLLABORATES_WITH kind ${JSON.stringify(kind)} is not one of ${COLLABORATION_KIND_VALUES.join(', ')}`,
          );
        }
      }
      // Stored once, in one orientation: sourceId < targetId (string order); the writers keep it.
      if (typeof source === 'string' && typeof target === 'string' && target < source) {
        row['sourceId'] = target;
        row['targetId'] = source;
      }
    }
    // SUPPORTS goes organisation → cluster, so equal ids there name two different nodes.
    if (typeof source === 'string' && source === target && typeof type === 'string' && type !== 'SUPPORTS') {
      this.issues.add(this.issueFile, line, 'targetId', 'OUT_OF_RANGE', `a relationship from ${JSON.stringify(source)} to itself`);
    }
  }

  private checkIdentity(row: Row, line: number): void {
    const cols = this.identityCols;
    const first = row[cols[0] as string];
    if (typeof first !== 'string') return; // missing: already reported
    if (cols.length === 1) {
      const firstLine = this.seen.get(first);
      if (firstLine === undefined) this.seen.set(first, line);
      else this.reportDuplicate(row, line, firstLine);
      return;
    }
    for (let c = 1; c < cols.length; c++) {
      if (row[cols[c] as string] === undefined && this.requiredCols.has(cols[c] as string)) return;
    }
    // Composite identities are bucketed by their first part (sourceId, organizationId, allianceId)
    // and compared field by field: building a composite key string per row cost more than the rest
    // of validation (1M relationships). A bucket that grows large (a hub) switches to keyed lookup,
    // so the check stays linear.
    const index = this.rows.length;
    const bucket = this.buckets.get(first);
    if (bucket === undefined) {
      this.buckets.set(first, [index]);
      return;
    }
    if (Array.isArray(bucket)) {
      for (const j of bucket) {
        if (this.sameIdentity(this.rows[j] as Row, row)) return this.reportDuplicate(row, line, this.lines[j] as number);
      }
      bucket.push(index);
      if (bucket.length > BUCKET_LIMIT) {
        const keyed = new Map<string, number>();
        for (const j of bucket) keyed.set(this.restKey(j === index ? row : (this.rows[j] as Row)), j);
        this.buckets.set(first, keyed);
      }
      return;
    }
    const key = this.restKey(row);
    const j = bucket.get(key);
    if (j === undefined) bucket.set(key, index);
    else this.reportDuplicate(row, line, this.lines[j] as number);
  }

  private sameIdentity(a: Row, b: Row): boolean {
    const cols = this.identityCols;
    for (let c = 1; c < cols.length; c++) if (a[cols[c] as string] !== b[cols[c] as string]) return false;
    return true;
  }

  private restKey(row: Row): string {
    return compositeKey(this.identityCols.slice(1).map((c) => row[c] as string | undefined));
  }

  private reportDuplicate(row: Row, line: number, firstLine: number): void {
    const cols = this.identityCols;
    const what = cols.length === 1 ? `id ${JSON.stringify(row[cols[0] as string])}` : `(${cols.map((c) => String(row[c] ?? '')).join(', ')})`;
    this.issues.add(this.issueFile, line, cols.length === 1 ? cols[0] : undefined, 'DUPLICATE_ID', `duplicate ${what}, first on line ${firstLine}`);
  }

  private checkReferences(row: Row, line: number): void {
    for (const col of this.columns) {
      if (col.ref === undefined) continue;
      const v = row[col.name];
      if (typeof v !== 'string') continue;
      if (col.ref === this.idFile) {
        this.pendingSelfRefs.push({ value: v, line, col: col.name, from: String(row['id'] ?? '') });
        continue;
      }
      const problem = this.refs.check(col.ref, v, row);
      if (problem !== undefined) this.issues.add(this.issueFile, line, col.name, 'UNKNOWN_REFERENCE', `${col.name}: ${problem}`);
    }
  }

  /** Checks self references (regions.parentId) once the whole file is known, including cycles. */
  finish(): void {
    if (this.pendingSelfRefs.length === 0 || this.idFile === undefined) return;
    const idFile = this.idFile;
    const parentOf = new Map<string, string>();
    const refOf = new Map<string, (typeof this.pendingSelfRefs)[number]>();
    for (const p of this.pendingSelfRefs) {
      const problem = this.refs.check(idFile, p.value, {});
      if (problem !== undefined) {
        this.issues.add(this.issueFile, p.line, p.col, 'UNKNOWN_REFERENCE', `${p.col}: ${problem}`);
      } else if (p.from !== '' && !refOf.has(p.from)) {
        parentOf.set(p.from, p.value);
        refOf.set(p.from, p);
      }
    }
    // A region that is its own ancestor would make "everything in region X" queries loop. Report
    // each region on a cycle (OUT_OF_RANGE, like a self-loop relationship). Linear: each id is
    // walked once (state 1 = on the current path, 2 = done).
    const state = new Map<string, number>();
    for (const p of this.pendingSelfRefs) {
      if (p.from === '' || state.has(p.from)) continue;
      const path: string[] = [];
      let cur: string | undefined = p.from;
      while (cur !== undefined && !state.has(cur)) {
        state.set(cur, 1);
        path.push(cur);
        cur = parentOf.get(cur);
      }
      if (cur !== undefined && state.get(cur) === 1) {
        const cycle = path.slice(path.indexOf(cur));
        for (const id of cycle) {
          const ref = refOf.get(id);
          if (ref !== undefined) {
            this.issues.add(this.issueFile, ref.line, ref.col, 'OUT_OF_RANGE', `${ref.col}: ${JSON.stringify(id)} is its own ancestor (${cycle.join(' → ')})`);
          }
        }
      }
      for (const id of path) state.set(id, 2);
    }
  }
}

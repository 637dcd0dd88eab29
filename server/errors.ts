/**
 * Typed errors with stable codes. Tests and API clients match on `code`, never on message text.
 * Modelled on Apollo Server's errors/index.ts: one enum, one small base class.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  RATE_LIMITED = 'RATE_LIMITED',
  CANCELLED = 'CANCELLED',
  GRAPH_TOO_LARGE = 'GRAPH_TOO_LARGE',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  CONFIG_INVALID = 'CONFIG_INVALID',
  DATASET_INVALID = 'DATASET_INVALID',
  NEO4J_LOCAL_FAILED = 'NEO4J_LOCAL_FAILED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export class AtlasError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.details = details;
  }
}

export class BadUserInputError extends AtlasError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, details);
  }
}

export class NotFoundError extends AtlasError {
  constructor(what: string, id: string) {
    super(ErrorCode.NOT_FOUND, `${what} '${id}' not found`, { what, id });
  }
}

export class DatabaseUnavailableError extends AtlasError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(ErrorCode.DATABASE_UNAVAILABLE, message, {}, options);
  }
}

export class ConfigError extends AtlasError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.CONFIG_INVALID, message, details);
  }
}

export class Neo4jLocalError extends AtlasError {
  constructor(message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(ErrorCode.NEO4J_LOCAL_FAILED, message, details, options);
  }
}

/** One problem in a dataset bundle, located precisely enough to fix it in a spreadsheet. */
export interface DatasetIssue {
  /** File name as the user knows it: `organizations.csv`, or `bundle.json` for JSON bundles. */
  file: string;
  /** 1-based line (CSV: physical line of the record, header = 1; JSON: the record's 1-based index + 1). */
  line: number;
  /** Column (field) name; absent when the problem concerns the whole file or record. */
  column?: string;
  /** Stable machine-readable reason. */
  reason: DatasetIssueReason;
  /** Human explanation naming the offending value. */
  message: string;
}

export type DatasetIssueReason =
  | 'MISSING_FILE'
  | 'MISSING_COLUMN'
  | 'UNKNOWN_COLUMN'
  | 'MALFORMED_CSV'
  | 'BAD_ENCODING'
  | 'REQUIRED'
  | 'DUPLICATE_ID'
  | 'UNKNOWN_REFERENCE'
  | 'BAD_ENUM'
  | 'BAD_NUMBER'
  | 'OUT_OF_RANGE'
  | 'BAD_BOOLEAN'
  | 'BAD_YEAR_ORDER'
  | 'MALFORMED_JSON';

export class DatasetInvalidError extends AtlasError {
  readonly issues: readonly DatasetIssue[];
  constructor(issues: readonly DatasetIssue[]) {
    const first = issues.slice(0, 5).map(formatDatasetIssue).join('\n  ');
    const more = issues.length > 5 ? `\n  … and ${issues.length - 5} more` : '';
    super(ErrorCode.DATASET_INVALID, `dataset rejected: ${issues.length} problem(s)\n  ${first}${more}`, {
      issues: issues.slice(0, 100),
      count: issues.length,
    });
    this.issues = issues;
  }
}

export function formatDatasetIssue(i: DatasetIssue): string {
  const col = i.column === undefined ? '' : `, column ${i.column}`;
  return `${i.file}:${i.line}${col}: ${i.reason}: ${i.message}`;
}

/** Normalise any thrown value into an AtlasError; unknown errors become INTERNAL_SERVER_ERROR. */
export function toAtlasError(err: unknown): AtlasError {
  if (err instanceof AtlasError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new AtlasError(ErrorCode.INTERNAL_SERVER_ERROR, message, {}, { cause: err });
}

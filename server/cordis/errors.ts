/**
 * Problems in the CORDIS input files. Each names the file, the line (1-based, header = 1) and,
 * where it concerns one cell, the column, so a user can open the file at the right place.
 */
import { AtlasError, ErrorCode } from '../errors.ts';

export interface SourcePosition {
  file: string;
  line: number;
  column?: string;
}

export function formatPosition(at: SourcePosition): string {
  return `${at.file}:${at.line}${at.column === undefined ? '' : ` (column ${at.column})`}`;
}

export class CordisInputError extends AtlasError {
  constructor(at: SourcePosition, problem: string) {
    super(ErrorCode.BAD_USER_INPUT, `${formatPosition(at)}: ${problem}`, { ...at });
  }
}

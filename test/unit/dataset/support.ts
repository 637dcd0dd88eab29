/** Shared helpers for the dataset tests: the good fixture bundle, edited in memory per case. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { DatasetInvalidError, type DatasetIssue } from '../../../server/errors.ts';

export const BUNDLES = fileURLToPath(new URL('../../fixtures/bundles/', import.meta.url));
export const GOOD_DIR = join(BUNDLES, 'good');
export const GOOD_JSON = join(BUNDLES, 'good.json');

export function goodFiles(): Map<string, Buffer> {
  return new Map(readdirSync(GOOD_DIR).map((name) => [name, readFileSync(join(GOOD_DIR, name))]));
}

export function goodText(name: string): string {
  return readFileSync(join(GOOD_DIR, name), 'utf8');
}

/** The good bundle with files replaced (string/Buffer) or removed (null). */
export function withFiles(changes: Record<string, string | Buffer | null>): Map<string, Buffer> {
  const files = goodFiles();
  for (const [name, content] of Object.entries(changes)) {
    if (content === null) files.delete(name);
    else files.set(name, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
  }
  return files;
}

/** The good file with one physical line (1-based) replaced. */
export function replaceLine(name: string, line: number, text: string): string {
  const lines = goodText(name).split('\n');
  expect(lines[line - 1]).toBeDefined();
  lines[line - 1] = text;
  return lines.join('\n');
}

/** The good file with a line appended. */
export function appendLine(name: string, text: string): string {
  return goodText(name) + text + '\n';
}

export type IssueWhere = Pick<DatasetIssue, 'file' | 'line' | 'reason'> & { column?: string | undefined };

/** Runs `fn`, expects DatasetInvalidError, returns its issues without messages (tests match codes, not text). */
export function issuesOf(fn: () => unknown): IssueWhere[] {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof DatasetInvalidError)) throw e;
    return e.issues.map((i) => (i.column === undefined ? { file: i.file, line: i.line, reason: i.reason } : { file: i.file, line: i.line, column: i.column, reason: i.reason }));
  }
  throw new Error('expected DatasetInvalidError, but the bundle was accepted');
}

export function issue(file: string, line: number, column: string | undefined, reason: DatasetIssue['reason']): IssueWhere {
  return column === undefined ? { file, line, reason } : { file, line, column, reason };
}

/**
 * Applies `cypher/schema/NNN-name.cypher` in order, each once, recording it as an
 * `(:AtlasMigration {id, checksum})` node. Statements are idempotent (IF NOT EXISTS), so a
 * database that was set up by hand converges too; a recorded migration whose file changed is an
 * error, because migrations are append-only: change the schema with a new file.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { AtlasError, ErrorCode } from '../errors.ts';
import type { Executor } from './executor.ts';
import { CYPHER_DIR, stripComments } from './queries.ts';

export interface Migration {
  id: string;
  statements: string[];
  checksum: string;
}

export function loadMigrations(dir: string = path.join(CYPHER_DIR, 'schema')): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[\w-]+\.cypher$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const statements = stripComments(text)
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      return {
        id: file.slice(0, -'.cypher'.length),
        statements,
        checksum: createHash('sha256').update(statements.join(';\n')).digest('hex').slice(0, 16),
      };
    });
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

export async function applyMigrations(executor: Executor, migrations = loadMigrations()): Promise<MigrationReport> {
  const done = new Map<string, string>();
  for (const row of await executor.read('migrations-applied')) done.set(String(row['id']), String(row['checksum']));
  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  for (const m of migrations) {
    const recorded = done.get(m.id);
    if (recorded === m.checksum) {
      report.alreadyApplied.push(m.id);
      continue;
    }
    if (recorded !== undefined) {
      throw new AtlasError(
        ErrorCode.INTERNAL_SERVER_ERROR,
        `schema migration ${m.id} was changed after it was applied; add a new migration file instead`,
      );
    }
    // Schema statements cannot share a transaction with data writes: one transaction each.
    for (const statement of m.statements) {
      await executor.tx('WRITE', (tx) => tx.runText(statement));
    }
    await executor.write('migration-record', { id: m.id, checksum: m.checksum });
    report.applied.push(m.id);
  }
  // Indexes build in the background; wait so that the first queries use them.
  await executor.tx('READ', (tx) => tx.runText('CALL db.awaitIndexes(300)'));
  return report;
}

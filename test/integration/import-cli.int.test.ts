import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor.ts';
import { readGraphAsDataset } from '../../server/services/export-service.ts';
import { generateSynthetic } from '../../scripts/synthetic/generate.ts';
import { runCliProcess, startCli } from './support/cli.ts';
import { freshDatabase, graphCounts, testExecutor } from './support/database.ts';

const SMALL = 'test/fixtures/import/small';

/** A copy of the small bundle with one file edited. */
async function badBundle(file: string, edit: (text: string) => string | Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'atlas-bad-'));
  await cp(SMALL, dir, { recursive: true });
  const text = await readFile(path.join(dir, file), 'utf8');
  await writeFile(path.join(dir, file), edit(text));
  return dir;
}

// Each class of bad input, with the location the error must name (file:line[, column]) and its reason.
const BAD: { name: string; file: string; edit: (t: string) => string | Buffer; expect: string[] }[] = [
  {
    name: 'unknown id referenced',
    file: 'memberships.csv',
    edit: (t) => t.replace('sup1,auto,ASSOCIATE', 'sup1,nowhere,ASSOCIATE'),
    expect: ['memberships.csv:3', 'clusterId', 'UNKNOWN_REFERENCE'],
  },
  {
    name: 'duplicate id',
    file: 'organizations.csv',
    edit: (t) => t.replace('bank,Regional Bank', 'lab,Regional Bank'),
    expect: ['organizations.csv:6', 'DUPLICATE_ID'],
  },
  {
    name: 'bad enum value',
    file: 'organizations.csv',
    edit: (t) => t.replace('bank,Regional Bank,FINANCIAL', 'bank,Regional Bank,BANK'),
    expect: ['organizations.csv:6', 'kind', 'BAD_ENUM'],
  },
  {
    name: 'number out of range',
    file: 'organizations.csv',
    edit: (t) => t.replace(',0.62,0.07,', ',1.62,0.07,'),
    expect: ['organizations.csv:2', 'exportShare', 'OUT_OF_RANGE'],
  },
  {
    name: 'malformed CSV',
    file: 'relationships.csv',
    edit: (t) => t.replace('sup1,lead,SUPPLIES,,3,2000000,gearboxes', 'sup1,lead,SUPPLIES,,3,2000000,"gearboxes'),
    expect: ['relationships.csv', 'MALFORMED_CSV'],
  },
  {
    name: 'bad encoding',
    file: 'organizations.csv',
    edit: (t) => {
      const bytes = Buffer.from(t, 'utf8');
      const at = bytes.indexOf(Buffer.from('Regional Bank'));
      bytes[at] = 0xff;
      return bytes;
    },
    expect: ['organizations.csv:6', 'BAD_ENCODING'],
  },
  {
    name: 'missing required column',
    file: 'clusters.csv',
    edit: (t) => t.replace(/^id,name,/, 'id,title,'),
    expect: ['clusters.csv:1', 'name', 'MISSING_COLUMN'],
  },
];

describe('npm run import', () => {
  let executor: Executor;
  beforeAll(async () => {
    executor = testExecutor();
    await freshDatabase(executor);
  });
  afterAll(() => executor.close());

  it('imports a bundle and prints a summary', async () => {
    const r = await runCliProcess('import', [SMALL]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/total\s+\d+\s+\d+/);
    expect((await graphCounts(executor))['organizations']).toBe(7);
  });

  it('--dry-run validates and writes nothing', async () => {
    await freshDatabase(executor);
    const r = await runCliProcess('import', [SMALL, '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect((await graphCounts(executor))['organizations']).toBe(0);
    await runCliProcess('import', [SMALL]);
  });

  for (const bad of BAD) {
    it(`rejects a bundle with ${bad.name}, naming where, and leaves the database unchanged`, async () => {
      const before = await readGraphAsDataset(executor);
      const dir = await badBundle(bad.file, bad.edit);
      const r = await runCliProcess('import', [dir]);
      expect(r.code).toBe(1);
      for (const needle of bad.expect) expect(r.stderr).toContain(needle);
      expect(r.stderr).toContain('nothing was written');
      expect(await readGraphAsDataset(executor)).toEqual(before);
    });
  }

  it('completes a killed import when the same command runs again', async () => {
    await freshDatabase(executor);
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-kill-'));
    await generateSynthetic(dir, { organizations: 20_000, relationships: 60_000, seed: 7 });

    // Kill the first run once it has committed some batches (progress is recorded per step).
    const child = startCli('import', [dir, '--batch', '500']);
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const deadline = Date.now() + 120_000;
    for (;;) {
      const counts = await graphCounts(executor);
      if ((counts['organizations'] ?? 0) >= 2_000) break;
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`import never progressed: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    const partial = await graphCounts(executor);
    expect(partial['organizations']).toBeLessThan(20_000 + 1);
    expect((partial['supplies'] ?? 0) + (partial['collaborates'] ?? 0)).toBeLessThan(60_000);

    const r = await runCliProcess('import', [dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('completed interrupted run');
    const counts = await graphCounts(executor);
    expect(counts['organizations']).toBe(20_000);
    expect((counts['supplies'] ?? 0) + (counts['collaborates'] ?? 0)).toBe(60_000);
    const runs = await executor.read('import-runs-recent', { limit: 10 });
    expect(runs.map((x) => x['status'])).toEqual(['finished', 'interrupted']);
    expect(runs[1]?.['completedBy']).toBe(runs[0]?.['id']);
  });
});

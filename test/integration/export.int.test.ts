import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../server/dataset/index.ts';
import type { Executor } from '../../server/db/executor.ts';
import { readGraphAsDataset } from '../../server/services/export-service.ts';
import { importDataset } from '../../server/services/import-service.ts';
import { runCliProcess } from './support/cli.ts';
import { freshDatabase, testExecutor } from './support/database.ts';

const DEMO = 'data/demo';

describe('export round trip', () => {
  let executor: Executor;
  beforeAll(() => {
    executor = testExecutor();
  });
  afterAll(() => executor.close());

  it('import, export, import again gives the same graph, and the same files', async () => {
    await freshDatabase(executor);
    const original = await readDataset(DEMO);
    await importDataset(executor, original, { source: DEMO, checksum: 'demo' });
    const first = await readGraphAsDataset(executor);

    const out1 = await mkdtemp(path.join(tmpdir(), 'atlas-export1-'));
    const r1 = await runCliProcess('export', [out1]);
    expect(r1.code, r1.stderr).toBe(0);

    await freshDatabase(executor);
    const reread = await readDataset(out1);
    await importDataset(executor, reread, { source: out1, checksum: 'export1' });
    expect(await readGraphAsDataset(executor)).toEqual(first);

    const out2 = await mkdtemp(path.join(tmpdir(), 'atlas-export2-'));
    expect((await runCliProcess('export', [out2])).code).toBe(0);
    const files = (await readdir(out1)).sort();
    expect(files).toEqual((await readdir(out2)).sort());
    for (const f of files) {
      expect(await readFile(path.join(out2, f), 'utf8'), f).toBe(await readFile(path.join(out1, f), 'utf8'));
    }
    // The graph holds what the demo bundle says (same counts per file).
    expect(first.organizations.length).toBe(original.organizations.length);
    expect(first.relationships.length).toBe(original.relationships.length);
    expect(first.memberships.length).toBe(original.memberships.length);
    expect(first.allianceMembers.length).toBe(original.allianceMembers.length);
  });

  it('exports JSON equal to the CSV export, and GraphML and GEXF files', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-export3-'));
    const json = path.join(dir, 'graph.json');
    expect((await runCliProcess('export', [json])).code).toBe(0);
    expect(await readDataset(json)).toEqual(await readGraphAsDataset(executor));

    const graphml = path.join(dir, 'graph.graphml');
    const gexf = path.join(dir, 'graph.gexf');
    expect((await runCliProcess('export', [graphml])).code).toBe(0);
    expect((await runCliProcess('export', [gexf])).code).toBe(0);
    const g = await readFile(graphml, 'utf8');
    const x = await readFile(gexf, 'utf8');
    const dataset = await readGraphAsDataset(executor);
    const nodeCount =
      dataset.regions.length + dataset.clusters.length + dataset.organizations.length + dataset.alliances.length;
    expect(g.match(/<node /g)?.length).toBe(nodeCount);
    expect(x.match(/<node /g)?.length).toBe(nodeCount);
  });
});

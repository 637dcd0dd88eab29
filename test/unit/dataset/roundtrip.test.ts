/** Writers: read → write → read gives an equal Dataset, for CSV and JSON; writes are all-or-nothing. */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataset, writeCsvBundle, writeJsonBundle } from '../../../server/dataset/index.ts';
import type { Dataset } from '../../../server/model/types.ts';
import { BUNDLES, GOOD_DIR, GOOD_JSON } from './support.ts';

const dirs: string[] = [];
async function tmp(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'atlas-dataset-'));
  dirs.push(d);
  return d;
}
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

const DEMO = join(BUNDLES, '..', '..', '..', 'data', 'demo');
const sources = [
  ['good CSV bundle', GOOD_DIR],
  ['good JSON bundle', GOOD_JSON],
  ...(existsSync(join(DEMO, 'organizations.csv')) ? [['demo bundle', DEMO]] : []),
];

describe.each(sources)('%s', (_name, source) => {
  it('CSV round trip: read → writeCsvBundle → read is equal', async () => {
    const original = await readDataset(source as string);
    const out = await tmp();
    await writeCsvBundle(original, out);
    expect(await readDataset(out)).toStrictEqual(original);
    // and writing again gives byte-identical files (stable format)
    const again = await tmp();
    await writeCsvBundle(await readDataset(out), again);
    for (const f of await readdir(out)) expect(await readFile(join(again, f), 'utf8')).toBe(await readFile(join(out, f), 'utf8'));
  });

  it('JSON round trip: read → writeJsonBundle → read is equal', async () => {
    const original = await readDataset(source as string);
    const file = join(await tmp(), 'bundle.json');
    await writeJsonBundle(original, file);
    expect(await readDataset(file)).toStrictEqual(original);
  });
});

describe('writers', () => {
  it('write all seven files with the spec column order, extras last, empty cells for absent values', async () => {
    const out = await tmp();
    await writeCsvBundle(await readDataset(GOOD_DIR), out);
    expect((await readdir(out)).sort()).toEqual(
      ['alliance_members.csv', 'alliances.csv', 'clusters.csv', 'memberships.csv', 'organizations.csv', 'regions.csv', 'relationships.csv'],
    );
    const rels = (await readFile(join(out, 'relationships.csv'), 'utf8')).split('\n');
    expect(rels[0]).toBe('sourceId,targetId,type,kind,weight,value,product,program,since,until,x_source');
    expect(rels[1]).toBe('raw,chem1,SUPPLIES,,1,1500000,ethylene,,2009,,survey 2023');
    // the normalised orientation is what is written
    expect(rels[2]).toBe('chem1,ulyon,COLLABORATES_WITH,RND,2.5,,,,2010,,');
    expect(rels[6]).toBe('fund,med,SUPPORTS,,1,90000,,"Plan ""Innovation"", phase 2",2016,2019,');
  });

  it('leave nothing behind when a write fails, and keep the previous file', async () => {
    const out = await tmp();
    const file = join(out, 'bundle.json');
    await writeFile(file, 'previous');
    const broken = { ...(await readDataset(GOOD_DIR)) } as Dataset;
    // a value JSON.stringify cannot write fails mid-export
    (broken.organizations[2] as unknown as Record<string, unknown>)['name'] = 10n;
    await expect(writeJsonBundle(broken, file)).rejects.toThrow();
    expect(await readdir(out)).toEqual(['bundle.json']);
    expect(await readFile(file, 'utf8')).toBe('previous');
  });

  it('write an empty dataset as a bundle that reads back empty', async () => {
    const out = await tmp();
    const empty: Dataset = { regions: [], clusters: [], organizations: [], memberships: [], relationships: [], alliances: [], allianceMembers: [] };
    await writeCsvBundle(empty, out);
    expect(await readDataset(out)).toStrictEqual(empty);
    const file = join(out, 'empty.json');
    await writeJsonBundle(empty, file);
    expect(await readDataset(file)).toStrictEqual(empty);
  });
});

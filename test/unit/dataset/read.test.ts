/** Good bundles: what a parsed Dataset holds, CSV ≡ JSON, BOM, x_ columns, the demo bundle. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetCounts, parseDataset, readDataset, relationshipKey } from '../../../server/dataset/index.ts';
import { BUNDLES, GOOD_DIR, GOOD_JSON, issue, issuesOf, withFiles } from './support.ts';

describe('readDataset (CSV folder)', () => {
  it('parses the good bundle', async () => {
    const d = await readDataset(GOOD_DIR);
    expect(datasetCounts(d)).toEqual({ regions: 2, clusters: 2, organizations: 5, memberships: 5, relationships: 6, alliances: 1, allianceMembers: 3 });
    expect(d.organizations[0]).toEqual({
      id: 'chem1',
      name: 'Chem One SA',
      kind: 'ENTERPRISE',
      regionId: 'FRK',
      employees: 5200,
      revenue: 1.2e9,
      exportShare: 0.55,
      foundedYear: 1923,
      foreignOwned: false,
      csr: true, // TRUE: booleans are case-insensitive
      lat: 45.76,
      lon: 4.84,
      extras: { x_website: 'https://chem.example' },
    });
    // quoted quotes, enum case normalised, absent values absent (not undefined-valued keys)
    expect(d.organizations[1]).toEqual({ id: 'raw', name: 'Raw "Basics" SARL', kind: 'SUPPLIER', regionId: 'FRK', employees: 120, foundedYear: 1990 });
    expect(Object.keys(d.organizations[1] ?? {})).not.toContain('revenue');
    // a quoted multi-line x_ value is kept as written
    expect(d.organizations[3]?.extras).toEqual({ x_website: 'multi\nline note' });
    // CRLF file with a quoted CRLF inside a field
    expect(d.clusters[1]).toEqual({ id: 'med', name: 'Lyonbiopôle', regionId: 'FRK', sector: 'C21', sectorName: 'Pharmaceuticals,\r\nbiotech', founded: 2005 });
    expect(d.clusters[0]?.name).toBe('Materials & Chemistry "Axelera"');
    expect(d.regions[1]?.country).toBe('FR'); // written "fr"
  });

  it('applies defaults: role CORE, weight 1', async () => {
    const d = await readDataset(GOOD_DIR);
    expect(d.memberships[1]).toEqual({ organizationId: 'raw', clusterId: 'mat', role: 'CORE', since: 2008, until: 2020 });
    expect(d.memberships[3]?.role).toBe('ASSOCIATE'); // written "associate"
    expect(d.relationships[0]).toEqual({
      sourceId: 'raw',
      targetId: 'chem1',
      type: 'SUPPLIES',
      weight: 1,
      value: 1500000,
      product: 'ethylene',
      since: 2009,
      extras: { x_source: 'survey 2023' },
    });
  });

  it('stores COLLABORATES_WITH once, with sourceId < targetId', async () => {
    const d = await readDataset(GOOD_DIR);
    const collab = d.relationships.filter((r) => r.type === 'COLLABORATES_WITH');
    expect(collab.map((r) => [r.sourceId, r.targetId, r.kind])).toEqual([
      ['chem1', 'ulyon', 'RND'], // written ulyon,chem1
      ['chem1', 'ulyon', 'TRAINING'],
      ['bio', 'ulyon', 'RND'], // written "rnd"
    ]);
    // directed types keep their orientation
    expect(d.relationships.find((r) => r.type === 'INVESTS_IN')).toMatchObject({ sourceId: 'fund', targetId: 'raw', kind: 'equity' });
  });

  it('accepts a UTF-8 BOM', async () => {
    const d = await readDataset(join(BUNDLES, 'bom'));
    expect(d.organizations).toEqual([{ id: 'o1', name: 'Ærø Værft', kind: 'ENTERPRISE' }]);
  });

  it('reads a lone CSV file as a bundle of that file', async () => {
    const d = await readDataset(join(BUNDLES, 'bom', 'organizations.csv'));
    expect(d.organizations).toHaveLength(1);
  });

  it('rejects a file that is not UTF-8, at the line of the first bad byte', async () => {
    await expect(readDataset(join(BUNDLES, 'bad-encoding'))).rejects.toMatchObject({
      code: 'DATASET_INVALID',
      issues: [{ file: 'organizations.csv', line: 3, reason: 'BAD_ENCODING' }],
    });
  });

  it('keeps x_ columns as extras (strings, empty cells left out) and rejects other unknown columns', () => {
    const d = parseDataset(withFiles({ 'alliances.csv': 'id,name,x_color,x_rank\ngreen,G,"#0a0",\n' }));
    expect(d.alliances).toEqual([{ id: 'green', name: 'G', extras: { x_color: '#0a0' } }]);
    expect(issuesOf(() => parseDataset(withFiles({ 'alliances.csv': 'id,name,x_\ngreen,G,1\n' })))).toEqual([issue('alliances.csv', 1, 'x_', 'UNKNOWN_COLUMN')]);
  });

  it('takes columns in any order, ignores rows of empty cells and trims values', () => {
    const d = parseDataset(withFiles({ 'alliances.csv': 'founded, name ,id\n 2018 , Green ,green\n,,\n  ,,\n' }));
    expect(d.alliances).toEqual([{ id: 'green', name: 'Green', founded: 2018 }]);
  });

  it('needs only organizations.csv', () => {
    const d = parseDataset(new Map([['organizations.csv', Buffer.from('id,name,kind\na,A,SUPPORT\n')]]));
    expect(datasetCounts(d)).toEqual({ regions: 0, clusters: 0, organizations: 1, memberships: 0, relationships: 0, alliances: 0, allianceMembers: 0 });
  });
});

describe('JSON bundle', () => {
  it('is equivalent to the CSV bundle', async () => {
    expect(await readDataset(GOOD_JSON)).toStrictEqual(await readDataset(GOOD_DIR));
  });
});

describe('relationshipKey', () => {
  it('is orientation-free for COLLABORATES_WITH only, and includes kind', () => {
    const k = (sourceId: string, targetId: string, type: 'SUPPLIES' | 'COLLABORATES_WITH', kind?: string): string =>
      relationshipKey(kind === undefined ? { sourceId, targetId, type } : { sourceId, targetId, type, kind });
    expect(k('a', 'b', 'COLLABORATES_WITH', 'RND')).toBe(k('b', 'a', 'COLLABORATES_WITH', 'RND'));
    expect(k('a', 'b', 'COLLABORATES_WITH', 'RND')).not.toBe(k('a', 'b', 'COLLABORATES_WITH', 'TRAINING'));
    expect(k('a', 'b', 'SUPPLIES')).not.toBe(k('b', 'a', 'SUPPLIES'));
    expect(k('a', 'b', 'SUPPLIES')).toBe(k('a', 'b', 'SUPPLIES', ''));
    // no separator confusion, whatever the ids contain
    expect(k('a|1:b', 'c', 'SUPPLIES')).not.toBe(k('a', 'b|1:c', 'SUPPLIES'));
  });
});

const DEMO = join(BUNDLES, '..', '..', '..', 'data', 'demo');
describe.runIf(existsSync(join(DEMO, 'organizations.csv')))('the demo bundle (data/demo)', () => {
  it('validates with zero issues', async () => {
    const d = await readDataset(DEMO);
    expect(d.organizations.length).toBeGreaterThan(0);
  });
});

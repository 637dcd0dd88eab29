/** Reading the CORDIS folder: formats accepted, and errors that name file, line and column. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { CordisInputError, mapCordis, readCordisFolder } from '../../../server/cordis/index.ts';
import { SAMPLE_DIR } from './support.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A copy of the sample with `file` edited by `edit`. */
async function sampleWith(file: string, edit: (text: string) => string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cordis-sample-'));
  dirs.push(dir);
  await cp(SAMPLE_DIR, dir, { recursive: true });
  const path = join(dir, file);
  await writeFile(path, edit(await readFile(path, 'utf8')));
  return dir;
}

async function errorOf(dir: string): Promise<CordisInputError> {
  try {
    mapCordis(await readCordisFolder(dir));
  } catch (e) {
    if (e instanceof CordisInputError) return e;
    throw e;
  }
  throw new Error('expected a CordisInputError');
}

describe('readCordisFolder', () => {
  it('reads all four inputs of the sample', async () => {
    const s = await readCordisFolder(SAMPLE_DIR);
    expect(s.participations).toHaveLength(11);
    expect(s.projectParts).toHaveLength(6);
    expect(s.organizations.map((o) => o.pic)).toEqual(['111111111', '222222222', '333333333', '555555555', '666666666']); // the row without orgId skipped
    expect(s.programmes.map((p) => p.key)).toEqual(['ERC', 'LEIT', 'Innovation in SMEs', 'SC1', 'SC4']);
    expect(s.participations[6]).toEqual({ rcn: '300', pic: '555555555', role: 'coordinator', type: 'OTH', country: 'PT', line: 8 });
  });

  it('reads gzip files like the real data', async () => {
    const dir = await sampleWith('participations/h2020.csv', (t) => t);
    await writeFile(join(dir, 'participations/h2020.csv.gz'), gzipSync(await readFile(join(dir, 'participations/h2020.csv'))));
    await rm(join(dir, 'participations/h2020.csv'));
    expect((await readCordisFolder(dir)).participations).toHaveLength(11);
  });

  it('names file, line and column of a bad activity type', async () => {
    const dir = await sampleWith('participations/h2020.csv', (t) => t.replace('300,coordinator,555555555,OTH', '300,coordinator,555555555,NGO'));
    const e = await errorOf(dir);
    expect(e.message).toMatch(/h2020\.csv:8 \(column type\): "NGO" is not one of PRC, HES, REC, PUB, OTH/);
    expect(e.details).toMatchObject({ line: 8, column: 'type' });
  });

  it('names a missing column on line 1', async () => {
    const dir = await sampleWith('participations/h2020.csv', (t) => t.replace('rcn,role,pic', 'rcn,function,pic'));
    expect((await errorOf(dir)).message).toMatch(/h2020\.csv:1: missing column\(s\) role/);
  });

  it('rejects a bad year, a wrong field count and an unknown programme part with their lines', async () => {
    let dir = await sampleWith('participations/h2020.csv', (t) => t.replace('2019-01-01,2022-06-30,1400,1400,2019,', '2019-01-01,2022-06-30,1400,1400,19,'));
    expect((await errorOf(dir)).message).toMatch(/h2020\.csv:9 \(column start_year\): "19" is not a year/);
    dir = await sampleWith('participations/h2020.csv', (t) => t.replace('200,partner,444444444,PUB,0,UK,', '200,partner,444444444,PUB,0,UK,,'));
    expect((await errorOf(dir)).message).toMatch(/h2020\.csv:7: Invalid Record Length/);
    dir = await sampleWith('participations/programme_parts.csv', (t) => t.replace('400,SC1', '400,SC9'));
    expect((await errorOf(dir)).message).toMatch(/programme_parts\.csv:6 \(column programme_part\): "SC9" is not a programme part/);
  });

  it('rejects an organisation whose type changes between rows, naming both lines', async () => {
    const dir = await sampleWith('participations/h2020.csv', (t) => t.replace('500,participant,111111111,PRC', '500,participant,111111111,REC'));
    expect((await errorOf(dir)).message).toMatch(/h2020\.csv:12 \(column type\): organisation 111111111 has type PRC on line 2 but REC here/);
  });

  it('rejects an organisation listed twice in one project', async () => {
    const dir = await sampleWith('participations/h2020.csv', (t) => `${t}100,participant,222222222,HES,1,PT,,,,,2015,2018,48,eu15,3\n`);
    expect((await errorOf(dir)).message).toMatch(/h2020\.csv:13: organisation 222222222 is listed twice in project 100 \(first on line 3\)/);
  });

  it('says which file is missing', async () => {
    const dir = await sampleWith('participations/h2020.csv', (t) => t);
    await rm(join(dir, 'organizations/Stacked_by_activityType.csv'));
    await expect(readCordisFolder(dir)).rejects.toThrow(/file not found \(looked for organizations\/Stacked_by_activityType\.csv/);
  });
});

/**
 * Entry point of `npm run demo:generate`: writes the synthetic demo bundle to data/demo/ (the
 * seven CSV files of docs/dataset-format.md and a README). Deterministic: same seed, same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset, DatasetFile } from '../../server/model/types.ts';
import { DEMO_SEED, buildDemo } from './build.ts';
import { flatten, toCsv } from './csv.ts';
import { renderReadme } from './readme.ts';

export { DEMO_SEED };

export const DEMO_DIR = resolve(fileURLToPath(new URL('../../data/demo', import.meta.url)));

function rowsOf(ds: Dataset): Record<DatasetFile, ReturnType<typeof flatten>[]> {
  return {
    regions: ds.regions.map(flatten),
    clusters: ds.clusters.map(flatten),
    organizations: ds.organizations.map(flatten),
    memberships: ds.memberships.map(flatten),
    relationships: ds.relationships.map(flatten),
    alliances: ds.alliances.map(flatten),
    alliance_members: ds.allianceMembers.map(flatten),
  };
}

/** Generates the bundle into `outDir`; returns the dataset that was written. */
export function generateDemo(outDir: string = DEMO_DIR, seed: number = DEMO_SEED): Dataset {
  const ds = buildDemo(seed);
  mkdirSync(outDir, { recursive: true });
  for (const [file, rows] of Object.entries(rowsOf(ds)) as [DatasetFile, ReturnType<typeof flatten>[]][]) {
    writeFileSync(join(outDir, `${file}.csv`), toCsv(file, rows));
  }
  writeFileSync(join(outDir, 'README.md'), renderReadme(ds, seed));
  return ds;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const ds = generateDemo();
  console.log(`demo dataset written to ${DEMO_DIR}: ${ds.organizations.length} organisations, ${ds.relationships.length} relationships`);
}

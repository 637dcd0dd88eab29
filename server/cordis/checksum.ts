/**
 * Names an import run's data (import runs use it to spot an interrupted run of the same data):
 * the input files' bytes plus the options that shape the mapping, so a PT slice and the full set
 * are different data.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CordisMapOptions } from './map.ts';
import type { CordisFiles } from './source.ts';

export async function cordisChecksum(files: CordisFiles, options: CordisMapOptions): Promise<string> {
  const h = createHash('sha256');
  for (const f of [files.participations, files.projectParts, files.programmes, files.organizations]) {
    h.update(basename(f));
    h.update(await readFile(f));
  }
  h.update(JSON.stringify({ countries: options.countries === undefined ? null : [...options.countries].sort(), min: options.minClusterSize ?? null }));
  return `cordis-${h.digest('hex').slice(0, 24)}`;
}

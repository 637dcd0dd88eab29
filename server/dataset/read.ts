/** Reading a bundle from disk: a folder of CSV files, or one `.json` file. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Dataset } from '../model/types.ts';
import { parseJsonDataset } from './json-read.ts';
import { parseDataset } from './parse.ts';

/** Reads and validates a bundle; throws DatasetInvalidError listing every problem. */
export async function readDataset(path: string): Promise<Dataset> {
  const info = await stat(path);
  if (!info.isDirectory()) {
    const name = basename(path);
    // A lone CSV file is a bundle of that one file (e.g. just organizations.csv).
    if (name.toLowerCase().endsWith('.csv')) return parseDataset(new Map([[name, await readFile(path)]]));
    return parseJsonDataset(await readFile(path), name);
  }
  const files = new Map<string, Uint8Array>();
  const names = (await readdir(path, { withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.csv'))
    .map((e) => e.name);
  await Promise.all(names.map(async (name) => files.set(name, await readFile(join(path, name)))));
  return parseDataset(files);
}

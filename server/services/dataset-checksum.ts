/** A checksum of a bundle's bytes (a JSON file, or a folder's files in name order), naming a dataset in import runs. */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export async function checksumOfPath(p: string): Promise<string> {
  const h = createHash('sha256');
  const info = await stat(p);
  const files = info.isDirectory()
    ? (await readdir(p)).filter((f) => f.endsWith('.csv')).sort().map((f) => path.join(p, f))
    : [p];
  for (const f of files) {
    h.update(path.basename(f));
    h.update(await readFile(f));
  }
  return h.digest('hex').slice(0, 24);
}

/**
 * All-or-nothing file writes: every file goes to a temporary sibling first, and only when all of
 * them are written and synced are they renamed into place, so a failed export (disk full, a bad
 * value, a crash) leaves the previous files untouched and no half-written ones.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface FileToWrite {
  path: string;
  /** Content in pieces, so large exports never need one giant string. */
  chunks: Iterable<string>;
}

export async function writeFilesAtomically(files: readonly FileToWrite[]): Promise<void> {
  const temps: string[] = [];
  try {
    for (const f of files) {
      const dir = dirname(f.path);
      await mkdir(dir, { recursive: true });
      const tmp = join(dir, `.${basename(f.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      temps.push(tmp);
      const handle = await open(tmp, 'wx');
      try {
        for (const chunk of f.chunks) await handle.write(chunk);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    for (let i = 0; i < files.length; i++) await rename(temps[i] as string, (files[i] as FileToWrite).path);
  } catch (e) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw e;
  }
}

/** Joins small pieces into chunks of about `size` characters (fewer, larger writes). */
export function* chunked(pieces: Iterable<string>, size = 1 << 20): Generator<string> {
  let buf: string[] = [];
  let len = 0;
  for (const p of pieces) {
    buf.push(p);
    len += p.length;
    if (len >= size) {
      yield buf.join('');
      buf = [];
      len = 0;
    }
  }
  if (buf.length > 0) yield buf.join('');
}

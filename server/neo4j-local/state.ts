import { open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { Neo4jLocalError } from '../errors.ts';
import { isPidAlive } from './process.ts';

/** `.neo4j/run/state.json`: what a later process needs to find and reuse (or stop) the server. */
export interface ServerState {
  pid: number;
  boltPort: number;
  uri: string;
  user: string;
  passwordFile: string;
  version: string;
  startedAt: string;
  /** Plugins present in the jar cache at start (what actually loaded is checked over Bolt). */
  plugins: { gds: boolean; apoc: boolean };
}

export async function readState(file: string): Promise<ServerState | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const s = JSON.parse(text) as Partial<ServerState>;
    if (typeof s.pid !== 'number' || typeof s.boltPort !== 'number' || typeof s.uri !== 'string') return undefined;
    return s as ServerState;
  } catch {
    return undefined; // torn/corrupt file: treated as no state, the caller cleans up
  }
}

export async function writeState(file: string, state: ServerState): Promise<void> {
  // write-then-rename so readers never see half a file
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  await rename(tmp, file);
}

export async function removeState(file: string): Promise<void> {
  await rm(file, { force: true });
}

/**
 * Exclusive start/stop lock (`wx` create). Holds our pid so a lock left by a crashed process is
 * recognised (dead pid) and broken; a live holder is waited for, since it is starting the very
 * server we would otherwise start a second time.
 */
export async function acquireLock(file: string, timeoutMs: number, log: (line: string) => void): Promise<() => Promise<void>> {
  const deadline = Date.now() + timeoutMs;
  let announced = false;
  for (;;) {
    try {
      const fh = await open(file, 'wx', 0o600);
      await fh.writeFile(`${process.pid}\n`);
      await fh.close();
      return async () => {
        await rm(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = await readLockHolder(file);
    if (holder === 'stale') {
      log(`neo4j-local: removing stale lock ${file}`);
      await rm(file, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Neo4jLocalError(`timed out waiting for lock ${file} held by pid ${String(holder)}`, { lockFile: file });
    }
    if (!announced) {
      log(`neo4j-local: another process (pid ${String(holder)}) is starting/stopping this server; waiting`);
      announced = true;
    }
    await sleep(250);
  }
}

async function readLockHolder(file: string): Promise<number | 'stale' | 'unknown'> {
  try {
    const pid = Number.parseInt((await readFile(file, 'utf8')).trim(), 10);
    if (Number.isInteger(pid) && pid > 0) return pid === process.pid || isPidAlive(pid) ? pid : 'stale';
    // created but pid not written yet: only stale if it stays that way
    const age = Date.now() - (await stat(file)).mtimeMs;
    return age > 10_000 ? 'stale' : 'unknown';
  } catch {
    return 'unknown'; // vanished between open and read: retry
  }
}

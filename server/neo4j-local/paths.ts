import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root: this file lives in <repo>/server/neo4j-local/. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));

/** The POM that pins the server and plugin jars (single source of truth for versions). */
export const POM_PATH = join(REPO_ROOT, 'server', 'neo4j-local', 'pom.xml');

/** Default local home: git-ignored `.neo4j/` at the repo root. */
export const DEFAULT_HOME = join(REPO_ROOT, '.neo4j');

/**
 * Base directory of the jar cache. Lives outside git (and outside the repo) so a fresh clone or
 * `git clean` does not throw away ~200 MB of downloads; `ATLAS_NEO4J_CACHE` moves it (CI caches).
 */
export function cacheBaseDir(): string {
  const fromEnv = process.env['ATLAS_NEO4J_CACHE'];
  if (fromEnv !== undefined && fromEnv !== '') return resolve(fromEnv);
  const xdg = process.env['XDG_CACHE_HOME'];
  const base = xdg !== undefined && xdg !== '' ? xdg : join(homedir(), '.cache');
  return join(base, 'cluster-atlas');
}

/** Layout of one local home. Everything the server writes stays under it. */
export interface HomeLayout {
  home: string;
  confDir: string;
  confFile: string;
  dataDir: string;
  logsDir: string;
  runDir: string;
  importDir: string;
  passwordFile: string;
  stateFile: string;
  lockFile: string;
  consoleLog: string;
}

export function homeLayout(home: string = DEFAULT_HOME): HomeLayout {
  const h = resolve(home);
  return {
    home: h,
    confDir: join(h, 'conf'),
    confFile: join(h, 'conf', 'neo4j.conf'),
    dataDir: join(h, 'data'),
    logsDir: join(h, 'logs'),
    runDir: join(h, 'run'),
    importDir: join(h, 'import'),
    passwordFile: join(h, 'password'),
    stateFile: join(h, 'run', 'state.json'),
    lockFile: join(h, 'run', 'start.lock'),
    consoleLog: join(h, 'logs', 'console.log'),
  };
}

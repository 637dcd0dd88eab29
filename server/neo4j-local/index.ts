/**
 * Local Neo4j launcher: runs a real Neo4j Community 5.26 server from jars resolved with Maven, so
 * the project needs neither Docker nor a Neo4j install. One server per home directory; later
 * callers (tests, CLI, benches) reuse it. See README.md in this directory.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Neo4jLocalError } from '../errors.ts';
import { installNeo4jArtifacts, type PluginFlags } from './artifacts.ts';
import { changeDefaultPassword, detectPlugins, probeBolt, waitForBolt } from './bolt.ts';
import { renderNeo4jConf } from './config.ts';
import { execCapture, tailLines } from './exec.ts';
import { homeLayout, type HomeLayout } from './paths.ts';
import { ensurePassword, readPassword } from './password.ts';
import { findFreePort } from './ports.ts';
import { ADMIN_TOOL, classpath, isPidAlive, isServerProcess, javaBinary, spawnServer, terminate, ENTRY_POINT } from './process.ts';
import { acquireLock, readState, removeState, writeState, type ServerState } from './state.ts';
import { pinnedVersions } from './versions.ts';

export { installNeo4jArtifacts } from './artifacts.ts';
export { pinnedVersions } from './versions.ts';
export { DEFAULT_HOME } from './paths.ts';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

export interface LocalNeo4jHandle {
  connection: Neo4jConnection;
  /** True when this call started the JVM; only then does `stop()` stop it. */
  startedHere: boolean;
  /** Plugins whose functions answer over Bolt (not merely present in the jar cache). */
  plugins: PluginFlags;
  stop(): Promise<void>;
}

export interface EnsureLocalNeo4jOptions {
  /** Local home (conf, data, logs, run, password). Default `<repo>/.neo4j`. */
  home?: string;
  log?: (line: string) => void;
  /** JVM -Xmx. Default 2g (the machine budget: heap at most 2 GiB). */
  heapMax?: string;
  /** JVM -Xms. Default 512m. */
  heapInitial?: string;
  /** server.memory.pagecache.size. Default 512m. */
  pageCache?: string;
  /** Bolt port; default: a free port chosen at start. */
  boltPort?: number;
  /** How long to wait for Bolt after spawning the JVM. Default 120 s. */
  startTimeoutMs?: number;
}

export interface LocalNeo4jStatus {
  home: string;
  /** A server JVM for this home is alive. */
  running: boolean;
  /** state.json exists but its process is gone (a crash); the next start cleans it up. */
  stale: boolean;
  /** Result of a Bolt probe with the generated password; 'n/a' when not running. */
  bolt: 'ok' | 'auth' | 'down' | 'n/a';
  state?: ServerState;
}

const USER = 'neo4j';
const STOP_GRACE_MS = 60_000;
const noop = (): void => undefined;

async function prepareHome(layout: HomeLayout): Promise<void> {
  for (const dir of [layout.home, layout.confDir, layout.dataDir, layout.logsDir, layout.runDir, layout.importDir]) {
    await mkdir(dir, { recursive: true });
  }
}

/**
 * Server JVMs for this home that no state.json accounts for (Node died between spawn and writing
 * state). They hold the store lock, so a new start would fail; Linux only (/proc).
 */
function orphanServerPids(home: string, except: number | undefined): number[] {
  if (process.platform !== 'linux') return [];
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === except || pid === process.pid) continue;
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (args.includes(ENTRY_POINT) && args.includes(`--home-dir=${home}`) && isPidAlive(pid)) found.push(pid);
    } catch {
      /* process gone or not readable */
    }
  }
  return found;
}

async function consoleTail(layout: HomeLayout, lines = 40): Promise<string> {
  try {
    return tailLines(await readFile(layout.consoleLog, 'utf8'), lines);
  } catch {
    return '(no console log)';
  }
}

/** A running, answering server recorded in state.json, or undefined. */
async function reusable(layout: HomeLayout, password: string): Promise<ServerState | undefined> {
  const state = await readState(layout.stateFile);
  if (state === undefined || !isServerProcess(state.pid, layout.home)) return undefined;
  return (await probeBolt(state.uri, USER, password)) === 'ok' ? state : undefined;
}

function makeHandle(layout: HomeLayout, state: ServerState, password: string, plugins: PluginFlags, startedHere: boolean): LocalNeo4jHandle {
  let stopped = false;
  return {
    connection: { uri: state.uri, user: USER, password },
    startedHere,
    plugins,
    async stop() {
      if (!startedHere || stopped) return;
      stopped = true;
      await stopLocalNeo4j({ home: layout.home });
    },
  };
}

/** Pre-set the password in data/dbms/auth.ini before the store exists (neo4j-admin's way). */
async function setInitialPassword(layout: HomeLayout, libDir: string, password: string): Promise<boolean> {
  const res = await execCapture(javaBinary(), ['-cp', join(libDir, '*'), ADMIN_TOOL, 'dbms', 'set-initial-password', password], {
    // AdminTool finds home and neo4j.conf through these, as the bin/neo4j-admin script sets them
    env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.confDir },
  });
  return res.code === 0;
}

/**
 * Reuse the server running for this home, or start one. Start-up is serialised by a lock file so
 * concurrent callers (parallel test runs, CLI + tests) never start two JVMs on one store.
 */
export async function ensureLocalNeo4j(opts: EnsureLocalNeo4jOptions = {}): Promise<LocalNeo4jHandle> {
  const layout = homeLayout(opts.home);
  const log = opts.log ?? noop;
  const startTimeoutMs = opts.startTimeoutMs ?? 120_000;
  await prepareHome(layout);

  // Fast path without the lock: already up and answering.
  if (existsSync(layout.passwordFile)) {
    const password = await readPassword(layout.passwordFile);
    const state = await reusable(layout, password);
    if (state !== undefined) return makeHandle(layout, state, password, await detectPlugins(state.uri, USER, password), false);
  }

  // The lock may be held by a first-time install (minutes of Maven), hence the generous wait.
  const release = await acquireLock(layout.lockFile, 15 * 60_000, log);
  try {
    const { password, created: passwordCreated } = await ensurePassword(layout.passwordFile);

    const previous = await readState(layout.stateFile);
    if (previous !== undefined) {
      if (isServerProcess(previous.pid, layout.home)) {
        // Alive: we hold the lock, so whoever started it is gone; give it the start timeout to answer.
        const outcome = await waitForBolt(previous.uri, USER, password, startTimeoutMs, () => !isPidAlive(previous.pid));
        if (outcome.kind === 'ok') {
          return makeHandle(layout, previous, password, await detectPlugins(previous.uri, USER, password), false);
        }
        log(`neo4j-local: server pid ${previous.pid} is alive but Bolt does not answer (${outcome.kind}); restarting it`);
        await terminate(previous.pid, STOP_GRACE_MS);
      } else {
        log(`neo4j-local: removing stale state (pid ${previous.pid} is gone)`);
      }
      await removeState(layout.stateFile);
    }
    for (const pid of orphanServerPids(layout.home, undefined)) {
      log(`neo4j-local: stopping orphaned server pid ${pid} for this home`);
      await terminate(pid, STOP_GRACE_MS);
    }

    const artifacts = await installNeo4jArtifacts({ log });
    const versions = pinnedVersions();
    // A fixed port lets a restarted server come back where clients (the app's driver) expect it.
    const boltPort = opts.boltPort ?? (await findFreePort());
    const uri = `bolt://127.0.0.1:${boltPort}`;
    await writeFile(
      layout.confFile,
      renderNeo4jConf({ layout, boltPort, pluginsDir: artifacts.pluginsDir, pageCache: opts.pageCache ?? '512m' }),
    );

    const storeExists = existsSync(join(layout.dataDir, 'databases', 'system'));
    if (storeExists && passwordCreated) {
      throw new Neo4jLocalError(
        `${layout.passwordFile} was just generated but the store in ${layout.dataDir} already exists with another password; ` +
          `delete ${layout.dataDir} (or restore the old password file)`,
        { home: layout.home },
      );
    }
    let passwordPreset = storeExists;
    if (!storeExists) {
      passwordPreset = await setInitialPassword(layout, artifacts.libDir, password);
      if (!passwordPreset) log('neo4j-local: neo4j-admin set-initial-password failed; will change the default password over Bolt');
    }

    log(`neo4j-local: starting Neo4j ${versions.neo4j} on ${uri} (home ${layout.home})`);
    const t0 = Date.now();
    const child = spawnServer({
      cp: classpath(artifacts.libDir, artifacts.pluginsDir),
      jvm: { heapInitial: opts.heapInitial ?? '512m', heapMax: opts.heapMax ?? '2g' },
      home: layout.home,
      confDir: layout.confDir,
      consoleLog: layout.consoleLog,
    });
    const state: ServerState = {
      pid: child.pid,
      boltPort,
      uri,
      user: USER,
      passwordFile: layout.passwordFile,
      version: versions.neo4j,
      startedAt: new Date().toISOString(),
      plugins: artifacts.plugins,
    };
    // Written before Bolt is up so that a crash of this process still leaves the pid findable.
    await writeState(layout.stateFile, state);

    const exited = (): boolean => child.exited() !== undefined || !isPidAlive(child.pid);
    let outcome = await waitForBolt(uri, USER, password, startTimeoutMs, exited);
    if (outcome.kind === 'auth' && !passwordPreset) {
      try {
        await changeDefaultPassword(uri, password);
        outcome = await waitForBolt(uri, USER, password, 10_000, exited);
      } catch (err) {
        outcome = { kind: 'auth', error: err };
      }
    }
    if (outcome.kind !== 'ok') {
      const tail = await consoleTail(layout);
      if (!exited()) await terminate(child.pid, 10_000);
      await removeState(layout.stateFile);
      const why =
        outcome.kind === 'exited'
          ? 'the JVM exited during start-up'
          : outcome.kind === 'auth'
            ? `Bolt refused the password in ${layout.passwordFile}`
            : `Bolt did not answer within ${Math.round(startTimeoutMs / 1000)} s`;
      log(`neo4j-local: start failed: ${why} (see ${layout.consoleLog})`);
      throw new Neo4jLocalError(`local Neo4j failed to start: ${why}\n--- ${layout.consoleLog} (tail) ---\n${tail}`, {
        home: layout.home,
        consoleLog: layout.consoleLog,
        uri,
      }, { cause: 'error' in outcome ? outcome.error : undefined });
    }
    const plugins = await detectPlugins(uri, USER, password);
    log(`neo4j-local: ready on ${uri} in ${((Date.now() - t0) / 1000).toFixed(1)} s (gds=${plugins.gds}, apoc=${plugins.apoc})`);
    return makeHandle(layout, state, password, plugins, true);
  } finally {
    await release();
  }
}

/** Stop the server for this home (SIGTERM, SIGKILL after 60 s). Returns whether one was running. */
export async function stopLocalNeo4j(opts: { home?: string; log?: (line: string) => void } = {}): Promise<boolean> {
  const layout = homeLayout(opts.home);
  const log = opts.log ?? noop;
  if (!existsSync(layout.runDir)) return false;
  const release = await acquireLock(layout.lockFile, 5 * 60_000, log);
  try {
    let stopped = false;
    const state = await readState(layout.stateFile);
    if (state !== undefined && isServerProcess(state.pid, layout.home)) {
      const how = await terminate(state.pid, STOP_GRACE_MS);
      log(`neo4j-local: server pid ${state.pid} ${how === 'exited' ? 'stopped' : 'killed after 60 s'}`);
      stopped = true;
    }
    for (const pid of orphanServerPids(layout.home, state?.pid)) {
      await terminate(pid, STOP_GRACE_MS);
      log(`neo4j-local: stopped orphaned server pid ${pid}`);
      stopped = true;
    }
    await removeState(layout.stateFile);
    return stopped;
  } finally {
    await release();
  }
}

/** What is running for this home, without starting or changing anything. */
export async function localNeo4jStatus(opts: { home?: string } = {}): Promise<LocalNeo4jStatus> {
  const layout = homeLayout(opts.home);
  const state = await readState(layout.stateFile);
  if (state === undefined) return { home: layout.home, running: false, stale: false, bolt: 'n/a' };
  const running = isServerProcess(state.pid, layout.home);
  if (!running) return { home: layout.home, running: false, stale: true, bolt: 'n/a', state };
  const password = existsSync(layout.passwordFile) ? await readPassword(layout.passwordFile) : '';
  return { home: layout.home, running: true, stale: false, bolt: await probeBolt(state.uri, USER, password), state };
}

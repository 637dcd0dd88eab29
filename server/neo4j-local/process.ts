import { spawn } from 'node:child_process';
import { openSync, closeSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Options for the server JVM. */
export interface JvmOptions {
  heapInitial: string;
  heapMax: string;
}

export const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
export const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';

/**
 * The flags Neo4j's own launcher passes (bin/neo4j → server.jvm.additional defaults), minus
 * -XX:+AlwaysPreTouch (would touch the whole heap up front: slow on 2 cores, pointless here).
 */
export function jvmArgs(o: JvmOptions): string[] {
  return [
    `-Xms${o.heapInitial}`,
    `-Xmx${o.heapMax}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.tls.ephemeralDHKeySize=2048',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  ];
}

/** Plugin jars must be on the classpath too: GDS's extension factories are found via ServiceLoader. */
export function classpath(libDir: string, pluginsDir: string): string {
  return [join(libDir, '*'), join(pluginsDir, '*')].join(delimiter);
}

export function javaBinary(): string {
  const javaHome = process.env['JAVA_HOME'];
  return javaHome !== undefined && javaHome !== '' ? join(javaHome, 'bin', 'java') : 'java';
}

/**
 * Start the server JVM detached (own process group, not killed with our terminal or test runner)
 * with stdout/stderr appended to the console log. Returns the pid.
 */
export function spawnServer(a: { cp: string; jvm: JvmOptions; home: string; confDir: string; consoleLog: string }): { pid: number; exited: () => { code: number | null; signal: string | null } | undefined } {
  const fd = openSync(a.consoleLog, 'a', 0o600);
  let exit: { code: number | null; signal: string | null } | undefined;
  try {
    const child = spawn(
      javaBinary(),
      [...jvmArgs(a.jvm), '-cp', a.cp, ENTRY_POINT, `--home-dir=${a.home}`, `--config-dir=${a.confDir}`, '--console-mode'],
      {
        cwd: a.home,
        detached: true,
        stdio: ['ignore', fd, fd],
        // NEO4J_* variables from the caller's shell (e.g. a Docker-era NEO4J_AUTH) must not leak in
        env: Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_'))),
      },
    );
    if (child.pid === undefined) throw new Error(`could not spawn ${javaBinary()} (is Java 17+ installed?)`);
    child.on('exit', (code, signal) => (exit = { code, signal }));
    child.on('error', () => (exit ??= { code: null, signal: 'spawn-error' }));
    child.unref();
    return { pid: child.pid, exited: () => exit };
  } finally {
    closeSync(fd); // the child holds its own copy
  }
}

export function isPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, but not ours to signal
  }
  // An exited child not yet reaped (zombie) still answers kill(0): on Linux look at its state.
  if (process.platform === 'linux') {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
      return state !== 'Z' && state !== 'X';
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * Is `pid` a Neo4j JVM for this home? Guards against pid reuse after a crash or reboot: a stale
 * state.json must never make us SIGTERM an unrelated process. Linux reads /proc; elsewhere we can
 * only check liveness.
 */
export function isServerProcess(pid: number, home: string): boolean {
  if (!isPidAlive(pid)) return false;
  if (process.platform !== 'linux') return true;
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.includes(ENTRY_POINT) && args.includes(`--home-dir=${home}`);
  } catch {
    return false;
  }
}

/** SIGTERM (Neo4j shuts down cleanly, checkpointing), then SIGKILL after `graceMs`. */
export async function terminate(pid: number, graceMs: number): Promise<'exited' | 'killed'> {
  const signal = (s: NodeJS.Signals): void => {
    try {
      process.kill(pid, s);
    } catch {
      /* already gone */
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isPidAlive(pid)) return 'exited';
    await sleep(200);
  }
  signal('SIGKILL');
  while (isPidAlive(pid)) await sleep(100);
  return 'killed';
}

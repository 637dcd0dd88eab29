import neo4j, { type Driver } from 'neo4j-driver';
import { setTimeout as sleep } from 'node:timers/promises';

export function openDriver(uri: string, user: string, password: string): Driver {
  // short timeouts: these drivers only probe a local server
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxConnectionPoolSize: 2,
    disableLosslessIntegers: true,
  });
}

function errorCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
}

export function isAuthError(err: unknown): boolean {
  const code = errorCode(err);
  return code.startsWith('Neo.ClientError.Security.');
}

/** One connectivity + auth probe. */
export async function probeBolt(uri: string, user: string, password: string): Promise<'ok' | 'auth' | 'down'> {
  const driver = openDriver(uri, user, password);
  try {
    await driver.verifyConnectivity();
    return 'ok';
  } catch (err) {
    return isAuthError(err) ? 'auth' : 'down';
  } finally {
    await driver.close();
  }
}

export type WaitOutcome = { kind: 'ok' } | { kind: 'auth'; error: unknown } | { kind: 'exited' } | { kind: 'timeout'; error: unknown };

/**
 * Poll until Bolt accepts our credentials. Stops early when the JVM dies (no point waiting out the
 * timeout) or when the server answers but rejects the password (store from another password file).
 */
export async function waitForBolt(uri: string, user: string, password: string, timeoutMs: number, hasExited: () => boolean): Promise<WaitOutcome> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (hasExited()) return { kind: 'exited' };
    const driver = openDriver(uri, user, password);
    try {
      await driver.verifyConnectivity();
      return { kind: 'ok' };
    } catch (err) {
      lastError = err;
      if (isAuthError(err)) return { kind: 'auth', error: err };
    } finally {
      await driver.close();
    }
    await sleep(500);
  }
  return { kind: 'timeout', error: lastError };
}

/** Which plugins actually registered their functions (the jar cache only says what was offered). */
export async function detectPlugins(uri: string, user: string, password: string): Promise<{ gds: boolean; apoc: boolean }> {
  const driver = openDriver(uri, user, password);
  try {
    const { records } = await driver.executeQuery(
      "SHOW FUNCTIONS YIELD name WHERE name IN ['gds.version', 'apoc.version'] RETURN collect(name) AS names",
    );
    const names = (records[0]?.get('names') as string[] | undefined) ?? [];
    return { gds: names.includes('gds.version'), apoc: names.includes('apoc.version') };
  } finally {
    await driver.close();
  }
}

/** Fallback when neo4j-admin could not pre-set the password: change it from the default. */
export async function changeDefaultPassword(uri: string, password: string): Promise<void> {
  const driver = openDriver(uri, 'neo4j', 'neo4j');
  try {
    await driver.executeQuery('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', { old: 'neo4j', new: password }, { database: 'system' });
  } finally {
    await driver.close();
  }
}

import neo4j, { type Driver } from 'neo4j-driver';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifactsDir } from '../../server/neo4j-local/artifacts.ts';
import { ensureLocalNeo4j, localNeo4jStatus, type Neo4jConnection } from '../../server/neo4j-local/index.ts';
import { homeLayout } from '../../server/neo4j-local/paths.ts';
import { classpath, ENTRY_POINT, javaBinary, jvmArgs } from '../../server/neo4j-local/process.ts';

const connection: Neo4jConnection = inject('neo4j');
const local = inject('neo4jLocal');

function driverFor(password: string): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, password), { disableLosslessIntegers: true });
}

describe('Neo4j server used by the integration tests', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = driverFor(connection.password);
  });
  afterAll(async () => {
    await driver.close();
  });

  it('answers Bolt with the configured credentials', async () => {
    // v6 resolves without a value; a refusal would reject
    await driver.verifyConnectivity();
  });

  it('refuses a wrong password (auth is on)', async () => {
    const wrong = driverFor(`${connection.password}-wrong`);
    try {
      await expect(wrong.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    } finally {
      await wrong.close();
    }
  });

  it('is Neo4j 5.26 Community', async () => {
    const { records } = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition');
    const row = records[0];
    expect(row?.get('name')).toBe('Neo4j Kernel');
    expect(String(row?.get('version'))).toMatch(/^5\.26\./);
    expect(row?.get('edition')).toBe('community');
  });
});

describe.runIf(local !== null)('local launcher (server/neo4j-local)', () => {
  it('has the plugins the handle reports', async () => {
    const driver = driverFor(connection.password);
    try {
      if (local?.plugins.gds === true) {
        const { records } = await driver.executeQuery('RETURN gds.version() AS v');
        expect(String(records[0]?.get('v'))).toMatch(/^2\.13\./);
        const procs = await driver.executeQuery("SHOW PROCEDURES YIELD name WHERE name IN ['gds.pageRank.stream', 'gds.pageRank.write', 'gds.graph.project'] RETURN count(*) AS n");
        expect(procs.records[0]?.get('n')).toBe(3);
      }
      if (local?.plugins.apoc === true) {
        const { records } = await driver.executeQuery('RETURN apoc.version() AS v');
        expect(String(records[0]?.get('v'))).toMatch(/^5\.26\./);
      }
    } finally {
      await driver.close();
    }
  });

  it('reuses the running server on a second ensureLocalNeo4j()', async () => {
    const again = await ensureLocalNeo4j({ home: local?.home });
    expect(again.startedHere).toBe(false);
    expect(again.connection.uri).toBe(connection.uri);
    expect(again.plugins).toEqual(local?.plugins);
    await again.stop(); // must be a no-op: not started here
    const status = await localNeo4jStatus({ home: local?.home });
    expect(status.running).toBe(true);
    expect(status.bolt).toBe('ok');
    expect(status.state?.boltPort).toBe(Number(new URL(connection.uri.replace('bolt:', 'http:')).port));
  });

  it("a second JVM on the same store is refused by Neo4j's store lock", async () => {
    // Bypasses the launcher's own lock on purpose: the store lock is the second line of defence.
    const layout = homeLayout(local?.home);
    const conf = await readFile(layout.confFile, 'utf8');
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:');
    const dir = artifactsDir();
    const child = spawn(
      javaBinary(),
      [
        ...jvmArgs({ heapInitial: '256m', heapMax: '512m' }),
        '-cp', classpath(`${dir}/lib`, `${dir}/plugins`),
        ENTRY_POINT, `--home-dir=${layout.home}`, `--config-dir=${layout.confDir}`, '--console-mode',
        // a different port, so only the store (not the socket) can be what refuses it
        '-c', 'server.bolt.listen_address=127.0.0.1:0',
        '-c', 'server.memory.pagecache.size=16m',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
      child.on('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(code).not.toBe(0);
    expect(output).toMatch(/Lock file has been locked by another process: .*store_lock/);
    // and the real server is unharmed
    const driver = driverFor(connection.password);
    try {
      await driver.verifyConnectivity();
    } finally {
      await driver.close();
    }
  });
});

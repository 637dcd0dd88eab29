import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { Executor } from '../../server/db/executor.ts';
import { applyMigrations } from '../../server/db/migrations.ts';
import { findFreePort } from '../../server/neo4j-local/ports.ts';
import { ensureLocalNeo4j, stopLocalNeo4j, type LocalNeo4jHandle } from '../../server/neo4j-local/index.ts';

// A Neo4j of its own (a temporary home on a fixed port), so that stopping it harms no other test.
describe('Neo4j stopped and restarted while the server runs', () => {
  let home: string;
  let port: number;
  let neo4j: LocalNeo4jHandle;
  let executor: Executor;
  let app: App;
  let url: string;

  beforeAll(async () => {
    home = await mkdtemp(path.join(tmpdir(), 'atlas-faults-'));
    port = await findFreePort();
    neo4j = await ensureLocalNeo4j({ home, boltPort: port, heapMax: '512m', pageCache: '64m' });
    executor = new Executor(createDriver(neo4j.connection), { timeoutMs: 5_000 });
    await applyMigrations(executor);
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'error', NEO4J_URI: neo4j.connection.uri, NEO4J_PASSWORD: neo4j.connection.password });
    app = await createApp(config, executor);
    url = `http://127.0.0.1:${await app.listen()}`;
  });

  afterAll(async () => {
    await app.close();
    await executor.close();
    await stopLocalNeo4j({ home });
    await rm(home, { recursive: true, force: true });
  });

  const query = async (): Promise<{ status: number; code: string | undefined; version: string | undefined }> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ apiInfo { version graphVersion } }' }),
    });
    const body = (await res.json()) as { data?: { apiInfo?: { version: string } }; errors?: { extensions?: { code?: string } }[] };
    return { status: res.status, code: body.errors?.[0]?.extensions?.code, version: body.data?.apiInfo?.version };
  };

  it('answers, fails fast with DATABASE_UNAVAILABLE while Neo4j is down, and recovers by itself', async () => {
    expect(await query()).toMatchObject({ code: undefined, version: '0.1.0' });
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    await stopLocalNeo4j({ home });
    const down = await query();
    expect(down.code).toBe('DATABASE_UNAVAILABLE');
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ neo4j: false });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    neo4j = await ensureLocalNeo4j({ home, boltPort: port, heapMax: '512m', pageCache: '64m' });
    let recovered = await query();
    for (let i = 0; i < 20 && recovered.code !== undefined; i++) {
      await new Promise((r) => setTimeout(r, 500));
      recovered = await query();
    }
    expect(recovered).toMatchObject({ code: undefined, version: '0.1.0' });
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });
});

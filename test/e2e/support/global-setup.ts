/**
 * Global setup of the e2e project: builds the client (vite build → client/dist), opens a Neo4j
 * (NEO4J_URI when set, else the local launcher, home ATLAS_NEO4J_HOME or the default), makes sure
 * the demo data is in it (an upsert: never deletes anything), and starts the whole app in-process
 * on a free port, as `npm start` composes it. Tests get the URL with inject('appUrl').
 */
import { readDataset } from '../../../server/dataset/index.ts';
import { createApp, type App } from '../../../server/app.ts';
import { loadConfig } from '../../../server/config.ts';
import { createDriver } from '../../../server/db/driver.ts';
import { Executor } from '../../../server/db/executor.ts';
import { applyMigrations } from '../../../server/db/migrations.ts';
import { ensureLocalNeo4j, type LocalNeo4jHandle, type Neo4jConnection } from '../../../server/neo4j-local/index.ts';
import { checksumOfPath } from '../../../server/services/dataset-checksum.ts';
import { graphCounts } from '../../../server/services/graph-counts.ts';
import { importDataset } from '../../../server/services/import-service.ts';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

const DEMO = 'data/demo';

async function buildClient(): Promise<void> {
  if (process.env['ATLAS_E2E_SKIP_BUILD'] === '1') return;
  const { build } = await import('vite');
  await build({ configFile: 'client/vite.config.ts', logLevel: 'warn' });
}

/** The demo is present when its hub firm is: otherwise import it (idempotent upsert). */
async function ensureDemo(executor: Executor): Promise<void> {
  const counts = await graphCounts(executor);
  const rows = await executor.read('api-organizations-by-ids', { ids: ['org-auto-lead-1'] });
  if ((counts['organizations'] ?? 0) > 0 && rows.length > 0) return;
  const dataset = await readDataset(DEMO);
  await importDataset(executor, dataset, { source: DEMO, checksum: await checksumOfPath(DEMO), batchSize: 5000 });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const building = buildClient();
  let handle: LocalNeo4jHandle | undefined;
  let conn: Neo4jConnection;
  const uri = process.env['NEO4J_URI'];
  if (uri !== undefined && uri !== '') {
    conn = { uri, user: process.env['NEO4J_USER'] ?? 'neo4j', password: process.env['NEO4J_PASSWORD'] ?? '' };
  } else {
    const home = process.env['ATLAS_NEO4J_HOME'];
    handle = await ensureLocalNeo4j({ log: (l) => console.log(l), ...(home ? { home } : {}) });
    conn = handle.connection;
  }
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, LOG_LEVEL: 'error', ATLAS_RATE_LIMIT_PER_MINUTE: '0' });
  const executor = new Executor(createDriver(conn), { timeoutMs: config.queryTimeoutMs });
  let app: App | undefined;
  try {
    await applyMigrations(executor);
    await ensureDemo(executor);
    await building;
    app = await createApp(config, executor);
    const port = await app.listen();
    project.provide('appUrl', `http://127.0.0.1:${port}`);
    console.log(`e2e: app on http://127.0.0.1:${port} (Neo4j ${conn.uri}) ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (err) {
    await executor.close();
    await handle?.stop();
    throw err;
  }
  return async () => {
    await app?.close();
    await executor.close();
    await handle?.stop(); // only stops a server this run started
  };
}

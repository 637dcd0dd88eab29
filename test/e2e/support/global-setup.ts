/**
 * Global setup of the e2e project: builds the client (vite build → client/dist), opens a Neo4j
 * (NEO4J_URI when set, else a local server of its own, .neo4j-e2e/, never the development one),
 * loads exactly the demo data into it (the graph is replaced), warms the analytics cache, and
 * starts the whole app in-process on a free port, as `npm start` composes it. Tests get the URL
 * with inject('appUrl').
 */
import path from 'node:path';
import { readDataset } from '../../../server/dataset/index.ts';
import { REPO_ROOT } from '../../../server/neo4j-local/paths.ts';
import { createApp, type App } from '../../../server/app.ts';
import { loadConfig } from '../../../server/config.ts';
import { createDriver } from '../../../server/db/driver.ts';
import { Executor } from '../../../server/db/executor.ts';
import { applyMigrations } from '../../../server/db/migrations.ts';
import { ensureLocalNeo4j, type LocalNeo4jHandle, type Neo4jConnection } from '../../../server/neo4j-local/index.ts';
import { checksumOfPath } from '../../../server/services/dataset-checksum.ts';
import { wipeGraph } from '../../../server/services/wipe.ts';
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

/** Exactly the demo: wipe, then import (the tests assert the demo's hub firms and counts). */
async function loadDemo(executor: Executor): Promise<void> {
  await wipeGraph(executor);
  const dataset = await readDataset(DEMO);
  await importDataset(executor, dataset, { source: DEMO, checksum: await checksumOfPath(DEMO), batchSize: 5000 });
}

/**
 * The first request for whole-network measures computes them (seconds on a busy machine); do it
 * here, so that the browser tests' waits measure the explorer, not a cold analytics cache.
 */
async function warmAnalytics(url: string): Promise<void> {
  const queries = [
    '{ organization(id: "org-auto-lead-1") { measures(scope: {all: true}) { degree pagerank } } }',
    '{ hubFirms(scope: {all: true}, limit: 5) { firms { rank } } }',
  ];
  for (const query of queries) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const text = await res.text();
    if (!res.ok || text.includes('"errors"')) throw new Error(`e2e warm-up failed: ${text.slice(0, 300)}`);
  }
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
    // Its own server: vitest runs every project's global setup before any test, so sharing the
    // integration tests' server would let them wipe the demo from under the browser tests.
    const home = process.env['ATLAS_NEO4J_E2E_HOME'] || path.join(REPO_ROOT, '.neo4j-e2e');
    handle = await ensureLocalNeo4j({ log: (l) => console.log(l), home });
    conn = handle.connection;
  }
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, LOG_LEVEL: 'error', ATLAS_RATE_LIMIT_PER_MINUTE: '0' });
  const executor = new Executor(createDriver(conn), { timeoutMs: config.queryTimeoutMs });
  let app: App | undefined;
  try {
    await applyMigrations(executor);
    await loadDemo(executor);
    await building;
    app = await createApp(config, executor);
    const port = await app.listen();
    project.provide('appUrl', `http://127.0.0.1:${port}`);
    await warmAnalytics(`http://127.0.0.1:${port}/graphql`);
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

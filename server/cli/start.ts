/**
 * `npm start`: the whole app on one machine. Opens (or starts) Neo4j, applies the schema, loads
 * the demo data into an empty database, serves HTTP, and on Ctrl-C stops what it started.
 */
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { applyMigrations } from '../db/migrations.ts';
import { loadDemoIfEmpty } from '../services/demo-loader.ts';
import { applyRuntimeSettings } from '../runtime.ts';
import { runCli } from './args.ts';
import { ensureClientBuilt } from './client-build.ts';

await runCli(async () => {
  const config = loadConfig();
  applyRuntimeSettings(config);
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  await ensureClientBuilt(log);
  const db = await openDatabase(config, log);
  let schemaReady = false;
  const app = await createApp(config, db.executor, { schemaReady: () => schemaReady });
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    await app.close();
    log('http closed');
    await db.close();
    log('database closed');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  try {
    const migrations = await applyMigrations(db.executor);
    schemaReady = true;
    if (migrations.applied.length > 0) log(`schema: applied ${migrations.applied.join(', ')}`);
    if (config.loadDemo) {
      const summary = await loadDemoIfEmpty(db.executor, config.demoPath, config.importBatchSize);
      if (summary !== undefined) log(`demo data loaded from ${config.demoPath}: ${summary.totals.created} rows created`);
    }
    const port = await app.listen();
    process.stdout.write(`Cluster Atlas is running at http://${config.host}:${port}/  (GraphQL: /graphql, Neo4j: ${db.uri})\n`);
  } catch (err) {
    await app.close();
    await db.close();
    throw err;
  }
});

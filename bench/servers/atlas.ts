/** Cluster Atlas's own server for the API benchmark, in a child process: `tsx bench/servers/atlas.ts <port>`. */
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { Executor } from '../../server/db/executor.ts';
import { applyRuntimeSettings } from '../../server/runtime.ts';

const config = loadConfig({
  ...process.env,
  PORT: process.argv[2] ?? '4101',
  NODE_ENV: 'production',
  LOG_LEVEL: 'error',
  // The load generator is one client: no rate limit in the benchmark.
  ATLAS_RATE_LIMIT_PER_MINUTE: '0',
});
if (config.neo4j.kind !== 'external') throw new Error('NEO4J_URI must be set');
applyRuntimeSettings(config);
const executor = new Executor(createDriver(config.neo4j), { timeoutMs: config.queryTimeoutMs });
const app = await createApp(config, executor);
const port = await app.listen();
process.stdout.write(`ready http://127.0.0.1:${port}/\n`);

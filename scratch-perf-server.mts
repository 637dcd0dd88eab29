import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { createApp } from './server/app.ts';
import { loadConfig } from './server/config.ts';
import { createDriver } from './server/db/driver.ts';
import { Executor } from './server/db/executor.ts';
const config = loadConfig({ ...process.env, PORT: '4199', NODE_ENV: 'production', LOG_LEVEL: 'error', ATLAS_RATE_LIMIT_PER_MINUTE: '0' });
if (config.neo4j.kind !== 'external') throw new Error('NEO4J_URI');
const executor = new Executor(createDriver(config.neo4j), { timeoutMs: config.queryTimeoutMs });
const app = await createApp(config, executor);
await app.listen();
const s = new Session(); s.connect();
await s.post('Profiler.enable');
console.log('ready');
process.on('SIGUSR2', async () => {
  await s.post('Profiler.start');
  setTimeout(async () => {
    const { profile } = await s.post('Profiler.stop');
    writeFileSync('/tmp/perf/server.cpuprofile', JSON.stringify(profile));
    console.log('profile written');
    process.exit(0);
  }, Number(process.env.PROF_MS ?? 4000));
});

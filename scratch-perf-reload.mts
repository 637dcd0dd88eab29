import { createDriver } from './server/db/driver.ts';
import { Executor } from './server/db/executor.ts';
import { applyMigrations } from './server/db/migrations.ts';
import { loadDemoIfEmpty, graphCounts } from './server/services/demo-loader.ts';
const ex = new Executor(createDriver({ uri: process.env.NEO4J_URI!, user: 'neo4j', password: process.env.NEO4J_PASSWORD! }), { timeoutMs: 120000 });
for (;;) { const r = await ex.write('wipe-batch', { limit: 10000 }); if (Number(r[0]?.['deleted'] ?? 0) === 0) break; }
await applyMigrations(ex);
await loadDemoIfEmpty(ex, 'data/demo', 5000);
console.log(await graphCounts(ex));
await ex.close();

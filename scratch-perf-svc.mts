import { createDriver } from './server/db/driver.ts';
import { Executor } from './server/db/executor.ts';
import { loadConfig } from './server/config.ts';
import { createServices } from './server/services/index.ts';
const ex = new Executor(createDriver({ uri: process.env.NEO4J_URI!, user: 'neo4j', password: process.env.NEO4J_PASSWORD! }));
const config = loadConfig({ ...process.env, NODE_ENV: 'production' });
const s = createServices(ex, config);
const cases: [string, () => Promise<unknown>][] = [
  ['nb2', () => s.catalog.neighborhood({ id: 'org-mach-ent-010', depth: 2, relationshipTypes: ['SUPPLIES', 'COLLABORATES_WITH'], limit: 2000 })],
  ['sub', () => s.catalog.subgraph({ scope: { clusterIds: ['cl-textile'] }, relationshipTypes: ['SUPPLIES', 'COLLABORATES_WITH'], limit: 1000 })],
  ['net', () => s.catalog.clusterNetwork({})],
  ['org', () => s.catalog.entities.organizationsByIds(['org-auto-lead-2'])],
  ['ping', () => ex.read('ping')],
];
for (const [name, f] of cases) {
  if (process.argv[2] && !process.argv.slice(2).includes(name)) continue;
  for (let i = 0; i < 5; i++) await f();
  const t0 = performance.now();
  let r: unknown;
  for (let i = 0; i < 20; i++) r = await f();
  const ms = (performance.now() - t0) / 20;
  const info = r && typeof r === 'object' && 'nodes' in r ? `nodes ${(r as any).nodes.length} edges ${(r as any).edges.length} trunc ${(r as any).truncated}` : '';
  console.log(name, ms.toFixed(2), 'ms', info);
}
await s.analytics.close();
await ex.close();

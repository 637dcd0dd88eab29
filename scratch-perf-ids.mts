import { createDriver } from './server/db/driver.ts';
import { Executor } from './server/db/executor.ts';
const ex = new Executor(createDriver({ uri: process.env.NEO4J_URI!, user: 'neo4j', password: process.env.NEO4J_PASSWORD! }));
const s = await import('./server/services/catalog/graph/neighborhood.ts');
const r = await s.neighborhood(ex, 2000, { id: 'org-mach-ent-010', depth: 2, relationshipTypes: ['SUPPLIES', 'COLLABORATES_WITH'], limit: 2000 });
console.log(JSON.stringify(r.nodes.map(n=>n.id)));
await ex.close();

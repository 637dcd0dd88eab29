import { createDriver } from './server/db/driver.ts';
import { Executor } from './server/db/executor.ts';
import { neighborhood } from './server/services/catalog/graph/neighborhood.ts';
const ex = new Executor(createDriver({ uri: process.env.NEO4J_URI!, user: 'neo4j', password: process.env.NEO4J_PASSWORD! }));
const s = await neighborhood(ex, 2000, { id: 'org-mach-ent-010', depth: 2, relationshipTypes: ['SUPPLIES', 'COLLABORATES_WITH'], limit: 2000 });
const d = new Map(s.nodes.map((n) => [n.id, n.depth]));
const c: Record<string, number> = {};
for (const e of s.edges) { const k = [d.get(e.source), d.get(e.target)].sort().join('-'); c[k] = (c[k] ?? 0) + 1; }
console.log(s.nodes.length, s.edges.length, c);
await ex.close();

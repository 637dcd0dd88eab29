import { createDriver } from './server/db/driver.ts';
import { Executor } from './server/db/executor.ts';
import { QueryRegistry } from './server/db/queries.ts';
import * as oldN from './scratch-old/neighborhood.ts';
import * as oldS from './scratch-old/subgraph.ts';
import { neighborhood } from './server/services/catalog/graph/neighborhood.ts';
import { subgraph } from './server/services/catalog/graph/subgraph.ts';
const conn = { uri: process.env.NEO4J_URI!, user: 'neo4j', password: process.env.NEO4J_PASSWORD! };
const ex = new Executor(createDriver(conn));
const exOld = new Executor(createDriver(conn), { registry: QueryRegistry.load('/tmp/perf/oldq') });
const med = async (f: () => Promise<unknown>, n = 15) => { for (let i = 0; i < 3; i++) await f(); const a: number[] = []; for (let i = 0; i < n; i++) { const t0 = performance.now(); await f(); a.push(performance.now() - t0); } return a.sort((x, y) => x - y)[Math.floor(n / 2)]!.toFixed(1); };
const cases: [string, any, boolean][] = [
  ['sub region xb', { scope: { regionIds: ['xb'] }, limit: 2000 }, false],
  ['sub all orgs', { scope: {}, limit: 2000 }, false],
  ['sub all orgs cap 300', { scope: {}, limit: 300 }, false],
  ['sub alliance', { scope: { allianceId: 'all-life-sciences' }, relationshipTypes: ['PARTY_TO', 'COLLABORATES_WITH'] }, false],
  ['sub 2 clusters', { scope: { clusterIds: ['cl-auto', 'cl-chem'] } }, false],
  ['nb hub d3', { id: 'org-auto-lead-1', depth: 3, limit: 2000 }, true],
  ['nb hub d2', { id: 'org-auto-lead-1', depth: 2, limit: 2000 }, true],
  ['nb cluster d2 all types', { id: 'cl-auto', depth: 2, limit: 2000, relationshipTypes: ['MEMBER_OF', 'SUPPLIES', 'COLLABORATES_WITH', 'PARTY_TO'] }, true],
];
for (const [name, args, isNb] of cases) {
  const o = await med(() => (isNb ? oldN.neighborhood(exOld, 2000, args) : oldS.subgraph(exOld, 2000, args)));
  const n = await med(() => (isNb ? neighborhood(ex, 2000, args) : subgraph(ex, 2000, args)));
  const r: any = isNb ? await neighborhood(ex, 2000, args) : await subgraph(ex, 2000, args);
  console.log(`${name}: old ${o} ms, new ${n} ms (${r.nodes.length} nodes, ${r.edges.length} edges)`);
}
await ex.close(); await exOld.close();

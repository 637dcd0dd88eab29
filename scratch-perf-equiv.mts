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
const NOPARTS = process.env.PARTS === '0';
const mask = (s: any) => NOPARTS ? { ...s, nodes: s.nodes.map((n: any) => ({ ...n, clusterIds: [] })), edges: s.edges.map((e: any) => ({ ...e, weight: null, value: null, since: null, until: null })) } : s;
const canon = (s0: any) => { const s = mask(s0); return ({ truncated: s.truncated, nodes: JSON.stringify(s.nodes), edges: JSON.stringify([...s.edges].sort((a: any, b: any) => (a.id < b.id ? -1 : 1))) }); };
const run = async (f: () => Promise<any>) => { try { return canon(await f()); } catch (e: any) { return { error: e.code ?? e.message }; } };
let bad = 0, n = 0;
const check = async (label: string, a: () => Promise<any>, b: () => Promise<any>) => {
  const [x, y] = [await run(a), await run(b)]; n++;
  if (JSON.stringify(x) !== JSON.stringify(y)) { bad++; console.log('DIFF', label, JSON.stringify(x).slice(0, 300), '\n   vs', JSON.stringify(y).slice(0, 300)); }
};
const centres = ['org-mach-ent-010', 'org-auto-lead-1', 'org-chem-lead-1', 'org-uni-broker-1', 'cl-auto', 'cl-textile', 'all-life-sciences', 'xa', 'xb', 'nobody', 'org-food-lead-1'];
const typeSets = [null, ['SUPPLIES', 'COLLABORATES_WITH'], ['SUPPLIES'], ['PARTY_TO', 'SUPPORTS'], ['MEMBER_OF', 'LOCATED_IN', 'SUPPLIES'], ['INVESTS_IN', 'COLLABORATES_WITH', 'PARTY_TO', 'MEMBER_OF', 'SUPPORTS', 'LOCATED_IN', 'SUPPLIES']];
for (const id of centres) for (const depth of [1, 2, 3]) for (const types of typeSets) for (const limit of (NOPARTS ? [7, 2000] : [1, 2, 7, 30, 120, 2000])) for (const extra of [{}, { asOf: 2012 }, { kinds: ['UNIVERSITY', 'RESEARCH'] }]) {
  if (depth === 3 && limit > 120 && types !== null && types.length > 5) continue;
  const args = { id, depth, relationshipTypes: types, limit, ...extra } as any;
  await check(`nb ${JSON.stringify(args)}`, () => oldN.neighborhood(exOld, 2000, args), () => neighborhood(ex, 2000, args, NOPARTS ? { clusterIds: false, edgeDetails: false } : undefined));
}
const scopes = [{ clusterIds: ['cl-textile'] }, { clusterIds: ['cl-auto', 'cl-chem'] }, { regionIds: ['xb'] }, { regionIds: ['xa', 'xb'] }, { allianceId: 'all-life-sciences' }, { allianceId: 'all-green-mobility', clusterIds: ['cl-auto', 'cl-energy'] }, { clusterIds: ['cl-auto'], regionIds: ['xa'] }, { allianceId: 'all-green-mobility', regionIds: ['xa'] }, {}, { clusterIds: [] }, { clusterIds: ['nope'] }, { allianceId: 'nope' }];
for (const scope of scopes) for (const asOf of [null, 2012]) for (const types of typeSets) for (const limit of [5, 50, 2000]) {
  const args = { scope: { ...scope, asOf }, relationshipTypes: types, limit } as any;
  await check(`sub ${JSON.stringify(args)}`, () => oldS.subgraph(exOld, 2000, args), () => subgraph(ex, 2000, args, NOPARTS ? { clusterIds: false, edgeDetails: false } : undefined));
}
console.log(`${n} cases, ${bad} differ`);
await ex.close(); await exOld.close();

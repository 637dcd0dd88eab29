import { runLoad } from './bench/load.ts';
const q = { nb: '{ neighborhood(id: "org-mach-ent-010", depth: 2, relationshipTypes: [SUPPLIES, COLLABORATES_WITH], limit: 2000) { truncated nodes { id name kind } edges { source target type } } }',
  sub: '{ subgraph(scope: {clusterIds: ["cl-textile"]}, relationshipTypes: [SUPPLIES, COLLABORATES_WITH], limit: 1000) { truncated nodes { id name kind } edges { source target type } } }',
  org: '{ organization(id: "org-auto-lead-2") { id name kind sector employees } }',
  net: '{ clusterNetwork { nodes { id memberCount } edges { source target weight sharedAlliances } } }' } as Record<string, string>;
const [name, conns, ms, port] = process.argv.slice(2);
const r = await runLoad(`http://127.0.0.1:${port ?? 4199}/graphql`, JSON.stringify({ query: q[name!] }), Number(conns ?? 20), Number(ms ?? 4000));
console.log(name, conns, Math.round(r.rps), 'req/s p50', r.p50.toFixed(1), 'p95', r.p95.toFixed(1), 'errors', r.errors);

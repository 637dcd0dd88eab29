// CPU ms per request of each server process and of Neo4j (from /proc), robust against a busy machine.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { runLoad } from './bench/load.ts';
const Q: Record<string, [string, string]> = {
  org: ['{ organization(id: "org-auto-lead-2") { id name kind sector employees } }', '{ organizations(where: {id: {eq: "org-auto-lead-2"}}) { id name kind sector employees } }'],
  nb: ['{ neighborhood(id: "org-mach-ent-010", depth: 2, relationshipTypes: [SUPPLIES, COLLABORATES_WITH], limit: 2000) { truncated nodes { id name kind } edges { source target type } } }',
    '{ organizations(where: {id: {eq: "org-mach-ent-010"}}) { id name kind supplies { ...hop2 } suppliers { ...hop2 } collaborators { ...hop2 } } } fragment hop2 on Organization { id name kind supplies { id name kind } suppliers { id name kind } collaborators { id name kind } }'],
  sub: ['{ subgraph(scope: {clusterIds: ["cl-textile"]}, relationshipTypes: [SUPPLIES, COLLABORATES_WITH], limit: 1000) { truncated nodes { id name kind } edges { source target type } } }', '{ clusters(where: {id: {eq: "cl-textile"}}) { id members { id name kind supplies { id } collaborators { id } } } }'],
};
const cpu = (pid: number): number => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
const neo4jPid = Number(process.env.NEO4J_PID);
const start = (script: string, port: number) => new Promise<{ pid: number; kill: () => void }>((res) => { const c = spawn(process.execPath, ['--import', 'tsx', script, String(port)], { env: process.env, stdio: ['ignore', 'pipe', 'inherit'] }); c.stdout.on('data', (d: Buffer) => { if (d.toString().includes('ready')) res({ pid: c.pid!, kill: () => c.kill('SIGTERM') }); }); });
const ours = await start('bench/servers/atlas.ts', 4301); const peer = await start('bench/servers/neo4j-graphql.ts', 4302);
// the node child is the tsx-spawned process: find the actual node pid (child of the spawned one if any)
const realPid = (pid: number): number => { try { const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ').filter(Boolean); return kids.length ? Number(kids[0]) : pid; } catch { return pid; } };
const which = (process.argv[2] ?? 'org,nb,sub').split(',');
for (const w of which) for (const [name, url, q, pid] of [['ours', 'http://127.0.0.1:4301/graphql', Q[w]![0], realPid(ours.pid)], ['peer', 'http://127.0.0.1:4302/graphql', Q[w]![1], realPid(peer.pid)]] as const) {
  const body = JSON.stringify({ query: q });
  await runLoad(url, body, 4, 1500);
  const c0 = cpu(pid), n0 = cpu(neo4jPid);
  const r = await runLoad(url, body, Number(process.env.CONNS ?? 4), 4000);
  const c1 = cpu(pid), n1 = cpu(neo4jPid);
  console.log(`${w} ${name}: ${Math.round(r.rps)} req/s, server CPU ${((c1 - c0) / r.requests).toFixed(2)} ms/req, neo4j CPU ${((n1 - n0) / r.requests).toFixed(2)} ms/req, errors ${r.errors}`);
}
ours.kill(); peer.kill(); process.exit(0);

/**
 * `npm run bench -- api [--quick]`: throughput and p50/p95/p99 latency at 1 and 20 concurrent
 * clients, on loopback, for four workloads; the first three also against the same data served by
 * the Neo4j GraphQL Library (@neo4j/graphql), in the same run, on the same Neo4j. Each server runs
 * in its own child process; the load generator (bench/load.ts) runs here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { openDatabase } from '../server/db/connect.ts';
import { applyMigrations } from '../server/db/migrations.ts';
import { findFreePort } from '../server/neo4j-local/ports.ts';
import { graphCounts, loadDemoIfEmpty } from '../server/services/demo-loader.ts';
import { runLoad, type LoadResult } from './load.ts';
import { benchConfig, benchHome } from './home.ts';
import { machineLine, saveReport, table } from './machine.ts';

interface Workload {
  name: string;
  ours: string;
  peer?: string;
  /** A graph slice: also measured on a second server of ours with the slice cache off. */
  slice?: boolean;
}

// Equivalent reads. The peer answers nested selections (a tree, with repeats) where ours returns
// a flat slice {nodes, edges}; both reach the same nodes. Ours also returns the ties among the
// second hop's nodes (the peer's tree stops at them), and the peer's subgraph also lists the
// members' ties to organisations outside the cluster (a tree cannot stop at the scope's edge).
const WORKLOADS: Workload[] = [
  {
    name: 'organisation by id',
    ours: '{ organization(id: "org-auto-lead-2") { id name kind sector employees } }',
    peer: '{ organizations(where: {id: {eq: "org-auto-lead-2"}}) { id name kind sector employees } }',
  },
  {
    name: '2-hop neighborhood',
    slice: true,
    ours: '{ neighborhood(id: "org-mach-ent-010", depth: 2, relationshipTypes: [SUPPLIES, COLLABORATES_WITH], limit: 2000) { truncated nodes { id name kind } edges { source target type } } }',
    // Ours follows SUPPLIES both ways (a neighbourhood is undirected), so the peer asks for both
    // directions too (`supplies` out, `suppliers` in) at both hops.
    peer: '{ organizations(where: {id: {eq: "org-mach-ent-010"}}) { id name kind supplies { ...hop2 } suppliers { ...hop2 } collaborators { ...hop2 } } } fragment hop2 on Organization { id name kind supplies { id name kind } suppliers { id name kind } collaborators { id name kind } }',
  },
  {
    // The peer's two-level tree cannot return the ties among second-hop nodes; a third level is
    // the nearest it gets to the same edges (and then returns third-hop nodes too).
    name: '2-hop neighborhood, peer with 3 levels (all edges among the 2-hop nodes)',
    slice: true,
    ours: '{ neighborhood(id: "org-mach-ent-010", depth: 2, relationshipTypes: [SUPPLIES, COLLABORATES_WITH], limit: 2000) { truncated nodes { id name kind } edges { source target type } } }',
    peer: '{ organizations(where: {id: {eq: "org-mach-ent-010"}}) { id name kind supplies { ...hop2 } suppliers { ...hop2 } collaborators { ...hop2 } } } fragment hop2 on Organization { id name kind supplies { ...hop3 } suppliers { ...hop3 } collaborators { ...hop3 } } fragment hop3 on Organization { id supplies { id } suppliers { id } collaborators { id } }',
  },
  {
    name: 'subgraph of cl-auto + cl-chem (328 nodes)',
    slice: true,
    ours: '{ subgraph(scope: {clusterIds: ["cl-auto", "cl-chem"]}, relationshipTypes: [SUPPLIES, COLLABORATES_WITH], limit: 1000) { truncated nodes { id name kind } edges { source target type } } }',
    peer: '{ clusters(where: {id: {in: ["cl-auto", "cl-chem"]}}) { id members { id name kind supplies { id } collaborators { id } } } }',
  },
  {
    name: 'clusterNetwork',
    ours: '{ clusterNetwork { nodes { id memberCount } edges { source target weight sharedAlliances } } }',
  },
];

function startServer(script: string, port: number, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, String(port)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${script} did not start: ${out}`)), 60_000);
    const onData = (d: Buffer): void => {
      out += d.toString();
      const m = /ready (\S+)/.exec(out);
      if (m?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({ child, url: m[1].endsWith('/') ? m[1] : `${m[1]}/` });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`${script} exited ${code}: ${out}`)));
  });
}

async function check(url: string, query: string): Promise<number> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const text = await res.text();
  if (!res.ok || text.includes('"errors"')) throw new Error(`${url}: ${text.slice(0, 300)}`);
  return text.length;
}

export async function run(argv: string[]): Promise<void> {
  const quick = argv.includes('--quick');
  const durationMs = quick ? 3_000 : 10_000;
  const config = benchConfig('api');
  const db = await openDatabase(config, (l) => process.stderr.write(`${l}\n`));
  const conn = config.neo4j.kind === 'external' ? config.neo4j : undefined;
  // Both servers run as in production: graphql-js (used by both) skips its development checks.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  try {
    await applyMigrations(db.executor);
    await loadDemoIfEmpty(db.executor, config.demoPath, config.importBatchSize);
    const counts = await graphCounts(db.executor);
    if ((counts['organizations'] ?? 0) === 0) throw new Error('no data');
    if (conn === undefined) {
      const { readFileSync } = await import('node:fs');
      const { homeLayout } = await import('../server/neo4j-local/paths.ts');
      const state = JSON.parse(readFileSync(homeLayout(benchHome('api')).stateFile, 'utf8')) as { uri: string };
      env['NEO4J_URI'] = state.uri;
      env['NEO4J_USER'] = 'neo4j';
      env['NEO4J_PASSWORD'] = readFileSync(homeLayout(benchHome('api')).passwordFile, 'utf8').trim();
    }
    const ours = await startServer('bench/servers/atlas.ts', await findFreePort(), env);
    // The same server with the slice cache off: what a slice costs when it is read from Neo4j.
    const uncached = await startServer('bench/servers/atlas.ts', await findFreePort(), { ...env, ATLAS_SLICE_CACHE_ENTRIES: '0' });
    const peer = await startServer('bench/servers/neo4j-graphql.ts', await findFreePort(), env);
    const rows: (string | number)[][] = [];
    try {
      for (const w of WORKLOADS) {
        const sizes = [`ours ${await check(`${ours.url}graphql`, w.ours)} B`];
        if (w.peer) sizes.push(`peer ${await check(peer.url, w.peer)} B`);
        process.stderr.write(`${w.name}: response ${sizes.join(', ')}\n`);
        for (const connections of [1, 20]) {
          const measure = async (url: string, query: string): Promise<LoadResult> => {
            await runLoad(url, JSON.stringify({ query }), connections, 1_000); // warm-up
            return runLoad(url, JSON.stringify({ query }), connections, durationMs);
          };
          const a = await measure(`${ours.url}graphql`, w.ours);
          const c = w.slice === true ? await measure(`${uncached.url}graphql`, w.ours) : undefined;
          const b = w.peer ? await measure(peer.url, w.peer) : undefined;
          const fmt = (r: LoadResult): (string | number)[] => [Math.round(r.rps), r.p50.toFixed(1), r.p95.toFixed(1), r.p99.toFixed(1), r.errors];
          const ratio = (r: LoadResult): string => (b ? `${(r.rps / b.rps).toFixed(2)}×` : '—');
          rows.push([w.name, connections, 'Cluster Atlas', ...fmt(a), ratio(a)]);
          if (c) rows.push([w.name, connections, 'Cluster Atlas, slice cache off', ...fmt(c), ratio(c)]);
          if (b) rows.push([w.name, connections, '@neo4j/graphql', ...fmt(b), '']);
          process.stderr.write(
            `${w.name} ×${connections}: ours ${Math.round(a.rps)} req/s p95 ${a.p95.toFixed(1)} ms` +
              `${c ? `; ours uncached ${Math.round(c.rps)} req/s p95 ${c.p95.toFixed(1)} ms` : ''}` +
              `${b ? `; peer ${Math.round(b.rps)} req/s p95 ${b.p95.toFixed(1)} ms` : ''}\n`,
          );
        }
      }
    } finally {
      ours.child.kill('SIGTERM');
      uncached.child.kill('SIGTERM');
      peer.child.kill('SIGTERM');
    }
    const report = [
      '# API benchmark',
      '',
      machineLine(),
      '',
      `Closed-loop clients on loopback (bench/load.ts), ${durationMs / 1000} s per cell after a 1 s warm-up; each server in its`,
      'own process, the same local Neo4j with the demo data. Ratio: our requests/s over the peer\'s (> 1: faster).',
      'The load generator shares the 2 cores with the servers and Neo4j.',
      '"Cluster Atlas" is the server as shipped: graph slices are cached per graph version (ATLAS_SLICE_CACHE_ENTRIES,',
      'default 256; every request still reads the graph stamp from Neo4j, so a write anywhere empties it), and a repeated',
      'slice is served from memory. "slice cache off" is the same server with ATLAS_SLICE_CACHE_ENTRIES=0: every slice',
      'read from Neo4j, the cost of a slice nobody asked for since the last change. The peer has no such cache.',
      '',
      table(['workload', 'clients', 'server', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'ratio'], rows),
      '',
    ].join('\n');
    process.stdout.write(`${report}\n`);
    process.stderr.write(`saved ${await saveReport(quick ? 'api-quick' : 'api', report)}\n`);
  } finally {
    await db.close();
  }
}

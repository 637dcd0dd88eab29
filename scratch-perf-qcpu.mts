import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { stripComments } from './server/db/queries.ts';
const d = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD!));
const params = JSON.parse(process.argv[2]!);
const files = process.argv.slice(3);
const cpu = (): number => { const f = readFileSync(`/proc/${process.env.NEO4J_PID}/stat`, 'utf8').split(') ')[1]!.split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
const N = Number(process.env.N ?? 300);
for (const file of files) {
  const text = file.endsWith('.cypher') ? stripComments(readFileSync(file, 'utf8')) : file;
  const run = async () => { const s = d.session({ defaultAccessMode: 'READ' }); try { await s.run(text, params); } finally { await s.close(); } };
  for (let i = 0; i < 30; i++) await run();
  const c0 = cpu(); const t0 = performance.now();
  await Promise.all(Array.from({ length: 4 }, async () => { for (let i = 0; i < N / 4; i++) await run(); }));
  console.log(`${file.split('/').pop()}: neo4j CPU ${((cpu() - c0) / N).toFixed(2)} ms/query, wall ${((performance.now() - t0) / N).toFixed(2)} ms/query`);
}
await d.close();

import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { stripComments } from './server/db/queries.ts';
const d = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD!));
const params = JSON.parse(process.argv[2]!);
const files = process.argv.slice(3);
const s = d.session({ defaultAccessMode: 'READ' });
const texts = files.map((f) => stripComments(readFileSync(f, 'utf8')));
for (const t of texts) for (let i = 0; i < 10; i++) await s.run(t, params);
const res: number[][] = texts.map(() => []); const tot: number[][] = texts.map(() => []);
for (let i = 0; i < 60; i++) for (let k = 0; k < texts.length; k++) { const t0 = performance.now(); const r = await s.run(texts[k]!, params); tot[k]!.push(performance.now() - t0); res[k]!.push(r.summary.resultAvailableAfter.toNumber() + r.summary.resultConsumedAfter.toNumber()); }
const med = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
files.forEach((f, k) => console.log(`${f.split('/').pop()}: server median ${med(res[k]!).toFixed(1)} ms, total median ${med(tot[k]!).toFixed(2)} ms`));
await s.close(); await d.close();

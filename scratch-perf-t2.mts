import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { stripComments } from './server/db/queries.ts';
const d = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD!));
const [file, paramsJson] = process.argv.slice(2);
const text = file!.endsWith('.cypher') ? stripComments(readFileSync(file!, 'utf8')) : file!;
const params = JSON.parse(paramsJson ?? '{}');
const s = d.session({ defaultAccessMode: 'READ' });
for (let i = 0; i < 5; i++) await s.run(text, params);
let avail = 0, cons = 0; const t0 = performance.now();
for (let i = 0; i < 20; i++) { const r = await s.run(text, params); avail += r.summary.resultAvailableAfter.toNumber(); cons += r.summary.resultConsumedAfter.toNumber(); }
console.log(`total ${((performance.now()-t0)/20).toFixed(2)} ms, server avail ${(avail/20).toFixed(2)} consumed ${(cons/20).toFixed(2)}`);
await s.close(); await d.close();

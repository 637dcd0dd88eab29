import { readFileSync } from 'node:fs';
import { createDriver } from './server/db/driver.ts';
import { Executor } from './server/db/executor.ts';
import { stripComments } from './server/db/queries.ts';
const ex = new Executor(createDriver({ uri: process.env.NEO4J_URI!, user: 'neo4j', password: process.env.NEO4J_PASSWORD! }));
const [file, paramsJson, mode] = process.argv.slice(2);
const text = file!.endsWith('.cypher') ? stripComments(readFileSync(file!, 'utf8')) : file!;
const params = JSON.parse(paramsJson ?? '{}');
if (mode === 'time') {
  for (let i = 0; i < 5; i++) await ex.tx('READ', (tx) => tx.runText(text, params));
  const t0 = performance.now(); let rows = 0;
  for (let i = 0; i < 20; i++) rows = (await ex.tx('READ', (tx) => tx.runText(text, params))).length;
  console.log(`rows ${rows}, ${((performance.now() - t0) / 20).toFixed(2)} ms/query`);
} else {
  const session = ex.driver.session({ defaultAccessMode: 'READ' });
  const r = await session.run('PROFILE ' + text, params);
  const p = r.summary.profile;
  let total = 0;
  const walk = (op: any, d: number) => { total += op.dbHits; console.log(' '.repeat(d*2) + op.operatorType, 'rows', op.rows, 'hits', op.dbHits, (op.arguments?.Details ?? '').toString().slice(0, 140)); for (const c of op.children) walk(c, d+1); };
  walk(p, 0);
  console.log('total dbHits', total, 'records', r.records.length);
  await session.close();
}
await ex.close();

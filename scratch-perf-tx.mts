import neo4j from 'neo4j-driver';
const d = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD!), { maxConnectionPoolSize: 50 });
const q = 'UNWIND $ids AS id MATCH (o:Organization {id: id}) RETURN o.id AS id, properties(o) AS props';
const p = { ids: ['org-auto-lead-2'] };
const modes: Record<string, () => Promise<unknown>> = {
  executeRead: async () => { const s = d.session({ defaultAccessMode: neo4j.session.READ }); try { return await s.executeRead((t) => t.run(q, p), { timeout: 15000 }); } finally { await s.close(); } },
  autocommit: async () => { const s = d.session({ defaultAccessMode: neo4j.session.READ }); try { return await s.run(q, p, { timeout: 15000 }); } finally { await s.close(); } },
  executeQuery: () => d.executeQuery(q, p, { routing: neo4j.routing.READ }),
};
for (let round = 0; round < 2; round++) for (const [name, f] of Object.entries(modes)) {
  for (let i = 0; i < 200; i++) await f();
  const t0 = performance.now(); let n = 0;
  await Promise.all(Array.from({ length: 20 }, async () => { while (performance.now() - t0 < 3000) { await f(); n++; } }));
  console.log(name, Math.round(n / ((performance.now() - t0) / 1000)), 'q/s at 20');
}
await d.close();

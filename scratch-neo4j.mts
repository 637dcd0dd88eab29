import { ensureLocalNeo4j, stopLocalNeo4j } from './server/neo4j-local/index.ts';
if (process.argv[2] === 'stop') { console.log(await stopLocalNeo4j({ home: '/tmp/atlas-neo4j-scale' })); }
else { const h = await ensureLocalNeo4j({ home: '/tmp/atlas-neo4j-scale' }); console.log(JSON.stringify(h.connection)); }

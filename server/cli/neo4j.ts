/**
 * `npm run neo4j -- <install|start|stop|status|smoke>`: manage the local Neo4j server
 * (server/neo4j-local). `start` leaves the server running for later commands, tests and benches.
 */
import neo4j from 'neo4j-driver';
import { AtlasError } from '../errors.ts';
import { ensureLocalNeo4j, installNeo4jArtifacts, localNeo4jStatus, pinnedVersions, stopLocalNeo4j } from '../neo4j-local/index.ts';

const log = (line: string): void => console.log(line);

async function smoke(): Promise<boolean> {
  const handle = await ensureLocalNeo4j({ log });
  const { uri, user, password } = handle.connection;
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  let allOk = true;
  // Each check runs on its own so one missing plugin does not hide the others' results.
  const check = async (label: string, cypher: string, show: (rows: Record<string, unknown>[]) => string): Promise<void> => {
    try {
      const { records } = await driver.executeQuery(cypher);
      console.log(`  ok    ${label}: ${show(records.map((r) => r.toObject()))}`);
    } catch (err) {
      allOk = false;
      console.log(`  FAIL  ${label}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    }
  };
  try {
    console.log(`smoke test against ${uri} (startedHere=${handle.startedHere}, gds=${handle.plugins.gds}, apoc=${handle.plugins.apoc})`);
    await check('dbms.components()', 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition', (rows) =>
      rows.map((r) => `${String(r['name'])} ${String(r['version'])} ${String(r['edition'])}`).join(', '),
    );
    await check('gds.version()', 'RETURN gds.version() AS v', (rows) => String(rows[0]?.['v']));
    await check('apoc.version()', 'RETURN apoc.version() AS v', (rows) => String(rows[0]?.['v']));
    // a 5-node ring: every node has rank 1/5 under PageRank, easy to eyeball
    await check('test graph', 'MATCH (n:SmokeNode) DETACH DELETE n', () => 'cleared');
    await check('test graph', 'UNWIND range(1, 5) AS i CREATE (:SmokeNode {id: i}) RETURN count(*) AS n', (rows) => `${String(rows[0]?.['n'])} nodes`);
    await check('test graph', 'MATCH (a:SmokeNode), (b:SmokeNode) WHERE b.id = a.id % 5 + 1 CREATE (a)-[:SMOKE_LINK]->(b) RETURN count(*) AS n', (rows) =>
      `${String(rows[0]?.['n'])} relationships`,
    );
    await check('gds.graph.drop (leftover)', "CALL gds.graph.drop('atlas-smoke', false) YIELD graphName RETURN count(graphName) AS n", () => 'done');
    await check('gds.graph.project', "CALL gds.graph.project('atlas-smoke', 'SmokeNode', 'SMOKE_LINK') YIELD nodeCount, relationshipCount RETURN nodeCount, relationshipCount", (rows) =>
      `${String(rows[0]?.['nodeCount'])} nodes, ${String(rows[0]?.['relationshipCount'])} relationships`,
    );
    await check('gds.pageRank.stream', "CALL gds.pageRank.stream('atlas-smoke') YIELD nodeId, score RETURN count(*) AS n, round(sum(score), 3) AS total", (rows) =>
      `${String(rows[0]?.['n'])} scores, sum ${String(rows[0]?.['total'])}`,
    );
    await check('gds.pageRank.write', "CALL gds.pageRank.write('atlas-smoke', {writeProperty: 'smokeRank'}) YIELD nodePropertiesWritten RETURN nodePropertiesWritten", (rows) =>
      `${String(rows[0]?.['nodePropertiesWritten'])} properties written`,
    );
    await check('written property', 'MATCH (n:SmokeNode) WHERE n.smokeRank IS NOT NULL RETURN count(n) AS n', (rows) => `${String(rows[0]?.['n'])} nodes have smokeRank`);
    await check('cleanup', "CALL gds.graph.drop('atlas-smoke', false) YIELD graphName WITH count(*) AS _ MATCH (n:SmokeNode) DETACH DELETE n RETURN count(*) AS n", () => 'done');
  } finally {
    await driver.close();
    // leave things as found: a server started just for the smoke test is stopped again
    await handle.stop();
  }
  return allOk;
}

async function main(cmd: string | undefined): Promise<number> {
  switch (cmd) {
    case 'install': {
      const r = await installNeo4jArtifacts({ log });
      const v = pinnedVersions();
      console.log(`Neo4j ${v.neo4j} (GDS ${v.gds}, APOC ${v.apoc})\n  lib:     ${r.libDir}\n  plugins: ${r.pluginsDir} (gds=${r.plugins.gds}, apoc=${r.plugins.apoc})`);
      return 0;
    }
    case 'start': {
      const h = await ensureLocalNeo4j({ log });
      console.log(`${h.startedHere ? 'started' : 'already running'}: ${h.connection.uri} user ${h.connection.user} (gds=${h.plugins.gds}, apoc=${h.plugins.apoc})`);
      console.log(`  NEO4J_URI=${h.connection.uri} NEO4J_USER=${h.connection.user} NEO4J_PASSWORD=$(cat .neo4j/password)`);
      return 0;
    }
    case 'stop':
      console.log((await stopLocalNeo4j({ log })) ? 'stopped' : 'not running');
      return 0;
    case 'status': {
      const s = await localNeo4jStatus();
      if (s.running && s.state !== undefined) {
        console.log(`running: pid ${s.state.pid}, ${s.state.uri}, Neo4j ${s.state.version}, since ${s.state.startedAt}, bolt ${s.bolt}`);
      } else {
        console.log(s.stale ? 'not running (stale state from a crash; the next start cleans it up)' : 'not running');
      }
      return s.running ? 0 : 3; // LSB convention: 3 = not running
    }
    case 'smoke':
      return (await smoke()) ? 0 : 1;
    default:
      console.error('usage: npm run neo4j -- <install|start|stop|status|smoke>');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof AtlasError ? `${err.code}: ${err.message}` : err);
    process.exit(1);
  },
);

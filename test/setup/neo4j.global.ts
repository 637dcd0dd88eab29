/**
 * Vitest global setup for the integration project: one Neo4j for the whole run.
 * - NEO4J_URI set (CI service, developer's own server): use it with NEO4J_USER/NEO4J_PASSWORD.
 * - otherwise: reuse or start the local server (server/neo4j-local); stop it afterwards only if
 *   this run started it, so a server from `npm run neo4j -- start` survives test runs.
 * Tests read the connection with `inject('neo4j')`; child processes get NEO4J_* env variables.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT } from '../../server/neo4j-local/paths.ts';
import { ensureLocalNeo4j, type LocalNeo4jHandle, type Neo4jConnection } from '../../server/neo4j-local/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
    /** Set when the connection is the local launcher's server (null for an external NEO4J_URI). */
    neo4jLocal: { startedHere: boolean; plugins: { gds: boolean; apoc: boolean }; home: string } | null;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let handle: LocalNeo4jHandle | undefined;
  let localHome: string | undefined;
  let connection: Neo4jConnection;
  const externalUri = process.env['NEO4J_URI'];
  if (externalUri !== undefined && externalUri !== '') {
    connection = {
      uri: externalUri,
      user: process.env['NEO4J_USER'] ?? 'neo4j',
      password: process.env['NEO4J_PASSWORD'] ?? '',
    };
  } else {
    // Tests wipe their database, so they never use the development server's home (.neo4j/,
    // whose data `npm start` shows): they get their own, .neo4j-test/, unless told otherwise.
    const home = process.env['ATLAS_NEO4J_TEST_HOME'] || path.join(REPO_ROOT, '.neo4j-test');
    localHome = home;
    handle = await ensureLocalNeo4j({ log: (line) => console.log(line), home });
    connection = handle.connection;
  }
  process.env['NEO4J_URI'] = connection.uri;
  process.env['NEO4J_USER'] = connection.user;
  process.env['NEO4J_PASSWORD'] = connection.password;
  project.provide('neo4j', connection);
  project.provide('neo4jLocal', handle === undefined || localHome === undefined ? null : { startedHere: handle.startedHere, plugins: handle.plugins, home: localHome });

  return async () => {
    if (handle !== undefined) {
      // only if started here: handle.stop() is a no-op for a reused server
      await handle.stop();
      if (handle.startedHere) {
        delete process.env['NEO4J_URI'];
        delete process.env['NEO4J_USER'];
        delete process.env['NEO4J_PASSWORD'];
      }
    }
  };
}

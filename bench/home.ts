/**
 * Benchmarks wipe and fill their database, so each suite runs on a local Neo4j home of its own
 * (.neo4j-bench/<suite>/: the CORDIS set stays loaded for the next cordis run while the API
 * benchmark uses the demo), never on the development server's data (.neo4j/) or the tests'.
 * ATLAS_NEO4J_HOME overrides the home (for one suite at a time).
 */
import path from 'node:path';
import { loadConfig, type Config } from '../server/config.ts';
import { REPO_ROOT } from '../server/neo4j-local/paths.ts';

export function benchHome(suite: string): string {
  return process.env['ATLAS_NEO4J_HOME'] || path.join(REPO_ROOT, '.neo4j-bench', suite);
}

export function benchConfig(suite: string): Config {
  return loadConfig({ ...process.env, ATLAS_NEO4J_HOME: benchHome(suite) });
}

/**
 * Benchmarks wipe and fill their database, so by default they run on a local Neo4j home of their
 * own (.neo4j-bench/), never on the development server's data (.neo4j/) or the tests' (.neo4j-test/).
 */
import path from 'node:path';
import { loadConfig, type Config } from '../server/config.ts';
import { REPO_ROOT } from '../server/neo4j-local/paths.ts';

export const BENCH_HOME = process.env['ATLAS_NEO4J_HOME'] || path.join(REPO_ROOT, '.neo4j-bench');

export function benchConfig(): Config {
  return loadConfig({ ...process.env, ATLAS_NEO4J_HOME: BENCH_HOME });
}

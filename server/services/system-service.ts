/** Server facts for `apiInfo` and the readiness probe. */
import type { Config } from '../config.ts';
import type { Executor } from '../db/executor.ts';
import { graphCounts } from './graph-counts.ts';

export const APP_VERSION = '0.1.0';

const COUNT_KEYS = ['regions', 'clusters', 'organizations', 'alliances', 'memberships', 'supplies', 'collaborates', 'invests', 'supports', 'partyTo'] as const;
export type GraphCounts = Record<(typeof COUNT_KEYS)[number], number>;

export interface ApiInfo {
  version: string;
  graphVersion: number;
  neo4jVersion: string;
  counts: GraphCounts;
}

export interface SystemServices {
  apiInfo(): Promise<ApiInfo>;
  graphVersion(): Promise<number>;
}

export function createSystemServices(executor: Executor, _config: Config): SystemServices {
  const graphVersion = async (): Promise<number> => Number((await executor.read('graph-version'))[0]?.['version'] ?? 0);
  return {
    graphVersion,
    async apiInfo() {
      const [version, neo4j, counts] = await Promise.all([graphVersion(), executor.read('neo4j-version'), graphCounts(executor)]);
      const typed = Object.fromEntries(COUNT_KEYS.map((k) => [k, counts[k] ?? 0])) as GraphCounts;
      return { version: APP_VERSION, graphVersion: version, neo4jVersion: String(neo4j[0]?.['version'] ?? ''), counts: typed };
    },
  };
}

import { defineConfig } from 'vitest/config';

// Two tiers told apart by file suffix (as in neo4j/graphql): `*.test.ts` are pure unit tests;
// `*.int.test.ts` run against a real Neo4j that the global setup starts (or reuses) and share
// one database, so they run one file at a time.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.int.test.ts'],
          environment: 'node',
          globalSetup: ['test/setup/neo4j.global.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});

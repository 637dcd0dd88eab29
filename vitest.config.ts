import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// graphql ships CommonJS and ESM builds; Apollo loads one and Vite would load the other for our
// imports, and graphql refuses objects from "another realm". Pin every import to one build.
const graphqlCjs = fileURLToPath(new URL('./node_modules/graphql/index.js', import.meta.url));

// Two tiers told apart by file suffix (as in neo4j/graphql): `*.test.ts` are pure unit tests;
// `*.int.test.ts` run against a real Neo4j that the global setup starts (or reuses) and share
// one database, so they run one file at a time.
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          // Groups run one after the other, so the browser tests do not compete for the 2 cores.
          sequence: { groupOrder: 1 },
          include: ['test/integration/**/*.int.test.ts'],
          environment: 'node',
          globalSetup: ['test/setup/neo4j.global.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});

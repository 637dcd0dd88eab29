// The e2e tier on its own (`npx vitest run --config test/e2e/vitest.config.ts`); the same project
// belongs in the root vitest.config.ts as `e2e` (see the client issue's notes for the lead).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const graphqlCjs = fileURLToPath(new URL('../../node_modules/graphql/index.js', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 300_000,
  },
});

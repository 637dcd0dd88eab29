/**
 * Starts the whole app in-process on a free port against the test Neo4j, and gives tests a
 * `gql()` that speaks to it over real HTTP as any client would.
 */
import { inject } from 'vitest';
import { createApp, type App } from '../../../server/app.ts';
import { loadConfig, type Config } from '../../../server/config.ts';
import { createDriver } from '../../../server/db/driver.ts';
import { Executor } from '../../../server/db/executor.ts';
import { loadDemo } from './database.ts';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; path?: (string | number)[]; extensions?: { code?: string } & Record<string, unknown> }[] | undefined;
  headers: Headers;
}

export interface TestApp {
  app: App;
  executor: Executor;
  url: string;
  config: Config;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export const TEST_KEYS = {
  viewer: 'viewer-key-0123456789abcdef',
  editor: 'editor-key-0123456789abcdef',
  admin: 'admin-key-0123456789abcdef0',
};

/** Env overrides on top of a test configuration (API keys for each role, a JWT secret). */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const conn = inject('neo4j');
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    NEO4J_URI: conn.uri,
    NEO4J_USER: conn.user,
    NEO4J_PASSWORD: conn.password,
    LOG_LEVEL: 'error',
    ATLAS_API_KEYS: `v:viewer:${TEST_KEYS.viewer},e:editor:${TEST_KEYS.editor},a:admin:${TEST_KEYS.admin}`,
    ATLAS_JWT_SECRET: 'test-jwt-secret-0123456789abcdef0123456789',
    ...env,
  });
  const executor = new Executor(createDriver(conn), { timeoutMs: config.queryTimeoutMs });
  const app = await createApp(config, executor);
  const port = await app.listen();
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    executor,
    url,
    config,
    async gql(query, variables = {}, token) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: never; errors?: never };
      return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
    },
    async close() {
      await app.close();
      await executor.close();
    },
  };
}

/** The app over a database holding exactly the demo data. */
export async function startDemoApp(env: Record<string, string> = {}): Promise<TestApp> {
  const t = await startTestApp(env);
  await loadDemo(t.executor);
  return t;
}

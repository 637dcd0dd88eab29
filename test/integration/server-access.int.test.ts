import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_KEYS, startTestApp, type TestApp } from './support/app.ts';
import { freshDatabase } from './support/database.ts';

const JWT_SECRET = 'test-jwt-secret-0123456789abcdef0123456789';
const READ = '{ apiInfo { version } }';
const EDIT = 'mutation($id: ID!) { createOrganization(input: {id: $id, name: "Matrix Org", kind: ENTERPRISE}) { id created } }';
const ADMIN = 'mutation { importDataset(json: "{\\"organizations\\": []}", dryRun: true) { dryRun } }';

async function jwt(claims: Record<string, unknown>, expiresIn = '5m', secret = JWT_SECRET): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('alice').setIssuedAt().setExpirationTime(expiresIn).sign(new TextEncoder().encode(secret));
}

function code(r: { errors?: { extensions?: { code?: string } }[] | undefined }): string {
  return r.errors?.[0]?.extensions?.code ?? 'OK';
}

describe('access: role × operation', () => {
  let open: TestApp;
  let keyed: TestApp;
  let n = 0;
  beforeAll(async () => {
    open = await startTestApp();
    keyed = await startTestApp({ ATLAS_READ_ACCESS: 'key' });
    await freshDatabase(open.executor);
  });
  afterAll(async () => {
    await open.close();
    await keyed.close();
  });

  const tokens = async (): Promise<Record<string, string | undefined>> => ({
    anonymous: undefined,
    viewer: TEST_KEYS.viewer,
    editor: TEST_KEYS.editor,
    admin: TEST_KEYS.admin,
    'jwt viewer': await jwt({ role: 'viewer' }),
    'jwt editor': await jwt({ role: 'editor' }),
    'jwt admin': await jwt({ roles: ['admin'] }),
  });

  // Expected outcome per (credential, operation), reads open and key-protected.
  const MATRIX: Record<string, [open: string, keyed: string, edit: string, admin: string]> = {
    anonymous: ['OK', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED'],
    viewer: ['OK', 'OK', 'FORBIDDEN', 'FORBIDDEN'],
    editor: ['OK', 'OK', 'OK', 'FORBIDDEN'],
    admin: ['OK', 'OK', 'OK', 'OK'],
    'jwt viewer': ['OK', 'OK', 'FORBIDDEN', 'FORBIDDEN'],
    'jwt editor': ['OK', 'OK', 'OK', 'FORBIDDEN'],
    'jwt admin': ['OK', 'OK', 'OK', 'OK'],
  };

  for (const [who, [readOpen, readKeyed, edit, admin]] of Object.entries(MATRIX)) {
    it(`${who}: read (open) ${readOpen}, read (key) ${readKeyed}, edit ${edit}, import ${admin}`, async () => {
      const token = (await tokens())[who];
      expect(code(await open.gql(READ, {}, token))).toBe(readOpen);
      expect(code(await keyed.gql(READ, {}, token))).toBe(readKeyed);
      expect(code(await open.gql(EDIT, { id: `matrix-${n++}` }, token))).toBe(edit);
      expect(code(await open.gql(ADMIN, {}, token))).toBe(admin);
    });
  }

  it('whoami reports the role and subject of the credential', async () => {
    const r = await open.gql<{ whoami: { role: string; subject: string } }>('mutation { whoami { role subject } }', {}, TEST_KEYS.editor);
    expect(r.data?.whoami).toEqual({ role: 'EDITOR', subject: 'e' });
  });

  it('rejects unknown keys, expired, forged and role-less tokens', async () => {
    const unknown = await open.gql(READ, {}, 'not-a-key');
    expect(code(unknown)).toBe('UNAUTHENTICATED');
    expect(unknown.status).toBe(401);
    expect(code(await open.gql(READ, {}, await jwt({ role: 'admin' }, '-1m')))).toBe('UNAUTHENTICATED');
    expect(code(await open.gql(READ, {}, await jwt({ role: 'admin' }, '5m', 'another-secret-0123456789abcdef0123')))).toBe('UNAUTHENTICATED');
    const roleless = await open.gql(READ, {}, await jwt({}));
    expect(code(roleless)).toBe('FORBIDDEN');
    expect(roleless.status).toBe(403);
  });
});

describe('limits', () => {
  it('rejects a query deeper than the maximum depth', async () => {
    const app = await startTestApp({ ATLAS_MAX_DEPTH: '2' });
    try {
      const r = await app.gql('{ apiInfo { counts { regions } } }');
      expect(code(r)).toBe('QUERY_TOO_COMPLEX');
      expect(r.errors?.[0]?.extensions?.['depth']).toBe(3);
      expect(code(await app.gql('{ apiInfo { version } }'))).toBe('OK');
    } finally {
      await app.close();
    }
  });

  it('rejects a query above the cost limit', async () => {
    const app = await startTestApp({ ATLAS_MAX_COST: '10' });
    try {
      // apiInfo (1) + counts (1) per alias: 12 aliases cost 24.
      const query = `{ ${Array.from({ length: 12 }, (_, i) => `a${i}: apiInfo { counts { regions } }`).join(' ')} }`;
      const r = await app.gql(query);
      expect(code(r)).toBe('QUERY_TOO_COMPLEX');
      expect(r.errors?.[0]?.extensions?.['cost']).toBe(24);
    } finally {
      await app.close();
    }
  });

  it('rejects a body above the limit, but lets an admin send a larger import', async () => {
    const app = await startTestApp({ ATLAS_BODY_LIMIT_BYTES: '2000', ATLAS_IMPORT_LIMIT_BYTES: '50000' });
    try {
      const padding = ' '.repeat(3000);
      const big = await app.gql(`{ apiInfo { version } ${padding}}`);
      expect(code(big)).toBe('BAD_USER_INPUT');
      expect(big.status).toBe(400);
      expect(code(await app.gql(`{ apiInfo { version } ${padding}}`, {}, TEST_KEYS.admin))).toBe('OK');
    } finally {
      await app.close();
    }
  });

  it('rate-limits a caller and says when to retry', async () => {
    const app = await startTestApp({ ATLAS_RATE_LIMIT_PER_MINUTE: '5' });
    try {
      for (let i = 0; i < 5; i++) expect(code(await app.gql(READ, {}, TEST_KEYS.viewer))).toBe('OK');
      const limited = await app.gql(READ, {}, TEST_KEYS.viewer);
      expect(code(limited)).toBe('RATE_LIMITED');
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another caller has its own bucket.
      expect(code(await app.gql(READ, {}, TEST_KEYS.editor))).toBe('OK');
    } finally {
      await app.close();
    }
  });

  it('answers introspection only when it is enabled', async () => {
    const on = await startTestApp({ ATLAS_INTROSPECTION: 'true' });
    const off = await startTestApp({ ATLAS_INTROSPECTION: 'false' });
    try {
      expect(code(await on.gql('{ __schema { queryType { name } } }'))).toBe('OK');
      expect(code(await off.gql('{ __schema { queryType { name } } }'))).toBe('BAD_USER_INPUT');
    } finally {
      await on.close();
      await off.close();
    }
  });

  it('reports malformed queries and unknown fields as BAD_USER_INPUT', async () => {
    const app = await startTestApp();
    try {
      expect(code(await app.gql('{ apiInfo { '))).toBe('BAD_USER_INPUT');
      expect(code(await app.gql('{ noSuchField }'))).toBe('BAD_USER_INPUT');
    } finally {
      await app.close();
    }
  });

  it('serves Prometheus metrics with requests and errors by code', async () => {
    const app = await startTestApp();
    try {
      await app.gql(READ);
      await app.gql('{ noSuchField }');
      const text = await (await fetch(`${app.url}/metrics`)).text();
      expect(text).toMatch(/atlas_http_requests_total\{route="\/graphql",status="200"\} \d+/);
      expect(text).toMatch(/atlas_graphql_errors_total\{code="BAD_USER_INPUT"\} 1/);
      expect(text).toContain('atlas_http_request_duration_seconds_bucket');
      expect(text).toContain('atlas_neo4j_sessions_in_use');
    } finally {
      await app.close();
    }
  });

  it('counts slice cache hits and misses in the metrics', async () => {
    const app = await startTestApp({ ATLAS_GRAPH_STAMP_TTL_MS: '60000' });
    try {
      const created = await app.gql('mutation { createOrganization(input: {id: "org-metrics-1", name: "Metrics Ltd", kind: ENTERPRISE}) { id } }', {}, TEST_KEYS.editor);
      expect(created.errors).toBeUndefined();
      const slice = '{ neighborhood(id: "org-metrics-1", depth: 1) { truncated nodes { id } } }';
      for (let i = 0; i < 3; i++) expect((await app.gql(slice)).errors).toBeUndefined();
      const text = await (await fetch(`${app.url}/metrics`)).text();
      expect(text).toMatch(/atlas_cache_misses_total\{cache="slices"\} 1\n/);
      expect(text).toMatch(/atlas_cache_hits_total\{cache="slices"\} 2\n/);
      expect(text).toMatch(/atlas_cache_entries\{cache="slices"\} 1\n/);
      expect(text).toMatch(/atlas_cache_weight\{cache="slices"\} [1-9]\d*\n/);
    } finally {
      await app.close();
    }
  });
});

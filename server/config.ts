/**
 * The only reader of process.env. Validates the environment into a typed, frozen config so that a
 * typo fails the start with a message naming the variable, instead of surfacing later.
 */
import { ConfigError } from './errors.ts';

export type Neo4jSource =
  | { kind: 'external'; uri: string; user: string; password: string; database: string | undefined }
  | { kind: 'local'; home: string | undefined; database: string | undefined };

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly neo4j: Neo4jSource;
  /** Load the demo bundle into an empty database at start. */
  readonly loadDemo: boolean;
  readonly demoPath: string;
  /** Per-transaction timeout sent to Neo4j with every request, in milliseconds. */
  readonly queryTimeoutMs: number;
  /** Rows per write transaction in the importer. */
  readonly importBatchSize: number;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  readonly api: ApiConfig;
}

export type ApiRole = 'VIEWER' | 'EDITOR' | 'ADMIN';

export interface ApiKey {
  name: string;
  role: ApiRole;
  secret: string;
}

export interface ApiConfig {
  /** `open`: anyone may read; `key`: reads need a viewer (or higher) credential too. */
  readonly readAccess: 'open' | 'key';
  readonly apiKeys: readonly ApiKey[];
  /** HS256 shared secret for JWTs; or a PEM public key (RS256/ES256) in jwtPublicKey. */
  readonly jwtSecret: string | undefined;
  readonly jwtPublicKey: string | undefined;
  readonly jwtIssuer: string | undefined;
  readonly jwtAudience: string | undefined;
  readonly introspection: boolean;
  readonly maxDepth: number;
  readonly maxCost: number;
  readonly maxPageSize: number;
  /** Node caps for neighborhood and subgraph; larger slices come back with truncated: true. */
  readonly maxSliceNodes: number;
  /**
   * Graph slices (neighborhood, subgraph) kept per graph version, so that a slice many users open
   * (a hub firm's neighbourhood) is read once per change of the graph; 0 turns the cache off.
   */
  readonly sliceCacheEntries: number;
  /**
   * How long a read of the graph's stamp (what those caches key on) is reused; a write through
   * this server is seen at once, one by another process within this time. 0: read every time.
   */
  readonly graphStampTtlMs: number;
  readonly bodyLimitBytes: number;
  /** importDataset's JSON argument limit (its request body may be this large). */
  readonly importLimitBytes: number;
  /** Requests per minute per API key, JWT subject or client address; 0 turns the limit off. */
  readonly rateLimitPerMinute: number;
}

type Env = Readonly<Record<string, string | undefined>>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer in ${min}..${max}, got '${raw}'`, { variable: name });
  }
  return n;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got '${raw}'`, { variable: name });
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const found = allowed.find((a) => a === raw);
  if (found === undefined) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got '${raw}'`, { variable: name });
  }
  return found;
}

const ROLE_NAMES: readonly ApiRole[] = ['VIEWER', 'EDITOR', 'ADMIN'];

/** ATLAS_API_KEYS: comma-separated `name:role:secret` triples (role viewer, editor or admin). */
function apiKeys(env: Env): ApiKey[] {
  const raw = env['ATLAS_API_KEYS'];
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((entry, i) => {
    const [name, role, ...rest] = entry.trim().split(':');
    const secret = rest.join(':');
    const upper = (role ?? '').toUpperCase();
    const found = ROLE_NAMES.find((r) => r === upper);
    if (name === undefined || name === '' || found === undefined || secret.length < 16) {
      throw new ConfigError(
        `ATLAS_API_KEYS entry ${i + 1} must be name:role:secret with role viewer, editor or admin and a secret of at least 16 characters`,
        { variable: 'ATLAS_API_KEYS' },
      );
    }
    return { name, role: found, secret };
  });
}

function apiConfig(env: Env, mode: Config['env']): ApiConfig {
  return {
    readAccess: oneOf(env, 'ATLAS_READ_ACCESS', ['open', 'key'] as const, 'open'),
    apiKeys: apiKeys(env),
    jwtSecret: env['ATLAS_JWT_SECRET'] || undefined,
    jwtPublicKey: env['ATLAS_JWT_PUBLIC_KEY'] || undefined,
    jwtIssuer: env['ATLAS_JWT_ISSUER'] || undefined,
    jwtAudience: env['ATLAS_JWT_AUDIENCE'] || undefined,
    introspection: bool(env, 'ATLAS_INTROSPECTION', mode !== 'production'),
    maxDepth: int(env, 'ATLAS_MAX_DEPTH', 10, 2, 100),
    maxCost: int(env, 'ATLAS_MAX_COST', 10_000, 10, 10_000_000),
    maxPageSize: int(env, 'ATLAS_MAX_PAGE_SIZE', 100, 1, 10_000),
    maxSliceNodes: int(env, 'ATLAS_MAX_SLICE_NODES', 2_000, 10, 100_000),
    sliceCacheEntries: int(env, 'ATLAS_SLICE_CACHE_ENTRIES', 256, 0, 100_000),
    graphStampTtlMs: int(env, 'ATLAS_GRAPH_STAMP_TTL_MS', 500, 0, 60_000),
    bodyLimitBytes: int(env, 'ATLAS_BODY_LIMIT_BYTES', 1_000_000, 1_000, 1_000_000_000),
    importLimitBytes: int(env, 'ATLAS_IMPORT_LIMIT_BYTES', 20_000_000, 1_000, 1_000_000_000),
    rateLimitPerMinute: int(env, 'ATLAS_RATE_LIMIT_PER_MINUTE', 6_000, 0, 10_000_000),
  };
}

function neo4jSource(env: Env): Neo4jSource {
  const uri = env['NEO4J_URI'];
  const database = env['NEO4J_DATABASE'] || undefined;
  if (uri === undefined || uri === '') {
    return { kind: 'local', home: env['ATLAS_NEO4J_HOME'] || undefined, database };
  }
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) {
    throw new ConfigError(`NEO4J_URI must start with neo4j://, neo4j+s://, bolt:// or bolt+s://, got '${uri}'`, {
      variable: 'NEO4J_URI',
    });
  }
  const password = env['NEO4J_PASSWORD'];
  if (password === undefined || password === '') {
    throw new ConfigError('NEO4J_PASSWORD is required when NEO4J_URI is set', { variable: 'NEO4J_PASSWORD' });
  }
  return { kind: 'external', uri, user: env['NEO4J_USER'] || 'neo4j', password, database };
}

export function loadConfig(env: Env = process.env): Config {
  const mode = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  return Object.freeze({
    env: mode,
    host: env['HOST'] || '127.0.0.1',
    port: int(env, 'PORT', 4000, 0, 65535),
    neo4j: neo4jSource(env),
    loadDemo: bool(env, 'ATLAS_LOAD_DEMO', true),
    demoPath: env['ATLAS_DEMO_PATH'] || 'data/demo',
    queryTimeoutMs: int(env, 'ATLAS_QUERY_TIMEOUT_MS', 15_000, 100, 3_600_000),
    importBatchSize: int(env, 'ATLAS_IMPORT_BATCH', 5_000, 1, 1_000_000),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    api: Object.freeze(apiConfig(env, mode)),
  });
}

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
  });
}

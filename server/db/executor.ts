/**
 * The one way to run Cypher (after neo4j/graphql's Executor): a named query from the registry,
 * in a read or write transaction on the configured database, with a timeout, the session closed
 * in `finally`, results converted to plain values and driver errors mapped to domain errors.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { AtlasError, DatabaseUnavailableError, ErrorCode } from '../errors.ts';
import { queries, type QueryName, type QueryRegistry } from './queries.ts';
import { toPlain, type Plain } from './values.ts';

export type Row = { [key: string]: Plain };
export type Params = Record<string, unknown>;

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

/** A handle on an open transaction: run several registry queries atomically. */
export interface Tx {
  run(name: QueryName, params?: Params): Promise<Row[]>;
  /** Runs a statement that is not in the registry (schema files only). */
  runText(text: string, params?: Params): Promise<Row[]>;
}

export interface ExecutorOptions {
  database?: string | undefined;
  timeoutMs?: number;
  registry?: QueryRegistry;
}

export class Executor {
  readonly driver: Driver;
  private readonly database: string | undefined;
  private readonly timeoutMs: number;
  private readonly registry: QueryRegistry;
  /** Sessions open now: exported as a metric (the driver does not expose its pool). */
  sessionsInUse = 0;
  /**
   * Write transactions of this executor that have ended (committed or not): caches keyed by the
   * graph's stamp compare it to know that this process wrote since they last read the stamp.
   */
  writeEpoch = 0;

  constructor(driver: Driver, options: ExecutorOptions = {}) {
    this.driver = driver;
    this.database = options.database;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.registry = options.registry ?? queries();
  }

  /**
   * One read statement as an auto-commit transaction: one round trip (RUN and PULL), where a
   * managed transaction adds BEGIN and a separate COMMIT round trip, which under load costs
   * about as much as a small query itself. The driver does not retry auto-commit transactions,
   * so a retryable failure (a dropped connection, a transient error) is tried again as a managed
   * transaction, which retries within maxTransactionRetryTime as every read did before.
   */
  async read(name: QueryName, params: Params = {}): Promise<Row[]> {
    const text = this.registry.get(name);
    try {
      return await this.withSession('READ', async (session) => mapRows(await session.run(text, params, this.txConfig())));
    } catch (err) {
      if (!neo4j.isRetryableError(err as Error)) throw mapDriverError(err);
      return this.tx('READ', (tx) => tx.run(name, params));
    }
  }

  write(name: QueryName, params: Params = {}): Promise<Row[]> {
    return this.tx('WRITE', (tx) => tx.run(name, params));
  }

  private async counted<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } finally {
      this.writeEpoch++;
    }
  }

  /** A write with its counters, for importers and mutations that report what changed. */
  async writeCounted(name: QueryName, params: Params = {}): Promise<{ rows: Row[]; counters: WriteCounters }> {
    const text = this.registry.get(name);
    return this.counted(this.withSession('WRITE', async (session) => {
      try {
        const result = await session.executeWrite((t) => t.run(text, params), this.txConfig());
        return { rows: mapRows(result), counters: countersOf(result) };
      } catch (err) {
        throw mapDriverError(err);
      }
    }));
  }

  async tx<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    const run = this.withSession(mode, async (session) => {
      const body = (t: ManagedTransaction): Promise<T> =>
        work({
          run: async (name, params = {}) => mapRows(await t.run(this.registry.get(name), params)),
          runText: async (text, params = {}) => mapRows(await t.run(text, params)),
        });
      try {
        const config = this.txConfig(timeoutMs);
        return mode === 'READ' ? await session.executeRead(body, config) : await session.executeWrite(body, config);
      } catch (err) {
        throw mapDriverError(err);
      }
    });
    return mode === 'WRITE' ? this.counted(run) : run;
  }

  async ping(): Promise<void> {
    await this.read('ping');
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private txConfig(timeoutMs?: number): { timeout: number } {
    return { timeout: timeoutMs ?? this.timeoutMs };
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', fn: (s: neo4j.Session) => Promise<T>): Promise<T> {
    let session: neo4j.Session;
    try {
      session = this.driver.session({
        database: this.database,
        defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      });
    } catch (err) {
      throw mapDriverError(err);
    }
    this.sessionsInUse++;
    try {
      return await fn(session);
    } finally {
      this.sessionsInUse--;
      await session.close().catch(() => undefined);
    }
  }
}

function mapRows(result: QueryResult<RecordShape>): Row[] {
  return result.records.map((record) => {
    const row: Row = {};
    for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
    return row;
  });
}

function countersOf(result: QueryResult<RecordShape>): WriteCounters {
  const u = result.summary.counters.updates();
  return {
    nodesCreated: u.nodesCreated,
    nodesDeleted: u.nodesDeleted,
    relationshipsCreated: u.relationshipsCreated,
    relationshipsDeleted: u.relationshipsDeleted,
    propertiesSet: u.propertiesSet,
  };
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** Maps any driver failure to a domain error in one place. */
export function mapDriverError(err: unknown): AtlasError {
  if (err instanceof AtlasError) return err;
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  const message = err instanceof Error ? err.message : String(err);
  if (UNAVAILABLE_CODES.has(code) || /ECONNREFUSED|connect ECONN|Could not perform discovery|Pool is closed/i.test(message)) {
    return new DatabaseUnavailableError('the graph database is unavailable', { cause: err });
  }
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code.endsWith('TransactionTimedOutClientConfiguration')) {
    return new AtlasError(ErrorCode.QUERY_TOO_COMPLEX, 'the query took longer than the configured timeout', { neo4jCode: code }, { cause: err });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AtlasError(ErrorCode.BAD_USER_INPUT, 'a uniqueness rule was violated', { neo4jCode: code }, { cause: err });
  }
  return new AtlasError(ErrorCode.INTERNAL_SERVER_ERROR, `database error: ${code || message}`, { neo4jCode: code }, { cause: err });
}

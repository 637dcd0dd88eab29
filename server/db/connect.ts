/**
 * Opens the graph database the configuration names: the user's own Neo4j or Aura when
 * NEO4J_URI is set, otherwise the project's local Neo4j (started here if it is not running).
 */
import type { Config } from '../config.ts';
import { ensureLocalNeo4j } from '../neo4j-local/index.ts';
import { createDriver, type DriverOptions } from './driver.ts';
import { Executor } from './executor.ts';

export interface Database {
  executor: Executor;
  uri: string;
  /** Closes the driver, and stops the local Neo4j if this process started it. */
  close(options?: { keepLocalRunning?: boolean }): Promise<void>;
}

export async function openDatabase(
  config: Config,
  log: (line: string) => void = () => undefined,
  driverOptions: DriverOptions = {},
): Promise<Database> {
  const source = config.neo4j;
  if (source.kind === 'external') {
    const executor = new Executor(createDriver(source, driverOptions), { database: source.database, timeoutMs: config.queryTimeoutMs });
    return { executor, uri: source.uri, close: () => executor.close() };
  }
  const handle = await ensureLocalNeo4j({ ...(source.home === undefined ? {} : { home: source.home }), log });
  const executor = new Executor(createDriver(handle.connection, driverOptions), {
    database: source.database,
    timeoutMs: config.queryTimeoutMs,
  });
  return {
    executor,
    uri: handle.connection.uri,
    close: async (options) => {
      await executor.close();
      if (options?.keepLocalRunning !== true) await handle.stop();
    },
  };
}

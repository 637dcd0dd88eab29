/** Creates the one driver of the process, with pool and timeout settings sized for this app. */
import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

export interface DriverOptions {
  /**
   * How long the driver retries transient failures (deadlocks, leader changes, a server that is
   * down). Short for the API, so requests fail fast; long for bulk imports.
   */
  retryMs?: number;
}

export function createDriver(conn: Neo4jConnection, options: DriverOptions = {}): Driver {
  return neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    // Fail fast when the server is down, so requests report DATABASE_UNAVAILABLE quickly.
    connectionTimeout: 5_000,
    maxTransactionRetryTime: options.retryMs ?? 5_000,
    disableLosslessIntegers: false,
    userAgent: 'cluster-atlas/0.1',
  });
}

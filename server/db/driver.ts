/** Creates the one driver of the process, with pool and timeout settings sized for this app. */
import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

export function createDriver(conn: Neo4jConnection): Driver {
  return neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    // Fail fast when the server is down, so requests report DATABASE_UNAVAILABLE quickly.
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: false,
    userAgent: 'cluster-atlas/0.1',
  });
}

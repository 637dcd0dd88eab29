/**
 * Composes the application around one executor: services, Apollo, the HTTP routes. Used by
 * `npm start` and by the API tests, which start it in-process on a free port.
 */
import type { Server } from 'node:http';
import type { Config } from './config.ts';
import type { Executor } from './db/executor.ts';
import { createApollo } from './graphql/apollo.ts';
import { createAuthenticator } from './http/auth.ts';
import { graphqlHandler } from './http/graphql-handler.ts';
import { createMetrics } from './http/metrics.ts';
import { createRateLimiter } from './http/rate-limit.ts';
import { createHttpServer, listen } from './http/server.ts';
import { staticHandler } from './http/static.ts';
import { createLogger, type Logger } from './logger.ts';
import { createServices, type Services } from './services/index.ts';

export interface App {
  server: Server;
  services: Services;
  logger: Logger;
  /** Starts listening; returns the port (useful with port 0). */
  listen(): Promise<number>;
  close(): Promise<void>;
}

export async function createApp(config: Config, executor: Executor, options: { schemaReady?: () => boolean } = {}): Promise<App> {
  const logger = createLogger(config.logLevel);
  const services = createServices(executor, config);
  // Start the analytics workers now, so the first heavy request does not pay for it.
  void services.analytics.pool?.warm().catch((err: unknown) => logger.log('warn', 'analytics workers failed to start', { error: String(err) }));
  const metrics = createMetrics({ inUse: () => executor.sessionsInUse, max: 50 }, () => services.catalog.cacheStats());
  const apollo = createApollo(config);
  await apollo.start();
  const server = createHttpServer({
    executor,
    schemaReady: options.schemaReady ?? (() => true),
    metrics,
    routes: [
      graphqlHandler({
        config,
        apollo,
        services,
        auth: createAuthenticator(config.api),
        rateLimiter: createRateLimiter(config.api.rateLimitPerMinute),
        metrics,
        logger,
      }),
      staticHandler(),
    ],
  });
  return {
    server,
    services,
    logger,
    listen: () => listen(server, config.port, config.host),
    async close() {
      // Idle keep-alive connections would hold close() open indefinitely.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await apollo.stop();
      await services.analytics.close();
    },
  };
}

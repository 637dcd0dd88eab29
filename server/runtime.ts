/**
 * Process-wide settings for a production server, applied by the entry points (never by library
 * code). `tsx` turns source maps on so that stack traces point into the TypeScript sources; the
 * Neo4j driver captures a stack trace for every query result (to give driver errors a useful
 * stack), and with source maps on each capture is mapped frame by frame: about 5% of a busy
 * server's CPU on small queries. Production logs carry error codes and messages, so production
 * trades mapped stacks for that time. graphql-js reads NODE_ENV=production itself (it then skips
 * its development-only checks); `npm start` with NODE_ENV=production gets both.
 */
import type { Config } from './config.ts';

export function applyRuntimeSettings(config: Pick<Config, 'env'>): void {
  if (config.env === 'production') process.setSourceMapsEnabled(false);
}

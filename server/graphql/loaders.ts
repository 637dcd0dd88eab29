/**
 * Per-request batch loaders (DataLoader), so that a list of N items with nested fields costs a
 * constant number of queries, not N+1. Created fresh for every request: no cross-request cache.
 */
import type { Services } from '../services/index.ts';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

export function createLoaders(_services: Services): Loaders {
  return {};
}

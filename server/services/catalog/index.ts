/** Read services behind the GraphQL queries (entities, lists, search, graph slices). */
import type { Executor } from '../../db/executor.ts';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CatalogServices {}

export function createCatalogServices(_executor: Executor): CatalogServices {
  return {};
}

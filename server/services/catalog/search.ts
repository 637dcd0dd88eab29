/** search(text): full-text over every name and id, ranked, typed results. */
import type { Executor } from '../../db/executor.ts';
import { BadUserInputError } from '../../errors.ts';
import { pageSize } from './args.ts';
import { luceneQuery } from './lucene.ts';
import type { EntityRecord } from './models.ts';
import { entityOf, num } from './rows.ts';

export type EntityType = 'REGION' | 'CLUSTER' | 'ORGANIZATION' | 'ALLIANCE';

/** Enum value → the fixed label it stands for. */
export const ENTITY_LABELS: Record<EntityType, string> = {
  REGION: 'Region',
  CLUSTER: 'Cluster',
  ORGANIZATION: 'Organization',
  ALLIANCE: 'Alliance',
};

export const ENTITY_TYPE_OF: Record<EntityRecord['__typename'], EntityType> = {
  Region: 'REGION',
  Cluster: 'CLUSTER',
  Organization: 'ORGANIZATION',
  Alliance: 'ALLIANCE',
};

export interface SearchHitRecord {
  score: number;
  type: EntityType;
  node: EntityRecord;
}

const MAX_TEXT = 200;

export async function search(
  executor: Executor,
  maxPageSize: number,
  args: { text: string; types?: readonly EntityType[] | null; first?: number | null },
): Promise<SearchHitRecord[]> {
  const raw = args.text.trim();
  if (raw.length > MAX_TEXT) throw new BadUserInputError(`text is longer than ${MAX_TEXT} characters`, { field: 'text', limit: MAX_TEXT });
  const query = luceneQuery(raw);
  if (query === null) throw new BadUserInputError('search text must not be empty', { field: 'text' });
  const first = pageSize(args.first, 10, maxPageSize);
  if (first === 0) return [];
  const types = args.types ?? (Object.keys(ENTITY_LABELS) as EntityType[]);
  const rows = await executor.read('api-search', { query, labels: types.map((t) => ENTITY_LABELS[t]), limit: first });
  const hits: SearchHitRecord[] = [];
  for (const row of rows) {
    const node = entityOf(row['labels'], row['props']);
    if (node !== null) hits.push({ score: num(row['score']) ?? 0, type: ENTITY_TYPE_OF[node.__typename], node });
  }
  return hits;
}

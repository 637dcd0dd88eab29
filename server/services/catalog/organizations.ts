/**
 * The organisations list: filters, sorting and keyset cursor paging with a lazy total.
 *
 * Sorting is by a node property that the service picks from a fixed map (never from user text);
 * adding a sort key, e.g. a stored measure (`m_pagerank`, written back by the analytics engine),
 * is one entry in SORT_PROPERTIES plus its enum value in the SDL.
 */
import type { Executor } from '../../db/executor.ts';
import { BadUserInputError } from '../../errors.ts';
import type { OrganizationKind } from '../../model/types.ts';
import { list, pageSize, text, year } from './args.ts';
import { decodeCursor, encodeCursor, keysetParam, type SortKey } from './cursor.ts';
import type { OrganizationConnectionRecord } from './models.ts';
import { organizationOf } from './rows.ts';

export type OrganizationSortBy = 'NAME' | 'EMPLOYEES' | 'REVENUE' | 'FOUNDED_YEAR';
export type Direction = 'ASC' | 'DESC';

/** The extension point for new sort keys: enum value → stored property. */
export const SORT_PROPERTIES: Record<OrganizationSortBy, string> = {
  NAME: 'name',
  EMPLOYEES: 'employees',
  REVENUE: 'revenue',
  FOUNDED_YEAR: 'foundedYear',
};

export interface OrganizationFilter {
  kinds?: readonly OrganizationKind[] | null;
  sectors?: readonly string[] | null;
  regionIds?: readonly string[] | null;
  clusterIds?: readonly string[] | null;
  country?: string | null;
  text?: string | null;
  asOf?: number | null;
}

export interface OrganizationListArgs {
  filter?: OrganizationFilter | null;
  sort?: { by?: OrganizationSortBy | null; direction?: Direction | null } | null;
  first?: number | null;
  after?: string | null;
}

export function organizationFilterParams(filter: OrganizationFilter | null | undefined): Record<string, unknown> {
  const f = filter ?? {};
  return {
    kinds: list(f.kinds),
    sectors: list(f.sectors),
    regionIds: list(f.regionIds),
    clusterIds: list(f.clusterIds),
    country: text(f.country, 'filter.country'),
    text: text(f.text, 'filter.text')?.toLowerCase() ?? null,
    asOf: year(f.asOf, 'filter.asOf'),
  };
}

export function sortKey(value: unknown): SortKey {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (value === null || value === undefined) return null;
  throw new BadUserInputError('this sort key cannot be used for paging', { field: 'sort' });
}

export async function listOrganizations(executor: Executor, maxPageSize: number, args: OrganizationListArgs): Promise<OrganizationConnectionRecord> {
  const first = pageSize(args.first, 20, maxPageSize);
  const by = args.sort?.by ?? 'NAME';
  const direction = args.sort?.direction ?? 'ASC';
  const signature = `organizations:${by}:${direction}`;
  const after = keysetParam(decodeCursor(signature, args.after));
  const params = organizationFilterParams(args.filter);
  const rows =
    first === 0
      ? []
      : await executor.read(direction === 'ASC' ? 'api-organizations-page-asc' : 'api-organizations-page-desc', {
          ...params,
          sortProperty: SORT_PROPERTIES[by],
          after,
          limit: first + 1,
        });
  const page = rows.slice(0, first).map((row) => {
    const node = organizationOf(row['props']);
    return { cursor: encodeCursor(signature, sortKey(row['key']), node.id), node };
  });
  let total: Promise<number> | undefined;
  return {
    edges: page,
    pageInfo: { hasNextPage: rows.length > first, endCursor: page.at(-1)?.cursor ?? null },
    count: () => (total ??= executor.read('api-organizations-count', params).then((r) => Number(r[0]?.['total'] ?? 0))),
  };
}

/** The clusters list (filters, sort, keyset paging) and the members of clusters, batched. */
import type { Executor } from '../../db/executor.ts';
import { asRecordObject } from '../../db/values.ts';
import type { MembershipRole, OrganizationKind } from '../../model/types.ts';
import { list, pageSize, text, year } from './args.ts';
import { decodeCursor, encodeCursor, keysetParam } from './cursor.ts';
import type { ClusterConnectionRecord, ClusterMemberConnectionRecord } from './models.ts';
import type { Direction } from './organizations.ts';
import { sortKey } from './organizations.ts';
import { clusterOf, membershipRole, num, organizationOf, str } from './rows.ts';

export type ClusterSortBy = 'NAME' | 'FOUNDED';
const SORT_PROPERTIES: Record<ClusterSortBy, string> = { NAME: 'name', FOUNDED: 'founded' };

export interface ClusterListArgs {
  filter?: { sector?: string | null; regionId?: string | null; country?: string | null; text?: string | null } | null;
  sort?: { by?: ClusterSortBy | null; direction?: Direction | null } | null;
  first?: number | null;
  after?: string | null;
}

export async function listClusters(executor: Executor, maxPageSize: number, args: ClusterListArgs): Promise<ClusterConnectionRecord> {
  const first = pageSize(args.first, 20, maxPageSize);
  const by = args.sort?.by ?? 'NAME';
  const direction = args.sort?.direction ?? 'ASC';
  const signature = `clusters:${by}:${direction}`;
  const after = keysetParam(decodeCursor(signature, args.after));
  const f = args.filter ?? {};
  const params = {
    sector: text(f.sector, 'filter.sector'),
    regionId: text(f.regionId, 'filter.regionId'),
    country: text(f.country, 'filter.country'),
    text: text(f.text, 'filter.text')?.toLowerCase() ?? null,
  };
  const rows =
    first === 0
      ? []
      : await executor.read(direction === 'ASC' ? 'api-clusters-page-asc' : 'api-clusters-page-desc', {
          ...params,
          sortProperty: SORT_PROPERTIES[by],
          after,
          limit: first + 1,
        });
  const page = rows.slice(0, first).map((row) => {
    const node = clusterOf(row['props']);
    return { cursor: encodeCursor(signature, sortKey(row['key']), node.id), node };
  });
  let total: Promise<number> | undefined;
  return {
    edges: page,
    pageInfo: { hasNextPage: rows.length > first, endCursor: page.at(-1)?.cursor ?? null },
    count: () => (total ??= executor.read('api-clusters-count', params).then((r) => Number(r[0]?.['total'] ?? 0))),
  };
}

export interface MemberArgs {
  first?: number | null;
  after?: string | null;
  kinds?: readonly OrganizationKind[] | null;
  roles?: readonly MembershipRole[] | null;
  asOf?: number | null;
}

const MEMBERS_SIGNATURE = 'members:NAME:ASC';

/** Checks member arguments before batching, so that a bad page size fails the field, not the batch. */
export function memberQuery(maxPageSize: number, args: MemberArgs): Record<string, unknown> & { first: number } {
  const first = pageSize(args.first, 20, maxPageSize);
  const pos = decodeCursor(MEMBERS_SIGNATURE, args.after);
  return {
    first,
    kinds: list(args.kinds),
    roles: list(args.roles),
    asOf: year(args.asOf),
    after: pos === null ? null : { k: pos.key, id: pos.id },
    limit: first + 1,
  };
}

/** Members of many clusters with the same arguments: one query. */
export async function clusterMembers(
  executor: Executor,
  ids: readonly string[],
  query: Record<string, unknown> & { first: number },
): Promise<Map<string, ClusterMemberConnectionRecord>> {
  const out = new Map<string, ClusterMemberConnectionRecord>();
  const { first, ...params } = query;
  const rows = ids.length === 0 ? [] : await executor.read('api-cluster-members', { ...params, ids: [...new Set(ids)] });
  const byId = new Map(rows.map((r) => [str(r['id']) ?? '', r]));
  for (const id of ids) {
    const row = byId.get(id);
    const items = row !== undefined && Array.isArray(row['items']) ? row['items'] : [];
    const total = Number(row?.['total'] ?? 0);
    const edges = (first === 0 ? [] : items.slice(0, first)).map((item) => {
      const p = asRecordObject(item);
      const node = organizationOf(p['organization']);
      return {
        cursor: encodeCursor(MEMBERS_SIGNATURE, node.name, node.id),
        node,
        role: membershipRole(p['role']),
        since: num(p['since']),
        until: num(p['until']),
      };
    });
    out.set(id, {
      edges,
      pageInfo: { hasNextPage: items.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      count: () => Promise.resolve(total),
    });
  }
  return out;
}

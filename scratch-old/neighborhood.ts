/**
 * neighborhood(id, depth): breadth-first, one query per hop (a variable-length pattern would
 * enumerate every path, which explodes around hub firms at depth 3). Nodes are kept nearest
 * first and, within a hop, best-connected first (ties to the hop before, then relationships,
 * then id), up to the cap; `truncated` says the cap left nodes out. Edges come last, among the
 * kept nodes only.
 */
import type { Executor } from '../server/db/executor.ts';
import { NotFoundError } from '../server/errors.ts';
import type { OrganizationKind } from '../server/model/types.ts';
import { intInRange, list, year } from '../server/services/catalog/args.ts';
import { assemble, edgeOf, nodeOf, relationshipTypes, type GraphNode, type GraphSlice } from './slice.ts';

export interface NeighborhoodArgs {
  id: string;
  depth?: number | null;
  relationshipTypes?: readonly string[] | null;
  kinds?: readonly OrganizationKind[] | null;
  asOf?: number | null;
  limit?: number | null;
}

export async function neighborhood(executor: Executor, maxSliceNodes: number, args: NeighborhoodArgs): Promise<GraphSlice> {
  const depth = intInRange(args.depth ?? 1, 1, 3, 'depth');
  const limit = intInRange(args.limit ?? maxSliceNodes, 1, maxSliceNodes, 'limit');
  const types = relationshipTypes(args.relationshipTypes);
  const kinds = list(args.kinds);
  const asOf = year(args.asOf);

  const depthOf = new Map<string, number>([[args.id, 0]]);
  let frontier = [args.id];
  let truncated = false;
  const expand = (ids: string[]) => executor.read('api-slice-expand', { ids, types, kinds, asOf, visited: [...depthOf.keys()] });
  // The centre's existence is checked alongside the first hop, not before it.
  const [centre, firstHop] = await Promise.all([executor.read('api-slice-nodes', { ids: [args.id], asOf }), expand(frontier)]);
  if (centre.length === 0) throw new NotFoundError('entity', args.id);

  for (let hop = 1; hop <= depth && frontier.length > 0; hop++) {
    const rows = hop === 1 ? firstHop : await expand(frontier);
    const candidates = rows
      .map((r) => ({ id: String(r['id']), links: Number(r['links'] ?? 0), ties: Number(r['ties'] ?? 0) }))
      .sort((a, b) => b.links - a.links || b.ties - a.ties || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const next: string[] = [];
    for (const c of candidates) {
      if (depthOf.has(c.id)) continue;
      if (depthOf.size >= limit) {
        truncated = true;
        break;
      }
      depthOf.set(c.id, hop);
      next.push(c.id);
    }
    // Once full, one more hop is not worth a query: anything beyond would be cut anyway, but
    // whether anything exists is unknown, so say so only when this hop was already cut.
    if (depthOf.size >= limit && !truncated && hop < depth) truncated = await hasMore(executor, next, types, kinds, asOf, [...depthOf.keys()]);
    if (truncated) break;
    frontier = next;
  }

  const ids = [...depthOf.keys()];
  const [nodeRows, edgeRows] = await Promise.all([
    executor.read('api-slice-nodes', { ids, asOf }),
    executor.read('api-slice-edges', { ids, types, asOf }),
  ]);
  const nodes = nodeRows
    .map((r) => nodeOf(r))
    .filter((n): n is GraphNode => n !== null)
    .map((n) => ({ ...n, depth: depthOf.get(n.id) ?? null }))
    .sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0) || (a.id < b.id ? -1 : 1));
  const edges = edgeRows.map((r) => edgeOf(r)).filter((e) => e !== null);
  return assemble(nodes, edges, truncated);
}

async function hasMore(
  executor: Executor,
  frontier: string[],
  types: string[],
  kinds: string[] | null,
  asOf: number | null,
  visited: string[],
): Promise<boolean> {
  if (frontier.length === 0) return false;
  const rows = await executor.read('api-slice-expand', { ids: frontier, types, kinds, asOf, visited });
  return rows.length > 0;
}

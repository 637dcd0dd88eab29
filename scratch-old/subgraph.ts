/**
 * subgraph(scope): the organisations of a scope and the ties among them. When the slice is
 * larger than the cap, the best-connected organisations (degree inside the scope, then id) are
 * kept and `truncated` is set. The scope's clusters, alliance and regions join as nodes when a
 * requested relationship type can reach them (MEMBER_OF/SUPPORTS/PARTY_TO, PARTY_TO, LOCATED_IN).
 */
import type { Executor } from '../server/db/executor.ts';
import { intInRange, list, year } from '../server/services/catalog/args.ts';
import { assemble, edgeOf, nodeOf, relationshipTypes, type GraphEdge, type GraphNode, type GraphSlice } from './slice.ts';

export interface SubgraphArgs {
  scope?: { clusterIds?: readonly string[] | null; regionIds?: readonly string[] | null; allianceId?: string | null; asOf?: number | null } | null;
  relationshipTypes?: readonly string[] | null;
  limit?: number | null;
}

export async function subgraph(executor: Executor, maxSliceNodes: number, args: SubgraphArgs): Promise<GraphSlice> {
  const limit = intInRange(args.limit ?? maxSliceNodes, 1, maxSliceNodes, 'limit');
  const types = relationshipTypes(args.relationshipTypes);
  const scope = args.scope ?? {};
  const clusterIds = list(scope.clusterIds);
  const regionIds = list(scope.regionIds);
  const allianceId = scope.allianceId ?? null;
  const asOf = year(scope.asOf);

  const extraIds = [
    ...(types.some((t) => t === 'MEMBER_OF' || t === 'SUPPORTS' || t === 'PARTY_TO') ? (clusterIds ?? []) : []),
    ...(types.includes('PARTY_TO') && allianceId !== null ? [allianceId] : []),
    ...(types.includes('LOCATED_IN') ? (regionIds ?? []) : []),
  ];
  const [orgRows, extraRows] = await Promise.all([
    executor.read('api-subgraph-organizations', { clusterIds, regionIds, allianceId, asOf }),
    extraIds.length > 0 ? executor.read('api-slice-nodes', { ids: extraIds, asOf }) : Promise.resolve([]),
  ]);
  const nodes = [...extraRows, ...orgRows].map((r) => nodeOf(r)).filter((n): n is GraphNode => n !== null);
  const edgeRows = nodes.length === 0 ? [] : await executor.read('api-slice-edges', { ids: nodes.map((n) => n.id), types, asOf });
  const edges = edgeRows.map((r) => edgeOf(r)).filter((e) => e !== null);
  if (nodes.length <= limit) return assemble(nodes, edges, false);
  return assemble(bestConnected(nodes, edges, limit), edges, true);
}

/** The `limit` nodes with the most edges in the whole slice (ties broken by id, for stable output). */
function bestConnected(nodes: GraphNode[], edges: GraphEdge[], limit: number): GraphNode[] {
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return [...nodes]
    .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * subgraph(scope): the organisations of a scope and the ties among them, in one Cypher statement
 * (`api-subgraph`) that walks from the scope's clusters, alliance or regions rather than testing
 * every organisation. When the slice is larger than the cap, the best-connected organisations
 * (degree inside the scope, then id) are kept and `truncated` is set. The scope's clusters,
 * alliance and regions join as nodes when a requested relationship type can reach them
 * (MEMBER_OF/SUPPORTS/PARTY_TO, PARTY_TO, LOCATED_IN).
 */
import type { Executor } from '../../../db/executor.ts';
import { intInRange, list, year } from '../args.ts';
import {
  ALL_PARTS,
  assemble,
  edgeOfTuple,
  nodeOfTuple,
  relationshipTypes,
  type GraphEdge,
  type GraphNode,
  type GraphSlice,
  type SliceParts,
} from './slice.ts';

export interface SubgraphArgs {
  scope?: { clusterIds?: readonly string[] | null; regionIds?: readonly string[] | null; allianceId?: string | null; asOf?: number | null } | null;
  relationshipTypes?: readonly string[] | null;
  limit?: number | null;
}

export async function subgraph(executor: Executor, maxSliceNodes: number, args: SubgraphArgs, parts: SliceParts = ALL_PARTS): Promise<GraphSlice> {
  const limit = intInRange(args.limit ?? maxSliceNodes, 1, maxSliceNodes, 'limit');
  const types = relationshipTypes(args.relationshipTypes);
  const scope = args.scope ?? {};
  const clusterIds = list(scope.clusterIds);
  const regionIds = list(scope.regionIds);
  const allianceId = scope.allianceId ?? null;
  const asOf = year(scope.asOf);

  const [row] = await executor.read('api-subgraph', {
    clusterIds,
    regionIds,
    allianceId,
    asOf,
    types,
    withClusterIds: parts.clusterIds,
    withEdgeDetails: parts.edgeDetails,
    // The scope's own nodes, by label (so each is one index seek).
    clusterNodeIds: types.some((t) => t === 'MEMBER_OF' || t === 'SUPPORTS' || t === 'PARTY_TO') ? (clusterIds ?? []) : [],
    allianceNodeIds: types.includes('PARTY_TO') && allianceId !== null ? [allianceId] : [],
    regionNodeIds: types.includes('LOCATED_IN') ? (regionIds ?? []) : [],
  });
  const nodes = (Array.isArray(row?.['nodes']) ? row['nodes'] : []).map((v) => nodeOfTuple(v)).filter((n): n is GraphNode => n !== null);
  const edges = (Array.isArray(row?.['edges']) ? row['edges'] : []).map((v) => edgeOfTuple(v)).filter((e): e is GraphEdge => e !== null);
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

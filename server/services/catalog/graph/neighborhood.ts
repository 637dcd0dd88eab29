/**
 * neighborhood(id, depth): breadth-first, hop by hop (a variable-length pattern would enumerate
 * every path, which explodes around hub firms at depth 3), all inside one Cypher statement
 * (`api-neighborhood`): one round trip, where a query per hop plus node and edge queries cost
 * five or more. Nodes are kept nearest first and, within a hop, best-connected first (ties to
 * the hop before, then relationships, then id), up to the cap; `truncated` says the cap left
 * nodes out. Edges are those among the kept nodes only.
 */
import type { Executor } from '../../../db/executor.ts';
import { NotFoundError } from '../../../errors.ts';
import type { OrganizationKind } from '../../../model/types.ts';
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

export interface NeighborhoodArgs {
  id: string;
  depth?: number | null;
  relationshipTypes?: readonly string[] | null;
  kinds?: readonly OrganizationKind[] | null;
  asOf?: number | null;
  limit?: number | null;
}

export async function neighborhood(executor: Executor, maxSliceNodes: number, args: NeighborhoodArgs, parts: SliceParts = ALL_PARTS): Promise<GraphSlice> {
  const depth = intInRange(args.depth ?? 1, 1, 3, 'depth');
  const limit = intInRange(args.limit ?? maxSliceNodes, 1, maxSliceNodes, 'limit');
  const types = relationshipTypes(args.relationshipTypes);
  const kinds = list(args.kinds);
  const asOf = year(args.asOf);

  const [row] = await executor.read('api-neighborhood', {
    id: args.id,
    depth,
    types,
    kinds,
    asOf,
    limit,
    withClusterIds: parts.clusterIds,
    withEdgeDetails: parts.edgeDetails,
  });
  if (row === undefined) throw new NotFoundError('entity', args.id);
  const nodes = (Array.isArray(row['nodes']) ? row['nodes'] : [])
    .map((v) => nodeOfTuple(v))
    .filter((n): n is GraphNode => n !== null)
    .sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0) || (a.id < b.id ? -1 : 1));
  const edges = (Array.isArray(row['edges']) ? row['edges'] : []).map((v) => edgeOfTuple(v)).filter((e): e is GraphEdge => e !== null);
  return assemble(nodes, edges, row['truncated'] === true);
}

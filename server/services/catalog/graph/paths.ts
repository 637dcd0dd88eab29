/**
 * shortestPaths(from, to): Neo4j 5's `SHORTEST k` path selector (GQL), undirected, over the
 * chosen relationship types, as of a year. Paths that pass through the same nodes and differ only
 * by a parallel tie (two collaboration kinds between one pair) count once: the first is kept.
 */
import type { Executor } from '../../../db/executor.ts';
import { BadUserInputError, NotFoundError } from '../../../errors.ts';
import { intInRange, year } from '../args.ts';
import { strings } from '../rows.ts';
import { edgeOf, nodeOf, relationshipTypes, type GraphEdge, type GraphNode } from './slice.ts';

export interface GraphPath {
  length: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface ShortestPathArgs {
  from: string;
  to: string;
  relationshipTypes?: readonly string[] | null;
  maxLength?: number | null;
  k?: number | null;
  asOf?: number | null;
}

export async function shortestPaths(executor: Executor, args: ShortestPathArgs): Promise<GraphPath[]> {
  const maxLength = intInRange(args.maxLength ?? 4, 1, 6, 'maxLength');
  const k = intInRange(args.k ?? 1, 1, 5, 'k');
  const types = relationshipTypes(args.relationshipTypes);
  const asOf = year(args.asOf);
  if (args.from === args.to) throw new BadUserInputError('from and to must differ', { field: 'to' });

  const [ends, rows] = await Promise.all([
    executor.read('api-slice-nodes', { ids: [args.from, args.to], asOf }),
    executor.read('api-shortest-paths', { from: args.from, to: args.to, types, asOf, maxLength }),
  ]);
  const found = new Set(ends.map((r) => nodeOf(r)?.id));
  for (const id of [args.from, args.to]) if (!found.has(id)) throw new NotFoundError('entity', id);

  const seen = new Set<string>();
  const chosen: { ids: string[]; edges: GraphEdge[] }[] = [];
  for (const row of rows) {
    const ids = strings(row['ids']);
    const key = ids.join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    const rels = Array.isArray(row['rels']) ? row['rels'] : [];
    chosen.push({ ids, edges: rels.map((r) => edgeOf(r)).filter((e) => e !== null) });
    if (chosen.length === k) break;
  }
  if (chosen.length === 0) return [];

  const nodeRows = await executor.read('api-slice-nodes', { ids: [...new Set(chosen.flatMap((p) => p.ids))], asOf });
  const byId = new Map<string, GraphNode>();
  for (const r of nodeRows) {
    const n = nodeOf(r);
    if (n !== null) byId.set(n.id, n);
  }
  return chosen.map((p) => ({
    length: p.edges.length,
    nodes: p.ids.flatMap((id, i) => {
      const n = byId.get(id);
      return n === undefined ? [] : [{ ...n, depth: i, degree: i === 0 || i === p.ids.length - 1 ? 1 : 2 }];
    }),
    edges: p.edges,
  }));
}


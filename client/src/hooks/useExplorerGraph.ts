/**
 * Loads the explorer's graph data from its UI state: the scope, then every expansion, then the
 * path between two nodes, merged into one GraphModel. Reloads only when one of those (or the
 * relationship types or year) changes; colours, filters and layout never refetch.
 */
import { useEffect, useMemo, useState } from 'react';
import { EMPTY_GRAPH, mergeSlice, type GraphModel } from '../../graph/graph-model.ts';
import { cachedRequest } from '../api/cache.ts';
import { normalizeError, type ApiError } from '../api/errors.ts';
import { NEIGHBORHOOD, SHORTEST_PATHS, SUBGRAPH, type PathView, type Slice } from '../api/operations.ts';
import type { ExplorerState } from '../state/explorer-state.ts';

export type GraphLoad =
  | { status: 'empty' }
  | { status: 'loading'; graph: GraphModel }
  | { status: 'error'; error: ApiError; graph: GraphModel }
  | { status: 'ready'; graph: GraphModel; paths: PathView[] | null };

type Inputs = Pick<ExplorerState, 'scope' | 'expansions' | 'relTypes' | 'asOf' | 'path'>;

async function loadScope(s: Inputs, signal: AbortSignal): Promise<Slice | null> {
  const asOf = s.asOf ?? null;
  switch (s.scope.kind) {
    case 'none':
      return null;
    case 'focus':
      return (await cachedRequest(NEIGHBORHOOD, { id: s.scope.id, depth: s.scope.depth, relationshipTypes: s.relTypes, asOf }, signal)).neighborhood;
    case 'clusters':
      return (await cachedRequest(SUBGRAPH, { scope: { clusterIds: s.scope.ids, asOf }, relationshipTypes: s.relTypes }, signal)).subgraph;
    case 'all':
      return (await cachedRequest(SUBGRAPH, { scope: { asOf }, relationshipTypes: s.relTypes }, signal)).subgraph;
    default: {
      const never: never = s.scope;
      throw new Error(`unknown scope ${JSON.stringify(never)}`);
    }
  }
}

export function useExplorerGraph(state: ExplorerState, attempt: number): GraphLoad {
  const inputs: Inputs = { scope: state.scope, expansions: state.expansions, relTypes: state.relTypes, asOf: state.asOf, path: state.path };
  const key = JSON.stringify(inputs);
  const [load, setLoad] = useState<GraphLoad>({ status: 'empty' });
  useEffect(() => {
    const s = JSON.parse(key) as Inputs;
    if (s.scope.kind === 'none' && s.expansions.length === 0 && s.path === null) {
      setLoad({ status: 'empty' });
      return undefined;
    }
    const ctrl = new AbortController();
    setLoad((l) => ({ status: 'loading', graph: l.status === 'empty' ? EMPTY_GRAPH : l.graph }));
    (async () => {
      let graph = EMPTY_GRAPH;
      const scope = await loadScope(s, ctrl.signal);
      if (scope !== null) graph = mergeSlice(graph, scope);
      const slices = await Promise.all(
        s.expansions.map((e) => cachedRequest(NEIGHBORHOOD, { id: e.id, depth: 1, relationshipTypes: e.types, asOf: s.asOf ?? null }, ctrl.signal)),
      );
      for (const r of slices) graph = mergeSlice(graph, r.neighborhood);
      let paths: PathView[] | null = null;
      if (s.path !== null) {
        const pathTypes = s.relTypes.filter((t) => t === 'SUPPLIES' || t === 'COLLABORATES_WITH' || t === 'INVESTS_IN');
        paths = (await cachedRequest(SHORTEST_PATHS, { from: s.path.from, to: s.path.to, relationshipTypes: pathTypes.length > 0 ? pathTypes : null, k: 3, maxLength: 6, asOf: s.asOf ?? null }, ctrl.signal)).shortestPaths;
        for (const p of paths) graph = mergeSlice(graph, { nodes: p.nodes, edges: p.edges });
      }
      if (!ctrl.signal.aborted) setLoad({ status: 'ready', graph, paths });
    })().catch((err: unknown) => {
      const e = normalizeError(err);
      if (!ctrl.signal.aborted && e.code !== 'ABORTED') setLoad((l) => ({ status: 'error', error: e, graph: l.status === 'empty' ? EMPTY_GRAPH : l.graph }));
    });
    return () => ctrl.abort();
  }, [key, attempt]);
  return load;
}

export function graphOf(load: GraphLoad): GraphModel {
  return load.status === 'empty' ? EMPTY_GRAPH : load.graph;
}

/** Node and edge ids of the paths, to highlight. */
export function usePathHighlight(load: GraphLoad): { nodes: Set<string>; edges: Set<string> } | null {
  const paths = load.status === 'ready' ? load.paths : null;
  return useMemo(() => {
    if (paths === null || paths.length === 0) return null;
    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const p of paths) {
      for (const n of p.nodes) nodes.add(n.id);
      for (const e of p.edges) edges.add(e.id);
    }
    return { nodes, edges };
  }, [paths]);
}

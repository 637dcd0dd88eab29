/**
 * Louvain communities for the explorer's view, asked only while the canvas is coloured by
 * community: the request (communityRequest), its state (useQuery: loading, error with retry,
 * ready) and the organisation → community rank map for toElements.
 */
import { useMemo } from 'react';
import { COMMUNITIES, type CommunitiesView } from '../api/analytics.ts';
import type { ApiError } from '../api/errors.ts';
import { clusterIdsOf, communityRanks, communityRequest, type CommunityRequest } from '../communities/communities.ts';
import type { ExplorerState } from '../state/explorer-state.ts';
import type { GraphModel } from '../../graph/graph-model.ts';
import { dataOf, useQuery } from './useQuery.ts';

export interface CommunitiesState {
  /** What would be asked for this view, or why nothing can be. */
  request: CommunityRequest;
  status: 'idle' | 'loading' | 'error' | 'ready';
  error: ApiError | null;
  retry(): void;
  /** The result (the previous one while a new one loads). */
  data: CommunitiesView | null;
  ranks: ReadonlyMap<string, number> | null;
}

export function useCommunities(state: Pick<ExplorerState, 'colorBy' | 'scope' | 'relTypes' | 'asOf'>, graph: GraphModel): CommunitiesState {
  // Only a neighbourhood depends on what is loaded (the clusters of its organisations).
  const clusterIds = useMemo(() => (state.scope.kind === 'focus' ? clusterIdsOf(graph.nodes.values()) : []), [state.scope.kind, graph]);
  const clusterKey = JSON.stringify(clusterIds);
  const request = useMemo(() => communityRequest(state.scope, JSON.parse(clusterKey) as string[], state.relTypes, state.asOf), [state.scope, clusterKey, state.relTypes, state.asOf]);
  const active = state.colorBy === 'community' && request.ok;
  const q = useQuery(COMMUNITIES, active && request.ok ? { scope: request.scope, network: request.network } : null);
  const data = active ? dataOf(q)?.communities ?? null : null;
  const ranks = useMemo(() => (data === null ? null : communityRanks(data)), [data]);
  return {
    request,
    status: q.status,
    error: q.status === 'error' ? q.error : null,
    retry: q.retry,
    data,
    ranks,
  };
}

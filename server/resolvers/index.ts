/** Every area's resolver map; Apollo merges them. */
import type { Resolvers } from '../graphql/generated.ts';
import { analyticsClusterResolvers } from './analytics-clusters.ts';
import { analyticsNetworkResolvers } from './analytics-network.ts';
import { catalogGraphResolvers } from './catalog-graph.ts';
import { catalogResolvers } from './catalog.ts';
import { mutationResolvers } from './mutations.ts';
import { systemResolvers } from './system.ts';

export const resolvers: Resolvers[] = [systemResolvers, catalogResolvers, catalogGraphResolvers, mutationResolvers, analyticsNetworkResolvers, analyticsClusterResolvers];

/** Resolvers of search, graph slices, paths and the cluster network: thin. */
import type { Resolvers } from '../graphql/generated.ts';
import './catalog-costs.ts';
import { sliceParts } from './catalog-selection.ts';

export const catalogGraphResolvers: Resolvers = {
  Query: {
    search: (_p, args, ctx) => ctx.services.catalog.search(args),
    neighborhood: (_p, args, ctx, info) => ctx.services.catalog.neighborhood(args, sliceParts(info)),
    subgraph: (_p, args, ctx, info) => ctx.services.catalog.subgraph(args, sliceParts(info)),
    shortestPaths: (_p, args, ctx) => ctx.services.catalog.shortestPaths(args),
    clusterNetwork: (_p, args, ctx) => ctx.services.catalog.clusterNetwork(args),
  },
};

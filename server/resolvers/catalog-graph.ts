/** Resolvers of search, graph slices, paths and the cluster network: thin. */
import type { Resolvers } from '../graphql/generated.ts';
import './catalog-costs.ts';

export const catalogGraphResolvers: Resolvers = {
  Query: {
    search: (_p, args, ctx) => ctx.services.catalog.search(args),
    neighborhood: (_p, args, ctx) => ctx.services.catalog.neighborhood(args),
    subgraph: (_p, args, ctx) => ctx.services.catalog.subgraph(args),
    shortestPaths: (_p, args, ctx) => ctx.services.catalog.shortestPaths(args),
    clusterNetwork: (_p, args, ctx) => ctx.services.catalog.clusterNetwork(args),
  },
};

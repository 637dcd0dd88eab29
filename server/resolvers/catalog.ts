/** Resolvers of the read API (entities, lists, search, graph slices). */
import type { Resolvers } from '../graphql/generated.ts';

export const catalogResolvers: Resolvers = {};

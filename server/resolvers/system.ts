/** apiInfo and whoami: thin, as every resolver. */
import type { Resolvers } from '../graphql/generated.ts';

export const systemResolvers: Resolvers = {
  Query: {
    apiInfo: (_parent, _args, ctx) => ctx.services.system.apiInfo(),
  },
  Mutation: {
    whoami: (_parent, _args, ctx) => ({ role: ctx.viewer.role, subject: ctx.viewer.subject }),
  },
  GraphCounts: {},
};

/** The Apollo Server instance: schema, limits, error formatting, metrics hooks. */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config.ts';
import { resolvers } from '../resolvers/index.ts';
import type { GraphQLContext } from './context.ts';
import { formatError } from './errors.ts';
import { jitGateway } from './jit-executor.ts';
import { limitsPlugin } from './limits/plugin.ts';
import { loadTypeDefs } from './schema.ts';

export function makeSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    // graphql-tools merges the areas' maps; its loose typing is confined to this line.
    resolvers: resolvers as Parameters<typeof makeExecutableSchema>[0]['resolvers'],
    inheritResolversFromInterfaces: true,
  });
}

export function createApollo(config: Config, hooks: { onCost?: (cost: number) => void } = {}): ApolloServer<GraphQLContext> {
  const production = config.env === 'production';
  return new ApolloServer<GraphQLContext>({
    // The schema comes through the gateway, which runs operations with graphql-jit.
    gateway: jitGateway(makeSchema()),
    introspection: config.api.introspection,
    includeStacktraceInErrorResponses: false,
    // The app owns shutdown (HTTP, then Apollo, then Neo4j); Apollo must not race it on SIGINT.
    stopOnTerminationSignals: false,
    formatError: formatError(production),
    // Apollo pretty-prints responses by default: readable with curl in development, but in
    // production the indentation is a third of a graph slice's bytes and of its serialising time.
    ...(production ? { stringifyResult: (value: unknown) => JSON.stringify(value) } : {}),
    plugins: [
      limitsPlugin(config.api, hooks.onCost),
      // No @cacheControl hints in the schema and no HTTP caching of POSTs: without this, Apollo's
      // default cache-control plugin wraps every field resolver, a cost on every node of a slice.
      ApolloServerPluginCacheControlDisabled(),
    ],
    // Errors are reported by our own structured log, not Apollo's console output.
    logger: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
  });
}

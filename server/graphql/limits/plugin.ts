/**
 * Checks every operation before it runs: reads need a credential when reads are key-protected,
 * writes need the editor role, depth and cost stay under the configured limits.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiConfig } from '../../config.ts';
import { ErrorCode } from '../../errors.ts';
import type { GraphQLContext } from '../context.ts';
import { apiError } from '../errors.ts';
import { roleAtLeast } from '../viewer.ts';
import { operationCost } from './cost.ts';

/** Mutations that any caller may send (they only report on the caller). */
const OPEN_MUTATIONS = new Set(['whoami']);

export function limitsPlugin(api: ApiConfig, onCost?: (cost: number) => void): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request, contextValue }) {
          const viewer = contextValue.viewer;
          if (operation === undefined) return;
          if (operation.operation === 'mutation') {
            const onlyOpen = operation.selectionSet.selections.every(
              (s) => s.kind === 'Field' && OPEN_MUTATIONS.has(s.name.value),
            );
            if (!onlyOpen && !roleAtLeast(viewer.role, 'EDITOR')) {
              throw viewer.role === 'ANONYMOUS'
                ? apiError(ErrorCode.UNAUTHENTICATED, 'writes need a bearer token with the editor or admin role')
                : apiError(ErrorCode.FORBIDDEN, `writes need the editor or admin role; you have ${viewer.role.toLowerCase()}`);
            }
          } else if (api.readAccess === 'key' && viewer.role === 'ANONYMOUS') {
            throw apiError(ErrorCode.UNAUTHENTICATED, 'this server requires an API key or token for reads');
          }
          const fragments = Object.fromEntries(
            document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d]] : [])),
          );
          const { cost, depth } = operationCost(schema, operation, fragments, request.variables ?? {});
          if (depth > api.maxDepth) {
            throw apiError(ErrorCode.QUERY_TOO_COMPLEX, `query depth ${depth} exceeds the limit of ${api.maxDepth}`, {
              depth,
              limit: api.maxDepth,
            });
          }
          if (cost > api.maxCost) {
            throw apiError(ErrorCode.QUERY_TOO_COMPLEX, `query cost ${cost} exceeds the limit of ${api.maxCost}`, {
              cost,
              limit: api.maxCost,
            });
          }
          onCost?.(cost);
        },
      };
    },
  };
}

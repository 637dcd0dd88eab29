/**
 * Every error leaves the API in one shape: a stable `extensions.code` from ErrorCode, a message
 * for people, and in production nothing else — no stack trace, no Cypher, no driver text.
 * (After Apollo Server's errorNormalize.ts: every thrown value is `unknown`, normalised here.)
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AtlasError, DatasetInvalidError, ErrorCode } from '../errors.ts';

/** Error codes an API client can see. */
export const PUBLIC_CODES: ReadonlySet<string> = new Set([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.RATE_LIMITED,
  ErrorCode.CANCELLED,
  ErrorCode.GRAPH_TOO_LARGE,
  ErrorCode.DATABASE_UNAVAILABLE,
  ErrorCode.DATASET_INVALID,
  ErrorCode.INTERNAL_SERVER_ERROR,
]);

// Apollo's own codes for requests that never reach a resolver: all the caller's fault.
const APOLLO_INPUT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Details safe to show: only those an AtlasError marks as public (issues of a dataset, limits). */
const PUBLIC_DETAIL_KEYS = new Set(['issues', 'count', 'what', 'id', 'limit', 'cost', 'depth', 'field', 'retryAfterSeconds', 'reason']);

export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DatasetInvalidError) {
      // Bad input in the dataset format's terms: which field, which rule, for every problem.
      return {
        message: original.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'DATASET_INVALID', issues: original.issues.slice(0, 100) },
      };
    }
    if (original instanceof AtlasError && PUBLIC_CODES.has(original.code)) {
      const masked = production && original.code === ErrorCode.INTERNAL_SERVER_ERROR;
      return {
        message: masked ? 'internal server error' : original.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: original.code, ...(masked ? {} : publicDetails(original.details)) },
      };
    }
    const code = String(formatted.extensions?.['code'] ?? '');
    if (APOLLO_INPUT_CODES.has(code)) {
      return {
        message: formatted.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions: { code: ErrorCode.BAD_USER_INPUT, reason: code },
      };
    }
    if (original instanceof GraphQLError && typeof original.extensions['code'] === 'string' && PUBLIC_CODES.has(original.extensions['code'])) {
      return {
        message: original.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { ...publicDetails(original.extensions), code: original.extensions['code'] },
      };
    }
    return {
      message: production ? 'internal server error' : formatted.message,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

function publicDetails(details: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(details)) if (PUBLIC_DETAIL_KEYS.has(k)) out[k] = v;
  return out;
}

/** A GraphQL error with one of our codes, for limits that fire before resolvers run. */
export function apiError(code: ErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

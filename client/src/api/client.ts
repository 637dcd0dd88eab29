/**
 * A tiny GraphQL client: POST /graphql, typed by the caller's operation, every failure turned
 * into an ApiError carrying the API's `extensions.code`.
 */
import { ApiError, normalizeError, toErrorCode } from './errors.ts';

export interface Operation<TData, TVars> {
  /** Name used in logs and the dev hook; the query text's operation name. */
  readonly name: string;
  readonly query: string;
  /** Phantom fields that carry the types; never set. */
  readonly __data?: TData;
  readonly __vars?: TVars;
}

export function operation<TData, TVars = Record<string, never>>(name: string, query: string): Operation<TData, TVars> {
  return { name, query };
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: unknown } }[];
}

export const API_URL = '/graphql';

export async function request<TData, TVars>(op: Operation<TData, TVars>, variables: TVars, signal?: AbortSignal): Promise<TData> {
  let res: Response;
  try {
    res = await fetch(API_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ operationName: op.name, query: op.query, variables }),
      signal: signal ?? null,
    });
  } catch (err) {
    throw normalizeError(err);
  }
  let body: GraphQLResponse<TData>;
  try {
    body = (await res.json()) as GraphQLResponse<TData>;
  } catch {
    // A proxy's HTML error page, or a server that is not ours: for the user the API is not there.
    throw new ApiError(res.status >= 500 ? 'NETWORK' : 'INTERNAL_SERVER_ERROR', `HTTP ${res.status} without a GraphQL body`);
  }
  const first = body.errors?.[0];
  if (first !== undefined) throw new ApiError(toErrorCode(first.extensions?.code), first.message);
  if (body.data === undefined || body.data === null) throw new ApiError('INTERNAL_SERVER_ERROR', `HTTP ${res.status} without data`);
  return body.data;
}

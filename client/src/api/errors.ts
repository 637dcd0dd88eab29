/**
 * Every failure of an API call becomes one ApiError with a stable code: the server's
 * `extensions.code`, or NETWORK when the API could not be reached at all. Views show
 * `describeError(code)`, never a raw exception.
 */
export type ApiErrorCode =
  | 'NETWORK'
  | 'DATABASE_UNAVAILABLE'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'QUERY_TOO_COMPLEX'
  | 'GRAPH_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'INTERNAL_SERVER_ERROR'
  | 'ABORTED';

const KNOWN: ReadonlySet<string> = new Set<ApiErrorCode>([
  'NETWORK', 'DATABASE_UNAVAILABLE', 'BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN',
  'QUERY_TOO_COMPLEX', 'GRAPH_TOO_LARGE', 'RATE_LIMITED', 'GRAPHQL_VALIDATION_FAILED', 'INTERNAL_SERVER_ERROR', 'ABORTED',
]);

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

export function toErrorCode(raw: unknown): ApiErrorCode {
  return typeof raw === 'string' && KNOWN.has(raw) ? (raw as ApiErrorCode) : 'INTERNAL_SERVER_ERROR';
}

/** Normalises anything thrown into an ApiError (one place, as Apollo's errorNormalize). */
export function normalizeError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof DOMException && err.name === 'AbortError') return new ApiError('ABORTED', 'cancelled');
  if (err instanceof TypeError) return new ApiError('NETWORK', err.message);
  return new ApiError('INTERNAL_SERVER_ERROR', err instanceof Error ? err.message : String(err));
}

export interface ErrorText {
  title: string;
  hint: string;
}

export function describeError(code: ApiErrorCode): ErrorText {
  switch (code) {
    case 'NETWORK':
      return { title: 'API unreachable', hint: 'The Cluster Atlas server did not answer. Check that it is running, then retry.' };
    case 'DATABASE_UNAVAILABLE':
      return { title: 'The graph database is unavailable', hint: 'The server is up but cannot reach Neo4j. It reconnects by itself; retry in a moment.' };
    case 'NOT_FOUND':
      return { title: 'Not found', hint: 'Nothing in the graph has this id. It may have been deleted.' };
    case 'BAD_USER_INPUT':
      return { title: 'The request was not accepted', hint: 'Some parameter is out of range.' };
    case 'UNAUTHENTICATED':
      return { title: 'Sign-in required', hint: 'This server needs an API key or token for reading.' };
    case 'FORBIDDEN':
      return { title: 'Not allowed', hint: 'Your credentials do not allow this.' };
    case 'QUERY_TOO_COMPLEX':
    case 'GRAPH_TOO_LARGE':
      return { title: 'Too large', hint: 'Narrow the scope or lower the depth.' };
    case 'RATE_LIMITED':
      return { title: 'Too many requests', hint: 'Wait a few seconds and retry.' };
    case 'GRAPHQL_VALIDATION_FAILED':
      return { title: 'Not supported by this server', hint: 'The server does not offer this field yet.' };
    case 'ABORTED':
      return { title: 'Cancelled', hint: '' };
    case 'INTERNAL_SERVER_ERROR':
      return { title: 'Something went wrong', hint: 'The server reported an internal error.' };
    default: {
      const never: never = code;
      return { title: String(never), hint: '' };
    }
  }
}

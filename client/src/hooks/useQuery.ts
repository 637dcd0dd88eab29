/**
 * Runs one API operation when its variables change and exposes a discriminated state
 * (idle | loading | error | ready). Stale responses are dropped; `retry` asks again.
 */
import { useCallback, useEffect, useState } from 'react';
import { cachedRequest } from '../api/cache.ts';
import type { Operation } from '../api/client.ts';
import { normalizeError, type ApiError } from '../api/errors.ts';

export type QueryState<T> =
  | { status: 'idle' }
  | { status: 'loading'; previous: T | null }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; data: T };

export function useQuery<TData, TVars>(op: Operation<TData, TVars>, variables: TVars | null): QueryState<TData> & { retry(): void } {
  const [state, setState] = useState<QueryState<TData>>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const key = variables === null ? null : JSON.stringify(variables);
  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return undefined;
    }
    const ctrl = new AbortController();
    setState((s) => ({ status: 'loading', previous: s.status === 'ready' ? s.data : null }));
    cachedRequest(op, JSON.parse(key) as TVars, ctrl.signal).then(
      (data) => {
        if (!ctrl.signal.aborted) setState({ status: 'ready', data });
      },
      (err: unknown) => {
        const e = normalizeError(err);
        if (!ctrl.signal.aborted && e.code !== 'ABORTED') setState({ status: 'error', error: e });
      },
    );
    return () => ctrl.abort();
  }, [op, key, attempt]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { ...state, retry };
}

/** The data when ready, or the previous data while reloading. */
export function dataOf<T>(s: QueryState<T>): T | null {
  if (s.status === 'ready') return s.data;
  if (s.status === 'loading') return s.previous;
  return null;
}

/**
 * A small response cache: the same operation with the same variables is asked once (views that
 * restore from a URL, expansions replayed after a filter change). Only successes are kept, at most
 * MAX entries, oldest out first.
 */
import { request, type Operation } from './client.ts';

const MAX = 200;
const cache = new Map<string, Promise<unknown>>();

export function cachedRequest<TData, TVars>(op: Operation<TData, TVars>, variables: TVars, signal?: AbortSignal): Promise<TData> {
  const key = `${op.name}:${JSON.stringify(variables)}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit as Promise<TData>;
  // The cached promise must not be tied to one caller's AbortSignal.
  const p = request(op, variables);
  cache.set(key, p);
  p.catch(() => cache.delete(key));
  if (cache.size > MAX) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  if (signal === undefined) return p;
  return new Promise<TData>((resolve, reject) => {
    signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
    p.then(resolve, reject);
  });
}

export function clearCache(): void {
  cache.clear();
}

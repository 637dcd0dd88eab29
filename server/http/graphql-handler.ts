/**
 * POST/GET /graphql on node:http, in front of Apollo: body limit, caller authentication, rate
 * limit, then Apollo's own HTTP handling, with a log line and metrics for every request.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Config } from '../config.ts';
import { AtlasError, ErrorCode } from '../errors.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { createLoaders } from '../graphql/loaders.ts';
import type { Viewer } from '../graphql/viewer.ts';
import type { Logger } from '../logger.ts';
import type { Services } from '../services/index.ts';
import type { Authenticator } from './auth.ts';
import type { AppMetrics } from './metrics.ts';
import type { RateLimiter } from './rate-limit.ts';

export interface GraphQLHandlerDeps {
  config: Config;
  apollo: ApolloServer<GraphQLContext>;
  services: Services;
  auth: Authenticator;
  rateLimiter: RateLimiter;
  metrics: AppMetrics;
  logger: Logger;
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

export function graphqlHandler(deps: GraphQLHandlerDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/graphql') return false;
    const started = performance.now();
    const requestId = String(req.headers['x-request-id'] ?? randomUUID());
    res.setHeader('x-request-id', requestId);
    let status = 200;
    let codes: string[] = [];
    try {
      const address = req.socket.remoteAddress ?? 'unknown';
      const viewer = await deps.auth.viewerFor(header(req, 'authorization'), address);
      const wait = deps.rateLimiter.take(viewer.rateKey);
      if (wait > 0) {
        res.setHeader('retry-after', String(wait));
        throw new AtlasError(ErrorCode.RATE_LIMITED, `too many requests; retry in ${wait} s`, { retryAfterSeconds: wait });
      }
      // Bulk imports (admin only) may send larger bodies than ordinary requests.
      const limit = viewer.role === 'ADMIN' ? Math.max(deps.config.api.importLimitBytes, deps.config.api.bodyLimitBytes) : deps.config.api.bodyLimitBytes;
      const body = req.method === 'POST' ? await readBody(req, limit) : undefined;
      const result = await execute(deps, req, url, body, viewer, requestId);
      status = result.status;
      codes = result.codes;
      res.writeHead(result.status, result.headers);
      res.end(result.body);
    } catch (err) {
      const e = err instanceof AtlasError ? err : new AtlasError(ErrorCode.INTERNAL_SERVER_ERROR, 'internal server error');
      status = STATUS[e.code] ?? 500;
      codes = [e.code];
      const text = JSON.stringify({ errors: [{ message: e.message, extensions: { code: e.code } }] });
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(text);
    } finally {
      const seconds = (performance.now() - started) / 1000;
      deps.metrics.requests.inc({ route: '/graphql', status: String(status) });
      deps.metrics.latency.observe({ route: '/graphql' }, seconds);
      for (const code of codes) deps.metrics.errors.inc({ code });
      deps.logger.log(codes.length > 0 ? 'warn' : 'info', 'graphql', {
        requestId,
        status,
        ms: Math.round(seconds * 1000),
        ...(codes.length > 0 ? { errors: codes } : {}),
      });
    }
    return true;
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

async function execute(
  deps: GraphQLHandlerDeps,
  req: IncomingMessage,
  url: URL,
  body: unknown,
  viewer: Viewer,
  requestId: string,
): Promise<{ status: number; headers: Record<string, string>; body: string; codes: string[] }> {
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  }
  const abort = new AbortController();
  req.on('close', () => abort.abort());
  const response = await deps.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
    context: async () => ({
      requestId,
      viewer,
      services: deps.services,
      loaders: createLoaders(deps.services),
      signal: abort.signal,
    }),
  });
  const outHeaders: Record<string, string> = {};
  for (const [k, v] of response.headers) outHeaders[k] = v;
  let text = '';
  if (response.body.kind === 'complete') text = response.body.string;
  else for await (const chunk of response.body.asyncIterator) text += chunk;
  return { status: response.status ?? 200, headers: outHeaders, body: text, codes: errorCodes(text) };
}

function errorCodes(text: string): string[] {
  // Apollo writes "errors" as the response's first key (orderExecutionResultFields): looking at
  // the start spares a scan of every large answer.
  if (!/^\{\s*"errors"/.test(text.slice(0, 32))) return [];
  try {
    const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] };
    return (parsed.errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
  } catch {
    return [];
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      reject(new AtlasError(ErrorCode.BAD_USER_INPUT, `request body of ${declared} bytes exceeds the limit of ${limit}`, { limit }));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.destroy();
        reject(new AtlasError(ErrorCode.BAD_USER_INPUT, `request body exceeds the limit of ${limit} bytes`, { limit }));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text === '') return resolve({});
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new AtlasError(ErrorCode.BAD_USER_INPUT, 'the request body is not valid JSON'));
      }
    });
    req.on('error', reject);
  });
}

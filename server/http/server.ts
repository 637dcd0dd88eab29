/**
 * The one HTTP port: health and readiness probes now; the GraphQL endpoint, metrics and the
 * built client mount here as they arrive.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Executor } from '../db/executor.ts';
import type { AppMetrics } from './metrics.ts';

export interface HttpDeps {
  executor: Executor;
  /** True once the schema migrations have been applied. */
  schemaReady: () => boolean;
  metrics?: AppMetrics;
  /** Extra route handlers tried in order before the 404; return true when handled. */
  routes?: ((req: IncomingMessage, res: ServerResponse) => Promise<boolean>)[];
}

export function createHttpServer(deps: HttpDeps): Server {
  return createServer((req, res) => {
    handle(deps, req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: 'INTERNAL_SERVER_ERROR' });
      else res.end();
      void err;
    });
  });
}

async function handle(deps: HttpDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'GET' && url.pathname === '/healthz') {
    sendJson(res, 200, { status: 'ok' });
    return;
  }
  if (req.method === 'GET' && url.pathname === '/readyz') {
    // Fails fast when Neo4j is down (driver connection timeout), and recovers by itself.
    const neo4j = await deps.executor.ping().then(
      () => true,
      () => false,
    );
    const schema = deps.schemaReady();
    sendJson(res, neo4j && schema ? 200 : 503, { status: neo4j && schema ? 'ready' : 'unavailable', neo4j, schema });
    return;
  }
  if (req.method === 'GET' && url.pathname === '/metrics' && deps.metrics !== undefined) {
    const text = deps.metrics.render();
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
    res.end(text);
    return;
  }
  for (const route of deps.routes ?? []) {
    if (await route(req, res)) return;
  }
  sendJson(res, 404, { error: 'NOT_FOUND', path: url.pathname });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address();
      resolve(typeof addr === 'object' && addr !== null ? addr.port : port);
    });
  });
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Executor } from '@arna/graph';
import { GraphError } from '@arna/graph';
import { AuditWriter } from '@arna/graph/app';
import { createApollo } from '../apollo.js';
import { ApiError } from '../errors.js';
import { LoginRateLimiter, type LoginRateLimitOptions } from '../security/login-rate-limit.js';
import { SessionCache } from '../security/session-cache.js';
import { handleBrief } from './brief-route.js';
import { handleGraphql } from './graphql-route.js';
import { requestContext, type ServerDeps } from './request-context.js';

export interface ApiServerOptions {
  executor: Executor;
  host?: string;
  /** 0 = any free port. Default `ARNA_API_PORT` or 4000. */
  port?: number;
  loginRateLimit?: LoginRateLimitOptions;
  /** How long a resolved session is remembered (default 5 s; 0 = look up every request). */
  sessionCacheMs?: number;
  /** Environment read for NODE_ENV (introspection); default process.env. */
  env?: NodeJS.ProcessEnv;
}

export interface ApiServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const BRIEF_PATH = /^\/briefs\/([A-Za-z0-9._:-]{1,200})\.pdf$/;

/**
 * The API's HTTP server: `POST /graphql`, `GET /briefs/<networkId>.pdf`, `GET /csrf` (sets
 * the CSRF cookie and returns its token), `GET /healthz`. Everything else is 404.
 */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const apollo = createApollo(options.env);
  await apollo.start();
  const deps: ServerDeps = {
    executor: options.executor,
    loginLimiter: new LoginRateLimiter(options.loginRateLimit),
    auditWriter: new AuditWriter(options.executor),
    sessionCache: new SessionCache(options.sessionCacheMs),
  };
  const server = createServer((request, response) => {
    route(request, response, apollo, deps).catch((error: unknown) => sendError(response, error));
  });
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? Number(process.env['ARNA_API_PORT'] ?? 4000);
  await listen(server, port, host);
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await apollo.stop();
    },
  };
}

async function route(
  request: IncomingMessage,
  response: ServerResponse,
  apollo: Parameters<typeof handleGraphql>[3],
  deps: ServerDeps,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/graphql' && request.method === 'POST') {
    return handleGraphql(request, response, url, apollo, deps);
  }
  const brief = BRIEF_PATH.exec(url.pathname);
  if (brief?.[1] && request.method === 'GET') {
    return handleBrief(request, response, url, brief[1], deps);
  }
  if (url.pathname === '/csrf' && request.method === 'GET') {
    const ctx = await requestContext(request, deps);
    const issued = ctx.setCookies[0];
    if (issued) response.setHeader('set-cookie', issued);
    return sendJson(response, 200, { ok: true });
  }
  if (url.pathname === '/healthz' && request.method === 'GET') {
    return sendJson(response, 200, { ok: true });
  }
  throw new ApiError('NOT_FOUND', `no route ${request.method} ${url.pathname}`, 404);
}

function sendError(response: ServerResponse, error: unknown): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  if (error instanceof ApiError) {
    return sendJson(response, error.httpStatus, {
      error: { code: error.code, message: error.message },
    });
  }
  if (error instanceof GraphError) {
    const status = error.code === 'NOT_FOUND' ? 404 : error.code === 'BAD_USER_INPUT' ? 400 : 500;
    return sendJson(response, status, { error: { code: error.code, message: error.message } });
  }
  console.error(error);
  sendJson(response, 500, { error: { code: 'INTERNAL_SERVER_ERROR', message: 'internal error' } });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.setHeader('cache-control', 'no-store');
  response.end(JSON.stringify(body));
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

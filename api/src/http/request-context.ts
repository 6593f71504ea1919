import type { IncomingMessage } from 'node:http';
import type { Executor } from '@arna/graph';
import { hashToken, resolveSession, type AuditWriter } from '@arna/graph/app';
import { createContext, type ApiContext } from '../context.js';
import { csrfValid, newCsrfToken } from '../security/csrf.js';
import type { LoginRateLimiter } from '../security/login-rate-limit.js';
import type { SessionCache } from '../security/session-cache.js';
import { readPurpose } from '../security/purpose.js';
import { CSRF_COOKIE, csrfCookie, readCookies, SESSION_COOKIE } from './cookies.js';

export interface ServerDeps {
  executor: Executor;
  loginLimiter: LoginRateLimiter;
  /** One per server: audit entries of concurrent requests are group-committed. */
  auditWriter: AuditWriter;
  sessionCache: SessionCache;
}

/**
 * The context of one HTTP request: the session's user (if the cookie names a live session),
 * the stated purpose, the CSRF check. A client without a CSRF cookie gets one with this
 * response, so its first mutation can follow.
 */
export async function requestContext(
  request: IncomingMessage,
  deps: ServerDeps,
  query?: URLSearchParams,
): Promise<ApiContext> {
  const cookies = readCookies(request);
  const sessionToken = cookies[SESSION_COOKIE] || null;
  const user = sessionToken
    ? await deps.sessionCache.resolve(hashToken(sessionToken), () =>
        resolveSession(deps.executor, sessionToken),
      )
    : undefined;
  const context = createContext({
    executor: deps.executor,
    user: user ?? null,
    purpose: readPurpose(request, query),
    loginLimiter: deps.loginLimiter,
    auditWriter: deps.auditWriter,
    sessionCache: deps.sessionCache,
    request: {
      ip: request.socket.remoteAddress ?? 'unknown',
      userAgent: String(request.headers['user-agent'] ?? ''),
      sessionToken,
      csrfValid: csrfValid(request, cookies[CSRF_COOKIE]),
    },
  });
  if (!cookies[CSRF_COOKIE]) context.setCookies.push(csrfCookie(newCsrfToken()));
  return context;
}

import type { Executor } from '@arna/graph';
import type { AuditWriter, SessionUser } from '@arna/graph/app';
import { UnauthenticatedError } from './errors.js';
import type { LoginRateLimiter } from './security/login-rate-limit.js';
import type { SessionCache } from './security/session-cache.js';

/**
 * What every resolver gets. `user` is set by the session cookie (the `@auth` directive has
 * already refused the call when a field needs a user and there is none); `purpose` is the
 * stated purpose of the request (`x-arna-purpose`), recorded with every audit entry.
 */
export interface ApiContext {
  user: SessionUser | null;
  purpose: string | null;
  executor: Executor;
  /**
   * Appends to the hash-chained audit log with this request's user and purpose. `asUser`
   * only for login, where the user becomes known during the request (Apollo hands resolvers
   * a shallow copy of the context, so assigning `ctx.user` would not reach this closure).
   */
  audit(action: string, details?: Record<string, unknown>, asUser?: string): Promise<void>;
  /** The user, or UNAUTHENTICATED; for resolvers behind `@auth`, where it always exists. */
  requireUser(): SessionUser;
  request: RequestInfo;
  /** Cookies to set on the response (login, logout). */
  setCookies: string[];
  loginLimiter: LoginRateLimiter;
  /** Logout evicts its token here so the session is gone at once. */
  sessionCache: SessionCache;
}

export interface RequestInfo {
  ip: string;
  userAgent: string;
  /** The session cookie's token as received (for logout). */
  sessionToken: string | null;
  /** Double-submit check passed: `x-arna-csrf` header equals the `arna_csrf` cookie. */
  csrfValid: boolean;
}

export function createContext(init: {
  executor: Executor;
  user: SessionUser | null;
  purpose: string | null;
  request: RequestInfo;
  loginLimiter: LoginRateLimiter;
  auditWriter: AuditWriter;
  sessionCache: SessionCache;
}): ApiContext {
  const context: ApiContext = {
    user: init.user,
    purpose: init.purpose,
    executor: init.executor,
    request: init.request,
    setCookies: [],
    loginLimiter: init.loginLimiter,
    sessionCache: init.sessionCache,
    async audit(action, details = {}, asUser) {
      await init.auditWriter.append({
        user: asUser ?? context.user?.username ?? 'anonymous',
        action,
        purpose: context.purpose,
        args: details,
      });
    },
    requireUser() {
      if (!context.user) throw new UnauthenticatedError();
      return context.user;
    },
  };
  return context;
}

import { hashToken, login, logout } from '@arna/graph/app';
import type { ApiContext } from '../../context.js';
import { BadCredentialsError } from '../../errors.js';
import { clearSessionCookie, sessionCookie } from '../../http/cookies.js';

/**
 * Rate limit, argon2id check, session cookie. Every attempt is audited: a failure under the
 * attempted username (as `anonymous`), a success as the user.
 */
export async function loginWithPassword(ctx: ApiContext, username: string, password: string) {
  const { ip, userAgent } = ctx.request;
  try {
    ctx.loginLimiter.check(username, ip);
  } catch (error) {
    await ctx.audit('login.refused', { username, ip, userAgent, reason: 'rate-limited' });
    throw error;
  }
  const session = await login(ctx.executor, username, password);
  if (!session) {
    ctx.loginLimiter.recordFailure(username, ip);
    await ctx.audit('login.failure', { username, ip, userAgent });
    throw new BadCredentialsError();
  }
  ctx.loginLimiter.recordSuccess(username);
  ctx.setCookies.push(sessionCookie(session.token, session.expiresAt));
  await ctx.audit('login.success', { ip, userAgent }, session.user.username);
  return { user: session.user, expiresAt: session.expiresAt };
}

export async function logoutSession(ctx: ApiContext): Promise<boolean> {
  if (ctx.request.sessionToken) {
    await logout(ctx.executor, ctx.request.sessionToken);
    ctx.sessionCache.evict(hashToken(ctx.request.sessionToken));
  }
  ctx.setCookies.push(clearSessionCookie());
  await ctx.audit('logout', {});
  return true;
}

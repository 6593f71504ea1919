import { parse, serialize, type SerializeOptions } from 'cookie';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'arna_session';
export const CSRF_COOKIE = 'arna_csrf';
export const CSRF_HEADER = 'x-arna-csrf';

/** `Secure` unless explicitly off: browsers accept Secure cookies on http://localhost too. */
function secure(): boolean {
  return process.env['ARNA_COOKIE_SECURE'] !== '0';
}

export function readCookies(request: IncomingMessage): Record<string, string | undefined> {
  return parse(request.headers.cookie ?? '');
}

export function sessionCookie(token: string, expiresAt: string): string {
  return serialize(SESSION_COOKIE, token, {
    ...base(),
    httpOnly: true,
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(): string {
  return serialize(SESSION_COOKIE, '', { ...base(), httpOnly: true, maxAge: 0 });
}

/** Readable by the page's script (it must copy it into the header); that is the point. */
export function csrfCookie(token: string): string {
  return serialize(CSRF_COOKIE, token, { ...base(), httpOnly: false });
}

function base(): SerializeOptions {
  return { path: '/', sameSite: 'strict', secure: secure() };
}

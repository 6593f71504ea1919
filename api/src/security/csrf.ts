import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { CSRF_HEADER } from '../http/cookies.js';

export function newCsrfToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Double submit: the header a script on our origin copied from the cookie must match it. */
export function csrfValid(request: IncomingMessage, cookieToken: string | undefined): boolean {
  const header = request.headers[CSRF_HEADER];
  if (!cookieToken || typeof header !== 'string') return false;
  const a = Buffer.from(header);
  const b = Buffer.from(cookieToken);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The stated purpose (case number or legal basis) of this browser session. The API refuses
 * person searches and profile views without one, so every request carries it as
 * `x-arna-purpose`. It lives in a session cookie: gone when the browser closes, shared by tabs.
 */
const cookieName = 'arna_purpose';
const listeners = new Set<(purpose: string) => void>();

export function readPurpose(): string {
  if (typeof document === 'undefined') return '';
  return readCookie(cookieName) ?? '';
}

export function storePurpose(purpose: string): void {
  const value = purpose.trim();
  document.cookie = `${cookieName}=${encodeURIComponent(value)}; path=/; samesite=strict`;
  for (const listener of listeners) listener(value);
}

export function onPurposeChange(listener: (purpose: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

import type { SessionUser } from '@arna/graph/app';

/**
 * Remembers resolved session tokens for a few seconds, so a burst of requests costs one
 * session lookup instead of one per request. Logout through this server evicts at once; a
 * user disabled or re-roled from another process (`arna users …`) is seen within `ttlMs`.
 * Tokens are kept only in memory, keyed by their sha256 like the database does.
 */
export class SessionCache {
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #entries = new Map<string, { user: SessionUser | undefined; until: number }>();

  constructor(ttlMs = 5_000, maxEntries = 10_000) {
    this.#ttlMs = ttlMs;
    this.#maxEntries = maxEntries;
  }

  async resolve(
    tokenHash: string,
    lookup: () => Promise<SessionUser | undefined>,
    now = Date.now(),
  ): Promise<SessionUser | undefined> {
    const hit = this.#entries.get(tokenHash);
    if (hit && hit.until > now) return hit.user;
    const user = await lookup();
    if (this.#entries.size >= this.#maxEntries) this.#entries.clear();
    this.#entries.set(tokenHash, { user, until: now + this.#ttlMs });
    return user;
  }

  evict(tokenHash: string): void {
    this.#entries.delete(tokenHash);
  }

  /** After a role change or disabling through this server: forget everyone. */
  clear(): void {
    this.#entries.clear();
  }
}

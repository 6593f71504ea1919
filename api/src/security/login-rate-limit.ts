import { RateLimitedError } from '../errors.js';

export interface LoginRateLimitOptions {
  /** Failed logins allowed per username within the window. */
  maxFailuresPerUser: number;
  /** Failed logins allowed per client address within the window (spraying many usernames). */
  maxFailuresPerIp: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_RATE_LIMIT: LoginRateLimitOptions = {
  maxFailuresPerUser: 5,
  maxFailuresPerIp: 20,
  windowMs: 15 * 60_000,
};

/**
 * Counts failed logins per username and per client address in a sliding window and refuses
 * further attempts once either is exhausted (before the password is even checked, so a
 * guesser learns nothing). In memory: one API process serves a unit.
 */
export class LoginRateLimiter {
  readonly #options: LoginRateLimitOptions;
  readonly #failures = new Map<string, number[]>();

  constructor(options: LoginRateLimitOptions = DEFAULT_LOGIN_RATE_LIMIT) {
    this.#options = options;
  }

  /** Throws RateLimitedError when this user or address has no attempts left. */
  check(username: string, ip: string, now = Date.now()): void {
    const wait = Math.max(
      this.#retryAfter(`user:${username}`, this.#options.maxFailuresPerUser, now),
      this.#retryAfter(`ip:${ip}`, this.#options.maxFailuresPerIp, now),
    );
    if (wait > 0) throw new RateLimitedError(Math.ceil(wait / 1000));
  }

  recordFailure(username: string, ip: string, now = Date.now()): void {
    for (const key of [`user:${username}`, `ip:${ip}`]) {
      const recent = this.#recent(key, now);
      recent.push(now);
      this.#failures.set(key, recent);
    }
  }

  /** A successful login clears the username's failures (not the address's). */
  recordSuccess(username: string): void {
    this.#failures.delete(`user:${username}`);
  }

  #recent(key: string, now: number): number[] {
    return (this.#failures.get(key) ?? []).filter((t) => now - t < this.#options.windowMs);
  }

  #retryAfter(key: string, max: number, now: number): number {
    const recent = this.#recent(key, now);
    if (recent.length === 0) this.#failures.delete(key);
    if (recent.length < max) return 0;
    const oldestThatCounts = recent[recent.length - max] ?? now;
    return oldestThatCounts + this.#options.windowMs - now;
  }
}

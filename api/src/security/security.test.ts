import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@arna/graph/app';
import { LoginRateLimiter } from './login-rate-limit.js';
import { readPurpose } from './purpose.js';
import { csrfValid } from './csrf.js';
import { SessionCache } from './session-cache.js';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('login rate limiter', () => {
  const limiter = () =>
    new LoginRateLimiter({ maxFailuresPerUser: 3, maxFailuresPerIp: 5, windowMs: 60_000 });

  it('blocks a username after its failures, until the window passes', () => {
    const l = limiter();
    for (let i = 0; i < 3; i++) l.recordFailure('ivan', '10.0.0.1', 1_000 + i);
    expect(() => l.check('ivan', '10.0.0.2', 2_000)).toThrow(/retry in 59 s/);
    expect(() => l.check('asel', '10.0.0.2', 2_000)).not.toThrow();
    expect(() => l.check('ivan', '10.0.0.2', 61_001)).not.toThrow();
  });

  it('blocks an address spraying many usernames', () => {
    const l = limiter();
    for (let i = 0; i < 5; i++) l.recordFailure(`user${i}`, '10.0.0.9', 1_000);
    expect(() => l.check('someone-new', '10.0.0.9', 1_500)).toThrow(/too many failed logins/);
  });

  it('a success clears the username, not the address', () => {
    const l = limiter();
    for (let i = 0; i < 3; i++) l.recordFailure('ivan', '10.0.0.1', 1_000);
    l.recordSuccess('ivan');
    expect(() => l.check('ivan', '10.0.0.3', 1_500)).not.toThrow();
  });
});

describe('purpose', () => {
  it('reads the header, percent-decoded, or the query parameter', () => {
    expect(readPurpose(request({ 'x-arna-purpose': encodeURIComponent('УД №2615') }))).toBe(
      'УД №2615',
    );
    expect(readPurpose(request({}), new URLSearchParams('purpose=case%2042'))).toBe('case 42');
  });

  it('treats blank or too short as not stated', () => {
    expect(readPurpose(request({ 'x-arna-purpose': '   ' }))).toBeNull();
    expect(readPurpose(request({ 'x-arna-purpose': 'x' }))).toBeNull();
    expect(readPurpose(request({}))).toBeNull();
  });
});

describe('CSRF double submit', () => {
  it('needs the header equal to the cookie', () => {
    expect(csrfValid(request({ 'x-arna-csrf': 'abc' }), 'abc')).toBe(true);
    expect(csrfValid(request({ 'x-arna-csrf': 'abd' }), 'abc')).toBe(false);
    expect(csrfValid(request({}), 'abc')).toBe(false);
    expect(csrfValid(request({ 'x-arna-csrf': 'abc' }), undefined)).toBe(false);
  });
});

describe('canonical JSON (audit hashing)', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"x":0,"y":1}]},"b":1}',
    );
  });
});

describe('session cache', () => {
  it('looks a token up once within the TTL, again after it, and forgets on evict', async () => {
    const cache = new SessionCache(1_000);
    let lookups = 0;
    const lookup = async () => {
      lookups++;
      return { username: 'ivan', role: 'INVESTIGATOR' as const };
    };
    await cache.resolve('h1', lookup, 0);
    await cache.resolve('h1', lookup, 999);
    expect(lookups).toBe(1);
    await cache.resolve('h1', lookup, 1_000);
    expect(lookups).toBe(2);
    cache.evict('h1');
    await cache.resolve('h1', lookup, 1_001);
    expect(lookups).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import ru from '../../messages/ru.json';
import { errorMessageKey } from './errors';

describe('errorMessageKey', () => {
  it('tells an analyst why a query failed instead of "server error"', () => {
    expect(errorMessageKey('QUERY_TIMEOUT')).toBe('QUERY_TIMEOUT');
    expect(errorMessageKey('QUERY_REFUSED')).toBe('QUERY_REFUSED');
    expect(errorMessageKey('SAVED_QUERY_REFUSED')).toBe('SAVED_QUERY_REFUSED');
  });

  it('tells a mistyped sign-in from a server failure', () => {
    expect(errorMessageKey('BAD_CREDENTIALS')).toBe('BAD_CREDENTIALS');
    expect(errorMessageKey('RATE_LIMITED')).toBe('RATE_LIMITED');
  });

  it('groups the graph layer’s codes by what the user can do', () => {
    expect(errorMessageKey('INVALID_REF')).toBe('BAD_USER_INPUT');
    expect(errorMessageKey('PATTERN_PARAM')).toBe('BAD_USER_INPUT');
    expect(errorMessageKey('NETWORK_NOT_FOUND')).toBe('NOT_FOUND');
    expect(errorMessageKey('SOMETHING_NEW')).toBe('INTERNAL');
  });

  it('has a message for every key it gives', () => {
    for (const code of [
      'QUERY_TIMEOUT',
      'CSRF',
      'BAD_CREDENTIALS',
      'RATE_LIMITED',
      'INVALID_REF',
    ]) {
      expect(Object.keys(ru.errors)).toContain(errorMessageKey(code));
    }
  });
});

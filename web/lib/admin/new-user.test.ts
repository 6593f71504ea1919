import { describe, expect, it } from 'vitest';
import { newUserProblem } from './new-user';

describe('newUserProblem', () => {
  const existing = ['admin', 'analyst'];
  const password = 'long-enough-password';

  it('accepts a lower-case latin name and a password of 12 characters', () => {
    expect(newUserProblem({ username: 'ivanov.a', password: '123456789012' }, existing)).toBe(
      undefined,
    );
  });

  it('refuses names the API refuses: capitals, spaces, Cyrillic, too short', () => {
    for (const username of ['Ivanov', 'ivan petrov', 'иванов', 'ab', '.ivanov', ''])
      expect(newUserProblem({ username, password }, existing)).toBe('usernameRule');
  });

  it('refuses a name already taken, and a short password', () => {
    expect(newUserProblem({ username: 'analyst', password }, existing)).toBe('usernameTaken');
    expect(newUserProblem({ username: 'ivanov.a', password: 'short' }, existing)).toBe(
      'passwordRule',
    );
  });
});

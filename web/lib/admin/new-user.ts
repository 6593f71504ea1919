/**
 * The account rules of the API (graph/src/app/users.ts, passwords.ts), checked before a new
 * user is sent, so the form says in the user's language what to fix: the API answers in English.
 */
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;
export const MIN_PASSWORD_LENGTH = 12;

export type NewUserProblem = 'usernameRule' | 'usernameTaken' | 'passwordRule';

/** What is wrong with a new account (the key of its message in `admin`), or undefined. */
export function newUserProblem(
  input: { username: string; password: string },
  existing: readonly string[],
): NewUserProblem | undefined {
  if (!USERNAME.test(input.username)) return 'usernameRule';
  if (existing.includes(input.username)) return 'usernameTaken';
  if (input.password.length < MIN_PASSWORD_LENGTH) return 'passwordRule';
  return undefined;
}

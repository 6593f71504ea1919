import { hash, verify } from '@node-rs/argon2';
import { AppValidationError } from './errors.js';

/**
 * OWASP's argon2id minimum (19 MiB, 2 passes) raised to 3 passes. The algorithm is the
 * library's default, Argon2id (its enum is a const enum, not importable here); the test
 * checks the `$argon2id$` prefix.
 */
const ARGON2ID = { memoryCost: 19_456, timeCost: 3, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 12;

export function checkPasswordPolicy(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppValidationError(
      `password must have at least ${MIN_PASSWORD_LENGTH} characters`,
      'password',
    );
  }
}

export async function hashPassword(password: string): Promise<string> {
  checkPasswordPolicy(password);
  return hash(password, ARGON2ID);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must deny, not crash the login.
    return false;
  }
}

/**
 * A real argon2id hash of a random secret: verified against when the username does not exist,
 * so a login for an unknown user costs the same time as for a known one.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hash(crypto.randomUUID() + crypto.randomUUID(), ARGON2ID);
  return decoyHash;
}

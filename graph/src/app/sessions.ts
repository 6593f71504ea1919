import { createHash, randomBytes } from 'node:crypto';
import type { Executor } from '../db/executor.js';
import { cypherFile } from '../db/cypher-files.js';
import { decoyPasswordHash, verifyPassword } from './passwords.js';
import { isRole, type Role } from './roles.js';
import { findUserCredentials } from './users.js';

export interface SessionUser {
  username: string;
  role: Role;
}

export interface NewSession {
  /** The secret for the cookie; never stored. */
  token: string;
  expiresAt: string;
  user: SessionUser;
}

/** Hours a session lives after login (absolute; a working shift). */
export function sessionHours(env: NodeJS.ProcessEnv = process.env): number {
  const hours = Number(env['ARNA_SESSION_HOURS'] ?? 12);
  return Number.isFinite(hours) && hours > 0 ? hours : 12;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Checks the password (argon2id; unknown and disabled users cost the same time) and, when it
 * matches, opens a session. Returns undefined on any failure without saying which.
 */
export async function login(
  executor: Executor,
  username: string,
  password: string,
): Promise<NewSession | undefined> {
  const user = await findUserCredentials(executor, username);
  const passwordOk = await verifyPassword(
    user?.passwordHash ?? (await decoyPasswordHash()),
    password,
  );
  if (!user || !passwordOk || user.disabled) return undefined;
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + sessionHours() * 3_600_000).toISOString();
  await executor.run(
    cypherFile('app/session-create'),
    { username, tokenHash: hashToken(token), now: now.toISOString(), expiresAt },
    { mode: 'write', label: 'sessions:create' },
  );
  return { token, expiresAt, user: { username: user.username, role: user.role } };
}

/** The user of a live session token, or undefined (unknown, expired, user disabled). */
export async function resolveSession(
  executor: Executor,
  token: string,
): Promise<SessionUser | undefined> {
  const rows = await executor.run(
    cypherFile('app/session-find'),
    { tokenHash: hashToken(token), now: new Date().toISOString() },
    { label: 'sessions:find' },
  );
  const row = rows[0];
  const role = String(row?.['role']);
  return row && isRole(role) ? { username: String(row['username']), role } : undefined;
}

export async function logout(executor: Executor, token: string): Promise<void> {
  await executor.run(
    cypherFile('app/session-delete'),
    { tokenHash: hashToken(token) },
    { mode: 'write', label: 'sessions:delete' },
  );
}

export async function purgeExpiredSessions(executor: Executor): Promise<number> {
  const rows = await executor.run(
    cypherFile('app/session-purge-expired'),
    { now: new Date().toISOString() },
    { mode: 'write', label: 'sessions:purge' },
  );
  return Number(rows[0]?.['purged'] ?? 0);
}

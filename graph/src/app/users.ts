import type { Executor } from '../db/executor.js';
import { cypherFile } from '../db/cypher-files.js';
import { ConstraintError } from '../errors.js';
import { AppNotFoundError, AppValidationError } from './errors.js';
import { hashPassword } from './passwords.js';
import { isRole, type Role } from './roles.js';

export interface User {
  username: string;
  role: Role;
  disabled: boolean;
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;

function checkUsername(username: string): void {
  if (!USERNAME.test(username)) {
    throw new AppValidationError(
      'username: 3-64 characters, lower-case latin letters, digits, ".", "_" or "-"',
      'username',
    );
  }
}

function checkRole(role: string): Role {
  if (!isRole(role)) {
    throw new AppValidationError(
      `unknown role "${role}" (INVESTIGATOR, ANALYST, SUPERVISOR, ADMIN)`,
      'role',
    );
  }
  return role;
}

function toUser(row: Record<string, unknown>): User {
  return {
    username: String(row['username']),
    role: checkRole(String(row['role'])),
    disabled: row['disabled'] === true,
  };
}

export async function createUser(
  executor: Executor,
  input: { username: string; role: string; password: string },
): Promise<User> {
  checkUsername(input.username);
  const role = checkRole(input.role);
  const passwordHash = await hashPassword(input.password);
  try {
    const rows = await executor.run(
      cypherFile('app/user-create'),
      { username: input.username, role, passwordHash, now: new Date().toISOString() },
      { mode: 'write', label: 'users:create' },
    );
    return toUser(rows[0] ?? {});
  } catch (error) {
    if (error instanceof ConstraintError) {
      throw new AppValidationError(`user "${input.username}" already exists`, 'username');
    }
    throw error;
  }
}

/** Changes role, password or disabled flag; disabling or a new password ends the sessions. */
export async function updateUser(
  executor: Executor,
  username: string,
  change: { role?: string; password?: string; disabled?: boolean },
): Promise<User> {
  const role = change.role === undefined ? null : checkRole(change.role);
  const passwordHash = change.password === undefined ? null : await hashPassword(change.password);
  const rows = await executor.run(
    cypherFile('app/user-update'),
    {
      username,
      role,
      passwordHash,
      disabled: change.disabled ?? null,
      now: new Date().toISOString(),
    },
    { mode: 'write', label: 'users:update' },
  );
  const row = rows[0];
  if (!row) throw new AppNotFoundError('user', username);
  return toUser(row);
}

export async function listUsers(executor: Executor): Promise<User[]> {
  const rows = await executor.run(cypherFile('app/user-list'), {}, { label: 'users:list' });
  return rows.map(toUser);
}

/** The user with its password hash, for login only. */
export async function findUserCredentials(
  executor: Executor,
  username: string,
): Promise<(User & { passwordHash: string }) | undefined> {
  const rows = await executor.run(
    cypherFile('app/user-find'),
    { username },
    { label: 'users:find' },
  );
  const row = rows[0];
  return row ? { ...toUser(row), passwordHash: String(row['passwordHash']) } : undefined;
}

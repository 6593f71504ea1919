import { gql } from './client';
import type { AuditCheck, AuditEntry, Role, User } from './types';

export async function listUsers(): Promise<User[]> {
  const data = await gql<{ users: User[] }>('query Users { users { username role disabled } }');
  return data.users;
}

export async function createUser(input: {
  username: string;
  role: Role;
  password: string;
}): Promise<void> {
  await gql(
    'mutation CreateUser($username: String!, $role: Role!, $password: String!) { createUser(username: $username, role: $role, password: $password) { username } }',
    input,
  );
}

export async function updateUser(
  username: string,
  change: { role?: Role; disabled?: boolean },
): Promise<void> {
  await gql(
    'mutation UpdateUser($username: String!, $role: Role, $disabled: Boolean) { updateUser(username: $username, role: $role, disabled: $disabled) { username } }',
    { username, role: change.role ?? null, disabled: change.disabled ?? null },
  );
}

export async function listAudit(
  offset: number,
  limit: number,
): Promise<{ total: number; entries: AuditEntry[] }> {
  const data = await gql<{
    auditLog: {
      total: number;
      entries: {
        seq: number;
        at: string;
        user: string;
        action: string;
        purpose?: string | null;
        details: unknown;
      }[];
    };
  }>(
    `query Audit($offset: Int!, $limit: Int!) {
      auditLog(offset: $offset, limit: $limit) { total entries { seq at user action purpose details } }
    }`,
    { offset, limit },
  );
  return {
    total: data.auditLog.total,
    entries: data.auditLog.entries.map((entry) => ({
      seq: entry.seq,
      at: entry.at,
      user: entry.user,
      action: entry.action,
      details: typeof entry.details === 'string' ? entry.details : JSON.stringify(entry.details),
      ...(entry.purpose ? { purpose: entry.purpose } : {}),
    })),
  };
}

export async function verifyAudit(): Promise<AuditCheck> {
  const data = await gql<{
    verifyAudit: {
      ok: boolean;
      checked: number;
      firstBad?: number | null;
      message?: string | null;
    };
  }>('query VerifyAudit { verifyAudit { ok checked firstBad message } }');
  const check = data.verifyAudit;
  return {
    ok: check.ok,
    checked: check.checked,
    ...(check.firstBad !== null && check.firstBad !== undefined
      ? { firstBad: check.firstBad }
      : {}),
    ...(check.message ? { message: check.message } : {}),
  };
}

export async function rerunDetection(): Promise<{ networks: number }> {
  const data = await gql<{ runDetection: { networks: number } }>(
    'mutation RunDetection { runDetection { networks } }',
  );
  return data.runDetection;
}

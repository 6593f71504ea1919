import type { AuditQuery } from '@/lib/admin/audit-query';
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

export async function setUserRole(username: string, role: Role): Promise<void> {
  await gql(
    'mutation SetRole($username: String!, $role: Role!) { setUserRole(username: $username, role: $role) { username } }',
    {
      username,
      role,
    },
  );
}

export async function setUserEnabled(username: string, enabled: boolean): Promise<void> {
  await gql(
    enabled
      ? 'mutation Enable($username: String!) { enableUser(username: $username) { username } }'
      : 'mutation Disable($username: String!) { disableUser(username: $username) { username } }',
    { username },
  );
}

export async function listAudit(
  query: AuditQuery,
  offset: number,
  limit: number,
): Promise<{ total: number; capped: boolean; entries: AuditEntry[] }> {
  const data = await gql<{
    auditLog: {
      total: number;
      capped: boolean;
      entries: {
        seq: number;
        at: string;
        user: string;
        action: string;
        purpose?: string | null;
        args: unknown;
      }[];
    };
  }>(
    `query Audit($offset: Int!, $limit: Int!, $user: String, $action: String, $from: String, $to: String, $hideLogReads: Boolean) {
      auditLog(offset: $offset, limit: $limit, user: $user, action: $action, from: $from, to: $to, hideLogReads: $hideLogReads) {
        total capped entries { seq at user action purpose args }
      }
    }`,
    { ...query, offset, limit },
  );
  return {
    total: data.auditLog.total,
    capped: data.auditLog.capped,
    entries: data.auditLog.entries.map((entry) => ({
      seq: entry.seq,
      at: entry.at,
      user: entry.user,
      action: entry.action,
      args: entry.args,
      ...(entry.purpose ? { purpose: entry.purpose } : {}),
    })),
  };
}

export async function verifyAudit(): Promise<AuditCheck> {
  const data = await gql<{
    verifyAudit: {
      ok: boolean;
      entries: number;
      firstBrokenSeq?: number | null;
      reason?: string | null;
    };
  }>('query VerifyAudit { verifyAudit { ok entries firstBrokenSeq reason } }');
  const check = data.verifyAudit;
  return {
    ok: check.ok,
    checked: check.entries,
    ...(check.firstBrokenSeq != null ? { firstBroken: check.firstBrokenSeq } : {}),
    ...(check.reason ? { reason: check.reason } : {}),
  };
}

export async function rerunDetection(): Promise<{ networks: number }> {
  const data = await gql<{ runDetection: { networks: number } }>(
    'mutation RunDetection { runDetection { networks } }',
  );
  return data.runDetection;
}

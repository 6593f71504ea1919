import type { Executor } from '../db/executor.js';
import { cypherFile } from '../db/cypher-files.js';
import { canonicalJson, sha256Hex } from './canonical-json.js';

/** One link of the append-only audit chain. `args` is canonical JSON. */
export interface AuditEntry {
  seq: number;
  at: string;
  user: string;
  action: string;
  purpose: string | null;
  args: string;
  prevHash: string;
  hash: string;
}

export interface AuditRecord {
  user: string;
  action: string;
  purpose?: string | null;
  args?: Record<string, unknown>;
}

/** The hash of an entry: sha256 over the canonical JSON of every field but `hash`. */
export function auditHash(entry: Omit<AuditEntry, 'hash'>): string {
  return sha256Hex(
    canonicalJson({
      seq: entry.seq,
      at: entry.at,
      user: entry.user,
      action: entry.action,
      purpose: entry.purpose,
      args: entry.args,
      prevHash: entry.prevHash,
    }),
  );
}

/**
 * Appends one entry. The head node is locked inside the transaction, so concurrent appends
 * queue up and each links to the one before; there is no update or delete path.
 */
export async function appendAudit(executor: Executor, record: AuditRecord): Promise<AuditEntry> {
  return executor.transaction({ mode: 'write', label: 'audit:append' }, async (tx) => {
    const at = new Date().toISOString();
    const head = await tx.run(cypherFile('app/audit-lock-head'), { at });
    const headRecord = head.records[0];
    const prevSeq = Number(headRecord?.get('seq') ?? 0);
    const prevHash = String(headRecord?.get('hash') ?? '');
    const unhashed = {
      seq: prevSeq + 1,
      at,
      user: record.user,
      action: record.action,
      purpose: record.purpose ?? null,
      args: canonicalJson(record.args ?? {}),
      prevHash,
    };
    const entry: AuditEntry = { ...unhashed, hash: auditHash(unhashed) };
    await tx.run(cypherFile('app/audit-append'), { ...entry });
    return entry;
  });
}

export interface AuditFilter {
  user?: string | null;
  action?: string | null;
  from?: string | null;
  to?: string | null;
  offset?: number;
  limit?: number;
}

export async function listAudit(
  executor: Executor,
  filter: AuditFilter,
): Promise<{ total: number; entries: AuditEntry[] }> {
  const rows = await executor.run(
    cypherFile('app/audit-list'),
    {
      user: filter.user ?? null,
      action: filter.action ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      offset: filter.offset ?? 0,
      limit: Math.min(filter.limit ?? 50, 500),
    },
    { label: 'audit:list' },
  );
  const row = rows[0];
  return {
    total: Number(row?.['total'] ?? 0),
    entries: ((row?.['entries'] ?? []) as Record<string, unknown>[]).map(toAuditEntry),
  };
}

export function toAuditEntry(row: Record<string, unknown>): AuditEntry {
  return {
    seq: Number(row['seq']),
    at: String(row['at']),
    user: String(row['user']),
    action: String(row['action']),
    purpose:
      row['purpose'] === null || row['purpose'] === undefined ? null : String(row['purpose']),
    args: String(row['args']),
    prevHash: String(row['prevHash']),
    hash: String(row['hash']),
  };
}

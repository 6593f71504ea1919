import type { Executor } from '../db/executor.js';
import { cypherFile } from '../db/cypher-files.js';
import { canonicalJson, sha256Hex } from './canonical-json.js';
import { pageWindow } from './page-window.js';

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

/** Where the chain ends: the last entry's seq and hash (0 and '' before the first). */
export interface AuditHead {
  seq: number;
  hash: string;
}

/** The records as entries linked one to the next, starting after `head`. */
function linkEntries(records: readonly AuditRecord[], head: AuditHead, at: string): AuditEntry[] {
  let { seq, hash: prevHash } = head;
  return records.map((record): AuditEntry => {
    seq += 1;
    const unhashed = {
      seq,
      at,
      user: record.user,
      action: record.action,
      purpose: record.purpose ?? null,
      args: canonicalJson(record.args ?? {}),
      prevHash,
    };
    prevHash = auditHash(unhashed);
    return { ...unhashed, hash: prevHash };
  });
}

/**
 * Appends entries in order, in one transaction. The head node is locked inside it, so
 * concurrent appends (other processes too) queue up and each entry links to the one
 * before; there is no update or delete path.
 */
export async function appendAuditBatch(
  executor: Executor,
  records: readonly AuditRecord[],
): Promise<AuditEntry[]> {
  if (records.length === 0) return [];
  return executor.transaction({ mode: 'write', label: 'audit:append' }, async (tx) => {
    const at = new Date().toISOString();
    const head = await tx.run(cypherFile('app/audit-lock-head'), { at });
    const headRecord = head.records[0];
    const entries = linkEntries(
      records,
      {
        seq: Number(headRecord?.get('seq') ?? 0),
        hash: String(headRecord?.get('hash') ?? ''),
      },
      at,
    );
    await tx.run(cypherFile('app/audit-append'), { entries, lastHash: entries.at(-1)!.hash });
    return entries;
  });
}

/**
 * Appends entries after a head the caller believes current (it wrote it), in one statement;
 * null when the head has moved since (another process appended) — nothing is written then.
 */
export async function appendAuditAfter(
  executor: Executor,
  head: AuditHead,
  records: readonly AuditRecord[],
): Promise<AuditEntry[] | null> {
  if (records.length === 0) return [];
  const at = new Date().toISOString();
  const entries = linkEntries(records, head, at);
  const rows = await executor.run(
    cypherFile('app/audit-append-after'),
    {
      at,
      expectedSeq: head.seq,
      expectedHash: head.hash,
      entries,
      lastHash: entries.at(-1)!.hash,
    },
    { mode: 'write', label: 'audit:append-after' },
  );
  return rows.length > 0 ? entries : null;
}

/** Appends one entry (see appendAuditBatch). */
export async function appendAudit(executor: Executor, record: AuditRecord): Promise<AuditEntry> {
  const [entry] = await appendAuditBatch(executor, [record]);
  return entry!;
}

interface Pending {
  record: AuditRecord;
  resolve: (entry: AuditEntry) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for a busy process (the API): callers queue their records; one write at a
 * time takes everything queued and appends it in one transaction. Under 20 concurrent
 * requests that is one lock round trip for many entries instead of a queue on the lock.
 * Each caller's promise settles when its own entry is committed (or the batch failed), so
 * an action is never reported done before its audit entry exists. After its first batch the
 * writer knows the head it wrote and appends the next batch in one statement
 * (`appendAuditAfter`); when another process has appended meanwhile, or that attempt fails,
 * it takes the locking path again.
 */
export class AuditWriter {
  readonly #executor: Executor;
  readonly #maxBatch: number;
  #queue: Pending[] = [];
  #writing = false;
  /** The head this writer committed last; null until then or after a miss. */
  #head: AuditHead | null = null;

  constructor(executor: Executor, maxBatch = 500) {
    this.#executor = executor;
    this.#maxBatch = maxBatch;
  }

  append(record: AuditRecord): Promise<AuditEntry> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ record, resolve, reject });
      void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    if (this.#writing) return;
    this.#writing = true;
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, this.#maxBatch);
        try {
          const entries = await this.#write(batch.map((p) => p.record));
          const last = entries.at(-1)!;
          this.#head = { seq: last.seq, hash: last.hash };
          batch.forEach((p, i) => p.resolve(entries[i]!));
        } catch (error) {
          this.#head = null;
          for (const p of batch) p.reject(error);
        }
      }
    } finally {
      this.#writing = false;
    }
  }

  async #write(records: AuditRecord[]): Promise<AuditEntry[]> {
    if (this.#head) {
      const appended = await appendAuditAfter(this.#executor, this.#head, records).catch(
        () => null,
      );
      if (appended) return appended;
    }
    return appendAuditBatch(this.#executor, records);
  }
}

export interface AuditFilter {
  user?: string | null;
  action?: string | null;
  from?: string | null;
  to?: string | null;
  /** Leave out the entries of reading the log (`audit.read`): each read writes one. */
  hideLogReads?: boolean | null;
  offset?: number;
  limit?: number;
  /** Count matching entries up to this many (default 10,000); `capped` says there are more. */
  countUpTo?: number;
}

const MAX_AUDIT_PAGE = 500;
const AUDIT_COUNT_CAP = 10_000;

export async function listAudit(
  executor: Executor,
  filter: AuditFilter,
): Promise<{ total: number; capped: boolean; entries: AuditEntry[] }> {
  const page = pageWindow(filter.offset ?? 0, filter.limit ?? 50, MAX_AUDIT_PAGE);
  const rows = await executor.run(
    cypherFile('app/audit-list'),
    {
      user: filter.user ?? null,
      action: filter.action ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      hideLogReads: filter.hideLogReads ?? false,
      countUpTo: filter.countUpTo ?? AUDIT_COUNT_CAP,
      ...page,
    },
    { label: 'audit:list' },
  );
  const row = rows[0];
  return {
    total: Number(row?.['total'] ?? 0),
    capped: row?.['capped'] === true,
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

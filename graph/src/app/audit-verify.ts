import type { Executor } from '../db/executor.js';
import { cypherFile } from '../db/cypher-files.js';
import { auditHash, toAuditEntry } from './audit.js';

export type AuditVerification =
  | { ok: true; entries: number; lastSeq: number }
  | { ok: false; entries: number; firstBrokenSeq: number; reason: string };

const PAGE = 5_000;

/**
 * Walks the chain from seq 1: every seq present and in order (a deletion leaves a gap),
 * every hash recomputed (an edit changes it), every `prevHash` equal to the hash before (an
 * entry rebuilt with a fresh hash breaks the next link), and the head matching the last
 * entry (a deleted tail). Reports the first seq where the chain breaks.
 */
export async function verifyAudit(executor: Executor): Promise<AuditVerification> {
  let expectedSeq = 1;
  let prevHash = '';
  let entries = 0;
  for (;;) {
    const rows = await executor.run(
      cypherFile('app/audit-page'),
      { afterSeq: expectedSeq - 1, limit: PAGE },
      { label: 'audit:verify' },
    );
    for (const row of rows) {
      const entry = toAuditEntry(row);
      entries += 1;
      if (entry.seq !== expectedSeq) {
        return broken(entries, expectedSeq, `entry ${expectedSeq} is missing`);
      }
      if (entry.prevHash !== prevHash) {
        return broken(
          entries,
          entry.seq,
          `entry ${entry.seq} does not link to entry ${entry.seq - 1}`,
        );
      }
      if (auditHash(entry) !== entry.hash) {
        return broken(entries, entry.seq, `entry ${entry.seq} was altered (hash mismatch)`);
      }
      prevHash = entry.hash;
      expectedSeq += 1;
    }
    if (rows.length < PAGE) break;
  }
  const headRows = await executor.run(cypherFile('app/audit-head'), {}, { label: 'audit:verify' });
  const headSeq = Number(headRows[0]?.['seq'] ?? 0);
  const headHash = String(headRows[0]?.['hash'] ?? '');
  const lastSeq = expectedSeq - 1;
  if (headSeq !== lastSeq || headHash !== prevHash) {
    return broken(
      entries,
      lastSeq + 1,
      `entries after ${lastSeq} are missing (head is at ${headSeq})`,
    );
  }
  return { ok: true, entries, lastSeq };
}

function broken(entries: number, firstBrokenSeq: number, reason: string): AuditVerification {
  return { ok: false, entries, firstBrokenSeq, reason };
}

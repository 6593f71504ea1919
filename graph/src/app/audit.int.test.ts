import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resetDatabase, testExecutor } from '../../test/neo4j.js';
import type { Executor } from '../db/executor.js';
import { appendAudit, AuditWriter, listAudit } from './audit.js';
import { verifyAudit } from './audit-verify.js';

let executor: Executor;

beforeAll(async () => {
  executor = testExecutor();
  await resetDatabase(executor);
});
afterAll(async () => {
  await executor.close();
});

describe('audit chain under concurrency', () => {
  it('group-commits concurrent appends of one process and plain appends of another into one unbroken chain', async () => {
    const writer = new AuditWriter(executor, 16);
    const other = testExecutor();
    try {
      const results = await Promise.all([
        ...Array.from({ length: 60 }, (_, i) =>
          writer.append({ user: 'api', action: 'view.entity', args: { i } }),
        ),
        ...Array.from({ length: 10 }, (_, i) =>
          appendAudit(other, { user: 'cli', action: 'user.create', args: { i } }),
        ),
      ]);
      const seqs = results.map((e) => e.seq).sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
      expect(await verifyAudit(executor)).toEqual({ ok: true, entries: 70, lastSeq: 70 });
    } finally {
      await other.close();
    }
  });

  it('appends after the head it wrote in one statement, and takes the lock again when another process moved it', async () => {
    const writer = new AuditWriter(executor);
    const other = testExecutor();
    const runs = vi.spyOn(executor, 'run');
    const labels = () => runs.mock.calls.map(([, , options]) => options?.label);
    try {
      const first = await writer.append({ user: 'api', action: 'search', args: { n: 1 } });
      const second = await writer.append({ user: 'api', action: 'search', args: { n: 2 } });
      expect(second).toMatchObject({ seq: first.seq + 1, prevHash: first.hash });
      expect(labels()).toEqual(['audit:append-after']);

      const foreign = await appendAudit(other, { user: 'cli', action: 'user.create' });
      const third = await writer.append({ user: 'api', action: 'search', args: { n: 3 } });
      expect(third).toMatchObject({ seq: foreign.seq + 1, prevHash: foreign.hash });
      expect(labels()).toEqual(['audit:append-after', 'audit:append-after']);
      expect(await verifyAudit(executor)).toMatchObject({ ok: true, lastSeq: third.seq });
    } finally {
      runs.mockRestore();
      await other.close();
    }
  });
});

describe('audit list', () => {
  it('counts up to its cap and says there are more, and still pages past it', async () => {
    const all = await listAudit(executor, { limit: 500 });
    expect(all.capped).toBe(false);
    expect(all.total).toBeGreaterThan(5);
    expect(all.entries.map((e) => e.seq)).toEqual(
      [...all.entries.map((e) => e.seq)].sort((a, b) => b - a),
    );

    const capped = await listAudit(executor, { limit: 2, countUpTo: 3 });
    expect(capped).toMatchObject({ total: 3, capped: true });
    expect(capped.entries.map((e) => e.seq)).toEqual(all.entries.slice(0, 2).map((e) => e.seq));
    const past = await listAudit(executor, { offset: 4, limit: 2, countUpTo: 3 });
    expect(past.capped).toBe(true);
    expect(past.entries.map((e) => e.seq)).toEqual(all.entries.slice(4, 6).map((e) => e.seq));

    const exact = await listAudit(executor, { limit: 2, countUpTo: all.total });
    expect(exact).toMatchObject({ total: all.total, capped: false });
  });
});

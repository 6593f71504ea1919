import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseEnv, runArna } from '@arna/graph/testing';
import { errorCode, type ApiClient } from '../../../test/api-client.js';
import { ApiClient as Client } from '../../../test/api-client.js';
import { startTestApi, type TestApi } from '../../../test/harness.js';

const PURPOSE = 'УД №261500031000777';

let api: TestApi;
let admin: ApiClient;
let supervisor: ApiClient;

/** `arna <args>` against the test database. */
const arna = (...args: string[]) => runArna(args, databaseEnv(api.executor));

interface Verification {
  ok: boolean;
  entries: number;
  firstBrokenSeq: number | null;
  reason: string | null;
}

async function verify(): Promise<Verification> {
  const result = await admin.gql<{ verifyAudit: Verification }>(
    '{ verifyAudit { ok entries firstBrokenSeq reason } }',
  );
  expect(result.errors).toEqual([]);
  return result.data!.verifyAudit;
}

beforeAll(async () => {
  api = await startTestApi();
  await new Client(api.server.url).start().then((c) => c.login('analyst', 'not the password'));
  admin = await api.client('ADMIN');
  supervisor = await api.client('SUPERVISOR');
  supervisor.purpose = PURPOSE;
  const ran = await supervisor.gql(
    'query { runSavedQuery(id: "pattern:rubber-address", rowLimit: 5) { rowCount } }',
  );
  expect(ran.errors).toEqual([]);
});
afterAll(async () => {
  await api.close();
});

describe('audit log', () => {
  it('records logins (failed too), runs with their purpose, and is readable by supervisors', async () => {
    const page = await supervisor.gql<{
      auditLog: {
        entries: {
          seq: number;
          user: string;
          action: string;
          purpose: string | null;
          args: Record<string, unknown>;
        }[];
      };
    }>('{ auditLog(limit: 100) { entries { seq user action purpose args } } }');
    const entries = page.data!.auditLog.entries;
    const find = (action: string, user: string) =>
      entries.find((e) => e.action === action && e.user === user);
    expect(find('login.failure', 'anonymous')?.args).toMatchObject({ username: 'analyst' });
    expect(find('login.success', 'admin')).toBeDefined();
    expect(find('query.run', 'supervisor')).toMatchObject({
      purpose: PURPOSE,
      args: { queryId: 'pattern:rubber-address' },
    });
    expect(entries.map((e) => e.seq)).toEqual([...entries.map((e) => e.seq)].sort((a, b) => b - a));
    expect(errorCode(await (await api.client('INVESTIGATOR')).gql('{ auditLog { total } }'))).toBe(
      'FORBIDDEN',
    );
  });

  it('leaves out the reads of the log when asked (each read writes one)', async () => {
    const PAGE = `query($action: String, $hide: Boolean) {
      auditLog(limit: 500, action: $action, hideLogReads: $hide) { total entries { action } }
    }`;
    type Page = { auditLog: { total: number; entries: { action: string }[] } };
    const page = async (variables: { action?: string; hide?: boolean }) =>
      (await supervisor.gql<Page>(PAGE, variables)).data!.auditLog;
    const readsBefore = (await page({ action: 'audit.read' })).total;
    const all = await page({});
    const hidden = await page({ hide: true });
    expect(hidden.entries.some((e) => e.action === 'audit.read')).toBe(false);
    expect(hidden.entries.length).toBeGreaterThan(0);
    // `all` counted the reads before it and the one that counted them; its own read and
    // `hidden`'s are reads too.
    expect(hidden.total).toBe(all.total - (readsBefore + 1));
  });

  it('refuses a page offset or limit out of bounds instead of failing in the database', async () => {
    for (const [offset, limit] of [
      [2_147_483_647, 50],
      [-1, 50],
      [0, 501],
    ] as const) {
      const refused = await supervisor.gql(
        'query($offset: Int!, $limit: Int!) { auditLog(offset: $offset, limit: $limit) { total } }',
        { offset, limit },
      );
      expect(errorCode(refused), `offset ${offset}, limit ${limit}`).toBe('BAD_USER_INPUT');
    }
  });

  it('verifies an intact chain, through the API and `arna audit verify`', async () => {
    expect(await verify()).toMatchObject({ ok: true, firstBrokenSeq: null });
    const cli = await arna('audit', 'verify');
    expect(cli.code).toBe(0);
    expect(cli.out).toMatch(/audit chain intact: \d+ entries/);
  });

  it('detects an edited entry and names its seq', async () => {
    const [original] = await api.executor.run(
      'MATCH (e:AuditEntry {seq: 2}) RETURN e.args AS args',
    );
    await api.executor.run(
      'MATCH (e:AuditEntry {seq: 2}) SET e.args = \'{"username":"someone-else"}\'',
      {},
      { mode: 'write' },
    );
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: 2 });
    const cli = await arna('audit', 'verify');
    expect(cli.code).toBe(2);
    expect(cli.out).toMatch(/BROKEN at seq 2/);
    await api.executor.run(
      'MATCH (e:AuditEntry {seq: 2}) SET e.args = $args',
      { args: original?.['args'] },
      { mode: 'write' },
    );
    expect((await verify()).ok).toBe(true);
  });

  it('detects an entry rewritten with a fresh hash: the next link breaks', async () => {
    const [entry] = await api.executor.run('MATCH (e:AuditEntry {seq: 3}) RETURN e {.*} AS e');
    const { auditHash } = await import('@arna/graph/app');
    const e = entry?.['e'] as Record<string, unknown>;
    const forged = { ...e, purpose: e['purpose'] ?? null, user: 'nobody' } as Parameters<
      typeof auditHash
    >[0];
    await api.executor.run(
      'MATCH (e:AuditEntry {seq: 3}) SET e.user = $user, e.hash = $hash',
      { user: 'nobody', hash: auditHash(forged) },
      { mode: 'write' },
    );
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: 4 });
    await api.executor.run(
      'MATCH (e:AuditEntry {seq: 3}) SET e.user = $user, e.hash = $hash',
      { user: e['user'], hash: e['hash'] },
      { mode: 'write' },
    );
    expect((await verify()).ok).toBe(true);
  });

  it('detects a deleted entry, in the middle or at the end', async () => {
    await api.executor.run('MATCH (e:AuditEntry {seq: 3}) DELETE e', {}, { mode: 'write' });
    const middle = await verify();
    expect(middle).toMatchObject({ ok: false, firstBrokenSeq: 3 });
    expect(middle.reason).toMatch(/missing/);
    const cli = await arna('audit', 'verify');
    expect(cli.code).toBe(2);
    expect(cli.out).toMatch(/BROKEN at seq 3/);
  });

  it('detects a deleted tail', async () => {
    const fresh = await startTestApi();
    try {
      const client = await fresh.client('ADMIN');
      await client.gql('{ me { username } }');
      const [last] = await fresh.executor.run('MATCH (e:AuditEntry) RETURN max(e.seq) AS seq');
      await fresh.executor.run(
        'MATCH (e:AuditEntry) WITH max(e.seq) AS last MATCH (e:AuditEntry {seq: last}) DELETE e',
        {},
        { mode: 'write' },
      );
      const { verifyAudit } = await import('@arna/graph/app');
      expect(await verifyAudit(fresh.executor)).toMatchObject({
        ok: false,
        firstBrokenSeq: last?.['seq'],
      });
    } finally {
      await fresh.close();
    }
  });
});

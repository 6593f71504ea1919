import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '@arna/graph';
import { login, verifyAudit } from '@arna/graph/app';
import { databaseEnv, resetDatabase, runArna, testExecutor } from '@arna/graph/testing';

let executor: Executor;

/** `arna <args>` against the test database. */
const arna = (...args: string[]) => runArna(args, databaseEnv(executor));

beforeAll(async () => {
  executor = testExecutor();
  await resetDatabase(executor);
});
afterAll(async () => {
  await executor.close();
});

describe('arna users', () => {
  it('adds a user who can log in, changes the role, disables the account', async () => {
    const add = await arna(
      'users',
      'add',
      'a.nurlanov',
      '--role',
      'investigator',
      '--password',
      'long enough secret',
    );
    expect(add).toMatchObject({ code: 0 });
    expect(add.out).toMatch(/a.nurlanov created with role INVESTIGATOR/);
    expect((await login(executor, 'a.nurlanov', 'long enough secret'))?.user.role).toBe(
      'INVESTIGATOR',
    );

    expect((await arna('users', 'role', 'a.nurlanov', 'SUPERVISOR')).out).toMatch(
      /now has role SUPERVISOR/,
    );
    expect((await login(executor, 'a.nurlanov', 'long enough secret'))?.user.role).toBe(
      'SUPERVISOR',
    );

    expect((await arna('users', 'disable', 'a.nurlanov')).code).toBe(0);
    expect(await login(executor, 'a.nurlanov', 'long enough secret')).toBeUndefined();

    const stored = await executor.run(
      "MATCH (u:User {username: 'a.nurlanov'}) RETURN u.passwordHash AS hash",
    );
    expect(String(stored[0]?.['hash'])).toMatch(/^\$argon2id\$/);
    const audit = await executor.run(
      "MATCH (e:AuditEntry) WHERE e.action STARTS WITH 'user.' RETURN e.action AS a ORDER BY e.seq",
    );
    expect(audit.map((r) => r['a'])).toEqual(['user.create', 'user.role', 'user.disable']);
  });

  it('generates a password when none is given, and refuses a bad role with a readable error', async () => {
    const add = await arna('users', 'add', 'b.analyst', '--role', 'ANALYST');
    const password = /initial password: (\S+)/.exec(add.out)?.[1];
    expect(password).toBeDefined();
    expect(await login(executor, 'b.analyst', password!)).toBeDefined();

    const badRole = await arna(
      'users',
      'add',
      'c.user',
      '--role',
      'janitor',
      '--password',
      'long enough secret',
    );
    expect(badRole.code).toBe(1);
    expect(badRole.out).toMatch(/unknown role "JANITOR"/);
  });
});

describe('arna retention apply', () => {
  it('purges facts older than config/retention.json allows, audited', async () => {
    await executor.run(
      "CREATE (:Event:Violation {id: 'v-2010', date: date('2010-05-01')}), (:Event:Violation {id: 'v-now', date: date()})",
      {},
      { mode: 'write' },
    );
    const dry = await arna('retention', 'apply', '--dry-run');
    expect(dry.out).toMatch(/would purge 1 event facts/);
    const applied = await arna('retention', 'apply');
    expect(applied.code).toBe(0);
    expect(applied.out).toMatch(/purged 1 event facts/);
    const left = await executor.run('MATCH (e:Event) RETURN collect(e.id) AS ids');
    expect(left[0]?.['ids']).toEqual(['v-now']);
    expect((await verifyAudit(executor)).ok).toBe(true);
  });
});

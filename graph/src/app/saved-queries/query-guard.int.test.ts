import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testExecutor } from '../../../test/neo4j.js';
import type { Executor } from '../../db/executor.js';
import { listPatterns } from '../../detect/index.js';
import { QueryRefusedError } from '../errors.js';
import { bindParams } from './query-params.js';
import { checkPlan, explainQuery, guardReadOnly } from './query-guard.js';
import { runReadOnlyQuery } from './query-runner.js';

let executor: Executor;

beforeAll(async () => {
  executor = testExecutor();
  await resetDatabase(executor);
  await executor.run(
    "CREATE (:Person {iin: '850101300123', name: 'Иванов'})",
    {},
    { mode: 'write' },
  );
});
afterAll(async () => {
  await executor.close();
});

/** The plan check alone, as if the text check had been fooled. */
async function planRefusal(cypher: string): Promise<string | undefined> {
  try {
    checkPlan(await explainQuery(executor, cypher, {}));
    return undefined;
  } catch (error) {
    if (error instanceof QueryRefusedError) return error.reason;
    // The server itself refuses to plan some writes in a read transaction: also a refusal.
    return `server:${(error as { code?: string }).code}`;
  }
}

describe('EXPLAIN plan check (without the text check)', () => {
  it.each([
    ['CREATE', "CREATE (:Person {iin: '1'})"],
    ['MERGE', "MERGE (p:Person {iin: '2'}) RETURN p"],
    ['SET', "MATCH (p:Person) SET p.name = 'x' RETURN p"],
    ['DELETE', 'MATCH (p:Person) DETACH DELETE p'],
    ['REMOVE', 'MATCH (p:Person) REMOVE p.name RETURN p'],
    ['write procedure', "CALL db.createLabel('Planted')"],
  ])('refuses %s', async (_what, cypher) => {
    expect(await planRefusal(cypher)).toBe('write');
  });

  it('refuses a read-only procedure outside the allow-list', async () => {
    expect(await planRefusal('CALL db.info() YIELD id RETURN id')).toBe('procedure');
  });

  it('accepts reads and allowed procedures', async () => {
    expect(await planRefusal('MATCH (p:Person) RETURN p.name AS name')).toBeUndefined();
    expect(await planRefusal('CALL db.labels() YIELD label RETURN label')).toBeUndefined();
  });

  it('reports a syntax error at its place in the query as typed, not in the EXPLAIN it runs in', async () => {
    const error = await explainQuery(executor, 'MATCH (p:Person)\nRETRUN p', {}).catch(
      (thrown: unknown) => thrown as Error,
    );
    expect((error as Error).message).toMatch(/\(line 2, column 1 \(offset: 17\)\)/);
    expect((error as Error).message).not.toMatch(/EXPLAIN/);
  });

  it('EXPLAIN writes nothing even for a write query', async () => {
    await planRefusal("CREATE (:Person {iin: '3'})");
    const rows = await executor.run('MATCH (n) RETURN count(n) AS n');
    expect(rows[0]?.['n']).toBe(1);
  });
});

describe('every built-in pattern passes the guard', () => {
  it.each(listPatterns().map((p) => [p.id, p] as const))('%s', async (_id, pattern) => {
    const { driverParams } = bindParams(
      pattern.params.map((p) => ({ ...p, description: p.description.en })),
      {},
    );
    const facts = await guardReadOnly(executor, pattern.text, driverParams);
    expect(facts.queryType).toBe('r');
  });
});

describe('limits', () => {
  it('stops at the row limit and says so', async () => {
    const result = await runReadOnlyQuery(
      executor,
      'UNWIND range(1, 100000) AS x RETURN x',
      {},
      { rowLimit: 10 },
    );
    expect(result.rows).toHaveLength(10);
    expect(result.truncated).toBe(true);
    expect(result.columns).toEqual(['x']);
  });

  it('stops a query at its time limit', async () => {
    await expect(
      runReadOnlyQuery(
        executor,
        'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 123456789 RETURN count(x) AS n',
        {},
        { timeoutMs: 300 },
      ),
    ).rejects.toMatchObject({ code: 'QUERY_TIMEOUT' });
  });
});

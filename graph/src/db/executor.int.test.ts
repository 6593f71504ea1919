import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryError } from '../errors.js';
import { resetDatabase, testExecutor } from '../../test/neo4j.js';
import type { Executor } from './executor.js';
import { migrate } from './migrate.js';

describe('Executor against the launched Neo4j', () => {
  let executor: Executor;
  beforeAll(async () => {
    executor = testExecutor();
    await resetDatabase(executor);
  });
  afterAll(async () => {
    await executor.close();
  });

  it('writes a node over Bolt and reads it back', async () => {
    await executor.run(
      'CREATE (:Probe {name: $name, n: $n})',
      { name: 'Әсел', n: 42 },
      { mode: 'write' },
    );
    const rows = await executor.run(
      'MATCH (p:Probe {name: $name}) RETURN p.name AS name, p.n AS n',
      { name: 'Әсел' },
    );
    expect(rows).toEqual([{ name: 'Әсел', n: 42 }]);
  });

  it('refuses a write in a read transaction with a typed error', async () => {
    await expect(
      executor.run('CREATE (:Probe {name: "x"})', {}, { mode: 'read' }),
    ).rejects.toBeInstanceOf(QueryError);
    const rows = await executor.run('MATCH (p:Probe {name: "x"}) RETURN count(p) AS c');
    expect(rows[0]?.['c']).toBe(0);
  });

  it('maps a syntax error to QueryError with the Neo4j code', async () => {
    const error = await executor.run('MATCH (n RETURN n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryError);
    expect((error as QueryError).neo4jCode).toBe('Neo.ClientError.Statement.SyntaxError');
  });

  it("names the caller in a failed statement's stack, and leaves stack traces as they were", async () => {
    const limit = Error.stackTraceLimit;
    async function readsTheProbes(): Promise<unknown> {
      try {
        return await executor.run('MATCH (n RETURN n');
      } catch (error) {
        return error;
      }
    }
    const error = (await readsTheProbes()) as Error;
    expect(error).toBeInstanceOf(QueryError);
    expect(error.stack).toContain('readsTheProbes');
    expect(Error.stackTraceLimit).toBe(limit);
  });

  it('applies the schema idempotently', async () => {
    const first = await migrate(executor);
    const second = await migrate(executor);
    expect(second.statements).toBe(first.statements);
    const constraints = await executor.run(
      'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names',
    );
    expect(constraints[0]?.['names']).toEqual(
      expect.arrayContaining(['person_iin', 'foreigner_id', 'document_key']),
    );
    const indexes = await executor.run(
      "SHOW INDEXES YIELD name, type WHERE type = 'FULLTEXT' RETURN collect(name) AS names",
    );
    expect(indexes[0]?.['names']).toEqual(expect.arrayContaining(['entity_search']));
  });
});

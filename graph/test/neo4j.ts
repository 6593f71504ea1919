import { inject } from 'vitest';
import { Executor } from '../src/db/executor.js';

/** An executor on the Neo4j of this test run (see neo4j-global-setup.ts). */
export function testExecutor(): Executor {
  return Executor.create({ uri: inject('neo4jUri'), user: 'neo4j', password: 'test' });
}

/**
 * Deletes all data (schema stays). Integration test files run one at a time, so a file may
 * start from an empty graph.
 */
export async function resetDatabase(executor: Executor): Promise<void> {
  await executor
    .run(
      'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
      {},
      { mode: 'write' },
    )
    .catch(async () => {
      await executor.run('MATCH (n) DETACH DELETE n', {}, { mode: 'write' });
    });
}

export { databaseEnv, runArna, type CliRun } from './cli.js';

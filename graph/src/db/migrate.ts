import { cypherFile, cypherFilesIn, splitStatements } from './cypher-files.js';
import type { Executor } from './executor.js';

/**
 * Applies every statement of `cypher/schema/*.cypher` in file order. Each statement is
 * idempotent (`IF NOT EXISTS`, or `IF EXISTS` for an index a later file replaces), so
 * migration runs on every `db start`.
 */
export async function migrate(executor: Executor): Promise<{ statements: number }> {
  let statements = 0;
  for (const name of cypherFilesIn('schema')) {
    for (const statement of splitStatements(cypherFile(name))) {
      await executor.run(statement, {}, { mode: 'write', label: `migrate:${name}` });
      statements += 1;
    }
  }
  await executor.run('CALL db.awaitIndexes(300)', {}, { mode: 'read' });
  return { statements };
}

import type { ManagedTransaction } from 'neo4j-driver';
import { toPlain, type Executor, type Params, type Row, type RunOptions } from '../db/executor.js';

/**
 * What the investigation queries need of the database: run one statement, get plain rows. The
 * `Executor` is one (each statement its own transaction); `inOneReadTransaction` gives another.
 */
export interface Reader {
  run(cypher: string, params?: Params, options?: RunOptions): Promise<Row[]>;
}

/**
 * Runs `work`, which may run several statements, in one read transaction. An expansion is
 * four statements and each transaction has a fixed cost on both ends (session, BEGIN, COMMIT,
 * a share of Neo4j's CPU) that showed in every request under load. Read-only: should the
 * driver retry the whole work after a transient error, nothing is done twice.
 */
export function inOneReadTransaction<T>(
  executor: Executor,
  label: string,
  work: (reader: Reader) => Promise<T>,
): Promise<T> {
  return executor.transaction({ mode: 'read', label }, (tx) => work(transactionReader(tx)));
}

function transactionReader(tx: ManagedTransaction): Reader {
  return {
    async run(cypher, params = {}) {
      const result = await tx.run(cypher, params);
      return result.records.map((record) =>
        Object.fromEntries(record.keys.map((key) => [String(key), toPlain(record.get(key))])),
      );
    },
  };
}

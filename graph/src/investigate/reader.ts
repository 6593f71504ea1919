import {
  toPlain,
  type Executor,
  type Params,
  type Row,
  type RunOptions,
  type Transaction,
} from '../db/executor.js';

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

function transactionReader(tx: Transaction): Reader {
  return {
    async run(cypher, params = {}) {
      const result = await tx.run(withoutCommentLines(cypher), params);
      return result.records.map((record) =>
        Object.fromEntries(record.keys.map((key) => [String(key), toPlain(record.get(key))])),
      );
    },
  };
}

const stripped = new Map<string, string>();

/**
 * The statement without its `//` comment lines (the header every query file has). They are
 * for readers of the file, not the server, and are half of the step query's text (2.5 of
 * 5.4 kB, sent twice per expansion): the driver writes a message in chunks of 1.4 kB, each
 * its own socket write. Only for the files of `cypher/queries/` read here, which hold no
 * multi-line strings.
 */
export function withoutCommentLines(cypher: string): string {
  let text = stripped.get(cypher);
  if (text === undefined) {
    text = cypher
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('//'))
      .join('\n');
    stripped.set(cypher, text);
  }
  return text;
}

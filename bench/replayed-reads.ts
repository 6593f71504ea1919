import type { Executor, RunOptions, Transaction } from '@arna/graph';

type Result = Awaited<ReturnType<Transaction['run']>>;

/**
 * Lets an executor answer the read transactions labelled `label` from results it recorded,
 * as a database that answers in no time would: what is left of a request is the API's own
 * work (HTTP, GraphQL, auth, audit, the code that builds the answer). While `replaying` is
 * false, those transactions run and every statement's result is recorded under its text and
 * parameters; while true, a transaction whose statements were all recorded runs on the
 * recordings (a statement not recorded sends the transaction to the database, counted in
 * `misses`). Only for benchmarks: the executor is patched in place.
 */
export class ReplayedReads {
  replaying = false;
  misses = 0;
  readonly #recorded = new Map<string, Result>();

  constructor(executor: Executor, label: string) {
    const transaction = executor.transaction.bind(executor);
    const notRecorded = Symbol('not recorded');
    executor.transaction = async <T>(
      options: RunOptions,
      work: (tx: Transaction) => Promise<T>,
    ): Promise<T> => {
      if (options.label !== label) return transaction(options, work);
      if (this.replaying) {
        try {
          return await work(this.#replaying(notRecorded));
        } catch (error) {
          if (error !== notRecorded) throw error;
          this.misses += 1;
        }
      }
      return transaction(options, (tx) => work(this.#recording(tx)));
    };
  }

  #replaying(notRecorded: symbol): Transaction {
    const run = (async (query: string, params?: unknown) => {
      const result = this.#recorded.get(key(query, params));
      if (!result) throw notRecorded;
      return result;
    }) as unknown as Transaction['run'];
    return { run };
  }

  #recording(tx: Transaction): Transaction {
    const run = (async (query: string, params?: unknown) => {
      const result = await tx.run(query, params as Record<string, unknown>);
      this.#recorded.set(key(query, params), result);
      return result;
    }) as unknown as Transaction['run'];
    return { run };
  }
}

function key(query: string, params: unknown): string {
  return `${query}\n${JSON.stringify(params ?? {})}`;
}

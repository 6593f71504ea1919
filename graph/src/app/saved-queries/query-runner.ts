import { toPlain, type Executor } from '../../db/executor.js';
import { guardReadOnly } from './query-guard.js';

/** Limits of a saved-query run; a caller may ask for less, never for more. */
export const QUERY_LIMITS = { timeoutMs: 15_000, maxRows: 1_000 } as const;

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  /** More rows existed than the limit; the rest were not fetched. */
  truncated: boolean;
  ms: number;
}

/**
 * Runs a read-only query: guarded first (text, then EXPLAIN), then in a READ transaction
 * with a server-side timeout, fetching at most `rowLimit` rows (the stream is abandoned
 * after that, so a huge result costs no more than its first rows).
 */
export async function runReadOnlyQuery(
  executor: Executor,
  cypher: string,
  params: Record<string, unknown>,
  options: { rowLimit?: number; timeoutMs?: number; label?: string } = {},
): Promise<QueryResult> {
  const rowLimit = Math.max(
    1,
    Math.min(options.rowLimit ?? QUERY_LIMITS.maxRows, QUERY_LIMITS.maxRows),
  );
  const timeoutMs = Math.min(options.timeoutMs ?? QUERY_LIMITS.timeoutMs, QUERY_LIMITS.timeoutMs);
  await guardReadOnly(executor, cypher, params);
  const started = performance.now();
  return executor.transaction(
    { mode: 'read', timeoutMs, label: options.label ?? 'saved-query:run' },
    async (tx) => {
      const result = tx.run(cypher, params);
      const columns = (await result.keys()).map(String);
      const rows: Record<string, unknown>[] = [];
      let truncated = false;
      for await (const record of result) {
        if (rows.length === rowLimit) {
          truncated = true;
          break;
        }
        const row: Record<string, unknown> = {};
        for (const key of columns) row[key] = toPlain(record.get(key));
        rows.push(row);
      }
      return { columns, rows, truncated, ms: Math.round(performance.now() - started) };
    },
  );
}

import type { Executor } from '../../db/executor.js';
import { QueryRefusedError } from '../errors.js';

/**
 * Read-only procedures a saved query may call. Everything else (db.createLabel, dbms.*,
 * anything that writes, changes settings or reaches outside the database) is refused.
 */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
]);

export const MAX_QUERY_LENGTH = 20_000;

const WRITE_CLAUSE =
  /(?<![.\w$:`])\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|FOREACH|DROP|GRANT|DENY|REVOKE|ALTER|TERMINATE)\b/i;
const PROCEDURE_CALL = /\bCALL\s+([A-Za-z_][\w]*(?:\s*\.\s*[A-Za-z_][\w]*)+)/gi;
/** Plan operators that change data or schema (operator names may carry an `@neo4j` suffix). */
const WRITE_OPERATORS = [
  'Create',
  'Merge',
  'Delete',
  'DetachDelete',
  'Set',
  'Remove',
  'Foreach',
  'LoadCSV',
  'Transaction',
  'EmptyResult',
];

/** Removes comments, string literals and quoted names, so keywords are only found in code. */
export function codeOnly(cypher: string): string {
  return cypher
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`]|``)*`/g, "''")
    .replace(/\/\/[^\n]*/g, ' ');
}

/**
 * The text checks, before the database sees the query: one statement, no write clause, no
 * `LOAD CSV`, no database switch, no `EXPLAIN`/`PROFILE` prefix, procedures only from the
 * allow-list.
 */
export function checkQueryText(cypher: string): void {
  if (cypher.trim() === '') throw new QueryRefusedError('empty', 'the query is empty');
  if (cypher.length > MAX_QUERY_LENGTH) {
    throw new QueryRefusedError(
      'too-long',
      `the query is longer than ${MAX_QUERY_LENGTH} characters`,
    );
  }
  const code = codeOnly(cypher);
  if (code.replace(/;\s*$/, '').includes(';')) {
    throw new QueryRefusedError(
      'multiple-statements',
      'one statement only (no ";" between statements)',
    );
  }
  if (/^\s*(EXPLAIN|PROFILE)\b/i.test(code)) {
    throw new QueryRefusedError(
      'explain',
      'do not prefix EXPLAIN or PROFILE; the platform explains every query itself',
    );
  }
  const write = WRITE_CLAUSE.exec(code);
  if (write) {
    throw new QueryRefusedError(
      'write',
      `saved queries are read-only: ${write[1]?.toUpperCase()} is not allowed`,
    );
  }
  if (/\bLOAD\s+CSV\b/i.test(code))
    throw new QueryRefusedError('load-csv', 'LOAD CSV is not allowed');
  if (/\bUSE\b/i.test(code))
    throw new QueryRefusedError('use-database', 'switching databases (USE) is not allowed');
  if (/\bIN\s+TRANSACTIONS\b/i.test(code)) {
    throw new QueryRefusedError('transactions', 'CALL … IN TRANSACTIONS is not allowed');
  }
  for (const match of code.matchAll(PROCEDURE_CALL)) {
    checkProcedure((match[1] ?? '').replace(/\s+/g, ''));
  }
}

function checkProcedure(name: string): void {
  if (!ALLOWED_PROCEDURES.has(name.toLowerCase())) {
    throw new QueryRefusedError(
      'procedure',
      `procedure ${name} is not allowed (allowed: ${[...ALLOWED_PROCEDURES].join(', ')})`,
    );
  }
}

/** What EXPLAIN reports about a query, without running it. */
export interface QueryPlanFacts {
  /** Neo4j's classification: r (read), rw, w (write), s (schema). */
  queryType: string;
  operators: string[];
  procedures: string[];
}

interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

/**
 * `EXPLAIN` on a line of its own: a syntax error then quotes the analyst's line and column as
 * typed, and only its line number and offset need putting back (`positionsInQuery`).
 */
const EXPLAIN_PREFIX = 'EXPLAIN\n';

/** Runs `EXPLAIN <query>` in a read transaction (nothing executes) and collects its plan. */
export async function explainQuery(
  executor: Executor,
  cypher: string,
  params: Record<string, unknown>,
): Promise<QueryPlanFacts> {
  return executor.transaction(
    { mode: 'read', label: 'saved-query:explain', timeoutMs: 10_000 },
    async (tx) => {
      const result = await tx.run(`${EXPLAIN_PREFIX}${cypher}`, params).catch((error: unknown) => {
        if (error instanceof Error) error.message = positionsInQuery(error.message);
        throw error;
      });
      const operators: string[] = [];
      const procedures: string[] = [];
      const walk = (node: PlanNode) => {
        const operator = node.operatorType.split('@')[0] ?? node.operatorType;
        operators.push(operator);
        if (operator === 'ProcedureCall') {
          const details = String(
            node.arguments?.['Details'] ?? node.arguments?.['Signature'] ?? '',
          );
          procedures.push(/^\s*([\w.]+)/.exec(details)?.[1] ?? details);
        }
        for (const child of node.children ?? []) walk(child);
      };
      const plan = result.summary.plan;
      if (plan) walk(plan as PlanNode);
      return { queryType: String(result.summary.queryType), operators, procedures };
    },
  );
}

/** A server message's `(line L, column C (offset: O))` as positions in the analyst's query. */
export function positionsInQuery(message: string): string {
  return message.replace(
    /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/g,
    (_, line: string, column: string, offset: string) =>
      `(line ${Number(line) - 1}, column ${column} (offset: ${Number(offset) - EXPLAIN_PREFIX.length}))`,
  );
}

/** Refuses a plan that is not read-only or calls a procedure outside the allow-list. */
export function checkPlan(facts: QueryPlanFacts): void {
  if (facts.queryType !== 'r') {
    throw new QueryRefusedError(
      'write',
      `the query plan is not read-only (query type "${facts.queryType}")`,
    );
  }
  const writer = facts.operators.find((op) => WRITE_OPERATORS.some((w) => op.startsWith(w)));
  if (writer) throw new QueryRefusedError('write', `the query plan writes (operator ${writer})`);
  for (const procedure of facts.procedures) checkProcedure(procedure);
}

/** Text checks, then EXPLAIN and plan checks: a query that passes neither never runs. */
export async function guardReadOnly(
  executor: Executor,
  cypher: string,
  params: Record<string, unknown>,
): Promise<QueryPlanFacts> {
  checkQueryText(cypher);
  const facts = await explainQuery(executor, cypher, params);
  checkPlan(facts);
  return facts;
}

import neo4j, {
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
} from 'neo4j-driver';
import type { ConnectionSettings } from '../config.js';
import { mapDriverError } from './errors-map.js';

export type AccessMode = 'read' | 'write';
export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** What a transaction's work may do: run statements (see `Executor.transaction`). */
export type Transaction = Pick<ManagedTransaction, 'run'>;

export interface RunOptions {
  mode?: AccessMode;
  /** Server-side transaction timeout. */
  timeoutMs?: number;
  /** Audit-friendly label sent as transaction metadata. */
  label?: string;
}

/**
 * The one place that opens driver sessions. Managed transactions retry transient errors
 * (deadlocks, leader switches) with the driver's back-off; everything that escapes is mapped
 * to the typed errors of `errors.ts`. Integers come back as JS numbers.
 */
export class Executor {
  readonly #driver: Driver;
  readonly #database: string | undefined;
  readonly uri: string;

  private constructor(driver: Driver, uri: string, database: string | undefined) {
    this.#driver = driver;
    this.uri = uri;
    this.#database = database;
  }

  static create(settings: ConnectionSettings): Executor {
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: 15_000,
      connectionAcquisitionTimeout: 30_000,
      logging: { level: 'error', logger: () => undefined },
      // Nothing reads the server's notifications (unknown labels, deprecations): off, the
      // server neither works them out nor sends them with every result.
      notificationFilter: { minimumSeverityLevel: 'OFF' },
      telemetryDisabled: true,
    });
    return new Executor(driver, settings.uri, settings.database);
  }

  /** Resolves once the server answers, or throws DatabaseUnavailableError. */
  async verify(): Promise<void> {
    try {
      await this.#driver.verifyConnectivity();
    } catch (error) {
      throw mapDriverError(error);
    }
  }

  /** Runs one statement and returns its rows as plain objects. */
  async run(cypher: string, params: Params = {}, options: RunOptions = {}): Promise<Row[]> {
    return this.transaction(options, async (tx) => {
      const result = await tx.run(cypher, params);
      return result.records.map(recordToRow);
    });
  }

  /** Runs `work` in one managed transaction (retried as a whole on transient errors). */
  async transaction<T>(options: RunOptions, work: (tx: Transaction) => Promise<T>): Promise<T> {
    const session = this.#driver.session({
      defaultAccessMode: options.mode === 'write' ? neo4j.session.WRITE : neo4j.session.READ,
      ...(this.#database ? { database: this.#database } : {}),
    });
    const config = {
      ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
      ...(options.label ? { metadata: { app: 'arna', label: options.label } } : {}),
    };
    try {
      const run = (tx: ManagedTransaction) => work(withoutCallSiteStacks(tx));
      return options.mode === 'write'
        ? await session.executeWrite(run, config)
        : await session.executeRead(run, config);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.#driver.close();
  }
}

/**
 * The transaction, its statements run without the call-site stack the driver captures for
 * each one (to put on the statement's error, should it fail). Under tsx that capture is
 * source-mapped frame by frame and cost more Node CPU than decoding a small result (0.1–0.2 ms
 * per statement, 5–6 % of an API expansion's CPU). A failed statement still reaches its
 * caller as a typed error made in `transaction`, whose async stack names that caller.
 */
function withoutCallSiteStacks(tx: ManagedTransaction): Transaction {
  return {
    run: ((query: Parameters<Transaction['run']>[0], parameters?: unknown) => {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      try {
        return tx.run(query, parameters);
      } finally {
        Error.stackTraceLimit = limit;
      }
    }) as Transaction['run'],
  };
}

/** Converts driver values (nodes, relationships, temporal types) to plain JSON-able values. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings, numbers and booleans: return them before the driver type checks.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return plainList(value);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value)) {
    return {
      elementId: value.elementId,
      labels: value.labels,
      properties: toPlain(value.properties),
    };
  }
  if (neo4j.isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startElementId: value.startNodeElementId,
      endElementId: value.endNodeElementId,
      properties: toPlain(value.properties),
    };
  }
  if (neo4j.isPath(value)) {
    return value.segments.map((s) => ({
      start: toPlain(s.start),
      relationship: toPlain(s.relationship),
      end: toPlain(s.end),
    }));
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
  return out;
}

/**
 * The list, or a converted copy only from the first item that changes: most lists (an
 * expansion step's thousands of element ids and rows of strings) hold nothing to convert, and
 * copying them only gave the garbage collector work (1–2 % of a busy expansion's Node CPU).
 */
function plainList(list: unknown[]): unknown[] {
  let copy: unknown[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const plain = toPlain(item);
    if (copy === undefined && plain !== item) copy = list.slice(0, i);
    copy?.push(plain);
  }
  return copy ?? list;
}

function recordToRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}

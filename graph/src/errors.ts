/**
 * Typed errors of the graph layer. The API maps `code` to GraphQL `extensions.code`;
 * nothing downstream matches on message text.
 */
export class GraphError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(`graph: ${message}`, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Neo4j cannot be reached (not started, wrong URI, network). */
export class DatabaseUnavailableError extends GraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('DATABASE_UNAVAILABLE', message, options);
  }
}

/** Wrong credentials or a forbidden operation for the database user. */
export class DatabaseAuthError extends GraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('DATABASE_AUTH', message, options);
  }
}

/** A query was refused by the database: syntax, semantics or a write in a read transaction. */
export class QueryError extends GraphError {
  readonly neo4jCode: string;
  constructor(neo4jCode: string, message: string, options?: { cause?: unknown }) {
    super('QUERY_REFUSED', message, options);
    this.neo4jCode = neo4jCode;
  }
}

/** A uniqueness or key constraint was violated. */
export class ConstraintError extends GraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('CONSTRAINT_VIOLATION', message, options);
  }
}

/** A query ran longer than its limit. */
export class QueryTimeoutError extends GraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('QUERY_TIMEOUT', message, options);
  }
}

/** A named `.cypher` file does not exist. */
export class CypherFileNotFoundError extends GraphError {
  constructor(name: string) {
    super('CYPHER_FILE_NOT_FOUND', `no cypher file named "${name}"`);
  }
}

/** The local Neo4j launcher failed to start, is missing, or is not running. */
export class LocalServerError extends GraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('LOCAL_SERVER', message, options);
  }
}

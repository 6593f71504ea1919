import { Neo4jError } from 'neo4j-driver';
import {
  ConstraintError,
  DatabaseAuthError,
  DatabaseUnavailableError,
  GraphError,
  QueryError,
  QueryTimeoutError,
} from '../errors.js';

/** Maps a driver error to the graph layer's typed errors, by `error.code` only. */
export function mapDriverError(error: unknown): GraphError {
  if (error instanceof GraphError) return error;
  if (!(error instanceof Neo4jError)) {
    return new GraphError('DATABASE_ERROR', String(error), { cause: error });
  }
  const code = error.code;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new DatabaseUnavailableError(`Neo4j is not reachable (${error.message})`, {
      cause: error,
    });
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new DatabaseAuthError(error.message, { cause: error });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConstraintError(error.message, { cause: error });
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new QueryTimeoutError(error.message, { cause: error });
  }
  if (code.startsWith('Neo.ClientError.')) {
    return new QueryError(code, error.message, { cause: error });
  }
  return new GraphError('DATABASE_ERROR', `${code}: ${error.message}`, { cause: error });
}

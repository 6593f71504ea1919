import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphError } from '@arna/graph';
import { ApiError } from './errors.js';

/**
 * One mapping from typed errors to `extensions.code`: API errors and graph errors keep their
 * message and code; anything else is a bug, logged, and shown as INTERNAL_SERVER_ERROR
 * without details.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ApiError || original instanceof GraphError) {
    const extra = 'field' in original && original.field ? { field: original.field } : {};
    return {
      message: original.message,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: original.code, ...extra },
    };
  }
  const code = formatted.extensions?.['code'];
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    console.error(original);
    return {
      message: 'internal error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  return formatted;
}

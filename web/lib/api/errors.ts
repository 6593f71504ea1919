/** Error codes the API puts in `extensions.code`, plus the transport failures of the client. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'PURPOSE_REQUIRED'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'NETWORK'
  | 'INTERNAL';

/** An API failure as the UI shows it: a code to react to and the server's message. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode | string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** Any failure as an ApiError, so the UI has one shape to show. */
export function asApiError(failure: unknown): ApiError {
  return failure instanceof ApiError ? failure : new ApiError('INTERNAL', String(failure));
}

/**
 * The message (in `errors` of the messages) that tells the user what happened and what to do
 * about an error code: the API's own codes, and the graph layer's grouped by what the user
 * can do (a bad reference or parameter is bad input, a missing network is not found).
 */
export function errorMessageKey(code: string): string {
  return ERROR_MESSAGES[code] ?? 'INTERNAL';
}

const ERROR_MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  BAD_CREDENTIALS: 'BAD_CREDENTIALS',
  RATE_LIMITED: 'RATE_LIMITED',
  FORBIDDEN: 'FORBIDDEN',
  PURPOSE_REQUIRED: 'PURPOSE_REQUIRED',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  INVALID_REF: 'BAD_USER_INPUT',
  INVALID_ARGUMENT: 'BAD_USER_INPUT',
  PATTERN_PARAM: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  NETWORK_NOT_FOUND: 'NOT_FOUND',
  UNKNOWN_PATTERN: 'NOT_FOUND',
  NETWORK: 'NETWORK',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  QUERY_REFUSED: 'QUERY_REFUSED',
  SAVED_QUERY_REFUSED: 'SAVED_QUERY_REFUSED',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  CSRF: 'CSRF',
};

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

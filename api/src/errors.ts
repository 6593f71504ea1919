/**
 * Errors of the API layer. Each has a `code` that becomes `extensions.code` (see
 * format-error.ts), like the graph layer's `GraphError`; clients match on codes only.
 */
export class ApiError extends Error {
  readonly code: string;
  readonly httpStatus: number;
  constructor(code: string, message: string, httpStatus: number) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.httpStatus = httpStatus;
  }
}

export class UnauthenticatedError extends ApiError {
  constructor() {
    super('UNAUTHENTICATED', 'sign in first (no valid session)', 401);
  }
}

export class ForbiddenError extends ApiError {
  constructor(field: string, roles: readonly string[]) {
    super('FORBIDDEN', `${field} is for ${roles.join(', ')} only`, 403);
  }
}

export class PurposeRequiredError extends ApiError {
  constructor() {
    super(
      'PURPOSE_REQUIRED',
      'state the purpose of this request (a case number or legal basis) in the x-arna-purpose header',
      400,
    );
  }
}

export class CsrfError extends ApiError {
  constructor() {
    super('CSRF', 'missing or wrong x-arna-csrf header (must equal the arna_csrf cookie)', 403);
  }
}

export class RateLimitedError extends ApiError {
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', `too many failed logins; retry in ${retryAfterSeconds} s`, 429);
  }
}

export class BadCredentialsError extends ApiError {
  constructor() {
    super('BAD_CREDENTIALS', 'wrong username or password, or the account is disabled', 401);
  }
}

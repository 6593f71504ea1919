import { GraphError } from '../errors.js';

/** Input the caller can fix (bad username, weak password, missing reason code…). */
export class AppValidationError extends GraphError {
  readonly field: string | undefined;
  constructor(message: string, field?: string) {
    super('BAD_USER_INPUT', message);
    this.field = field;
  }
}

/** A record the caller named does not exist. */
export class AppNotFoundError extends GraphError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} "${id}" does not exist`);
  }
}

/** The action is not allowed for this user or in this state (e.g. editing another's query). */
export class AppForbiddenError extends GraphError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

/** A saved query was refused before running (writes, forbidden procedures, bad parameters). */
export class QueryRefusedError extends GraphError {
  readonly reason: string;
  constructor(reason: string, message: string) {
    super('SAVED_QUERY_REFUSED', message);
    this.reason = reason;
  }
}

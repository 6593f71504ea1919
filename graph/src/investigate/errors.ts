import { GraphError } from '../errors.js';

/** A string that is not a valid entity reference (`kind:key`, see the contracts). */
export class InvalidRefError extends GraphError {
  readonly ref: string;
  constructor(ref: string, reason: string) {
    super('INVALID_REF', `invalid reference "${ref}": ${reason}`);
    this.ref = ref;
  }
}

/** A well-formed reference that names nothing in the graph. */
export class EntityNotFoundError extends GraphError {
  readonly ref: string;
  constructor(ref: string) {
    super('NOT_FOUND', `nothing in the graph is "${ref}"`);
    this.ref = ref;
  }
}

/** An option outside its allowed range; `field` names the option to fix. */
export class InvalidArgumentError extends GraphError {
  readonly field: string;
  constructor(field: string, message: string) {
    super('INVALID_ARGUMENT', `${field}: ${message}`);
    this.field = field;
  }
}

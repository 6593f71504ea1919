import { AppValidationError } from './errors.js';

/** Beyond this a page starts past any list Arna keeps; Cypher's list positions are 32-bit. */
const MAX_OFFSET = 1_000_000_000;

/**
 * The offset and limit of a page of a list (leads, the audit log), checked: whole numbers,
 * offset from 0 to 1,000,000,000, limit from 0 (only the total) to `maxLimit`.
 */
export function pageWindow(
  offset: number,
  limit: number,
  maxLimit: number,
): { offset: number; limit: number } {
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) {
    throw new AppValidationError(
      `offset must be a whole number from 0 to ${MAX_OFFSET}, got ${offset}`,
      'offset',
    );
  }
  if (!Number.isInteger(limit) || limit < 0 || limit > maxLimit) {
    throw new AppValidationError(
      `limit must be a whole number from 0 to ${maxLimit}, got ${limit}`,
      'limit',
    );
  }
  return { offset, limit };
}

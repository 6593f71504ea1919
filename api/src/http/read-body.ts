import type { IncomingMessage } from 'node:http';
import { ApiError } from '../errors.js';

export const MAX_BODY_BYTES = 1_000_000;

export class BodyTooLargeError extends ApiError {
  constructor() {
    super('PAYLOAD_TOO_LARGE', `request body over ${MAX_BODY_BYTES} bytes`, 413);
  }
}

export class BadJsonError extends ApiError {
  constructor() {
    super('BAD_REQUEST', 'request body is not valid JSON', 400);
  }
}

/** Reads a JSON body, refusing more than MAX_BODY_BYTES. */
export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError();
    chunks.push(buffer);
  }
  if (size === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BadJsonError();
  }
}

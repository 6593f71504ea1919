import type { IncomingMessage } from 'node:http';

export const PURPOSE_HEADER = 'x-arna-purpose';
const MAX_LENGTH = 300;

/**
 * The stated purpose of a request (case number or legal basis), from the header or, for
 * plain links such as the brief PDF, the `purpose` query parameter. Header values are
 * latin-1 on the wire, so clients percent-encode Cyrillic text; it is decoded here.
 * Blank or too short (< 3 characters) counts as not stated.
 */
export function readPurpose(request: IncomingMessage, query?: URLSearchParams): string | null {
  const header = request.headers[PURPOSE_HEADER];
  const raw = (typeof header === 'string' ? header : undefined) ?? query?.get('purpose') ?? '';
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // Not percent-encoded after all: keep as sent.
  }
  text = text.trim().slice(0, MAX_LENGTH);
  return text.length >= 3 ? text : null;
}

import { readCookie, readPurpose } from '@/lib/session/purpose';
import { ApiError } from './errors';

/**
 * The one way the UI reaches the API: `POST /graphql` on the same origin (Next rewrites it to
 * the API). Sends the stated purpose on every request and the CSRF double-submit header
 * (`arna_csrf` cookie → `x-arna-csrf`), which the API requires on mutations.
 */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const purpose = readPurpose();
  if (purpose) headers['x-arna-purpose'] = encodeURIComponent(purpose);
  const csrf =
    readCookie('arna_csrf') ?? (/^\s*mutation\b/.test(query) ? await issueCsrf() : undefined);
  if (csrf) headers['x-arna-csrf'] = csrf;
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiError('NETWORK', error instanceof Error ? error.message : String(error));
  }
  const body = (await response.json().catch(() => undefined)) as
    | {
        data?: T;
        errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
      }
    | undefined;
  const first = body?.errors?.[0];
  if (first) throw new ApiError(first.extensions?.code ?? 'INTERNAL', first.message);
  if (!response.ok || !body?.data) {
    throw new ApiError(
      response.status === 401 ? 'UNAUTHENTICATED' : 'NETWORK',
      `HTTP ${response.status}`,
    );
  }
  return body.data;
}

/** The API sets the `arna_csrf` cookie on any response; `GET /csrf` asks for it explicitly. */
async function issueCsrf(): Promise<string | undefined> {
  await fetch('/csrf', { credentials: 'same-origin' }).catch(() => undefined);
  return readCookie('arna_csrf');
}

/**
 * A browser-like client for integration tests: keeps cookies, sends the CSRF header copied
 * from the `arna_csrf` cookie (unless told not to) and the stated purpose.
 */
export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors: { message: string; extensions?: { code?: string } }[];
}

export class ApiClient {
  readonly cookies = new Map<string, string>();
  purpose: string | null = null;

  constructor(readonly baseUrl: string) {}

  /** Gets the CSRF cookie like a page load would. */
  async start(): Promise<this> {
    await this.fetch('/csrf');
    return this;
  }

  /** What a browser would send with a request: its cookies, the CSRF header and the purpose. */
  sessionHeaders(sendCsrf = true): Record<string, string> {
    const headers: Record<string, string> = {};
    if (this.cookies.size > 0) {
      headers['cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    }
    const csrf = this.cookies.get('arna_csrf');
    if (sendCsrf && csrf) headers['x-arna-csrf'] = csrf;
    if (this.purpose) headers['x-arna-purpose'] = encodeURIComponent(this.purpose);
    return headers;
  }

  async fetch(path: string, init: RequestInit = {}, sendCsrf = true): Promise<Response> {
    const headers = new Headers(init.headers);
    for (const [name, value] of Object.entries(this.sessionHeaders(sendCsrf))) {
      headers.set(name, value);
    }
    const response = await fetch(this.baseUrl + path, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => a.trim().toLowerCase() === 'max-age=0');
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { csrf?: boolean } = {},
  ): Promise<GqlResult<T>> {
    const response = await this.fetch(
      '/graphql',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      },
      options.csrf ?? true,
    );
    const body = (await response.json()) as { data?: T | null; errors?: GqlResult['errors'] };
    return { status: response.status, data: body.data ?? null, errors: body.errors ?? [] };
  }

  async login(username: string, password: string): Promise<GqlResult> {
    return this.gql(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { username role } } }',
      { u: username, p: password },
    );
  }
}

/** The first error code of a result (undefined when it succeeded). */
export function errorCode(result: GqlResult<unknown>): string | undefined {
  return result.errors[0]?.extensions?.code;
}

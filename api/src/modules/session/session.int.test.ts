import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, errorCode } from '../../../test/api-client.js';
import { PASSWORD, startTestApi, type TestApi } from '../../../test/harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

describe('session', () => {
  it('logs in with the right password, sets an httpOnly SameSite=Strict cookie, answers me', async () => {
    const client = await new ApiClient(api.server.url).start();
    const response = await client.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { login(username: "analyst", password: "correct horse battery") { user { role } } }',
      }),
    });
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('arna_session='));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const me = await client.gql<{ me: { username: string; role: string } }>(
      '{ me { username role } }',
    );
    expect(me.data?.me).toEqual({ username: 'analyst', role: 'ANALYST' });
  });

  it('stores only a hash of the session token', async () => {
    const client = await api.client('INVESTIGATOR');
    const token = client.cookies.get('arna_session');
    expect(token).toBeTruthy();
    const rows = await api.executor.run(
      'MATCH (s:Session) WHERE s.tokenHash = $token OR any(k IN keys(s) WHERE s[k] = $token) RETURN count(s) AS n',
      { token },
    );
    expect(rows[0]?.['n']).toBe(0);
  });

  it('refuses a wrong password with BAD_CREDENTIALS and sets no session', async () => {
    const client = await new ApiClient(api.server.url).start();
    const result = await client.login('analyst', 'wrong password!!');
    expect(errorCode(result)).toBe('BAD_CREDENTIALS');
    expect(client.cookies.has('arna_session')).toBe(false);
  });

  it('logout ends the session server-side', async () => {
    const client = await api.client('SUPERVISOR');
    const token = client.cookies.get('arna_session') ?? '';
    const out = await client.gql('mutation { logout }');
    expect(out.data).toEqual({ logout: true });
    expect(client.cookies.has('arna_session')).toBe(false);
    client.cookies.set('arna_session', token);
    expect(errorCode(await client.gql('{ me { username } }'))).toBe('UNAUTHENTICATED');
  });

  it('refuses a mutation without the CSRF header', async () => {
    const client = await new ApiClient(api.server.url).start();
    const result = await client.gql(
      'mutation($p: String!) { login(username: "analyst", password: $p) { expiresAt } }',
      { p: PASSWORD },
      { csrf: false },
    );
    expect(errorCode(result)).toBe('CSRF');
  });
});

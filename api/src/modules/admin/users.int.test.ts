import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '@arna/graph/app';
import { errorCode, type ApiClient } from '../../../test/api-client.js';
import { PASSWORD, ROLE_USERS, startTestApi, type TestApi } from '../../../test/harness.js';

let api: TestApi;
let admin: ApiClient;

beforeAll(async () => {
  api = await startTestApi();
  admin = await api.client('ADMIN');
});
afterAll(async () => {
  await api.close();
});

const SET_ROLE =
  'mutation($u: String!, $r: Role!) { setUserRole(username: $u, role: $r) { username role } }';
const DISABLE = 'mutation($u: String!) { disableUser(username: $u) { username disabled } }';

describe('user administration through the API', () => {
  it("changes another user's role and disables and enables them", async () => {
    const analyst = ROLE_USERS.ANALYST;
    const promoted = await admin.gql(SET_ROLE, { u: analyst, r: 'SUPERVISOR' });
    expect(promoted.errors).toEqual([]);
    expect((await login(api.executor, analyst, PASSWORD))?.user.role).toBe('SUPERVISOR');
    expect((await admin.gql(DISABLE, { u: analyst })).errors).toEqual([]);
    expect(await login(api.executor, analyst, PASSWORD)).toBeUndefined();
    const enabled = await admin.gql(
      'mutation($u: String!) { enableUser(username: $u) { disabled } }',
      { u: analyst },
    );
    expect(enabled.errors).toEqual([]);
  });

  it('refuses to demote or disable the administrator making the request, leaving the account as it was', async () => {
    const self = ROLE_USERS.ADMIN;
    expect(errorCode(await admin.gql(SET_ROLE, { u: self, r: 'ANALYST' }))).toBe('FORBIDDEN');
    expect(errorCode(await admin.gql(DISABLE, { u: self }))).toBe('FORBIDDEN');
    expect((await login(api.executor, self, PASSWORD))?.user.role).toBe('ADMIN');
  });
});

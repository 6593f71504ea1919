import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, ROLES, type Role } from '@arna/graph/app';
import { ApiClient, errorCode } from '../../test/api-client.js';
import { PASSWORD, startTestApi, type TestApi } from '../../test/harness.js';
import { rootOperations } from '../../test/operations.js';
import { startApiServer } from '../index.js';

const operations = rootOperations();
const PURPOSE = 'УД №261500031000123, ст. 394 УК РК';
/** Calls that end the caller's session or need a fresh client; tested on their own. */
const SESSION_CHANGING = new Set(['Mutation.login', 'Mutation.logout']);
const GUARD_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'PURPOSE_REQUIRED', 'CSRF']);
/** Allowed callers of these are exercised by their feature tests (too slow to repeat here). */
const HEAVY = new Set(['Mutation.runDetection']);

let api: TestApi;
const clients = new Map<Role, ApiClient>();

beforeAll(async () => {
  api = await startTestApi();
  for (const role of ROLES) {
    const client = await api.client(role);
    client.purpose = PURPOSE;
    clients.set(role, client);
  }
});
afterAll(async () => {
  await api.close();
});

describe('no resolver answers without a session', () => {
  it.each(operations.filter((op) => !op.public).map((op) => [op.coordinate, op] as const))(
    '%s → UNAUTHENTICATED',
    async (_coordinate, op) => {
      const anonymous = await new ApiClient(api.server.url).start();
      anonymous.purpose = PURPOSE;
      const result = await anonymous.gql(op.query);
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
      expect(result.data).toBeNull();
    },
  );

  it('a forged or expired session cookie is no session', async () => {
    const client = await new ApiClient(api.server.url).start();
    client.cookies.set('arna_session', 'forged-token-value');
    expect(errorCode(await client.gql('{ me { username } }'))).toBe('UNAUTHENTICATED');
  });
});

describe('roles are enforced as declared', () => {
  const cases = operations
    .filter((op) => !op.public && !SESSION_CHANGING.has(op.coordinate))
    .flatMap((op) => ROLES.map((role) => [op.coordinate, role, op] as const))
    .filter(([coordinate, role, op]) => !(HEAVY.has(coordinate) && op.roles.includes(role)));

  it.each(cases)('%s as %s', async (_coordinate, role, op) => {
    const result = await clients.get(role)!.gql(op.query);
    const code = errorCode(result);
    if (op.roles.includes(role)) {
      expect(GUARD_CODES.has(code ?? ''), `${role} was refused: ${code}`).toBe(false);
    } else {
      expect(code).toBe('FORBIDDEN');
    }
  });

  it('the declared policy is the intended one for the sensitive fields', () => {
    const rolesOf = (coordinate: string) =>
      operations.find((op) => op.coordinate === coordinate)?.roles.sort();
    expect(rolesOf('Mutation.runDetection')).toEqual(['ADMIN']);
    expect(rolesOf('Mutation.createUser')).toEqual(['ADMIN']);
    expect(rolesOf('Query.verifyAudit')).toEqual(['ADMIN']);
    expect(rolesOf('Query.auditLog')).toEqual(['ADMIN', 'SUPERVISOR']);
    expect(rolesOf('Mutation.createSavedQuery')).toEqual(['ANALYST']);
    expect(rolesOf('Mutation.reopenLead')).toEqual(['SUPERVISOR']);
    expect(rolesOf('Mutation.dismissLead')).toEqual(['INVESTIGATOR', 'SUPERVISOR']);
    expect(rolesOf('Query.runSavedQuery')).toEqual(['ANALYST', 'INVESTIGATOR', 'SUPERVISOR']);
    expect(rolesOf('Query.leads')).toEqual(['ANALYST', 'INVESTIGATOR', 'SUPERVISOR']);
  });
});

describe('purpose', () => {
  const purposeFields = operations.filter((op) => op.purpose);

  it('personal-data fields exist and require a purpose', () => {
    expect(purposeFields.map((op) => op.coordinate)).toContain('Query.runSavedQuery');
  });

  it.each(purposeFields.map((op) => [op.coordinate, op] as const))(
    '%s without x-arna-purpose → PURPOSE_REQUIRED',
    async (_coordinate, op) => {
      const role = op.roles[0] as Role;
      const client = await api.client(role);
      const result = await client.gql(op.query);
      expect(errorCode(result)).toBe('PURPOSE_REQUIRED');
    },
  );

  it('a blank purpose counts as none', async () => {
    const client = await api.client('INVESTIGATOR');
    client.purpose = '  ';
    const result = await client.gql('{ runSavedQuery(id: "pattern:none") { rowCount } }');
    expect(errorCode(result)).toBe('PURPOSE_REQUIRED');
  });
});

describe('CSRF double submit', () => {
  it('refuses a mutation without the header, or with a header that does not match the cookie', async () => {
    const client = await api.client('SUPERVISOR');
    const mutation = 'mutation { commentLead(networkId: "none", text: "x") { status } }';
    expect(errorCode(await client.gql(mutation, {}, { csrf: false }))).toBe('CSRF');
    const forged = await client.fetch(
      '/graphql',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-arna-csrf': 'guessed' },
        body: JSON.stringify({ query: mutation }),
      },
      false,
    );
    const body = (await forged.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('CSRF');
    // With the right header the guard passes and the resolver answers (no such network).
    expect(errorCode(await client.gql(mutation))).toBe('NOT_FOUND');
  });
});

describe('login rate limit', () => {
  it('locks a username after 5 failures, even for the right password, and audits each attempt', async () => {
    await createUser(api.executor, { username: 'guessed.at', role: 'ANALYST', password: PASSWORD });
    const client = await new ApiClient(api.server.url).start();
    for (let i = 0; i < 5; i++) {
      expect(errorCode(await client.login('guessed.at', 'wrong password ' + i))).toBe(
        'BAD_CREDENTIALS',
      );
    }
    expect(errorCode(await client.login('guessed.at', PASSWORD))).toBe('RATE_LIMITED');
    const rows = await api.executor.run(
      "MATCH (e:AuditEntry) WHERE e.action IN ['login.failure', 'login.refused'] AND e.args CONTAINS $user RETURN e.action AS action ORDER BY e.seq",
      { user: '"username":"guessed.at"' },
    );
    expect(rows.map((r) => r['action'])).toEqual([
      ...Array(5).fill('login.failure'),
      'login.refused',
    ]);
  });
});

describe('query limits', () => {
  it('refuses a query deeper than the depth limit', async () => {
    const client = await api.client('ANALYST');
    let selection = 'name';
    for (let i = 0; i < 14; i++) selection = `ofType { ${selection} }`;
    const result = await client.gql(
      `{ __type(name: "Lead") { fields { type { ${selection} } } } }`,
    );
    expect(result.errors[0]?.message).toMatch(/depth/i);
  });

  it('refuses too many aliases', async () => {
    const client = await api.client('ANALYST');
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { username }`).join(' ');
    const result = await client.gql(`{ ${aliases} }`);
    expect(result.errors[0]?.message).toMatch(/alias/i);
  });

  it('turns introspection off in production', async () => {
    const production = await startApiServer({
      executor: api.executor,
      port: 0,
      env: { NODE_ENV: 'production' },
    });
    try {
      const client = await new ApiClient(production.url).start();
      const result = await client.gql('{ __schema { queryType { name } } }');
      expect(result.errors[0]?.message).toMatch(/introspection/i);
      const devClient = await new ApiClient(api.server.url).start();
      const dev = await devClient.gql<{ __schema: { queryType: { name: string } } }>(
        '{ __schema { queryType { name } } }',
      );
      expect(dev.data?.__schema.queryType.name).toBe('Query');
    } finally {
      await production.close();
    }
  });
});

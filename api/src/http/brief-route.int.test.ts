import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../test/api-client.js';
import { startTestApi, type TestApi } from '../../test/harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

async function status(
  client: ApiClient,
  url: string,
): Promise<{ status: number; code: string | undefined }> {
  const response = await client.fetch(url);
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json')
    ? ((await response.json()) as { error?: { code?: string } })
    : {};
  return { status: response.status, code: body.error?.code };
}

describe('GET /briefs/<networkId>.pdf guards', () => {
  it('needs a session', async () => {
    const anonymous = await new ApiClient(api.server.url).start();
    expect(await status(anonymous, '/briefs/net-1.pdf?purpose=case%2042')).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  });

  it('is not for admins', async () => {
    const admin = await api.client('ADMIN');
    expect(await status(admin, '/briefs/net-1.pdf?purpose=case%2042')).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
  });

  it('needs a purpose (header or query parameter)', async () => {
    const investigator = await api.client('INVESTIGATOR');
    expect(await status(investigator, '/briefs/net-1.pdf')).toEqual({
      status: 400,
      code: 'PURPOSE_REQUIRED',
    });
  });

  it('answers 404 for unknown routes', async () => {
    const client = await new ApiClient(api.server.url).start();
    expect((await status(client, '/admin')).status).toBe(404);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '@arna/graph/app';
import { loadChannelFixture } from '../../../../graph/src/investigate/fixtures/index.js';
import { errorCode } from '../../../test/api-client.js';
import { startTestApi, type TestApi } from '../../../test/harness.js';

const PURPOSE = 'УД № 252400031000123, ст. 394 УК РК';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  await loadChannelFixture(api.executor);
});

afterAll(async () => {
  await api.close();
});

const SEARCH = 'query($text: String!) { search(text: $text) { ref kind label matchedOn score } }';

describe('investigation over HTTP', () => {
  it('needs a session, a role and a stated purpose', async () => {
    const anonymous = await api.client();
    anonymous.purpose = PURPOSE;
    expect(errorCode(await anonymous.gql(SEARCH, { text: 'Ахмади' }))).toBe('UNAUTHENTICATED');

    const admin = await api.client('ADMIN');
    admin.purpose = PURPOSE;
    expect(errorCode(await admin.gql(SEARCH, { text: 'Ахмади' }))).toBe('FORBIDDEN');

    const investigator = await api.client('INVESTIGATOR');
    const refused = await investigator.gql(SEARCH, { text: 'Ахмади' });
    expect(errorCode(refused)).toBe('PURPOSE_REQUIRED');
    expect(refused.data).toBeNull();
  });

  it('searches, shows a profile with sources, and audits both with the purpose', async () => {
    const analyst = await api.client('ANALYST');
    analyst.purpose = PURPOSE;
    const found = await analyst.gql<{ search: { ref: string; matchedOn: string }[] }>(SEARCH, {
      text: 'Ахмади',
    });
    expect(found.errors).toEqual([]);
    expect(found.data?.search[0]).toMatchObject({
      ref: 'foreigner:F-AFG-P1234567',
      matchedOn: 'text',
    });
    // The citizenship its subtitle shows, named in the language asked for.
    const named = await analyst.gql<{ search: { ref: string; countries: unknown[] }[] }>(
      'query($text: String!) { search(text: $text) { ref countries(lang: KK) { property code name } } }',
      { text: 'Ахмади' },
    );
    expect(named.errors).toEqual([]);
    expect(named.data?.search[0]?.countries).toEqual([
      { property: 'citizenship', code: 'AFG', name: 'Ауғанстан' },
    ]);

    const viewed = await analyst.gql<{
      entity: {
        entity: { label: string; countries: { property: string; code: string; name: string }[] };
        identity: {
          names: string[];
          merges: { rule: string; source: { file: string; line: number } }[];
        };
        facts: {
          ref: string;
          properties: Record<string, unknown>;
          source: { file: string; line: number; loadId: string };
        }[];
        networks: { networkId: string; role: string }[];
      };
    }>(
      `query($ref: String!) { entity(ref: $ref) {
         entity { label countries(lang: KK) { property code name } }
         identity { names merges { rule source { file line } } }
         facts { ref properties source { file line loadId } }
         networks { networkId role }
       } }`,
      { ref: 'foreigner:F-AFG-P1234567' },
    );
    expect(viewed.errors).toEqual([]);
    const profile = viewed.data!.entity;
    expect(profile.identity.names).toContain('AHMADY FARID');
    expect(profile.entity.countries).toEqual([
      { property: 'citizenship', code: 'AFG', name: 'Ауғанстан' },
    ]);
    expect(profile.facts[0]).toEqual({
      ref: 'invitation:INV-1',
      properties: { purpose: 'work', visaType: 'B2' },
      source: { file: 'invitations.csv', line: 2, loadId: 'load-fx' },
    });
    expect(profile.networks).toEqual([{ networkId: 'net-fixture-1', role: 'migrant' }]);

    const audit = await listAudit(api.executor, { user: 'analyst', limit: 10 });
    const actions = audit.entries.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['search', 'view.entity']));
    const view = audit.entries.find((e) => e.action === 'view.entity');
    expect(view?.purpose).toBe(PURPOSE);
    expect(JSON.stringify(view?.args)).toContain('foreigner:F-AFG-P1234567');
  });

  it('expands, finds paths and reads a network timeline', async () => {
    const supervisor = await api.client('SUPERVISOR');
    supervisor.purpose = PURPOSE;
    const result = await supervisor.gql<{
      expand: {
        nodes: { ref: string; organizer: boolean; records: number | null; hub: boolean }[];
        edges: { source: string; target: string; kind: string; count: number }[];
        truncated: boolean;
      };
      paths: { paths: { refs: string[] }[] };
      timeline: { total: number; facts: { date: string; source: { file: string } }[] };
      networkGraph: { nodes: { ref: string }[]; edges: { id: string }[] };
    }>(
      `query {
         expand(refs: ["person:900202400456"], form: FOLDED, limit: 50) {
           nodes { ref organizer records hub } edges { source target kind count } truncated }
         paths(from: "person:880303300789", to: "organization:190240012345",
               avoid: ["foreigner:F-AFG-P1234567", "foreigner:F-NGA-A7654321"]) { paths { refs } }
         timeline(subject: "network:net-fixture-1", from: "2025-01-01") { total facts { date source { file } } }
         networkGraph(networkId: "net-fixture-1") { nodes { ref } edges { id } }
       }`,
    );
    expect(result.errors).toEqual([]);
    const data = result.data!;
    expect(data.expand.nodes.find((n) => n.ref === 'person:900202400456')).toMatchObject({
      organizer: true,
      records: 7,
      hub: false,
    });
    expect(data.expand.edges).toContainEqual(
      expect.objectContaining({
        source: 'person:900202400456',
        target: 'address:rka:0201000000000015',
        kind: 'registration',
        count: 3,
      }),
    );
    expect(data.paths.paths.map((p) => p.refs)).toEqual([
      [
        'person:880303300789',
        'organization:200340023456',
        'person:850101300123',
        'organization:190240012345',
      ],
    ]);
    expect(data.timeline.total).toBe(13);
    expect(data.networkGraph.nodes.length).toBe(10);
    expect(data.timeline.facts[0]).toEqual({
      date: '2025-02-01',
      source: { file: 'invitations.csv' },
    });
  });

  it('reports bad input with typed codes', async () => {
    const investigator = await api.client('INVESTIGATOR');
    investigator.purpose = PURPOSE;
    const missing = await investigator.gql('{ entity(ref: "person:000000000000") { factsTotal } }');
    expect(errorCode(missing)).toBe('NOT_FOUND');
    const invalid = await investigator.gql('{ timeline(subject: "nobody") { total } }');
    expect(errorCode(invalid)).toBe('INVALID_REF');
    const tooMany = await investigator.gql(
      '{ expand(refs: ["person:900202400456"], limit: 5000) { truncated } }',
    );
    expect(tooMany.errors[0]?.extensions).toMatchObject({
      code: 'INVALID_ARGUMENT',
      field: 'limit',
    });
  });
});

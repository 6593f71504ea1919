import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, type ApiClient } from '../../../test/api-client.js';
import { loadSyntheticDrop, startTestApi, type TestApi } from '../../../test/harness.js';

interface LeadRow {
  id: string;
  rank: number;
  organizers: { ref: string }[];
  members: { kind: string; ref: string | null }[];
  workflow: {
    status: string;
    assignee: string | null;
    acknowledgeDueAt: string;
    decisionDueAt: string;
  };
}

const LEADS = `query($status: [LeadStatus!], $assignee: String) {
  leads(limit: 5, status: $status, assignee: $assignee) {
    total
    leads { id rank organizers { ref } members { kind ref } workflow { status assignee acknowledgeDueAt decisionDueAt } }
  }
}`;
const WORKFLOW =
  'status assignee acknowledgedBy dismissReason dismissNote notifiedService caseNumber version';

let api: TestApi;
let investigator: ApiClient;
let analyst: ApiClient;
let supervisor: ApiClient;
let admin: ApiClient;

beforeAll(async () => {
  api = await startTestApi();
  await loadSyntheticDrop(api.executor, 0.05);
  [investigator, analyst, supervisor, admin] = await Promise.all([
    api.client('INVESTIGATOR'),
    api.client('ANALYST'),
    api.client('SUPERVISOR'),
    api.client('ADMIN'),
  ]);
  const run = await admin.gql<{ runDetection: { networks: number } }>(
    'mutation { runDetection { networks } }',
  );
  expect(run.errors).toEqual([]);
  expect(run.data?.runDetection.networks).toBeGreaterThan(2);
});
afterAll(async () => {
  await api.close();
});

async function topLeads(client: ApiClient, variables: Record<string, unknown> = {}) {
  const result = await client.gql<{ leads: { total: number; leads: LeadRow[] } }>(LEADS, variables);
  expect(result.errors).toEqual([]);
  return result.data!.leads;
}

describe('leads', () => {
  it('gives the pattern evidence in the language asked for, with the same sources', async () => {
    const [top] = (await topLeads(analyst)).leads;
    const evidence = async (lang: string) => {
      const result = await analyst.gql<{
        lead: { patterns: { id: string; evidence: string[] }[] };
      }>(
        'query($id: ID!, $lang: Lang) { lead(id: $id, lang: $lang) { patterns { id evidence } } }',
        { id: top?.id, lang },
      );
      expect(result.errors).toEqual([]);
      return result.data!.lead.patterns.flatMap((p) => p.evidence);
    };
    const sources = (lines: string[]) =>
      lines.map((line) => line.match(/[\w.-]+\.(?:csv|jsonl):\d+/g));
    const [ru, kk, en] = await Promise.all([evidence('RU'), evidence('KK'), evidence('EN')]);
    expect(ru.length).toBeGreaterThan(0);
    expect(sources(kk)).toEqual(sources(ru));
    expect(sources(en)).toEqual(sources(ru));
    for (const line of en) expect(line).not.toMatch(/[а-яё]/i);
    expect(kk).not.toEqual(ru);
  });

  it('lists ranked networks with organizers, member refs and a fresh workflow with deadlines', async () => {
    const page = await topLeads(analyst);
    expect(page.total).toBeGreaterThan(2);
    expect(page.leads.map((l) => l.rank)).toEqual(
      [...page.leads.map((l) => l.rank)].sort((a, b) => a - b),
    );
    const first = page.leads[0]!;
    expect(first.organizers[0]?.ref).toMatch(/^(person|organization):\d{12}$/);
    expect(first.members.some((m) => m.kind === 'migrant' && m.ref?.startsWith('document:'))).toBe(
      true,
    );
    expect(first.workflow.status).toBe('NEW');
    expect(Date.parse(first.workflow.decisionDueAt)).toBeGreaterThan(
      Date.parse(first.workflow.acknowledgeDueAt),
    );
  });

  it('pages past the end to an empty page, and refuses an offset or limit out of bounds', async () => {
    const page = (offset: number, limit: number) =>
      analyst.gql<{ leads: { total: number; leads: unknown[] } }>(
        'query($offset: Int!, $limit: Int!) { leads(offset: $offset, limit: $limit) { total leads { id } } }',
        { offset, limit },
      );
    const past = await page(1_000_000_000, 100);
    expect(past.errors).toEqual([]);
    expect(past.data?.leads.leads).toEqual([]);
    expect(past.data?.leads.total).toBeGreaterThan(2);
    for (const [offset, limit] of [
      [2_147_483_647, 20],
      [-1, 20],
      [0, 101],
    ] as const) {
      const refused = await page(offset, limit);
      expect(errorCode(refused), `offset ${offset}, limit ${limit}`).toBe('BAD_USER_INPUT');
    }
  });

  it('names the migrants’ passport countries in the language asked for', async () => {
    const [top] = (await topLeads(analyst)).leads;
    const result = await analyst.gql<{
      lead: {
        members: {
          kind: string;
          passportCountry: string | null;
          passportCountryName: string | null;
        }[];
      };
    }>(
      'query($id: ID!) { lead(id: $id) { members { kind passportCountry passportCountryName(lang: EN) } } }',
      { id: top?.id },
    );
    expect(result.errors).toEqual([]);
    const members = result.data!.lead.members;
    const migrants = members.filter((m) => m.kind === 'migrant');
    expect(migrants.length).toBeGreaterThan(0);
    for (const m of migrants) {
      expect(m.passportCountry).toMatch(/^[A-Z]{3}$/);
      expect(m.passportCountryName).toMatch(/^[A-Z][a-z]/);
    }
    expect(members.filter((m) => m.kind !== 'migrant').map((m) => m.passportCountryName)).toEqual(
      members.filter((m) => m.kind !== 'migrant').map(() => null),
    );
  });

  it('audits the list and each lead view', async () => {
    const [first] = (await topLeads(investigator)).leads;
    const view = await investigator.gql('query($id: ID!) { lead(id: $id) { id } }', {
      id: first!.id,
    });
    expect(view.errors).toEqual([]);
    const rows = await api.executor.run(
      "MATCH (e:AuditEntry {user: 'investigator'}) WHERE e.action IN ['view.leads', 'view.lead'] RETURN e.action AS action, e.args AS args ORDER BY e.seq",
    );
    expect(rows.map((r) => r['action'])).toEqual(['view.leads', 'view.lead']);
    // No purpose stated: no names were read.
    expect(JSON.parse(String(rows[1]?.['args']))).toEqual({ networkId: first!.id, names: 0 });
  });

  it('names the organizers only for a request that states its purpose, and audits it', async () => {
    const query = 'query { leads(limit: 10) { leads { organizers { ref iin bin name } } } }';
    type Page = { leads: { leads: { organizers: OrganizerRow[] }[] } };
    type OrganizerRow = {
      ref: string;
      iin: string | null;
      bin: string | null;
      name: string | null;
    };
    const organizers = (page: Page | null | undefined) =>
      (page?.leads.leads ?? []).flatMap((lead) => lead.organizers);

    const anonymous = await supervisor.gql<Page>(query);
    expect(anonymous.errors).toEqual([]);
    expect(organizers(anonymous.data).length).toBeGreaterThan(0);
    expect(organizers(anonymous.data).every((o) => o.name === null)).toBe(true);

    supervisor.purpose = 'ЕРДР 251234567890';
    try {
      const stated = await supervisor.gql<Page>(query);
      expect(stated.errors).toEqual([]);
      const named = organizers(stated.data);
      expect(named.length).toBeGreaterThan(0);
      for (const organizer of named) {
        expect(organizer.name, organizer.ref).toMatch(/\S/);
        expect(organizer.name).not.toBe(organizer.iin ?? organizer.bin);
      }
      const [entry] = await api.executor.run(
        "MATCH (e:AuditEntry {user: 'supervisor', action: 'view.leads'}) RETURN e.purpose AS purpose, e.args AS args ORDER BY e.seq DESC LIMIT 1",
      );
      expect(entry?.['purpose']).toBe('ЕРДР 251234567890');
      expect(JSON.parse(String(entry?.['args']))).toMatchObject({ organizerNames: named.length });
    } finally {
      supervisor.purpose = null;
    }
  });
});

describe('lead members by name', () => {
  it("names a lead's members, migrants by their passport's holder, only for a stated purpose", async () => {
    const [first] = (await topLeads(supervisor)).leads;
    type Member = {
      kind: string;
      ref: string | null;
      passportNo: string | null;
      name: string | null;
    };
    const members = async () => {
      const view = await supervisor.gql<{ lead: { members: Member[] } }>(
        'query($id: ID!) { lead(id: $id) { members { kind ref passportNo name } } }',
        { id: first!.id },
      );
      expect(view.errors).toEqual([]);
      return view.data!.lead.members;
    };
    expect((await members()).every((m) => m.name === null)).toBe(true);

    supervisor.purpose = 'ЕРДР 251234567890';
    try {
      const named = await members();
      const migrants = named.filter((m) => m.kind === 'migrant');
      expect(migrants.length).toBeGreaterThan(0);
      for (const migrant of migrants) {
        expect(migrant.name, migrant.ref ?? '').toMatch(/\p{L}/u);
        expect(migrant.name).not.toContain(migrant.passportNo);
      }
      const [entry] = await api.executor.run(
        "MATCH (e:AuditEntry {user: 'supervisor', action: 'view.lead'}) RETURN e.args AS args ORDER BY e.seq DESC LIMIT 1",
      );
      // The names read, organizers' and members', are counted in the view's audit entry.
      const audited = JSON.parse(String(entry?.['args'])) as { names: number };
      expect(audited.names).toBeGreaterThanOrEqual(named.filter((m) => m.name !== null).length);
    } finally {
      supervisor.purpose = null;
    }
  });
});

describe('lead workflow (order No. 742)', () => {
  it('runs acknowledge → review → dismissal with a reason code, with history and audit', async () => {
    const [, lead] = (await topLeads(investigator)).leads;
    const networkId = lead!.id;

    const ack = await investigator.gql<{ acknowledgeLead: { status: string; assignee: string } }>(
      `mutation($id: ID!) { acknowledgeLead(networkId: $id) { ${WORKFLOW} } }`,
      { id: networkId },
    );
    expect(ack.data?.acknowledgeLead).toMatchObject({
      status: 'ACKNOWLEDGED',
      assignee: 'investigator',
      acknowledgedBy: 'investigator',
    });

    const review = await investigator.gql(
      `mutation($id: ID!) { startLeadReview(networkId: $id) { status } }`,
      { id: networkId },
    );
    expect(review.data).toEqual({ startLeadReview: { status: 'IN_REVIEW' } });

    // Without a reason code the request does not even validate; with a blank note the workflow refuses.
    const noCode = await investigator.gql(
      `mutation($id: ID!) { dismissLead(networkId: $id, note: "students of a university") { status } }`,
      { id: networkId },
    );
    expect(errorCode(noCode)).toBe('GRAPHQL_VALIDATION_FAILED');
    const nullCode = await investigator.gql(
      `mutation($id: ID!, $code: DismissReason!) { dismissLead(networkId: $id, reasonCode: $code, note: "x") { status } }`,
      { id: networkId, code: null },
    );
    expect(nullCode.errors.length).toBeGreaterThan(0);
    expect(nullCode.data).toBeNull();
    const blankNote = await investigator.gql(
      `mutation($id: ID!) { dismissLead(networkId: $id, reasonCode: NOT_RELEVANT, note: " ") { status } }`,
      { id: networkId },
    );
    expect(errorCode(blankNote)).toBe('BAD_USER_INPUT');

    const dismissed = await investigator.gql<{ dismissLead: Record<string, unknown> }>(
      `mutation($id: ID!) { dismissLead(networkId: $id, reasonCode: NOT_RELEVANT, note: "university students") { ${WORKFLOW} } }`,
      { id: networkId },
    );
    expect(dismissed.data?.dismissLead).toMatchObject({
      status: 'DISMISSED',
      dismissReason: 'NOT_RELEVANT',
      dismissNote: 'university students',
      version: 3,
    });

    const history = await supervisor.gql<{
      lead: {
        workflow: {
          history: {
            type: string;
            user: string;
            toStatus: string;
            details: Record<string, unknown>;
          }[];
        };
      };
    }>(
      'query($id: ID!) { lead(id: $id) { workflow { history { type user toStatus details } } } }',
      { id: networkId },
    );
    expect(history.data?.lead.workflow.history.map((e) => [e.type, e.toStatus])).toEqual([
      ['acknowledge', 'ACKNOWLEDGED'],
      ['start_review', 'IN_REVIEW'],
      ['dismiss', 'DISMISSED'],
    ]);
    expect(history.data?.lead.workflow.history[2]?.details).toMatchObject({
      reasonCode: '06',
      note: 'university students',
    });

    const audited = await api.executor.run(
      "MATCH (e:AuditEntry) WHERE e.action STARTS WITH 'lead.' AND e.args CONTAINS $id RETURN e.action AS action ORDER BY e.seq",
      { id: networkId },
    );
    expect(audited.map((r) => r['action'])).toEqual([
      'lead.acknowledge',
      'lead.start_review',
      'lead.dismiss',
    ]);

    const filtered = await topLeads(analyst, { status: ['DISMISSED'] });
    expect(filtered.total).toBe(1);
    expect(filtered.leads[0]?.id).toBe(networkId);
  });

  it("refuses a decision before acknowledgement, and work on another investigator's lead", async () => {
    const [lead] = (await topLeads(investigator, { status: ['NEW'] })).leads;
    const notify = await investigator.gql(
      `mutation($id: ID!) { notifyLead(networkId: $id, service: "УМП ДП г. Алматы") { status } }`,
      { id: lead!.id },
    );
    expect(errorCode(notify)).toBe('BAD_USER_INPUT');
    expect(notify.errors[0]?.message).toMatch(/cannot notify a lead that is new/);

    const assigned = await supervisor.gql(
      `mutation($id: ID!) { assignLead(networkId: $id, assignee: "supervisor") { assignee } }`,
      { id: lead!.id },
    );
    expect(assigned.data).toEqual({ assignLead: { assignee: 'supervisor' } });
    const taken = await investigator.gql(
      `mutation($id: ID!) { acknowledgeLead(networkId: $id) { status } }`,
      { id: lead!.id },
    );
    expect(errorCode(taken)).toBe('FORBIDDEN');

    const byAssignee = await topLeads(analyst, { assignee: 'supervisor' });
    expect(byAssignee.leads.map((l) => l.id)).toEqual([lead!.id]);
  });

  it('lets analysts comment but not decide, and supervisors reopen a dismissal', async () => {
    const [dismissed] = (await topLeads(analyst, { status: ['DISMISSED'] })).leads;
    const comment = await analyst.gql<{ commentLead: { status: string } }>(
      `mutation($id: ID!) { commentLead(networkId: $id, text: "the same firm appears in lead 1") { status } }`,
      { id: dismissed!.id },
    );
    expect(comment.data?.commentLead.status).toBe('DISMISSED');
    expect(
      errorCode(
        await analyst.gql(
          `mutation($id: ID!) { reopenLead(networkId: $id, note: "x") { status } }`,
          { id: dismissed!.id },
        ),
      ),
    ).toBe('FORBIDDEN');
    const reopened = await supervisor.gql(
      `mutation($id: ID!) { reopenLead(networkId: $id, note: "new facts from the border service") { status dismissReason } }`,
      { id: dismissed!.id },
    );
    expect(reopened.data).toEqual({ reopenLead: { status: 'IN_REVIEW', dismissReason: null } });
    const opened = await supervisor.gql(
      `mutation($id: ID!) { openLeadCase(networkId: $id, caseNumber: "261500031000123") { status caseNumber } }`,
      { id: dismissed!.id },
    );
    expect(opened.data).toEqual({
      openLeadCase: { status: 'CASE_OPENED', caseNumber: '261500031000123' },
    });
  });

  it('keeps the workflow when detection runs again', async () => {
    const before = await topLeads(analyst, { status: ['CASE_OPENED'] });
    expect(before.total).toBe(1);
    const rerun = await admin.gql('mutation { runDetection { networks } }');
    expect(rerun.errors).toEqual([]);
    const after = await topLeads(analyst, { status: ['CASE_OPENED'] });
    expect(after.leads.map((l) => l.id)).toEqual(before.leads.map((l) => l.id));
  });
});

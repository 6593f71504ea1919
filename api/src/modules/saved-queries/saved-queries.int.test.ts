import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherDir } from '@arna/graph';
import { errorCode, type ApiClient } from '../../../test/api-client.js';
import { startTestApi, type TestApi } from '../../../test/harness.js';

const PURPOSE = 'ст. 394 УК РК, проверка по материалу КУИ №123';
const CREATE = `mutation($input: SavedQueryInput!) { createSavedQuery(input: $input) { id name canEdit } }`;
const RUN = `query($id: ID!, $params: JSON, $rowLimit: Int) {
  runSavedQuery(id: $id, params: $params, rowLimit: $rowLimit) { columns rows rowCount truncated }
}`;

let api: TestApi;
let analyst: ApiClient;
let investigator: ApiClient;

/** Nodes other than the audit trail (each refusal is rightly audited). */
async function nodeCount(): Promise<number> {
  const rows = await api.executor.run(
    'MATCH (n) WHERE NOT n:AuditEntry AND NOT n:AuditHead RETURN count(n) AS n',
  );
  return Number(rows[0]?.['n']);
}

beforeAll(async () => {
  api = await startTestApi();
  await api.executor.run(
    "UNWIND range(1, 30) AS i CREATE (:Person {iin: toString(850101300000 + i), name: 'Person ' + i, lastName: CASE WHEN i % 2 = 0 THEN 'Иванов' ELSE 'Ахметов' END})",
    {},
    { mode: 'write' },
  );
  analyst = await api.client('ANALYST');
  investigator = await api.client('INVESTIGATOR');
  analyst.purpose = PURPOSE;
  investigator.purpose = PURPOSE;
});
afterAll(async () => {
  await api.close();
});

describe('saved queries', () => {
  it('lists every pattern file as a built-in', async () => {
    const files = readdirSync(path.join(cypherDir, 'patterns')).filter((f) =>
      f.endsWith('.cypher'),
    );
    const result = await investigator.gql<{
      savedQueries: { id: string; builtIn: boolean; canEdit: boolean }[];
    }>('{ savedQueries { id builtIn canEdit } }');
    const builtIns = result.data!.savedQueries.filter((q) => q.builtIn);
    expect(builtIns).toHaveLength(files.length);
    expect(builtIns.every((q) => q.id.startsWith('pattern:') && !q.canEdit)).toBe(true);
  });

  it('runs a built-in pattern with its typed defaults', async () => {
    const result = await investigator.gql<{ runSavedQuery: { columns: string[] } }>(RUN, {
      id: 'pattern:rubber-address',
    });
    expect(result.errors).toEqual([]);
    expect(result.data?.runSavedQuery.columns).toEqual(
      expect.arrayContaining(['subject', 'score', 'evidence', 'members']),
    );
  });

  it('an analyst creates a typed query, shares it with investigators, who run it with a purpose (audited)', async () => {
    const created = await analyst.gql<{ createSavedQuery: { id: string; canEdit: boolean } }>(
      CREATE,
      {
        input: {
          name: 'Persons by surname',
          cypher:
            'MATCH (p:Person) WHERE p.lastName = $surname RETURN p.iin AS iin ORDER BY iin LIMIT $max',
          params: [
            { name: 'surname', type: 'STRING', description: 'surname in any script' },
            { name: 'max', type: 'INT', default: 100 },
          ],
        },
      },
    );
    expect(created.errors).toEqual([]);
    const id = created.data!.createSavedQuery.id;
    expect(created.data!.createSavedQuery.canEdit).toBe(true);

    expect(errorCode(await investigator.gql(RUN, { id, params: { surname: 'Иванов' } }))).toBe(
      'NOT_FOUND',
    );
    const share = await analyst.gql(
      'mutation($id: ID!) { shareSavedQuery(id: $id, roles: [INVESTIGATOR]) { sharedRoles } }',
      { id },
    );
    expect(share.data).toEqual({ shareSavedQuery: { sharedRoles: ['INVESTIGATOR'] } });

    const run = await investigator.gql<{
      runSavedQuery: { rowCount: number; rows: { iin: string }[]; truncated: boolean };
    }>(RUN, {
      id,
      params: { surname: 'Иванов', max: '5' },
    });
    expect(run.errors).toEqual([]);
    expect(run.data?.runSavedQuery).toMatchObject({ rowCount: 5, truncated: false });

    const typed = await investigator.gql(RUN, { id, params: { surname: 'Иванов', max: 'many' } });
    expect(errorCode(typed)).toBe('BAD_USER_INPUT');
    const missing = await investigator.gql(RUN, { id, params: {} });
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');

    const edit = await investigator.gql(
      'mutation($id: ID!) { updateSavedQuery(id: $id, input: { name: "x", cypher: "RETURN 1 AS x" }) { id } }',
      { id },
    );
    expect(errorCode(edit)).toBe('FORBIDDEN');

    const audit = await api.executor.run(
      "MATCH (e:AuditEntry {action: 'query.run', user: 'investigator'}) WHERE e.args CONTAINS $id RETURN e.purpose AS purpose, e.args AS args",
      { id },
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.['purpose']).toBe(PURPOSE);
    expect(JSON.parse(String(audit[0]?.['args']))).toMatchObject({
      queryId: id,
      params: { surname: 'Иванов', max: 5 },
      rows: 5,
    });
  });

  it('cuts a result at the row limit', async () => {
    const created = await analyst.gql<{ createSavedQuery: { id: string } }>(CREATE, {
      input: { name: 'All persons', cypher: 'MATCH (p:Person) RETURN p.iin AS iin' },
    });
    const run = await analyst.gql<{ runSavedQuery: { rowCount: number; truncated: boolean } }>(
      RUN,
      {
        id: created.data!.createSavedQuery.id,
        rowLimit: 7,
      },
    );
    expect(run.data?.runSavedQuery).toEqual(
      expect.objectContaining({ rowCount: 7, truncated: true }),
    );
  });
});

describe('saved queries never write', () => {
  const writes = [
    ['CREATE', "CREATE (p:Person {iin: '000000000001'}) RETURN p"],
    ['DELETE', 'MATCH (p:Person) DETACH DELETE p'],
    ['SET', "MATCH (p:Person) SET p.name = 'overwritten' RETURN p"],
    ['MERGE', "MERGE (p:Person {iin: '000000000002'}) RETURN p"],
    ['CALL db.createLabel', "CALL db.createLabel('Planted')"],
    [
      'write hidden after a comment',
      'MATCH (p:Person) RETURN p // harmless\nUNION MATCH (p:Person) WITH p CREATE (x:X) RETURN p',
    ],
    ['admin procedure', "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')"],
    ['two statements', 'MATCH (p:Person) RETURN p; CREATE (:X)'],
  ] as const;

  it.each(writes)('refuses to save a query with %s', async (_what, cypher) => {
    const before = await nodeCount();
    const result = await analyst.gql(CREATE, { input: { name: 'bad', cypher } });
    expect(errorCode(result)).toBe('SAVED_QUERY_REFUSED');
    expect(await nodeCount()).toBe(before);
  });

  it.each(writes)(
    'refuses to run a stored query with %s and the graph is unchanged',
    async (_what, cypher) => {
      // Planted past the API's save-time check, as if the record had been edited in the database.
      const id = `planted-${Math.random().toString(36).slice(2)}`;
      await api.executor.run(
        "CREATE (:SavedQuery {id: $id, name: 'planted', description: '', cypher: $cypher, params: '[]', owner: 'analyst', sharedWith: [], sharedRoles: [], version: 1})",
        { id, cypher },
        { mode: 'write' },
      );
      const before = await nodeCount();
      const labels = await api.executor.run(
        'CALL db.labels() YIELD label RETURN collect(label) AS labels',
      );
      const result = await analyst.gql(RUN, { id });
      expect(errorCode(result)).toBe('SAVED_QUERY_REFUSED');
      expect(await nodeCount()).toBe(before);
      const persons = await api.executor.run(
        "MATCH (p:Person) WHERE p.name = 'overwritten' RETURN count(p) AS n",
      );
      expect(persons[0]?.['n']).toBe(0);
      const labelsAfter = await api.executor.run(
        'CALL db.labels() YIELD label RETURN collect(label) AS labels',
      );
      expect(labelsAfter[0]?.['labels']).toEqual(labels[0]?.['labels']);
      const refused = await api.executor.run(
        "MATCH (e:AuditEntry {action: 'query.refused'}) WHERE e.args CONTAINS $id RETURN count(e) AS n",
        { id },
      );
      expect(refused[0]?.['n']).toBe(1);
    },
  );
});

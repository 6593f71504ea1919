import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testExecutor } from '@arna/graph/testing';
import { loadDrop, type LoadSummary, type RejectedRow } from '../index.js';
import { fingerprint } from '../../test/fingerprint.js';
import { SMALL, writeSmallDrop } from '../../test/small-drop.js';

const executor = testExecutor();
const root = mkdtempSync(path.join(os.tmpdir(), 'arna-etl-load-'));
const dir = path.join(root, 'drop');
let summary: LoadSummary;
const rejects: RejectedRow[] = [];

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const rows = await executor.run(cypher, params);
  return Number(rows[0]?.['n']);
}

beforeAll(async () => {
  await resetDatabase(executor);
  writeSmallDrop(dir);
  writeFileSync(path.join(dir, 'README.txt'), 'not a drop file');
  summary = await loadDrop(executor, dir, { batchSize: 2, onReject: (r) => rejects.push(r) });
});

afterAll(async () => {
  await executor.close();
});

describe('loading a hand-made drop', () => {
  it('counts read, loaded and rejected rows per file', () => {
    const per = Object.fromEntries(
      Object.entries(summary.files).map(([f, s]) => [f, [s.kind, s.read, s.loaded, s.rejected]]),
    );
    expect(per).toEqual({
      'persons.csv': ['persons', 4, 3, 1],
      'organizations.csv': ['organizations', 2, 2, 0],
      'invitations.csv': ['invitations', 9, 5, 4],
      'registrations.csv': ['registrations', 2, 1, 1],
      'crossings.csv': ['crossings', 2, 1, 1],
      'trips.csv': ['trips', 1, 1, 0],
      'employment.csv': ['employment', 1, 1, 0],
      'residence_petitions.csv': ['residence_petitions', 1, 1, 0],
      'violations.csv': ['violations', 3, 2, 1],
    });
    expect(summary.totals).toMatchObject({ read: 25, loaded: 17, rejected: 8, merged: 3 });
    expect(summary.skippedFiles).toEqual(['README.txt']);
  });

  it('rejects each bad row with its file, line, field and reason, keeping the raw row', async () => {
    expect(rejects.map((r) => [r.file, r.line, r.field, r.reason])).toEqual([
      ['persons.csv', 5, 'iin', 'iin-control-digit'],
      ['invitations.csv', 6, 'inviter', 'party'],
      ['invitations.csv', 7, 'citizenship', 'country'],
      ['invitations.csv', 8, 'issued_on', 'date'],
      ['invitations.csv', 9, 'purpose', 'enum'],
      ['registrations.csv', 3, 'address', 'required'],
      ['crossings.csv', 3, 'crossed_at', 'datetime'],
      ['violations.csv', 4, 'offender', 'party'],
    ]);
    expect(rejects[3]?.raw['invitation_id']).toBe('INV-7');
    expect(
      await count('MATCH (i:Invitation {id: $id}) RETURN count(i) AS n', { id: 'INV-7' }),
    ).toBe(0);
  });

  it('creates the entities and events of the model', async () => {
    const rows = await executor.run(
      'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
    );
    expect(Object.fromEntries(rows.map((r) => [r['label'], r['n']]))).toEqual({
      Address: 3,
      Crossing: 1,
      Document: 3,
      DocumentConflict: 1,
      Employment: 1,
      Event: 12,
      Foreigner: 3,
      IdentityMerge: 3,
      Invitation: 5,
      Load: 1,
      LoadProgress: 9,
      Organization: 2,
      // every person and organisation is also a Party (graph/MODEL.md)
      Party: 7,
      Person: 5,
      Petition: 1,
      Phone: 1,
      Registration: 1,
      Trip: 1,
      Vehicle: 1,
      Violation: 2,
    });
  });

  it('merges Cyrillic, doubled-letter and reissued-passport variants, each explained', async () => {
    const merges = await executor.run(
      `MATCH (m:IdentityMerge)-[:MERGED_INTO]->(f:Foreigner)
       RETURN f.id AS foreigner, m.rule AS rule, m.matchedOn AS matchedOn, m.variant AS variant,
              m.srcFile AS file, m.srcLine AS line ORDER BY file, line`,
    );
    expect(merges).toEqual([
      {
        foreigner: 'UZB:FA1234567',
        rule: 'same-document',
        matchedOn: ['document', 'birthDate', 'nameKey'],
        variant: 'Каримов Бобур',
        file: 'invitations.csv',
        line: 3,
      },
      {
        foreigner: 'UZB:FA1234567',
        rule: 'reissued-document',
        matchedOn: ['nameKey', 'birthDate', 'citizenship'],
        variant: 'UZB:FB7654321',
        file: 'invitations.csv',
        line: 4,
      },
      {
        foreigner: 'UZB:FA1234567',
        rule: 'same-document',
        matchedOn: ['document', 'birthDate', 'nameKey'],
        variant: 'KARIMMOV BOBUR',
        file: 'registrations.csv',
        line: 2,
      },
    ]);
    const held = await executor.run(
      'MATCH (f:Foreigner {id: $id})-[:HOLDS]->(d) RETURN d.key AS key ORDER BY key',
      { id: 'UZB:FA1234567' },
    );
    expect(held.map((r) => r['key'])).toEqual(['UZB:FA1234567', 'UZB:FB7654321']);
    // Every Karimov event but the forged one points at the one foreigner.
    expect(
      await count(
        "MATCH (e:Event)-[:FOREIGNER]->(f:Foreigner {id: 'UZB:FA1234567'}) RETURN count(e) AS n",
      ),
    ).toBe(9);
  });

  it('records the same passport with another birth date as a conflict, not a merge', async () => {
    const conflicts = await executor.run(
      `MATCH (c:DocumentConflict)-[:ON_DOCUMENT]->(d:Document)
       MATCH (c)-[:BETWEEN]->(f:Foreigner)
       RETURN d.key AS document, c.reason AS reason, c.srcLine AS line, collect(f.id) AS between`,
    );
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      document: 'UZB:FA1234567',
      reason: 'different-birth-date',
      line: 5,
    });
    expect([...(conflicts[0]?.['between'] as string[])].sort()).toEqual([
      'UZB:FA1234567',
      'UZB:FA1234567~2',
    ]);
  });

  it('keys addresses by normalised text across Russian and Kazakh notation, and by РКА', async () => {
    const lives = await executor.run(
      'MATCH (p:Person)-[:LIVES_AT]->(a:Address) RETURN p.iin AS iin, a.key AS key ORDER BY iin',
    );
    expect(new Set(lives.map((r) => r['key']))).toEqual(new Set(['txt:almat, ul ab, 10, 5']));
    expect(lives).toHaveLength(2);
    expect(
      await count(
        "MATCH (:Organization {bin: $bin})-[:LEGAL_ADDRESS]->(a:Address {key: 'rka:0200000000000001'}) RETURN count(a) AS n",
        { bin: SMALL.firm },
      ),
    ).toBe(1);
  });

  it('normalises phones and plates and links them', async () => {
    const phones = await executor.run(
      'MATCH (p:Person)-[:HAS_PHONE]->(ph:Phone) RETURN p.iin AS iin, ph.e164 AS e164 ORDER BY iin',
    );
    expect(phones).toEqual(
      [SMALL.inviter, SMALL.host].sort().map((iin) => ({ iin, e164: '+77011112233' })),
    );
    expect(
      await count(
        "MATCH (:Event)-[:VEHICLE]->(v:Vehicle {plate: '123ABC02'}) RETURN count(*) AS n",
      ),
    ).toBe(2);
  });

  it('keeps provenance on every event and register fact, and unknown columns as x_', async () => {
    expect(
      await count(
        'MATCH (e:Event) WHERE e.srcFile IS NULL OR NOT e.srcLine IS :: INTEGER NOT NULL OR e.loadId IS NULL RETURN count(e) AS n',
      ),
    ).toBe(0);
    expect(
      await count(
        `MATCH ()-[r:LIVES_AT|LEGAL_ADDRESS|DIRECTOR|FOUNDER|HAS_PHONE|HOLDS]->()
         WHERE r.srcFile IS NULL OR r.srcLine IS NULL OR r.loadId <> $loadId RETURN count(r) AS n`,
        { loadId: summary.loadId },
      ),
    ).toBe(0);
    const host = await executor.run(
      'MATCH (p:Person {iin: $iin}) RETURN p.srcFile AS f, p.srcLine AS l, p.x_note AS note, p.birthDate AS born',
      { iin: SMALL.host },
    );
    expect(host).toEqual([{ f: 'persons.csv', l: 2, note: 'vip', born: '1980-01-01' }]);
    const inv = await executor.run(
      "MATCH (i:Invitation {id: 'INV-3'}) RETURN i.srcFile AS f, i.srcLine AS l, i.date AS d, i.purpose AS p",
    );
    expect(inv).toEqual([{ f: 'invitations.csv', l: 4, d: '2025-03-10', p: 'work' }]);
  });

  it('makes names findable in both scripts through searchText', async () => {
    const hits = await executor.run(
      "CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node RETURN node.iin AS iin",
      { q: 'seitkali' },
    );
    expect(hits.map((h) => h['iin'])).toContain(SMALL.host);
    const foreigner = await executor.run(
      "CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node RETURN node.id AS id",
      { q: 'каримов' },
    );
    expect(foreigner.map((h) => h['id'])).toContain('UZB:FA1234567');
  });
});

describe('idempotency', () => {
  it('loading the same drop again changes nothing', async () => {
    const before = await fingerprint(executor);
    const again = await loadDrop(executor, dir);
    expect(again.alreadyLoaded).toBe(true);
    expect(again.loadId).toBe(summary.loadId);
    expect(again.totals).toMatchObject({ read: 25, loaded: 17, rejected: 8, merged: 3 });
    expect((await fingerprint(executor)).hash).toBe(before.hash);
  });

  it('a re-delivered drop with one more file adds only the new facts', async () => {
    const bigger = path.join(root, 'bigger');
    cpSync(dir, bigger, { recursive: true });
    writeFileSync(
      path.join(bigger, 'trips-extra.csv'),
      [
        'trip_id,departed_on,carrier_bin,passport_no,passport_country,citizenship,last_name_lat,first_name_lat,birth_date',
        `TR-2,2025-02-02,${SMALL.carrier},fa 123-4567,UZB,UZB,KARIMOV,BOBUR,1990-05-01`,
        `TR-1,2025-01-09,${SMALL.carrier},FA1234567,UZB,UZB,KARIMOV,BOBUR,1990-05-01`,
      ].join('\n'),
    );
    const before = await fingerprint(executor);
    const result = await loadDrop(executor, bigger);
    expect(result.loadId).not.toBe(summary.loadId);
    expect(result.totals).toMatchObject({ read: 27, loaded: 19, rejected: 8, merged: 0 });
    const after = await fingerprint(executor);
    const added = after.lines.filter((l) => !before.lines.includes(l));
    const removed = before.lines.filter((l) => !after.lines.includes(l));
    // The new Load, its 10 progress marks, trip TR-2 and its 3 relationships: the passport in
    // another notation is the same document of the same foreigner; TR-1 existed already.
    expect(removed).toEqual([]);
    const addedNodes = added.filter((l) => !l.includes(' -['));
    expect(addedNodes.filter((l) => l.startsWith('Event:Trip{'))).toHaveLength(1);
    expect(added.filter((l) => l.includes('-[FOREIGNER'))).toHaveLength(1);
    expect(addedNodes.filter((l) => l.startsWith('LoadProgress'))).toHaveLength(10);
    expect(added).toHaveLength(1 + 10 + 1 + 3);
  });
});

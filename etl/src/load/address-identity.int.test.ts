import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '@arna/graph';
import { profile } from '@arna/graph/investigate';
import { resetDatabase, testExecutor } from '@arna/graph/testing';
import { loadDrop, type LoadSummary } from '../index.js';
import { fingerprint } from '../../test/fingerprint.js';
import { FOREIGNER_COLUMNS, iin, writeCsv } from '../../test/fixtures.js';

const executor = testExecutor();
const root = mkdtempSync(path.join(os.tmpdir(), 'arna-etl-addresses-'));
const first = path.join(root, 'first');
const second = path.join(root, 'second');
/** Two rows a batch, so merges happen within a batch and across batches and files. */
const BATCH = 2;

const RKA = {
  taraz: '3100000000000001',
  almaty: '7500000000000002',
  astanaA: '7100000000000003',
  astanaB: '7100000000000004',
  aktobe: '1500000000000006',
  shymkent: '5100000000000005',
} as const;
const TEXT = {
  taraz: 'taraz, pr dostik, 69, 224',
  astana: 'astan, ul sariark, 7, 1',
  aktobe: 'aktob, ul lenin, 1, ',
  shymkent: 'shimkent, mkr samal2, 3, ',
} as const;
const tenant = iin('850303', 7);

const foreigner = (n: number): Record<string, string> => ({
  passport_no: `FA00000${n}`,
  passport_country: 'UZB',
  citizenship: 'UZB',
  last_name_lat: 'KARIMOV',
  first_name_lat: `BOBUR${'I'.repeat(n)}`,
  birth_date: '1990-05-01',
});
const REGISTRATION_COLUMNS = [
  'registration_id',
  'registered_on',
  'address',
  'address_rka',
  ...FOREIGNER_COLUMNS,
];
const registration = (id: string, address: string, rka = ''): Record<string, string> => ({
  registration_id: id,
  registered_on: '2025-01-12',
  address,
  address_rka: rka,
  ...foreigner(Number(id.slice(4))),
});

/**
 * The first drop: a tenant registered at a text-only address that a later file gives with its
 * РКА (merged across files); an РКА address before a text-only row in another notation (no
 * merge needed); a text given with two РКА (ambiguous); a text-only row and its РКА in one
 * batch (merged within the batch); a text-only offence address whose РКА only the second
 * drop gives.
 */
function writeDrops(): void {
  writeCsv(
    first,
    'persons.csv',
    ['iin', 'last_name', 'first_name', 'address'],
    [
      {
        iin: tenant,
        last_name: 'Сейтқали',
        first_name: 'Әлібек',
        address: 'г. Тараз, пр. Достык, д. 69, кв. 224',
      },
    ],
  );
  writeCsv(first, 'registrations.csv', REGISTRATION_COLUMNS, [
    registration('REG-1', 'Тараз қ., Достық даңғ., 69 үй, 224 пәт.', RKA.taraz),
    registration('REG-2', 'г. Алматы, ул. Абая, д. 10, кв. 5', RKA.almaty),
    registration('REG-3', 'Алматы қ., Абай көш., 10 үй, 5 пәт.'),
    registration('REG-4', 'г. Астана, ул. Сарыарка, д. 7, кв. 1', RKA.astanaA),
    registration('REG-5', 'Астана, ул. Сарыарка 7, кв. 1', RKA.astanaB),
    registration('REG-6', 'г. Астана, ул. Сарыарка, д. 7, кв. 1'),
    registration('REG-7', 'г. Актобе, ул. Ленина, д. 1'),
    registration('REG-8', 'Актобе, ул. Ленина 1', RKA.aktobe),
  ]);
  writeCsv(
    first,
    'violations.csv',
    ['protocol_id', 'committed_on', 'article', 'offender_role', 'address', ...FOREIGNER_COLUMNS],
    [
      {
        protocol_id: 'V-1',
        committed_on: '2025-03-01',
        article: '517-1',
        offender_role: 'foreigner',
        address: 'г. Шымкент, мкр. Самал-2, д. 3',
        ...foreigner(9),
      },
    ],
  );
  writeCsv(second, 'registrations.csv', REGISTRATION_COLUMNS, [
    registration('REG-9', 'Шымкент, мкр Самал-2, 3', RKA.shymkent),
  ]);
}

/** The address key each event and register row of the drops ends at. */
async function addressOf(): Promise<Record<string, string>> {
  const rows = await executor.run(
    `MATCH (x)-[:AT|LIVES_AT]->(a:Address)
     RETURN coalesce(x.id, x.iin) AS ref, a.key AS key ORDER BY ref`,
  );
  return Object.fromEntries(rows.map((r) => [String(r['ref']), String(r['key'])]));
}

/** The executor, failing the batch transaction after `commits` have committed. */
function failingAfter(commits: number): Executor {
  let batches = 0;
  return new Proxy(executor, {
    get(target, property) {
      if (property === 'transaction') {
        return (...args: Parameters<Executor['transaction']>) => {
          if (args[0].label === 'etl-batch' && ++batches > commits)
            return Promise.reject(new Error('simulated crash'));
          return target.transaction(...args);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}

let firstLoad: LoadSummary;

beforeAll(async () => {
  writeDrops();
  await resetDatabase(executor);
  firstLoad = await loadDrop(executor, first, { batchSize: BATCH });
});

afterAll(async () => {
  await executor.close();
});

describe('one address, one node', () => {
  it('counts address merges among the merged identities of the load summary', async () => {
    const count = async (label: string) =>
      Number((await executor.run(`MATCH (m:${label}) RETURN count(m) AS n`))[0]?.['n']);
    const addressMerges = await count('AddressMerge');
    expect(addressMerges).toBeGreaterThan(0);
    expect(firstLoad.totals.merged).toBe(addressMerges + (await count('IdentityMerge')));
  });

  it('sends a text-only row to the РКА address with its normalised text', async () => {
    const at = await addressOf();
    expect(at['REG-2']).toBe(`rka:${RKA.almaty}`);
    expect(at['REG-3']).toBe(`rka:${RKA.almaty}`);
  });

  it('merges a text-only address into the РКА address that arrives later, keeping relationship properties', async () => {
    const at = await addressOf();
    expect([at[tenant], at['REG-1']]).toEqual([`rka:${RKA.taraz}`, `rka:${RKA.taraz}`]);
    expect([at['REG-7'], at['REG-8']]).toEqual([`rka:${RKA.aktobe}`, `rka:${RKA.aktobe}`]);
    const lives = await executor.run(
      'MATCH (:Person {iin: $iin})-[r:LIVES_AT]->(a:Address) RETURN r.srcFile AS file, r.srcLine AS line, a.textKeys AS textKeys',
      { iin: tenant },
    );
    expect(lives).toEqual([{ file: 'persons.csv', line: 2, textKeys: [TEXT.taraz] }]);
    const merges = await executor.run(
      `MATCH (m:AddressMerge)-[:MERGED_INTO]->(a:Address)
       RETURN a.key AS key, m.rule AS rule, m.matchedOn AS matchedOn, m.mergedKey AS mergedKey,
              m.variant AS variant, m.srcFile AS file, m.srcLine AS line ORDER BY line`,
    );
    expect(merges).toEqual([
      {
        key: `rka:${RKA.taraz}`,
        rule: 'same-text',
        matchedOn: ['textKey'],
        mergedKey: `txt:${TEXT.taraz}`,
        variant: 'г. Тараз, пр. Достык, д. 69, кв. 224',
        file: 'registrations.csv',
        line: 2,
      },
      {
        key: `rka:${RKA.aktobe}`,
        rule: 'same-text',
        matchedOn: ['textKey'],
        mergedKey: `txt:${TEXT.aktobe}`,
        variant: 'г. Актобе, ул. Ленина, д. 1',
        file: 'registrations.csv',
        line: 9,
      },
    ]);
    expect(
      await executor.run('MATCH (a:Address) WHERE a.key IN $keys RETURN a.key AS key', {
        keys: [`txt:${TEXT.taraz}`, `txt:${TEXT.aktobe}`],
      }),
    ).toEqual([]);
  });

  it('resolves a reference to a merged text-only address (a bookmark) to its РКА address', async () => {
    const view = await profile(executor, `address:txt:${TEXT.taraz}`);
    expect(view.entity.ref).toBe(`address:rka:${RKA.taraz}`);
    expect(view.links.map((l) => l.type)).toContain('lives_at');
  });

  it('keeps the merged text findable: its words join the РКА address’s searchText', async () => {
    // «Достык» is only in the text-only spelling; the РКА row wrote «Достық».
    const hits = await executor.run(
      "CALL db.index.fulltext.queryNodes('entity_search', 'достык') YIELD node RETURN node.key AS key",
    );
    expect(hits.map((h) => h['key'])).toEqual([`rka:${RKA.taraz}`]);
  });

  it('leaves a text given with two РКА as a text-only address', async () => {
    const at = await addressOf();
    expect([at['REG-4'], at['REG-5'], at['REG-6']]).toEqual([
      `rka:${RKA.astanaA}`,
      `rka:${RKA.astanaB}`,
      `txt:${TEXT.astana}`,
    ]);
  });

  it('merges a text-only address of an earlier drop when a later drop gives its РКА', async () => {
    expect((await addressOf())['V-1']).toBe(`txt:${TEXT.shymkent}`);
    const summary = await loadDrop(executor, second, { batchSize: BATCH });
    const at = await addressOf();
    expect([at['V-1'], at['REG-9']]).toEqual([`rka:${RKA.shymkent}`, `rka:${RKA.shymkent}`]);
    const merge = await executor.run(
      'MATCH (m:AddressMerge {mergedKey: $key})-[:MERGED_INTO]->(a) RETURN m.loadId AS loadId, a.key AS key',
      { key: `txt:${TEXT.shymkent}` },
    );
    expect(merge).toEqual([{ loadId: summary.loadId, key: `rka:${RKA.shymkent}` }]);
    const addresses = await executor.run(
      'MATCH (a:Address) RETURN a.key AS key, a.textKeys AS textKeys ORDER BY key',
    );
    expect(addresses).toEqual([
      { key: `rka:${RKA.aktobe}`, textKeys: [TEXT.aktobe] },
      { key: `rka:${RKA.taraz}`, textKeys: [TEXT.taraz] },
      { key: `rka:${RKA.shymkent}`, textKeys: [TEXT.shymkent] },
      { key: `rka:${RKA.astanaA}`, textKeys: [TEXT.astana] },
      { key: `rka:${RKA.astanaB}`, textKeys: [TEXT.astana] },
      { key: `rka:${RKA.almaty}`, textKeys: ['almat, ul ab, 10, 5'] },
      { key: `txt:${TEXT.astana}`, textKeys: null },
    ]);
  });

  it('loading either drop again changes nothing', async () => {
    const before = await fingerprint(executor);
    expect((await loadDrop(executor, first, { batchSize: BATCH })).alreadyLoaded).toBe(true);
    expect((await loadDrop(executor, second, { batchSize: BATCH })).alreadyLoaded).toBe(true);
    expect((await fingerprint(executor)).hash).toBe(before.hash);
  });

  it('a load stopped after any batch and re-run ends in the same graph', async () => {
    const straight = await fingerprint(executor);
    let commits = 0;
    for (; ; commits++) {
      await resetDatabase(executor);
      const crashed = await loadDrop(failingAfter(commits), first, { batchSize: BATCH }).then(
        () => false,
        () => true,
      );
      if (!crashed) break;
      await loadDrop(executor, first, { batchSize: BATCH });
      await loadDrop(executor, second, { batchSize: BATCH });
      const resumed = await fingerprint(executor);
      expect({ commits, lines: resumed.lines.filter((l) => !straight.lines.includes(l)) }).toEqual({
        commits,
        lines: [],
      });
      expect(resumed.hash).toBe(straight.hash);
    }
    // one commit per batch and one per file end: the crash hit every point of the load
    expect(commits).toBeGreaterThan(5);
  });
});

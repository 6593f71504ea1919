import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testExecutor } from '../../test/neo4j.js';
import type { Executor } from '../db/executor.js';
import { verifyAudit } from './audit-verify.js';
import { applyRetention, retentionCutoff } from './retention.js';

let executor: Executor;

/** An old registration of a foreigner seen only then, and a recent one of another. */
const FIXTURE = `
CREATE (p:Person:Party {iin: '850101300123'})
CREATE (oldF:Foreigner {id: 'F-OLD'})-[:HOLDS]->(oldD:Document {key: 'AFG:P1'})
CREATE (newF:Foreigner {id: 'F-NEW'})-[:HOLDS]->(:Document {key: 'AFG:P2'})
CREATE (old:Event:Registration {id: 'r-old', date: date('2015-03-01')})-[:FOREIGNER]->(oldF)
CREATE (old)-[:HOST]->(p)
CREATE (old)-[:AT]->(:Address {key: 'txt:old flat'})
CREATE (old)-[:VEHICLE]->(:Vehicle {plate: '123ABC02'})
CREATE (recent:Event:Registration {id: 'r-new', date: date() - duration({days: 30})})-[:FOREIGNER]->(newF)
CREATE (recent)-[:HOST]->(p)
CREATE (:IdentityMerge {id: 'm1'})-[:MERGED_INTO]->(oldF)
CREATE (c:DocumentConflict {id: 'c1'})-[:ON_DOCUMENT]->(oldD)
`;

beforeAll(async () => {
  executor = testExecutor();
  await resetDatabase(executor);
  await executor.run(FIXTURE, {}, { mode: 'write' });
});
afterAll(async () => {
  await executor.close();
});

async function ids(label: string, key: string): Promise<string[]> {
  const rows = await executor.run(`MATCH (n:${label}) RETURN n.${key} AS id ORDER BY id`);
  return rows.map((r) => String(r['id']));
}

describe('retention', () => {
  it('computes the cutoff from the period', () => {
    expect(retentionCutoff(365, new Date('2026-11-24T10:00:00Z'))).toBe('2025-11-24');
  });

  it('a dry run counts and deletes nothing', async () => {
    const result = await applyRetention(executor, {
      operator: 'test',
      dryRun: true,
      config: { eventFactsDays: 365, batchSize: 1 },
    });
    expect(result.events).toBe(1);
    expect(await ids('Event', 'id')).toEqual(['r-new', 'r-old']);
  });

  it('purges old facts and what only they referred to, keeps registers and recent facts, and audits', async () => {
    const result = await applyRetention(executor, {
      operator: 'cli:test',
      config: { eventFactsDays: 365, batchSize: 1 },
    });
    expect(result).toMatchObject({ events: 1, foreigners: 1, documents: 1, orphans: 2 });
    expect(await ids('Event', 'id')).toEqual(['r-new']);
    expect(await ids('Foreigner', 'id')).toEqual(['F-NEW']);
    expect(await ids('Document', 'key')).toEqual(['AFG:P2']);
    expect(await ids('Person', 'iin')).toEqual(['850101300123']);
    expect(await ids('IdentityMerge', 'id')).toEqual([]);
    expect(await ids('DocumentConflict', 'id')).toEqual([]);
    expect(await ids('Vehicle', 'plate')).toEqual([]);

    const audit = await executor.run(
      "MATCH (e:AuditEntry) WHERE e.action STARTS WITH 'retention.' RETURN e.action AS action, e.user AS user, e.args AS args ORDER BY e.seq",
    );
    expect(audit.map((r) => r['action'])).toEqual(['retention.start', 'retention.apply']);
    expect(audit[1]?.['user']).toBe('cli:test');
    expect(JSON.parse(String(audit[1]?.['args']))).toMatchObject({
      events: 1,
      foreigners: 1,
      eventFactsDays: 365,
    });
    expect((await verifyAudit(executor)).ok).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testExecutor } from '../../test/neo4j.js';
import type { Executor } from '../db/executor.js';
import { NetworkNotFoundError } from './errors.js';
import { readLead, readLeads } from './read-leads.js';
import { runDetection } from './run-detection.js';
import type { LeadNetwork, LeadsExport, OrganizerEntry } from './types.js';
import { loadWorld, runFixture, WORLD } from './fixtures/load-world.js';

let executor: Executor;
let first: LeadsExport;

const ref = (o: OrganizerEntry): string =>
  o.kind === 'person' ? `person:${o.iin}` : `organization:${o.bin}`;

function networkWith(leads: LeadsExport, member: string): LeadNetwork | undefined {
  return leads.networks.find((n) =>
    n.members.some(
      (m) =>
        (m.kind === 'person'
          ? `person:${m.iin}`
          : m.kind === 'organization'
            ? `organization:${m.bin}`
            : '') === member,
    ),
  );
}

beforeAll(async () => {
  executor = testExecutor();
  await resetDatabase(executor);
  await loadWorld(executor);
  first = await runDetection(executor, { dataset: 'world', seed: 7 });
});

afterAll(async () => {
  await executor.close();
});

describe('runDetection on the test world', () => {
  it('exports ranked networks in the leads format', () => {
    expect(first.dataset).toBe('world');
    expect(first.networks.length).toBeGreaterThanOrEqual(5);
    first.networks.forEach((n, i) => {
      expect(n.rank).toBe(i + 1);
      if (i > 0) expect(n.score).toBeLessThanOrEqual(first.networks[i - 1]?.score ?? 1);
      expect(n.id).toMatch(/^net-[0-9a-f]{12}/);
    });
  });

  it('names the hidden organizers first, with reasons', () => {
    const mill = networkWith(first, WORLD.millOrganizer);
    expect(mill && ref(mill.organizers[0] as OrganizerEntry)).toBe(WORLD.millOrganizer);
    expect(mill?.organizers[0]?.why.join('; ')).toMatch(/директор 3 фирм сети/);
    expect(mill?.patterns.map((p) => p.id)).toEqual(
      expect.arrayContaining(['director-links', 'frequent-inviter', 'shared-contact']),
    );
    const flat = networkWith(first, WORLD.flatOwner);
    expect(flat && ref(flat.organizers[0] as OrganizerEntry)).toBe(WORLD.flatOwner);
    const migrants = flat?.members.filter((m) => m.kind === 'migrant') ?? [];
    expect(migrants).toHaveLength(10);
    expect(flat?.members).toContainEqual({
      kind: 'address',
      text: 'Алматы, ул. Абая 15, кв. 3',
      role: 'registration address',
    });
  });

  it('never names a legitimate hub as organizer', () => {
    const named = first.networks.flatMap((n) => n.organizers.map(ref));
    for (const hub of Object.values(WORLD.hubs)) expect(named).not.toContain(hub);
  });

  it('writes community ids back and reads the same networks back', async () => {
    const [row] = await runFixture(executor, 'community-of', {
      iin: WORLD.millOrganizer.slice('person:'.length),
    });
    expect(typeof row?.['c']).toBe('number');
    const page = await readLeads(executor, { offset: 0, limit: 100 });
    expect(page.total).toBe(first.networks.length);
    expect(page.networks.map((n) => n.id)).toEqual(first.networks.map((n) => n.id));
    const lead = await readLead(executor, first.networks[0]?.id ?? '');
    const exported = first.networks[0];
    expect(lead.organizers).toEqual(exported?.organizers);
    expect(lead.members).toEqual(exported?.members);
    expect(lead.patterns).toEqual(exported?.patterns);
    expect(lead.size).toBeGreaterThanOrEqual(lead.members.length);
    await expect(readLead(executor, 'net-missing')).rejects.toBeInstanceOf(NetworkNotFoundError);
  });

  it('filters leads by pattern, score and search in either script', async () => {
    const byPattern = await readLeads(executor, {
      offset: 0,
      limit: 10,
      pattern: 'transit-corridor',
    });
    expect(byPattern.total).toBe(1);
    expect(byPattern.networks[0]?.patterns.map((p) => p.id)).toContain('transit-corridor');
    const cyrillic = await readLeads(executor, { offset: 0, limit: 10, search: 'Дәулетов' });
    const latin = await readLeads(executor, { offset: 0, limit: 10, search: 'daulietov' });
    expect(cyrillic.total).toBe(1);
    expect(latin.networks.map((n) => n.id)).toEqual(cyrillic.networks.map((n) => n.id));
    const strong = await readLeads(executor, { offset: 0, limit: 10, minScore: 0.99 });
    expect(strong.networks.every((n) => n.score >= 0.99)).toBe(true);
    expect(strong.total).toBeLessThan(first.networks.length);
  });

  it('keeps network ids across runs and records what changed', async () => {
    const again = await runDetection(executor, { dataset: 'world', seed: 7 });
    expect(again.networks.map((n) => n.id)).toEqual(first.networks.map((n) => n.id));
    const millId = networkWith(first, WORLD.millOrganizer)?.id ?? '';
    // The mill grows: one more invitation by a nominee firm.
    await runFixture(executor, 'grow-mill');
    const grown = await runDetection(executor, { dataset: 'world', seed: 7 });
    const mill = networkWith(grown, WORLD.millOrganizer);
    expect(mill?.id).toBe(millId);
    const lead = await readLead(executor, millId);
    expect(lead.firstSeenRunId).not.toBe(lead.runId);
    const last = lead.changes.at(-1);
    expect(last?.added).toEqual(['foreigner:AFG:NEW1']);
    expect(last?.removed).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testExecutor } from '../../test/neo4j.js';
import type { Executor } from '../db/executor.js';
import { loadChannelFixture } from './fixtures/index.js';
import {
  displayNames,
  EntityNotFoundError,
  InvalidArgumentError,
  InvalidRefError,
  expand,
  networkGraph,
  profile,
  search,
  shortestPaths,
  timeline,
  type GraphView,
} from './index.js';

const ORGANIZER = 'person:850101300123';
const NOMINEE = 'person:900202400456';
const DRIVER = 'person:880303300789';
const INVITING_FIRM = 'organization:190240012345';
const UNIVERSITY = 'organization:990140000123';
const RUBBER_FLAT = 'address:rka:0201000000000015';
const AHMADI = 'foreigner:F-AFG-P1234567';
const OKAFOR = 'foreigner:F-NGA-A7654321';
const NGUYEN = 'foreigner:F-VNM-C1122334';
const TRAN = 'foreigner:F-VNM-C1122334-2';

let executor: Executor;

beforeAll(async () => {
  executor = testExecutor();
  await resetDatabase(executor);
  await loadChannelFixture(executor);
});

afterAll(async () => {
  await executor.close();
});

const refs = (items: { ref: string }[]): string[] => items.map((i) => i.ref);

/** Every edge must join two nodes of the view: the UI adds edges after nodes. */
function expectConsistent(view: GraphView): void {
  const nodes = new Set(refs(view.nodes));
  expect(nodes.size).toBe(view.nodes.length);
  for (const edge of view.edges) {
    expect(nodes.has(edge.source), edge.id).toBe(true);
    expect(nodes.has(edge.target), edge.id).toBe(true);
  }
}

describe('search', () => {
  it('finds a Latin-only foreigner from a Cyrillic spelling', async () => {
    const hits = await search(executor, 'Ахмади');
    expect(refs(hits)).toContain(AHMADI);
    expect(hits[0]?.matchedOn).toBe('text');
  });

  it('finds a Cyrillic (Kazakh) name from its Latin spellings', async () => {
    expect(refs(await search(executor, 'Abenov Kairat'))[0]).toBe(ORGANIZER);
    expect(refs(await search(executor, 'Seitkali'))).toContain(NOMINEE);
    expect(refs(await search(executor, 'Сейткали'))).toContain(NOMINEE);
  });

  it('finds a merged spelling variant', async () => {
    expect(refs(await search(executor, 'AHMADY'))).toEqual([AHMADI]);
  });

  it('matches identifiers exactly, in any notation, before full-text hits', async () => {
    const byIin = await search(executor, '8501 0130 0123');
    expect(byIin[0]).toMatchObject({ ref: ORGANIZER, matchedOn: 'iin', score: null });
    expect(refs(await search(executor, '+7 (701) 123-45-67'))).toEqual(['phone:+77011234567']);
    expect((await search(executor, '8 701 1234567'))[0]?.matchedOn).toBe('phone');
    expect(refs(await search(executor, '123 авс-02'))).toEqual(['vehicle:123ABC02']);
    expect(refs(await search(executor, 'p 123-4567'))).toEqual(
      expect.arrayContaining(['document:AFG:P1234567', AHMADI]),
    );
    expect((await search(executor, '0201000000000015'))[0]).toMatchObject({
      ref: RUBBER_FLAT,
      matchedOn: 'rka',
    });
  });

  it('filters by kind and limits', async () => {
    const addresses = await search(executor, 'Алматы', { kinds: ['address'] });
    expect(addresses.length).toBe(3);
    expect(addresses.every((h) => h.kind === 'address')).toBe(true);
    expect((await search(executor, 'Алматы', { limit: 1 })).length).toBe(1);
  });

  it('treats Lucene syntax as plain text', async () => {
    expect(refs(await search(executor, 'Абенов (Kairat*'))[0]).toBe(ORGANIZER);
    await expect(search(executor, '"*~:^[')).resolves.toEqual([]);
  });

  it('rejects an empty query and unknown kinds', async () => {
    await expect(search(executor, '  ')).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(search(executor, 'Абенов '.repeat(40))).rejects.toMatchObject({ field: 'q' });
    await expect(search(executor, 'x', { kinds: ['ship' as 'person'] })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      field: 'kinds',
    });
  });
});

describe('profile', () => {
  it('explains a foreigner: spellings, documents, merges, facts with sources, networks', async () => {
    const p = await profile(executor, AHMADI);
    expect(p.entity).toMatchObject({ ref: AHMADI, kind: 'foreigner', label: 'AHMADI FARID' });
    expect(p.entity.properties['searchText']).toBeUndefined();
    expect(p.identity?.names).toEqual(['AHMADI FARID', 'AHMADY FARID', 'АХМАДИ ФАРИД']);
    expect(refs(p.identity?.documents ?? []).sort()).toEqual([
      'document:AFG:P1234567',
      'document:AFG:P7654321',
    ]);
    const merges = p.identity?.merges ?? [];
    expect(merges.map((m) => m.rule).sort()).toEqual(['reissued-document', 'same-document']);
    expect(merges.find((m) => m.rule === 'same-document')).toMatchObject({
      variant: 'AHMADY FARID',
      matchedOn: ['document', 'birthDate', 'nameKey'],
      source: { file: 'registrations.csv', line: 2, loadId: 'load-fx' },
    });
    expect(p.factsTotal).toBe(5);
    expect(p.facts.map((f) => f.date)).toEqual([...p.facts.map((f) => f.date)].sort());
    const invitation = p.facts[0]!;
    expect(invitation).toMatchObject({
      ref: 'invitation:INV-1',
      kind: 'invitation',
      date: '2025-02-01',
      properties: { purpose: 'work', visaType: 'B2' },
      source: { file: 'invitations.csv', line: 2, loadId: 'load-fx' },
    });
    expect(invitation.participants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'inviter', ref: INVITING_FIRM }),
        expect.objectContaining({ role: 'at', ref: RUBBER_FLAT }),
      ]),
    );
    expect(p.networks).toEqual([
      expect.objectContaining({ networkId: 'net-fixture-1', role: 'migrant', score: 0.91 }),
    ]);
  });

  it('shows a document conflict from both sides', async () => {
    const nguyen = await profile(executor, NGUYEN);
    expect(nguyen.identity?.conflicts).toEqual([
      expect.objectContaining({
        id: 'conflict-1',
        source: { file: 'registrations.csv', line: 4, loadId: 'load-fx' },
      }),
    ]);
    expect(refs(nguyen.identity?.conflicts[0]?.foreigners ?? []).sort()).toEqual([NGUYEN, TRAN]);
    const document = await profile(executor, 'document:VNM:C1122334');
    expect(refs(document.identity?.holders ?? []).sort()).toEqual([NGUYEN, TRAN]);
    expect(document.identity?.conflicts[0]?.document?.ref).toBe('document:VNM:C1122334');
  });

  it('lists register links with provenance and organizer reasons', async () => {
    const p = await profile(executor, ORGANIZER);
    expect(p.identity).toBeNull();
    expect(p.entity.source).toEqual({ file: 'persons.csv', line: 2, loadId: 'load-fx' });
    expect(p.links).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'director',
          direction: 'in',
          other: expect.objectContaining({ ref: INVITING_FIRM }),
        }),
        expect.objectContaining({
          type: 'has_phone',
          direction: 'out',
          source: { file: 'persons.csv', line: 2, loadId: 'load-fx' },
        }),
      ]),
    );
    expect(p.networks[0]).toMatchObject({ role: 'director', organizerRank: 1 });
    expect(p.networks[0]?.why.length).toBe(3);
    expect(p.networks[0]?.why[0]).toMatch(/^директор 1 фирм/);
  });

  it('windows and limits facts', async () => {
    const p = await profile(executor, AHMADI, { from: '2025-03-01', factsLimit: 2 });
    expect(p.factsTotal).toBe(3);
    expect(p.facts.map((f) => f.ref)).toEqual(['registration:REG-1', 'trip:TRP-1']);
  });

  it('refuses bad references and reports missing ones', async () => {
    await expect(profile(executor, 'person:000000000000')).rejects.toBeInstanceOf(
      EntityNotFoundError,
    );
    await expect(profile(executor, 'nobody')).rejects.toBeInstanceOf(InvalidRefError);
    await expect(profile(executor, 'invitation:INV-1')).rejects.toBeInstanceOf(InvalidRefError);
    await expect(profile(executor, AHMADI, { from: '2025-13-01' })).rejects.toMatchObject({
      field: 'from',
    });
  });
});

describe('expand', () => {
  it('folds events into edges between the entities they join', async () => {
    const view = await expand(executor, [NOMINEE]);
    expectConsistent(view);
    expect(view.truncated).toBe(false);
    expect(refs(view.nodes).sort()).toEqual(
      [NOMINEE, RUBBER_FLAT, AHMADI, OKAFOR, NGUYEN, TRAN, 'phone:+77011234567'].sort(),
    );
    const seed = view.nodes.find((n) => n.ref === NOMINEE);
    expect(seed).toMatchObject({ hop: 0, organizer: true, communityId: 7 });
    const hosting = view.edges.find((e) => e.kind === 'registration' && e.target === RUBBER_FLAT);
    expect(hosting).toMatchObject({
      source: NOMINEE,
      sourceRole: 'host',
      targetRole: 'at',
      count: 3,
      firstDate: '2025-03-01',
      lastDate: '2025-03-04',
    });
    expect(hosting?.facts.map((f) => `${f.source.file}:${f.source.line}`)).toEqual([
      'registrations.csv:4',
      'registrations.csv:3',
      'registrations.csv:2',
    ]);
    expect(view.edges.find((e) => e.kind === 'lives_at')).toMatchObject({
      source: NOMINEE,
      target: RUBBER_FLAT,
      count: 1,
    });
  });

  it('keeps to the node limit, most connected neighbours first', async () => {
    const view = await expand(executor, [NOMINEE], { limit: 2 });
    expectConsistent(view);
    expect(view.truncated).toBe(true);
    expect(refs(view.nodes)).toEqual([NOMINEE, RUBBER_FLAT]);
  });

  it('says when a node had more records than the per-node limit', async () => {
    const view = await expand(executor, [NOMINEE], { perNodeLimit: 2 });
    expectConsistent(view);
    expect(view.truncated).toBe(true);
    expect(
      view.edges
        .filter(
          (e) => e.kind === 'registration' || e.kind === 'violation' || e.kind === 'invitation',
        )
        .flatMap((e) => e.facts.map((f) => f.ref)),
    ).toEqual(expect.arrayContaining(['violation:VIO-2', 'registration:REG-3']));
    expect(view.edges.some((e) => e.facts.some((f) => f.ref === 'invitation:INV-3'))).toBe(false);
  });

  it('walks a hub only when it is a seed, and says how many records it has', async () => {
    // The rubber flat has 9 events (+ 2 register relations): a hub under a limit of 5.
    const capped = await expand(executor, [OKAFOR], { depth: 2, perNodeLimit: 5 });
    expectConsistent(capped);
    expect(capped.truncated).toBe(true);
    expect(capped.nodes.find((n) => n.ref === RUBBER_FLAT)).toMatchObject({
      hop: 1,
      hub: true,
      records: 11,
    });
    expect(capped.nodes.find((n) => n.ref === OKAFOR)).toMatchObject({ hub: false, records: 6 });
    // The petition is known only through the flat: not walked, so no petition edge.
    expect(capped.edges.some((e) => e.kind === 'petition')).toBe(false);

    const walked = await expand(executor, [OKAFOR], { depth: 2, perNodeLimit: 20 });
    expect(walked.nodes.find((n) => n.ref === RUBBER_FLAT)?.hub).toBe(false);
    expect(walked.edges.some((e) => e.kind === 'petition')).toBe(true);

    const seed = await expand(executor, [RUBBER_FLAT], { perNodeLimit: 5, form: 'events' });
    expect(seed.truncated).toBe(true);
    expect(seed.nodes.find((n) => n.ref === RUBBER_FLAT)?.hub).toBe(true);
    expect(seed.nodes.filter((n) => n.hop === 1 && n.date !== null)).toHaveLength(5);
  });

  it('leaves out kinds the view cannot show, but never its seeds', async () => {
    const shared = 'document:VNM:C1122334';
    const view = await expand(executor, [shared]);
    expectConsistent(view);
    expect(view.nodes.filter((n) => n.kind === 'document').map((n) => n.ref)).toEqual([shared]);
    expect(view.edges.some((e) => e.source === shared || e.target === shared)).toBe(true);
    expect(refs(view.nodes)).toEqual(expect.arrayContaining([NGUYEN, TRAN]));
  });

  it('filters by event kind, entity kind and time window', async () => {
    const invitations = await expand(executor, [NOMINEE], {
      eventKinds: ['invitation'],
      kinds: ['foreigner'],
    });
    expect(refs(invitations.nodes).sort()).toEqual([NOMINEE, NGUYEN].sort());
    const early = await expand(executor, [INVITING_FIRM], {
      to: '2025-02-02',
      kinds: ['foreigner'],
    });
    expect(refs(early.nodes).sort()).toEqual([INVITING_FIRM, AHMADI].sort());
    const late = await expand(executor, [INVITING_FIRM], {
      from: '2025-03-01',
      kinds: ['foreigner'],
    });
    expect(refs(late.nodes)).toEqual([INVITING_FIRM]);
  });

  it('reaches further with depth', async () => {
    const one = await expand(executor, [ORGANIZER]);
    const two = await expand(executor, [ORGANIZER], { depth: 2 });
    expectConsistent(two);
    expect(refs(one.nodes)).not.toContain(AHMADI);
    expect(two.nodes.find((n) => n.ref === AHMADI)?.hop).toBe(2);
  });

  it('annotates the nodes met on the way, not only the seeds', async () => {
    const view = await expand(executor, [ORGANIZER], { depth: 2 });
    expect(view.nodes.find((n) => n.ref === AHMADI)).toMatchObject({
      hop: 2,
      networks: [{ networkId: 'net-fixture-1', role: 'migrant', organizerRank: null }],
      organizer: false,
      // 5 events and 2 documents held (HOLDS); the merge records are not facts.
      records: 7,
      hub: false,
    });
    expect(view.nodes.find((n) => n.ref === NOMINEE)).toMatchObject({
      networks: [{ networkId: 'net-fixture-1', role: 'host', organizerRank: 2 }],
      organizer: true,
    });
  });

  it('shows events as nodes in the events form', async () => {
    const view = await expand(executor, [NOMINEE], {
      form: 'events',
      eventKinds: ['registration'],
    });
    expectConsistent(view);
    expect(view.nodes.filter((n) => n.kind === 'registration').map((n) => n.date)).toEqual([
      '2025-03-04',
      '2025-03-02',
      '2025-03-01',
    ]);
    expect(view.edges).toContainEqual(
      expect.objectContaining({ source: 'registration:REG-1', target: NOMINEE, kind: 'host' }),
    );
  });

  it('checks its options', async () => {
    await expect(expand(executor, [NOMINEE], { limit: 501 })).rejects.toMatchObject({
      field: 'limit',
    });
    await expect(expand(executor, [])).rejects.toMatchObject({ field: 'refs' });
    await expect(expand(executor, ['person:000000000000'])).rejects.toBeInstanceOf(
      EntityNotFoundError,
    );
  });
});

describe('shortestPaths', () => {
  it('finds the shortest connections with the facts behind each hop', async () => {
    const result = await shortestPaths(executor, DRIVER, INVITING_FIRM);
    expectConsistent(result.graph);
    const paths = result.paths.map((p) => p.refs);
    expect(paths).toContainEqual([DRIVER, AHMADI, INVITING_FIRM]);
    expect(paths).toContainEqual([DRIVER, OKAFOR, INVITING_FIRM]);
    const trip = result.graph.edges.find((e) => e.id === result.paths[0]?.edges[0]);
    expect(trip?.facts[0]?.source.file).toMatch(/^trips\.csv$/);
  });

  it('routes around avoided entities', async () => {
    const result = await shortestPaths(executor, DRIVER, INVITING_FIRM, {
      avoid: [AHMADI, OKAFOR],
    });
    expect(result.paths.map((p) => p.refs)).toEqual([
      [DRIVER, 'organization:200340023456', ORGANIZER, INVITING_FIRM],
    ]);
    expect(result.graph.edges.map((e) => e.kind).sort()).toEqual(['director', 'founder', 'trip']);
  });

  it('drops paths longer than maxHops in entity hops, with their nodes', async () => {
    // The raw bound (2 × 2 relationships) admits trip + founder + director: 3 entity hops.
    const result = await shortestPaths(executor, DRIVER, INVITING_FIRM, {
      maxHops: 2,
      avoid: [AHMADI, OKAFOR],
    });
    expect(result.paths).toEqual([]);
    expect(result.graph.nodes).toEqual([]);
  });

  it('links two people who share one document', async () => {
    const result = await shortestPaths(executor, NGUYEN, TRAN, { maxHops: 2 });
    expect(result.paths.map((p) => p.refs)).toEqual([[NGUYEN, 'document:VNM:C1122334', TRAN]]);
  });

  it('returns nothing beyond maxHops', async () => {
    expect((await shortestPaths(executor, DRIVER, UNIVERSITY, { maxHops: 1 })).paths).toEqual([]);
    expect((await shortestPaths(executor, DRIVER, UNIVERSITY, { maxHops: 2 })).paths.length).toBe(
      1,
    );
  });
});

describe('timeline', () => {
  it('lists a network’s events by date with sources', async () => {
    const t = await timeline(executor, 'network:net-fixture-1', { from: '2025-01-01' });
    expect(t.total).toBe(13);
    expect(t.facts[0]).toMatchObject({
      ref: 'invitation:INV-1',
      source: { file: 'invitations.csv', line: 2 },
    });
    expect(t.facts.at(-1)?.ref).toBe('violation:VIO-2');
    expect(t.facts.map((f) => f.date)).toEqual([...t.facts.map((f) => f.date)].sort());
    const all = await timeline(executor, 'network:net-fixture-1');
    expect(all.total).toBe(14);
  });

  it('lists an entity’s events within a window', async () => {
    const t = await timeline(executor, INVITING_FIRM, { from: '2025-02-02', to: '2025-02-28' });
    expect(t.facts.map((f) => f.ref)).toEqual(['invitation:INV-2']);
  });

  it('reports unknown subjects', async () => {
    await expect(timeline(executor, 'network:none')).rejects.toBeInstanceOf(EntityNotFoundError);
  });
});

describe('displayNames', () => {
  it('names parties by their names and a passport by its holders, both of a conflict', async () => {
    const [ahmadi, nguyen, tran] = await Promise.all(
      [AHMADI, NGUYEN, TRAN].map(async (ref) => (await profile(executor, ref)).entity.label),
    );
    const names = await displayNames(executor, [
      AHMADI,
      'document:AFG:P1234567',
      'document:VNM:C1122334',
      'document:XXA:NOSUCH1',
    ]);
    expect(Object.fromEntries(names)).toEqual({
      [AHMADI]: ahmadi,
      'document:AFG:P1234567': ahmadi,
      'document:VNM:C1122334': `${nguyen} / ${tran}`,
    });
  });
});

describe('networkGraph', () => {
  it('draws the members of a network and the records between them', async () => {
    const view = await networkGraph(executor, 'net-fixture-1');
    expectConsistent(view);
    expect(view.nodes.length).toBe(10);
    expect(refs(view.nodes)).not.toContain(UNIVERSITY);
    expect(
      view.nodes
        .filter((n) => n.organizer)
        .map((n) => n.ref)
        .sort(),
    ).toEqual([ORGANIZER, NOMINEE].sort());
    expect(view.edges).toContainEqual(
      expect.objectContaining({ kind: 'director', source: INVITING_FIRM, target: ORGANIZER }),
    );
    expect(view.edges).toContainEqual(
      expect.objectContaining({
        kind: 'registration',
        source: NOMINEE,
        target: RUBBER_FLAT,
        count: 3,
      }),
    );
  });

  it('reports an unknown network', async () => {
    await expect(networkGraph(executor, 'none')).rejects.toBeInstanceOf(EntityNotFoundError);
  });
});

import { describe, expect, it } from 'vitest';
import type { Partition } from '../analytics/louvain.js';
import { buildCandidates } from './candidates.js';
import { channelsAtEmployerSite } from './fixtures/small-networks.js';
import type { Projection } from './projection.js';

function oneCommunity(graph: Projection): Partition {
  return {
    communities: Object.fromEntries(graph.nodes().map((n) => [n, 0])),
    count: 1,
    modularity: 0,
  };
}

describe('buildCandidates', () => {
  it('keeps a clean employer, its workers and its building site out of the channels beside it', () => {
    const net = channelsAtEmployerSite();
    const candidates = buildCandidates(
      net.graph,
      oneCommunity(net.graph),
      net.candidate.hits,
      (ref) => ref === 'organization:BIG',
    );
    const members = candidates.flatMap((c) => c.members);
    expect(members).not.toContain('organization:BIG');
    expect(members).not.toContain('address:rka:site');
    expect(members).not.toContain('address:rka:hostel');
    expect(members.filter((m) => m.startsWith('foreigner:w'))).toEqual([]);
  });

  it('reports two channels that only shared the employer’s site as two networks', () => {
    const net = channelsAtEmployerSite();
    const candidates = buildCandidates(
      net.graph,
      oneCommunity(net.graph),
      net.candidate.hits,
      (ref) => ref === 'organization:BIG',
    );
    const withSub = (k: string) =>
      candidates.filter((c) => c.members.includes(`organization:SUB${k}`));
    expect(withSub('A')).toHaveLength(1);
    expect(withSub('B')).toHaveLength(1);
    expect(withSub('A')[0]).not.toBe(withSub('B')[0]);
    expect(withSub('A')[0]?.members).toEqual(
      expect.arrayContaining(['person:OWNERA', 'address:rka:houseA', 'foreigner:A-0']),
    );
    expect(withSub('A')[0]?.hits.map((h) => h.subject)).toEqual(['organization:SUBA']);
  });

  it('leaves out a site a hit names when most foreigners seen there are not the channel’s', () => {
    const net = channelsAtEmployerSite();
    const channelHits = net.candidate.hits.filter((h) => h.patternId === 'unpermitted-employment');
    const candidates = buildCandidates(net.graph, oneCommunity(net.graph), channelHits);
    const channel = candidates.find((c) => c.members.includes('organization:SUBA'));
    expect(channel?.members).not.toContain('address:rka:site');
  });
});

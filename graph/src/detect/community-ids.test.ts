import { describe, expect, it } from 'vitest';
import { changedCommunityIds } from './community-ids.js';
import { newProjection } from './projection.js';

describe('changedCommunityIds', () => {
  it('keeps only the ids a projected node does not already hold, by element id', () => {
    const graph = newProjection();
    graph.addNode('person:1', { kind: 'person', elementId: '4:db:1', storedCommunity: 7 });
    graph.addNode('person:2', { kind: 'person', elementId: '4:db:2', storedCommunity: 7 });
    graph.addNode('address:rka:3', { kind: 'address', elementId: '4:db:3' });
    const ids = new Map([
      ['person:1', 7],
      ['person:2', 9],
      ['address:rka:3', 9],
    ]);
    expect(changedCommunityIds(graph, ids)).toEqual([
      { e: '4:db:2', c: 9 },
      { e: '4:db:3', c: 9 },
    ]);
  });
  it('writes everything on a first run, when no node holds an id', () => {
    const graph = newProjection();
    graph.addNode('foreigner:UZB:FA1', { kind: 'foreigner', elementId: '4:db:9' });
    expect(changedCommunityIds(graph, new Map([['foreigner:UZB:FA1', 4]]))).toEqual([
      { e: '4:db:9', c: 4 },
    ]);
  });
  it('refuses a changed node it cannot address', () => {
    const graph = newProjection();
    graph.addNode('vehicle:123ABC02', { kind: 'vehicle' });
    expect(() => changedCommunityIds(graph, new Map([['vehicle:123ABC02', 1]]))).toThrow(
      /element id/,
    );
  });
});

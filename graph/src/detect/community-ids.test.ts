import { describe, expect, it } from 'vitest';
import { changedCommunityIds } from './community-ids.js';
import { newProjection } from './projection.js';

describe('changedCommunityIds', () => {
  it('keeps only the ids a projected node does not already hold', () => {
    const graph = newProjection();
    graph.addNode('person:1', { kind: 'person', storedCommunity: 7 });
    graph.addNode('person:2', { kind: 'person', storedCommunity: 7 });
    graph.addNode('address:rka:3', { kind: 'address' });
    const ids = { 'person:1': 7, 'person:2': 9, 'address:rka:3': 9 };
    expect(changedCommunityIds(graph, ids)).toEqual({ 'person:2': 9, 'address:rka:3': 9 });
  });
  it('writes everything on a first run, when no node holds an id', () => {
    const graph = newProjection();
    graph.addNode('foreigner:UZB:FA1', { kind: 'foreigner' });
    expect(changedCommunityIds(graph, { 'foreigner:UZB:FA1': 4 })).toEqual({
      'foreigner:UZB:FA1': 4,
    });
  });
});

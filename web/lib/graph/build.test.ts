import { describe, expect, it } from 'vitest';
import type { GraphEdge, SubGraph } from '@/lib/api/types';
import { createNetworkGraph, mergeSubGraph, sizeScale } from './build';
import { nodeSize } from './style';

const person = (key: string, extra: Partial<SubGraph['nodes'][number]> = {}) => ({
  ref: `person:${key}`,
  kind: 'person' as const,
  label: `P${key}`,
  ...extra,
});
const edge = (source: string, target: string, extra: Partial<GraphEdge> = {}): GraphEdge => ({
  id: `${source}-${target}-${extra.type ?? 'invitation'}`,
  source: `person:${source}`,
  target: `person:${target}`,
  type: 'invitation',
  count: 1,
  facts: [],
  ...extra,
});

describe('mergeSubGraph', () => {
  it('folds the links of one pair into one edge with every kind, the date span and the sources', () => {
    const graph = createNetworkGraph();
    const added = mergeSubGraph(graph, {
      nodes: [person('1', { organizerRank: 1, role: 'organizer' }), person('2'), person('3')],
      edges: [
        edge('1', '2', {
          count: 2,
          firstDate: '2024-03-01',
          lastDate: '2024-05-01',
          facts: [{ file: 'invitations.csv', line: 7 }],
        }),
        edge('2', '1', {
          type: 'registration',
          count: 3,
          firstDate: '2024-01-15',
          lastDate: '2024-02-01',
          facts: [
            { file: 'registrations.csv', line: 4 },
            { file: 'invitations.csv', line: 7 },
          ],
        }),
        edge('1', '1'),
        edge('1', '9'),
      ],
    });
    expect(added).toEqual(['person:1', 'person:2', 'person:3']);
    expect(graph.size).toBe(1);
    const folded = graph.getEdgeAttributes(graph.edge('person:1', 'person:2')!);
    expect(folded).toMatchObject({
      types: ['invitation', 'registration'],
      weight: 5,
      first: '2024-01-15',
      last: '2024-05-01',
    });
    expect(folded.sources.sort()).toEqual(['invitations.csv:7', 'registrations.csv:4']);
    expect(graph.getNodeAttributes('person:2')).toMatchObject({
      firstSeen: '2024-01-15',
      lastSeen: '2024-05-01',
      type: 'entity',
    });
    expect(graph.getNodeAttributes('person:3').firstSeen).toBeUndefined();
    expect(graph.getNodeAttributes('person:1').size).toBe(
      nodeSize({ degree: 1, role: 'organizer', organizerRank: 1 }),
    );
  });

  it('merges an expansion into the graph: known nodes keep their place, links and spans grow', () => {
    const graph = createNetworkGraph();
    mergeSubGraph(graph, {
      nodes: [person('1'), person('2')],
      edges: [edge('1', '2', { firstDate: '2024-03-01', lastDate: '2024-03-01' })],
    });
    graph.mergeNodeAttributes('person:1', { x: 500, y: -500 });
    const added = mergeSubGraph(graph, {
      nodes: [person('1', { label: 'Renamed', role: 'inviter' }), person('4')],
      edges: [
        edge('1', '2', { count: 4, firstDate: '2023-12-31', lastDate: '2024-01-02' }),
        edge('1', '4', { lastDate: '2025-01-01', firstDate: '2025-01-01' }),
      ],
    });
    expect(added).toEqual(['person:4']);
    expect(graph.getNodeAttributes('person:1')).toMatchObject({
      label: 'Renamed',
      role: 'inviter',
      x: 500,
      y: -500,
      firstSeen: '2023-12-31',
      lastSeen: '2025-01-01',
    });
    expect(graph.getEdgeAttributes(graph.edge('person:1', 'person:2')!)).toMatchObject({
      weight: 5,
      first: '2023-12-31',
      last: '2024-03-01',
    });
    // The new node starts next to the node it was reached from.
    const fresh = graph.getNodeAttributes('person:4');
    expect(Math.abs(fresh.x - 500)).toBeLessThanOrEqual(10);
    expect(Math.abs(fresh.y + 500)).toBeLessThanOrEqual(10);
    expect(graph.getNodeAttributes('person:1').size).toBe(nodeSize({ degree: 2, role: 'inviter' }));
  });
});

describe('sizeScale', () => {
  it('keeps sizes up to 400 nodes and halves them, at most, for thousands', () => {
    expect(sizeScale(1)).toBe(1);
    expect(sizeScale(400)).toBe(1);
    expect(sizeScale(1_600)).toBe(0.5);
    expect(sizeScale(5_000)).toBe(0.45);
  });
});

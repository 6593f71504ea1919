import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { personalizedPageRank } from './personalized-pagerank.js';

describe('personalizedPageRank', () => {
  it('lets evidence on the leaves of a star flow to its centre', () => {
    const graph = new Graph({ type: 'undirected' });
    for (const leaf of ['a', 'b', 'c', 'd']) graph.mergeEdge('hub', leaf, { weight: 1 });
    const rank = personalizedPageRank(
      graph,
      new Map([
        ['a', 1],
        ['b', 1],
        ['c', 1],
        ['d', 1],
      ]),
    );
    const hub = rank.get('hub') ?? 0;
    for (const leaf of ['a', 'b', 'c', 'd']) expect(hub).toBeGreaterThan(rank.get(leaf) ?? 0);
    const total = [...rank.values()].reduce((s, x) => s + x, 0);
    expect(total).toBeCloseTo(1, 6);
  });

  it('stays on the prior where there are no edges', () => {
    const graph = new Graph({ type: 'undirected' });
    graph.addNode('x');
    graph.addNode('y');
    const rank = personalizedPageRank(
      graph,
      new Map([
        ['x', 3],
        ['y', 1],
      ]),
    );
    expect(rank.get('x')).toBeCloseTo(0.75, 6);
  });
});

import Graph from 'graphology';
import modularity from 'graphology-metrics/graph/modularity.js';
import { describe, expect, it } from 'vitest';
import { karateClub } from './fixtures/karate.js';
import { louvain } from './louvain.js';

/** `k` cliques of `size` nodes, clique i joined to clique i+1 by one edge. */
function ringOfCliques(k: number, size: number): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (let c = 0; c < k; c++) {
    for (let i = 0; i < size; i++) graph.addNode(`${c}-${i}`);
    for (let i = 0; i < size; i++) {
      for (let j = i + 1; j < size; j++) graph.addEdge(`${c}-${i}`, `${c}-${j}`, { weight: 1 });
    }
  }
  for (let c = 0; c < k; c++) graph.addEdge(`${c}-0`, `${(c + 1) % k}-1`, { weight: 1 });
  return graph;
}

describe('louvain (seeded)', () => {
  it('finds a partition of the karate club with modularity ≥ 0.41', () => {
    const graph = karateClub();
    for (const seed of [1, 7, 42]) {
      const partition = louvain(graph, { seed });
      expect(graph.edges()).toHaveLength(78);
      expect(partition.modularity).toBeGreaterThanOrEqual(0.41);
      // The reported modularity is the partition's, as an independent metric computes it.
      const q = modularity(graph, {
        getNodeCommunity: (node: string) => partition.communities[node] ?? -1,
      });
      expect(q).toBeCloseTo(partition.modularity, 6);
    }
  });

  it('recovers planted clusters exactly', () => {
    const graph = ringOfCliques(6, 8);
    const partition = louvain(graph, { seed: 3 });
    expect(partition.count).toBe(6);
    for (let c = 0; c < 6; c++) {
      const ids = new Set(Array.from({ length: 8 }, (_, i) => partition.communities[`${c}-${i}`]));
      expect(ids.size).toBe(1);
    }
  });

  it('gives the same partition for the same seed', () => {
    const graph = karateClub();
    expect(louvain(graph, { seed: 9 }).communities).toEqual(
      louvain(graph, { seed: 9 }).communities,
    );
  });

  it('honours edge weights and the resolution', () => {
    const graph = ringOfCliques(4, 5);
    // A heavy bridge ties cliques 0 and 1 together.
    graph.setEdgeAttribute(graph.edge('0-0', '1-1') ?? '', 'weight', 50);
    const weighted = louvain(graph, { seed: 1 });
    expect(weighted.communities['0-0']).toBe(weighted.communities['1-1']);
    expect(louvain(ringOfCliques(4, 5), { seed: 1 }).communities['0-0']).not.toBe(
      louvain(ringOfCliques(4, 5), { seed: 1 }).communities['1-1'],
    );
    const fine = louvain(graph, { seed: 1, resolution: 0.01 });
    expect(fine.count).toBeLessThan(weighted.count);
  });

  it('returns an empty partition for an empty graph', () => {
    expect(louvain(new Graph(), { seed: 1 })).toEqual({ communities: {}, count: 0, modularity: 0 });
  });
});

import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { mulberry32 } from '@arna/graph';
import type { GraphView } from '@arna/graph/investigate';

export interface Point {
  x: number;
  y: number;
}

/** Iterations of ForceAtlas2: enough for a few hundred nodes to settle on one core. */
const ITERATIONS = 400;

/**
 * Node positions for the brief's picture: ForceAtlas2 (Jacomy et al. 2014,
 * doi:10.1371/journal.pone.0098679), synchronous, from a start seeded by the network id, so
 * the same network is drawn the same way in every language and every export. Edge weight is
 * the number of records behind a link; parallel links of different kinds add up.
 */
export function layoutGraph(view: GraphView, seed: string): Map<string, Point> {
  const graph = new Graph({ type: 'undirected' });
  const random = mulberry32(hash(seed));
  const refs = view.nodes.map((n) => n.ref).sort();
  for (const ref of refs) graph.addNode(ref, { x: random() * 100, y: random() * 100 });
  for (const edge of view.edges) {
    if (edge.source === edge.target) continue;
    graph.updateEdge(edge.source, edge.target, (attributes) => ({
      weight: ((attributes['weight'] as number | undefined) ?? 0) + edge.count,
    }));
  }
  if (graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations: ITERATIONS,
      getEdgeWeight: 'weight',
      settings: {
        ...forceAtlas2.inferSettings(graph),
        // Square-root weights: a 40-record link pulls harder than a single one without crushing the picture.
        edgeWeightInfluence: 0.5,
        gravity: 1,
        barnesHutOptimize: graph.order > 300,
      },
    });
  }
  return new Map(
    graph.mapNodes((ref, attributes) => [
      ref,
      { x: attributes['x'] as number, y: attributes['y'] as number },
    ]),
  );
}

/** FNV-1a of a string: the seed of the start positions. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

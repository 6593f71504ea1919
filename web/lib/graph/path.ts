import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { NetworkGraph } from './build';

/** Shortest path inside the graph already on screen (instant; the API searches the database). */
export function localPath(graph: NetworkGraph, from: string, to: string): string[] | undefined {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return undefined;
  return bidirectional(graph, from, to) ?? undefined;
}

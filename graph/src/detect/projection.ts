import Graph from 'graphology';
import type { Executor } from '../db/executor.js';
import { cypherFile } from '../db/cypher-files.js';
import { loadDomainConfig } from './domain-config.js';

/**
 * Why two projected nodes are linked: shared records (`event`), the register's director or
 * founder of a firm, a phone or address the register gives a party (`owns`), a phone a party
 * gave on a record (`contact`), one document held by several foreigners.
 */
export type LinkKind = 'event' | 'founder' | 'director' | 'owns' | 'contact' | 'document';

/** Strongest first: an edge that is both a shared record and a founder link is a founder link. */
const PRECEDENCE: readonly LinkKind[] = [
  'founder',
  'director',
  'owns',
  'contact',
  'document',
  'event',
];

export type LinkWeights = Record<LinkKind, number>;

export interface ProjectedNode {
  kind: string;
  /** The node's element id in Neo4j: community ids are written back by a direct seek. */
  elementId?: string;
  /** The `communityId` the node holds from the last detection, so only changes are written. */
  storedCommunity?: number;
}

export interface ProjectedEdge {
  /** Louvain weight: records per kind times the kind's weight, summed. */
  weight: number;
  link: LinkKind;
}

/** Parties, foreigners, addresses, phones, vehicles (and shared documents), keyed by entity ref. */
export type Projection = Graph<ProjectedNode, ProjectedEdge>;

export function kindOf(ref: string): string {
  return ref.slice(0, ref.indexOf(':'));
}

export function newProjection(): Projection {
  return new Graph<ProjectedNode, ProjectedEdge>({ type: 'undirected', multi: false });
}

function stronger(a: LinkKind, b: LinkKind): LinkKind {
  return PRECEDENCE.indexOf(a) <= PRECEDENCE.indexOf(b) ? a : b;
}

/** Adds `count` records of kind `link` to the edge a–b, creating nodes and edge as needed. */
export function addLink(
  graph: Projection,
  a: string,
  b: string,
  count: number,
  link: LinkKind,
  weights: LinkWeights,
): void {
  if (a === b) return;
  if (!graph.hasNode(a)) graph.addNode(a, { kind: kindOf(a) });
  if (!graph.hasNode(b)) graph.addNode(b, { kind: kindOf(b) });
  const weight = count * weights[link];
  const edge = graph.edge(a, b);
  if (edge === undefined) {
    graph.addEdge(a, b, { weight, link });
    return;
  }
  graph.updateEdgeAttributes(edge, (attrs) => ({
    weight: attrs.weight + weight,
    link: stronger(attrs.link, link),
  }));
}

/** Keeps what writing the node's community back needs: its element id and stored id. */
function noteStored(
  graph: Projection,
  ref: string,
  elementId: string | undefined,
  community: number | null,
): void {
  if (!graph.hasNode(ref)) return;
  if (elementId !== undefined) graph.setNodeAttribute(ref, 'elementId', elementId);
  if (community !== null) graph.setNodeAttribute(ref, 'storedCommunity', community);
}

/**
 * Projects the loaded graph into graphology, folding event nodes into weighted edges.
 * Both queries aggregate in Neo4j and their rows are streamed into the graph, so memory is
 * bounded by the projection, not by the raw events.
 */
export async function project(
  executor: Executor,
  weights: LinkWeights,
  timeoutMs: number,
): Promise<Projection> {
  return executor.transaction(
    { mode: 'read', timeoutMs, label: 'detect:projection' },
    async (tx) => {
      // A managed transaction may be retried: start from an empty graph each attempt.
      const graph = newProjection();
      for await (const record of tx.run(cypherFile('detect/projection-foreigners'))) {
        const foreigner = record.get('foreigner') as string;
        const others = record.get('others') as string[];
        const counts = record.get('weights') as number[];
        const stored = record.get('stored') as (number | null)[];
        const elementIds = record.get('elementIds') as string[];
        others.forEach((other, i) =>
          addLink(graph, foreigner, other, counts[i] ?? 1, 'event', weights),
        );
        noteStored(
          graph,
          foreigner,
          record.get('foreignerElementId') as string,
          record.get('foreignerStored') as number | null,
        );
        others.forEach((other, i) => noteStored(graph, other, elementIds[i], stored[i] ?? null));
      }
      for await (const record of tx.run(cypherFile('detect/projection-links'))) {
        const a = record.get('a') as string | null;
        const b = record.get('b') as string | null;
        if (a && b) {
          addLink(
            graph,
            a,
            b,
            record.get('weight') as number,
            record.get('link') as LinkKind,
            weights,
          );
          noteStored(
            graph,
            a,
            record.get('aElementId') as string,
            record.get('aStored') as number | null,
          );
          noteStored(
            graph,
            b,
            record.get('bElementId') as string,
            record.get('bStored') as number | null,
          );
        }
      }
      return graph;
    },
  );
}

/** The projection detection runs on, with the weights and time limit of config/domain.json. */
export async function projectForDetection(executor: Executor): Promise<Projection> {
  const config = loadDomainConfig();
  return project(executor, config.weights.projection, config.detection.patternTimeoutMs * 4);
}

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

/**
 * Adds a node with what writing its community back needs: its element id and stored id. A
 * hub comes on thousands of rows with the same values; only its first row adds it.
 */
function addNode(
  graph: Projection,
  ref: string,
  elementId: string,
  storedCommunity: number | null,
): void {
  if (graph.hasNode(ref)) return;
  graph.addNode(ref, {
    kind: kindOf(ref),
    elementId,
    ...(storedCommunity === null ? {} : { storedCommunity }),
  });
}

/** A row of projection-foreigners.cypher: a foreigner and what its records link it to. */
export function addForeignerRow(
  graph: Projection,
  record: { get(key: string): unknown },
  weights: LinkWeights,
): void {
  const foreigner = record.get('foreigner') as string;
  const others = record.get('others') as string[];
  const counts = record.get('weights') as number[];
  const stored = record.get('stored') as number[];
  const elementIds = record.get('elementIds') as string[];
  addNode(
    graph,
    foreigner,
    record.get('foreignerElementId') as string,
    record.get('foreignerStored') as number | null,
  );
  others.forEach((other, i) => {
    // -1: the node holds no community id yet (a list cannot carry nulls).
    const community = stored[i] ?? -1;
    addNode(graph, other, elementIds[i] as string, community === -1 ? null : community);
    // The query gives each foreigner one row and each of its others once, so the edge is
    // new (graphology throws if that ever stops being true).
    graph.addEdge(foreigner, other, { weight: (counts[i] ?? 1) * weights.event, link: 'event' });
  });
}

/** A row of projection-links.cypher: two linked entities and why. */
export function addLinkRow(
  graph: Projection,
  record: { get(key: string): unknown },
  weights: LinkWeights,
): void {
  const a = record.get('a') as string | null;
  const b = record.get('b') as string | null;
  if (!a || !b) return;
  addNode(graph, a, record.get('aElementId') as string, record.get('aStored') as number | null);
  addNode(graph, b, record.get('bElementId') as string, record.get('bStored') as number | null);
  addLink(graph, a, b, record.get('weight') as number, record.get('link') as LinkKind, weights);
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
        addForeignerRow(graph, record, weights);
      }
      for await (const record of tx.run(cypherFile('detect/projection-links'))) {
        addLinkRow(graph, record, weights);
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

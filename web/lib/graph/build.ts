import Graph from 'graphology';
import type { NodeProgramType } from './render-settings';
import type { GraphEdge, GraphNode, SubGraph } from '@/lib/api/types';
import { communityColor, edgeColor, kindColor, kindIcon, nodeSize } from './style';

export interface NodeAttributes {
  label: string;
  kind: GraphNode['kind'];
  subtitle?: string;
  role?: string;
  organizerRank?: number;
  organizer?: boolean;
  community?: string;
  /** Records in the whole graph and whether it is a hub (see GraphNode). */
  records?: number;
  hub?: boolean;
  /** Span of the dated links touching the node, for the time window. */
  firstSeen?: string;
  lastSeen?: string;
  x: number;
  y: number;
  size: number;
  color: string;
  image: string;
  pictoColor: string;
  borderColor: string;
  borderSize: number;
  type: NodeProgramType;
  hidden?: boolean;
  forceLabel?: boolean;
  highlighted?: boolean;
  zIndex?: number;
}

export interface EdgeAttributes {
  types: string[];
  first?: string;
  last?: string;
  /** `file:line` of the records behind the edge (to match pattern evidence). */
  sources: string[];
  weight: number;
  size: number;
  color: string;
  hidden?: boolean;
  zIndex?: number;
}

export type NetworkGraph = Graph<NodeAttributes, EdgeAttributes>;

export function createNetworkGraph(): NetworkGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ type: 'undirected', multi: false });
}

/**
 * Merges an API sub-graph into the sigma graph (reshaping API shapes into sigma attributes).
 * The API may return several links per pair of entities (one per event kind and roles);
 * they are folded into one edge keeping every kind, the date span and the sources. New
 * nodes start near an existing neighbour, so an expansion grows from where it was asked and
 * ForceAtlas2 settles it quickly. Returns the refs that were new.
 *
 * Everything is folded in plain objects first and written with one `graph.import` and one
 * pass over the nodes: a 5,000-node network is built without 40,000 attribute updates.
 */
export function mergeSubGraph(graph: NetworkGraph, sub: SubGraph): string[] {
  const fresh = new Map<string, NodeAttributes>();
  for (const node of sub.nodes) {
    if (graph.hasNode(node.ref)) graph.mergeNodeAttributes(node.ref, definedOnly(node));
    else {
      const known = fresh.get(node.ref);
      if (known) Object.assign(known, definedOnly(node));
      else fresh.set(node.ref, initialAttributes(node, graph.order + fresh.size));
    }
  }
  const exists = (ref: string) => fresh.has(ref) || graph.hasNode(ref);
  const folded = new Map<string, FoldedEdge>();
  const seen = new Map<string, Span>();
  for (const edge of sub.edges) {
    if (edge.source === edge.target || !exists(edge.source) || !exists(edge.target)) continue;
    const pair =
      edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
    const key = pair.join('\n');
    let entry = folded.get(key);
    if (!entry) {
      entry = startFold(graph, edge.source, edge.target);
      folded.set(key, entry);
    }
    foldInto(entry, edge);
    for (const end of [edge.source, edge.target]) {
      const span = seen.get(end) ?? {};
      widen(span, edge.firstDate);
      widen(span, edge.lastDate);
      seen.set(end, span);
    }
  }
  graph.import(
    {
      nodes: [...fresh].map(([key, attributes]) => ({ key, attributes })),
      edges: [...folded.values()].map(({ source, target, attributes, sources }) => ({
        source,
        target,
        attributes: { ...attributes, sources: [...sources], size: edgeSize(attributes.weight) },
      })),
    },
    true,
  );
  // One pass: date spans, sizes by degree (which every expansion changes), start positions.
  const scale = sizeScale(graph.order);
  graph.updateEachNodeAttributes((ref, attributes) => {
    const span = seen.get(ref);
    if (span) {
      widen(span, attributes.firstSeen);
      widen(span, attributes.lastSeen);
      if (span.first) attributes.firstSeen = span.first;
      if (span.last) attributes.lastSeen = span.last;
    }
    attributes.size =
      scale *
      nodeSize({
        degree: graph.degree(ref),
        ...(attributes.role !== undefined ? { role: attributes.role } : {}),
        ...(attributes.organizerRank !== undefined
          ? { organizerRank: attributes.organizerRank }
          : {}),
      });
    if (fresh.has(ref)) placeNearNeighbour(graph, ref, attributes, fresh);
    return attributes;
  });
  return [...fresh.keys()];
}

/**
 * Nodes of big networks are drawn smaller (down to half size at a few thousand nodes): at
 * full size thousands of discs cover one another and every edge, and each covered pixel is
 * still drawn. Up to 400 nodes sizes are as `nodeSize` gives them.
 */
export function sizeScale(order: number): number {
  return Math.max(0.45, Math.min(1, Math.sqrt(400 / Math.max(order, 1))));
}

interface Span {
  first?: string;
  last?: string;
}

function widen(span: Span, date: string | undefined): void {
  if (!date) return;
  if (span.first === undefined || date < span.first) span.first = date;
  if (span.last === undefined || date > span.last) span.last = date;
}

interface FoldedEdge {
  source: string;
  target: string;
  attributes: EdgeAttributes;
  sources: Set<string>;
}

/** The fold of a pair starts from the edge already in the graph, if any. */
function startFold(graph: NetworkGraph, source: string, target: string): FoldedEdge {
  const existing =
    graph.hasNode(source) && graph.hasNode(target) ? graph.edge(source, target) : undefined;
  if (existing === undefined) {
    return {
      source,
      target,
      attributes: { types: [], sources: [], weight: 0, size: 0, color: edgeColor },
      sources: new Set(),
    };
  }
  const attributes = graph.getEdgeAttributes(existing);
  return {
    source,
    target,
    attributes: { ...attributes, types: [...attributes.types] },
    sources: new Set(attributes.sources),
  };
}

function foldInto(entry: FoldedEdge, edge: GraphEdge): void {
  const attributes = entry.attributes;
  if (!attributes.types.includes(edge.type)) attributes.types.push(edge.type);
  for (const fact of edge.facts) entry.sources.add(`${fact.file}:${fact.line}`);
  attributes.weight += edge.count;
  const span: Span = {};
  for (const date of [attributes.first, attributes.last, edge.firstDate, edge.lastDate])
    widen(span, date);
  if (span.first) attributes.first = span.first;
  if (span.last) attributes.last = span.last;
}

function edgeSize(count: number): number {
  return Math.min(4, 0.8 + Math.log2(count + 1) * 0.7);
}

function initialAttributes(node: GraphNode, index: number): NodeAttributes {
  // A golden-angle spiral: deterministic, non-overlapping start for the layout.
  const angle = index * 2.399963;
  const radius = 10 * Math.sqrt(index + 1);
  return {
    ...definedOnly(node),
    label: node.label,
    kind: node.kind,
    x: radius * Math.cos(angle),
    y: radius * Math.sin(angle),
    size: 5,
    color: kindColor[node.kind],
    image: kindIcon(node.kind),
    pictoColor: '#ffffff',
    borderColor: '#ffffff',
    borderSize: 0,
    type: 'entity',
  };
}

function definedOnly(node: GraphNode): Partial<NodeAttributes> {
  const attributes: Partial<NodeAttributes> = {};
  if (node.subtitle !== undefined) attributes.subtitle = node.subtitle;
  if (node.role !== undefined) attributes.role = node.role;
  if (node.organizerRank !== undefined) attributes.organizerRank = node.organizerRank;
  if (node.organizer) attributes.organizer = true;
  if (node.hub) attributes.hub = true;
  if (node.records !== undefined) attributes.records = node.records;
  if (node.community !== undefined) attributes.community = node.community;
  if (node.label) attributes.label = node.label;
  return attributes;
}

/** Puts a new node next to a neighbour that was already placed (if it has one). */
function placeNearNeighbour(
  graph: NetworkGraph,
  ref: string,
  attributes: NodeAttributes,
  fresh: Map<string, NodeAttributes>,
): void {
  const anchor = graph.findNeighbor(ref, (neighbour) => !fresh.has(neighbour));
  if (anchor === undefined) return;
  const { x, y } = graph.getNodeAttributes(anchor);
  attributes.x = x + (Math.random() - 0.5) * 20;
  attributes.y = y + (Math.random() - 0.5) * 20;
}

export type ColourMode = 'kind' | 'community';

export function fillColor(attributes: NodeAttributes, mode: ColourMode): string {
  return mode === 'community' ? communityColor(attributes.community) : kindColor[attributes.kind];
}

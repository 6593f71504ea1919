import Graph from 'graphology';
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
  type: 'entity';
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
 * New nodes start near an existing neighbour, so an expansion grows from where it was asked
 * and ForceAtlas2 settles it quickly. Returns the refs that were new.
 */
export function mergeSubGraph(graph: NetworkGraph, sub: SubGraph): string[] {
  const added: string[] = [];
  for (const node of sub.nodes) {
    if (graph.hasNode(node.ref)) {
      graph.mergeNodeAttributes(node.ref, definedOnly(node));
    } else {
      graph.addNode(node.ref, initialAttributes(node, graph.order));
      added.push(node.ref);
    }
  }
  for (const edge of sub.edges) addEdge(graph, edge);
  placeNearNeighbours(graph, added);
  restyle(graph);
  return added;
}

/**
 * One sigma edge per pair of entities: the API may return several (one per event kind and
 * roles); they are folded, keeping every kind, the date span and the sources.
 */
function addEdge(graph: NetworkGraph, edge: GraphEdge): void {
  if (edge.source === edge.target) return;
  if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) return;
  const sources = edge.facts.map((fact) => `${fact.file}:${fact.line}`);
  const existing = graph.edge(edge.source, edge.target);
  if (existing === undefined) {
    graph.addEdge(edge.source, edge.target, {
      types: [edge.type],
      sources,
      weight: edge.count,
      size: edgeSize(edge.count),
      color: edgeColor,
      ...span([edge.firstDate, edge.lastDate]),
    });
  } else {
    graph.updateEdgeAttributes(existing, (attributes) => {
      const weight = attributes.weight + edge.count;
      return {
        ...attributes,
        types: attributes.types.includes(edge.type)
          ? attributes.types
          : [...attributes.types, edge.type],
        sources: [...new Set([...attributes.sources, ...sources])],
        weight,
        size: edgeSize(weight),
        ...span([attributes.first, attributes.last, edge.firstDate, edge.lastDate]),
      };
    });
  }
  for (const end of [edge.source, edge.target]) {
    graph.updateNodeAttributes(end, (attributes) => {
      const seen = span([attributes.firstSeen, attributes.lastSeen, edge.firstDate, edge.lastDate]);
      return {
        ...attributes,
        ...(seen.first ? { firstSeen: seen.first } : {}),
        ...(seen.last ? { lastSeen: seen.last } : {}),
      };
    });
  }
}

function edgeSize(count: number): number {
  return Math.min(4, 0.8 + Math.log2(count + 1) * 0.7);
}

/** Earliest and latest of some ISO dates (undefined ones ignored). */
function span(dates: (string | undefined)[]): { first?: string; last?: string } {
  const known = dates.filter((date): date is string => Boolean(date)).sort();
  const first = known[0];
  const last = known[known.length - 1];
  return first && last ? { first, last } : {};
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
  if (node.community !== undefined) attributes.community = node.community;
  if (node.label) attributes.label = node.label;
  return attributes;
}

function placeNearNeighbours(graph: NetworkGraph, added: string[]): void {
  const fresh = new Set(added);
  for (const ref of added) {
    const anchor = graph.neighbors(ref).find((neighbour) => !fresh.has(neighbour));
    if (anchor === undefined) continue;
    const { x, y } = graph.getNodeAttributes(anchor);
    graph.mergeNodeAttributes(ref, {
      x: x + (Math.random() - 0.5) * 20,
      y: y + (Math.random() - 0.5) * 20,
    });
  }
}

/** Recomputes sizes (degree changes with every expansion). */
function restyle(graph: NetworkGraph): void {
  graph.forEachNode((ref, attributes) => {
    graph.setNodeAttribute(
      ref,
      'size',
      nodeSize({
        degree: graph.degree(ref),
        ...(attributes.role !== undefined ? { role: attributes.role } : {}),
        ...(attributes.organizerRank !== undefined
          ? { organizerRank: attributes.organizerRank }
          : {}),
      }),
    );
  });
}

export type ColourMode = 'kind' | 'community';

export function fillColor(attributes: NodeAttributes, mode: ColourMode): string {
  return mode === 'community' ? communityColor(attributes.community) : kindColor[attributes.kind];
}

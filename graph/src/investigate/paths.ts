import { cypherFile } from '../db/cypher-files.js';
import type { Executor } from '../db/executor.js';
import { EntityNotFoundError } from './errors.js';
import { GraphViewBuilder, type GraphView, type LinkRecord } from './graph-view.js';
import type { Fact } from './facts.js';
import { kindOf, sourceOf, summarize, type NodeSummary, type PlainNode } from './nodes.js';
import { limitWithin } from './options.js';
import { isEventKind, parseEntityRef, type EventKind } from './refs.js';
import { resolveRefs } from './resolve.js';
import { NO_ANNOTATION } from './annotations.js';

export interface PathOptions {
  /** Longest path in entity hops (an event or register relation between two entities), 1–8 (default 4). */
  maxHops?: number;
  /** Entities no path may pass through (a national carrier, a university…). */
  avoid?: readonly string[];
  /** Most paths, 1–50 (default 10). */
  limit?: number;
}

export interface EntityPath {
  /** Entity references from `a` to `b`. */
  refs: string[];
  /** Ids of the edges of `graph` along the path, one per hop. */
  edges: string[];
}

export interface PathsResult {
  paths: EntityPath[];
  /** Every node and edge of the paths, in the folded form of README.md "Graph view". */
  graph: GraphView;
}

interface Segment {
  start: PlainNode;
  relationship: { type: string; startElementId: string; properties: Record<string, unknown> };
  end: PlainNode;
}

/**
 * All shortest connections between two entities. In the stored graph an event sits between
 * its participants, so a hop through an event is two relationships and the search bound is
 * twice `maxHops`; paths are folded back to entity hops, and those longer than `maxHops`
 * (possible when the shortest raw path runs through several register relations) are dropped.
 */
export async function shortestPaths(
  executor: Executor,
  a: string,
  b: string,
  options: PathOptions = {},
): Promise<PathsResult> {
  const maxHops = limitWithin('maxHops', options.maxHops, 4, 8);
  const limit = limitWithin('limit', options.limit, 10, 50);
  const ends = [parseEntityRef(a), parseEntityRef(b)];
  const avoid = (options.avoid ?? []).map(parseEntityRef);
  const nodes = await resolveRefs(executor, [...ends, ...avoid]);
  const [from, to] = ends.map((end) => {
    const node = nodes.get(end.ref);
    if (!node) throw new EntityNotFoundError(end.ref);
    return node;
  }) as [PlainNode, PlainNode];

  const builder = new GraphViewBuilder();
  if (from.elementId === to.elementId) {
    builder.addNode(summarize(from), 0);
    return {
      paths: [{ refs: [summarize(from).ref], edges: [] }],
      graph: builder.build(false, () => NO_ANNOTATION),
    };
  }
  const rows = await executor.run(
    cypherFile('queries/investigate-shortest-paths').replaceAll(
      '{{maxLength}}',
      String(2 * maxHops),
    ),
    {
      a: from.elementId,
      b: to.elementId,
      avoid: avoid.flatMap((r) => nodes.get(r.ref)?.elementId ?? []),
      limit,
    },
    { label: 'investigate:paths', timeoutMs: 20_000 },
  );
  // Two trips of one driver with one foreigner are two raw paths but one folded path.
  const paths = new Map<string, EntityPath>();
  for (const row of rows) {
    const folded = foldPath(row['path'] as Segment[]);
    if (folded.hops.length > maxHops) continue;
    const path = addPath(builder, folded);
    paths.set(path.edges.join(' '), path);
  }
  return { paths: [...paths.values()], graph: builder.build(false, () => NO_ANNOTATION) };
}

/** A path read back as entities and the record (event or register relation) of each hop. */
interface FoldedPath {
  nodes: NodeSummary[];
  hops: (
    | { event: Pick<Fact, 'ref' | 'kind' | 'date' | 'source'>; from: Role; to: Role }
    | { link: LinkRecord }
  )[];
}

interface Role {
  ref: string;
  role: string;
}

/** Walks a raw path, turning entity–event–entity runs into one hop each. */
function foldPath(segments: Segment[]): FoldedPath {
  const folded: FoldedPath = { nodes: [], hops: [] };
  const first = segments[0];
  if (!first) return folded;
  folded.nodes.push(summarize(first.start));
  let current = folded.nodes[0]!.ref;
  let pending: { event: PlainNode; role: string; from: string } | null = null;
  for (const { start, relationship, end } of segments) {
    // Segments run in path order; the relationship may point either way.
    const role = relationship.type.toLowerCase();
    if (isEventKind(kindOf(end))) {
      pending = { event: end, role, from: current };
      continue;
    }
    const next = summarize(end);
    folded.nodes.push(next);
    if (pending) {
      const event = summarize(pending.event);
      const date = pending.event.properties['date'];
      folded.hops.push({
        event: {
          ref: event.ref,
          kind: event.kind as EventKind,
          date: typeof date === 'string' ? date : null,
          source: sourceOf(pending.event.properties),
        },
        from: { ref: pending.from, role: pending.role },
        to: { ref: next.ref, role },
      });
      pending = null;
    } else {
      const forward = relationship.startElementId === start.elementId;
      folded.hops.push({
        link: {
          type: role,
          start: forward ? current : next.ref,
          end: forward ? next.ref : current,
          source: sourceOf(relationship.properties),
        },
      });
    }
    current = next.ref;
  }
  return folded;
}

/** Puts a folded path into the view; returns its entity references and edge ids. */
function addPath(builder: GraphViewBuilder, folded: FoldedPath): EntityPath {
  folded.nodes.forEach((node, i) => builder.addNode(node, i));
  const edges = folded.hops.flatMap((hop) =>
    'link' in hop
      ? (builder.addLink(hop.link) ?? [])
      : [builder.addCooccurrence(hop.event, hop.from, hop.to)],
  );
  return { refs: folded.nodes.map((n) => n.ref), edges };
}

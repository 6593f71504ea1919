import { cypherFile } from '../db/cypher-files.js';
import type { Executor } from '../db/executor.js';
import { EntityNotFoundError } from './errors.js';
import { GraphViewBuilder, type GraphView } from './graph-view.js';
import { kindOf, sourceOf, summarize, type PlainNode } from './nodes.js';
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
    const path = foldPath(builder, row['path'] as Segment[]);
    if (path.edges.length <= maxHops) paths.set(path.edges.join(' '), path);
  }
  return { paths: [...paths.values()], graph: builder.build(false, () => NO_ANNOTATION) };
}

/** Walks a raw path, turning entity–event–entity runs into folded edges. */
function foldPath(builder: GraphViewBuilder, segments: Segment[]): EntityPath {
  const path: EntityPath = { refs: [], edges: [] };
  const visit = (node: PlainNode): string => {
    const summary = summarize(node);
    builder.addNode(summary, path.refs.length);
    path.refs.push(summary.ref);
    return summary.ref;
  };
  const first = segments[0];
  if (!first) return path;
  let current = visit(first.start);
  let pending: { event: PlainNode; role: string; from: string } | null = null;
  for (const { start, relationship, end } of segments) {
    // Segments run in path order; the relationship may point either way.
    const next = end;
    const role = relationship.type.toLowerCase();
    const nextKind = kindOf(next);
    if (isEventKind(nextKind)) {
      pending = { event: next, role, from: current };
      continue;
    }
    const ref = visit(next);
    if (pending) {
      const event = summarize(pending.event);
      const fact = {
        ref: event.ref,
        kind: event.kind as EventKind,
        date:
          typeof pending.event.properties['date'] === 'string'
            ? pending.event.properties['date']
            : null,
        source: sourceOf(pending.event.properties),
      };
      path.edges.push(
        builder.addCooccurrence(fact, { ref: pending.from, role: pending.role }, { ref, role }),
      );
      pending = null;
    } else {
      const forward = relationship.startElementId === start.elementId;
      const link = {
        type: role,
        start: forward ? current : ref,
        end: forward ? ref : current,
        source: sourceOf(relationship.properties),
      };
      const id = builder.addLink(link);
      if (id) path.edges.push(id);
    }
    current = ref;
  }
  return path;
}

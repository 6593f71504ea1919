import { cypherFile } from '../db/cypher-files.js';
import type { Executor } from '../db/executor.js';
import { EntityNotFoundError, InvalidArgumentError } from './errors.js';
import { factFromRow, type Fact } from './facts.js';
import { eventSummary, GraphViewBuilder, type GraphView, type LinkRecord } from './graph-view.js';
import { summarize, type NodeSummary, type PlainNode } from './nodes.js';
import { dateWindow, entityKinds, eventKinds, limitWithin, type DateWindow } from './options.js';
import {
  ENTITY_KINDS,
  labelOfKind,
  parseEntityRef,
  type EntityKind,
  type EventKind,
} from './refs.js';
import { resolveRefs } from './resolve.js';
import { readLink } from './links.js';
import { annotate, DEFAULT_PER_NODE, NO_ANNOTATION } from './annotations.js';
import { inOneReadTransaction, type Reader } from './reader.js';

export interface ExpandOptions extends DateWindow {
  /** Kinds of neighbour to include (default: every entity kind but `document`; seeds always stay). */
  kinds?: readonly EntityKind[];
  /** Kinds of event to follow (default: all). Register relations are undated and always followed. */
  eventKinds?: readonly EventKind[];
  /** Hops from the seeds, 1–3 (default 1). */
  depth?: number;
  /** Most nodes in the result, 1–500 (default 200). */
  limit?: number;
  /** Most events (and register relations) read per expanded node, newest first, 1–1000 (default 100). */
  perNodeLimit?: number;
  /** `folded` (default): entities only, events folded into edges; `events`: events are nodes. */
  form?: 'folded' | 'events';
}

/** Entity kinds shown by default: documents belong to a foreigner's profile, not the picture. */
const DEFAULT_KINDS: EntityKind[] = (Object.keys(ENTITY_KINDS) as EntityKind[]).filter(
  (k) => k !== 'document',
);

interface Step {
  facts: Fact[];
  /** Some frontier node had more events or register relations than `perNodeLimit`. */
  truncated: boolean;
  links: LinkRecord[];
  /** Element ids and summaries of every node met in this step. */
  met: Map<string, { elementId: string; summary: NodeSummary }>;
}

/**
 * Neighbourhood of the seed entities for a graph view, breadth first, within a node limit.
 * Under the limit, neighbours tied to the current graph by more records come first. See
 * README.md "Graph view" for the folded and events forms.
 */
export async function expand(
  executor: Executor,
  refs: readonly string[],
  options: ExpandOptions = {},
): Promise<GraphView> {
  if (refs.length === 0) throw new InvalidArgumentError('refs', 'give at least one entity');
  const limit = limitWithin('limit', options.limit, 200, 500);
  const depth = limitWithin('depth', options.depth, 1, 3);
  const perNode = limitWithin('perNodeLimit', options.perNodeLimit, DEFAULT_PER_NODE, 1000);
  const wanted = entityKinds('kinds', options.kinds) ?? DEFAULT_KINDS;
  const kinds = new Set<string>(wanted);
  const events = eventKinds('eventKinds', options.eventKinds);
  const window = dateWindow(options);
  const form = options.form ?? 'folded';
  if (form !== 'folded' && form !== 'events') {
    throw new InvalidArgumentError('form', `expected "folded" or "events", got "${String(form)}"`);
  }
  const parsed = refs.map(parseEntityRef);
  if (parsed.length > limit)
    throw new InvalidArgumentError('refs', `more seeds than the limit ${limit}`);

  return inOneReadTransaction(executor, 'investigate:expand', async (reader) => {
    const seeds = await resolveRefs(reader, parsed);
    const builder = new GraphViewBuilder();
    const elementIds = new Map<string, string>();
    for (const { ref } of parsed) {
      const node = seeds.get(ref);
      if (!node) throw new EntityNotFoundError(ref);
      builder.addNode(summarize(node), 0);
      elementIds.set(ref, node.elementId);
    }

    let frontier = [...elementIds.values()];
    let truncated = false;
    const params: StepParams = {
      eventLabels: events ? events.map(labelOfKind) : null,
      nodeLabels: [...new Set([...wanted, ...parsed.map((p) => p.kind)])].map(labelOfKind),
      ...window,
      perNode,
    };
    for (let hop = 1; hop <= depth && frontier.length > 0; hop += 1) {
      // The seeds were asked for: walk them even when they are hubs. Past them, a hub would
      // flood the view with strangers (everyone who flew one airline) and cost its whole degree.
      const step = await readStep(reader, frontier, { ...params, walkHubs: hop === 1 });
      if (step.truncated) truncated = true;
      for (const [ref, { elementId }] of step.met)
        if (!elementIds.has(ref)) elementIds.set(ref, elementId);
      const before = new Set(builder.refs());
      if (applyStep(builder, step, { hop, limit, kinds, form })) truncated = true;
      // Only entities have element ids here: event nodes (events form) are never expanded.
      frontier = builder
        .refs()
        .filter((ref) => !before.has(ref))
        .flatMap((ref) => elementIds.get(ref) ?? []);
    }

    const annotations = await annotate(
      reader,
      builder.refs().flatMap((ref) => elementIds.get(ref) ?? []),
      perNode,
    );
    const byRef = new Map([...elementIds].map(([ref, id]) => [ref, annotations.get(id)]));
    return builder.build(truncated, (ref) => byRef.get(ref) ?? NO_ANNOTATION);
  });
}

/**
 * Adds one step's neighbours (within the node limit) and its edges to the view. Returns true
 * when the limit left some out.
 */
function applyStep(
  builder: GraphViewBuilder,
  step: Step,
  options: { hop: number; limit: number; kinds: Set<string>; form: 'folded' | 'events' },
): boolean {
  const { hop, limit, kinds } = options;
  let truncated = false;
  const admit = (summary: NodeSummary, date: string | null = null): boolean => {
    if (builder.has(summary.ref)) return true;
    if (builder.size >= limit) {
      truncated = true;
      return false;
    }
    builder.addNode(summary, hop, date);
    return true;
  };
  if (options.form === 'folded') {
    for (const summary of rankCandidates(step, builder, kinds)) admit(summary);
    for (const fact of step.facts) builder.addFoldedEvent(fact);
  } else {
    const newestFirst = [...step.facts].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    const shown: Fact[] = [];
    for (const fact of newestFirst) {
      if (!admit(eventSummary(fact), fact.date)) continue;
      shown.push(fact);
      for (const p of fact.participants) if (kinds.has(p.kind)) admit(p);
    }
    for (const fact of shown) builder.addEventNode(fact, hop);
  }
  for (const link of step.links) {
    for (const end of [link.start, link.end]) {
      const met = step.met.get(end);
      if (met && kinds.has(met.summary.kind)) admit(met.summary);
    }
    builder.addLink(link);
  }
  return truncated;
}

interface StepParams {
  eventLabels: string[] | null;
  /** Labels of the kinds the view can hold: the wanted kinds and the seeds' kinds. */
  nodeLabels: string[];
  from: string | null;
  to: string | null;
  perNode: number;
}

/** Participants and relation ends come as element ids of the step's `nodes`. */
interface StepRow {
  facts: { event: PlainNode; participants: { role: string; id: string }[] }[];
  links: { type: string; start: string; end: string; props: Record<string, unknown> }[];
  nodes: PlainNode[];
  frontier: { truncated: boolean }[];
}

/** One hop from `ids`; hubs among them are walked only when `walkHubs` (the seeds). */
async function readStep(
  reader: Reader,
  ids: string[],
  params: StepParams & { walkHubs: boolean },
): Promise<Step> {
  const [row] = (await reader.run(
    cypherFile('queries/investigate-expand-step'),
    { ids, ...params },
    { label: 'investigate:expand-step' },
  )) as unknown as StepRow[];
  if (!row) return { facts: [], links: [], met: new Map(), truncated: false };
  const byId = new Map(row.nodes.map((node) => [node.elementId, node]));
  const nodeOf = (id: string): PlainNode => {
    const node = byId.get(id);
    if (!node) throw new TypeError(`expand step: node ${id} missing from the step's nodes`);
    return node;
  };
  const met = new Map<string, { elementId: string; summary: NodeSummary }>();
  for (const node of row.nodes) {
    const summary = summarize(node);
    met.set(summary.ref, { elementId: node.elementId, summary });
  }
  const facts = row.facts.map(({ event, participants }) =>
    factFromRow({
      event,
      participants: participants.map(({ role, id }) => ({ role, node: nodeOf(id) })),
    }),
  );
  const links = row.links.map(
    ({ type, start, end, props }) => readLink(type, nodeOf(start), nodeOf(end), props).link,
  );
  return { facts, links, met, truncated: row.frontier.some((f) => f.truncated) };
}

/** New neighbours of the wanted kinds, most records shared with the step first (ties by ref). */
function rankCandidates(step: Step, builder: GraphViewBuilder, kinds: Set<string>): NodeSummary[] {
  const counts = new Map<string, { summary: NodeSummary; count: number }>();
  const count = (summary: NodeSummary): void => {
    if (builder.has(summary.ref) || !kinds.has(summary.kind)) return;
    const entry = counts.get(summary.ref) ?? { summary, count: 0 };
    entry.count += 1;
    counts.set(summary.ref, entry);
  };
  for (const fact of step.facts) fact.participants.forEach(count);
  for (const link of step.links) {
    for (const end of [link.start, link.end]) {
      const met = step.met.get(end);
      if (met) count(met.summary);
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.summary.ref.localeCompare(b.summary.ref))
    .map((e) => e.summary);
}

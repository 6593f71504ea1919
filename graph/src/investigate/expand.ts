import type { Executor } from '../db/executor.js';
import { EntityNotFoundError, InvalidArgumentError } from './errors.js';
import type { Fact } from './facts.js';
import { eventSummary, GraphViewBuilder, newerFirst, type GraphView } from './graph-view.js';
import { summaryKeysByLabel, type NodeSummary } from './nodes.js';
import { dateWindow, entityKinds, eventKinds, limitWithin, type DateWindow } from './options.js';
import {
  ENTITY_KINDS,
  labelOfKind,
  parseEntityRef,
  type EntityKind,
  type EventKind,
} from './refs.js';
import { resolveRefs } from './resolve.js';
import { DEFAULT_PER_NODE, NO_ANNOTATION } from './annotations.js';
import { inOneReadTransaction } from './reader.js';
import { ExpansionMemory, readStep, type Step, type StepParams } from './expand-step.js';

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
    const memory = new ExpansionMemory(perNode);
    for (const { ref } of parsed) {
      const node = seeds.get(ref);
      if (!node) throw new EntityNotFoundError(ref);
      builder.addNode(memory.addNode(node), 0);
    }

    let frontier = builder.refs().flatMap((ref) => memory.elementIdOf(ref) ?? []);
    let truncated = false;
    const params: StepParams = {
      eventLabels: events ? events.map(labelOfKind) : null,
      nodeLabels: [...new Set([...wanted, ...parsed.map((p) => p.kind)])].map(labelOfKind),
      ...window,
      perNode,
      summaryKeys: summaryKeysByLabel(),
    };
    for (let hop = 1; hop <= depth && frontier.length > 0; hop += 1) {
      // The seeds were asked for: walk them even when they are hubs. Past them, a hub would
      // flood the view with strangers (everyone who flew one airline) and cost its whole degree.
      const step = await readStep(reader, memory, frontier, { ...params, walkHubs: hop === 1 });
      if (step.truncated) truncated = true;
      const before = new Set(builder.refs());
      if (applyStep(builder, memory, step, { hop, limit, kinds, form })) truncated = true;
      // Only entities have element ids here: event nodes (events form) are never expanded.
      frontier = builder
        .refs()
        .filter((ref) => !before.has(ref))
        .flatMap((ref) => memory.elementIdOf(ref) ?? []);
    }

    return builder.build(truncated, (ref) => memory.annotationOf(ref) ?? NO_ANNOTATION);
  });
}

/**
 * Adds one step's neighbours (within the node limit) and its edges to the view. Returns true
 * when the limit left some out.
 */
function applyStep(
  builder: GraphViewBuilder,
  memory: ExpansionMemory,
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
    for (const summary of rankCandidates(step, builder, memory, kinds)) admit(summary);
    for (const fact of step.facts) builder.addFoldedEvent(fact);
  } else {
    const newestFirst = [...step.facts].sort(newerFirst);
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
      const summary = memory.summaryOf(end);
      if (summary && kinds.has(summary.kind)) admit(summary);
    }
    builder.addLink(link);
  }
  return truncated;
}

/** New neighbours of the wanted kinds, most records shared with the step first (ties by ref). */
function rankCandidates(
  step: Step,
  builder: GraphViewBuilder,
  memory: ExpansionMemory,
  kinds: Set<string>,
): NodeSummary[] {
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
      const summary = memory.summaryOf(end);
      if (summary) count(summary);
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || inCodePointOrder(a.summary.ref, b.summary.ref))
    .map((e) => e.summary);
}

/**
 * Orders references: a fixed order, and far cheaper than `localeCompare`, which showed in the
 * CPU profile of expansions with hundreds of candidates.
 */
function inCodePointOrder(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

import type { Row } from '../db/executor.js';
import {
  isModelNode,
  kindOf,
  publicProperties,
  sourceOf,
  summarize,
  type NodeSummary,
  type PlainNode,
  type SourceRef,
} from './nodes.js';
import type { EventKind } from './refs.js';

/** A party, foreigner, document, address or vehicle in an event, with its part in it. */
export interface Participant extends NodeSummary {
  /** The relationship of MODEL.md, lower-cased: inviter, host, carrier, employer, petitioner, offender, driver, foreigner, document, at, vehicle. */
  role: string;
}

/** One record of the drop (an event node) as evidence: what, when, who, and from where. */
export interface Fact {
  ref: string;
  kind: EventKind;
  /** ISO date of the event (`date` of MODEL.md). */
  date: string | null;
  /** The record's own data (purpose, article, route…), without id, date and provenance. */
  properties: Record<string, unknown>;
  source: SourceRef;
  participants: Participant[];
}

/** A row `{event, participants: [{role, node}]}` of the event queries as a Fact. */
export function factFromRow(row: Row): Fact {
  const event = row['event'] as PlainNode;
  const summary = summarize(event);
  const date = event.properties['date'];
  return {
    ref: summary.ref,
    kind: kindOf(event) as EventKind,
    date: typeof date === 'string' ? date : null,
    properties: publicProperties(event.properties, ['id', 'date']),
    source: sourceOf(event.properties),
    participants: participantsOf(row['participants']),
  };
}

function participantsOf(value: unknown): Participant[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: { role: string; node: unknown }) =>
    isModelNode(item.node) ? [{ ...summarize(item.node), role: item.role.toLowerCase() }] : [],
  );
}

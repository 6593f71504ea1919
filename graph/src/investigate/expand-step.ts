import { cypherFile } from '../db/cypher-files.js';
import type { Annotation } from './annotations.js';
import type { Fact } from './facts.js';
import type { LinkRecord, NetworkRole } from './graph-view.js';
import { linkRecord } from './links.js';
import { sourceOf, summarize, summarizeValues, type NodeSummary, type PlainNode } from './nodes.js';
import { kindOfLabels, refOf, type EventKind } from './refs.js';
import type { Reader } from './reader.js';

/**
 * What one expansion has read so far: every node once (summary by element id and element id
 * by reference, and its annotations) and every event once. A step sends only what is not here
 * yet (`investigate-expand-step`), so the second hop does not bring back the first hop's
 * events and nodes, which it meets again from their other participants.
 */
export class ExpansionMemory {
  readonly #perNode: number;
  readonly #summaries = new Map<string, NodeSummary>();
  readonly #elementIds = new Map<string, string>();
  readonly #annotations = new Map<string, Annotation>();
  readonly #events = new Set<string>();

  /** `perNode`: a node with more event records is a hub. */
  constructor(perNode: number) {
    this.#perNode = perNode;
  }

  /**
   * A node read outside the steps (a seed): its summary now; its annotations come with the
   * first step, which sends its frontier's nodes too.
   */
  addNode(node: PlainNode): NodeSummary {
    const summary = summarize(node);
    this.#remember(node.elementId, summary);
    return summary;
  }

  /** Community, networks and record counts of a node a step sent. */
  annotationOf(ref: string): Annotation | undefined {
    const elementId = this.#elementIds.get(ref);
    return elementId === undefined ? undefined : this.#annotations.get(elementId);
  }

  summaryOf(ref: string): NodeSummary | undefined {
    const elementId = this.#elementIds.get(ref);
    return elementId === undefined ? undefined : this.#summaries.get(elementId);
  }

  elementIdOf(ref: string): string | undefined {
    return this.#elementIds.get(ref);
  }

  #remember(elementId: string, summary: NodeSummary): void {
    this.#summaries.set(elementId, summary);
    if (!this.#elementIds.has(summary.ref)) this.#elementIds.set(summary.ref, elementId);
  }

  #node(elementId: string): NodeSummary {
    const summary = this.#summaries.get(elementId);
    if (!summary) throw new TypeError(`expand step: node ${elementId} was never sent`);
    return summary;
  }

  /** Reads one step's rows into facts and links, remembering its nodes and events. */
  read(row: StepRow): Step {
    for (const [
      elementId,
      label,
      values,
      communityId,
      networks,
      eventRecords,
      relations,
    ] of row.nodes) {
      this.#remember(elementId, summarizeValues(label, values));
      this.#annotations.set(elementId, {
        communityId,
        networks: networks.map(([networkId, role, organizerRank]): NetworkRole => ({
          networkId,
          role,
          organizerRank,
        })),
        records: eventRecords + relations,
        hub: eventRecords > this.#perNode,
      });
    }
    const facts = row.facts.map(
      ([elementId, labels, id, date, srcFile, srcLine, loadId, participants]): Fact => {
        this.#events.add(elementId);
        const kind = kindOfLabels(labels) as EventKind;
        return {
          ref: refOf(kind, { id }),
          kind,
          date,
          properties: {},
          source: sourceOf({ srcFile, srcLine, loadId }),
          participants: participants.map(([role, node]) => ({
            ...this.#node(node),
            role: role.toLowerCase(),
          })),
        };
      },
    );
    const links = row.links.map(([type, start, end, srcFile, srcLine, loadId]) =>
      linkRecord(type, this.#node(start).ref, this.#node(end).ref, { srcFile, srcLine, loadId }),
    );
    return { facts, links, truncated: row.truncated };
  }

  /** Parameters of the next step: what it need not send again. */
  sent(): { seenEvents: string[]; knownNodes: string[] } {
    return { seenEvents: [...this.#events], knownNodes: [...this.#annotations.keys()] };
  }
}

export interface Step {
  /** Events not sent by an earlier step of the expansion. */
  facts: Fact[];
  links: LinkRecord[];
  /** Some frontier node had more events or register relations than `perNode`, or was a hub. */
  truncated: boolean;
}

export interface StepParams {
  eventLabels: string[] | null;
  /** Labels of the kinds the view can hold: the wanted kinds and the seeds' kinds. */
  nodeLabels: string[];
  from: string | null;
  to: string | null;
  perNode: number;
  summaryKeys: Record<string, readonly string[]>;
}

type Source = [srcFile: string | null, srcLine: number | null, loadId: string | null];

/** The positional lists of `investigate-expand-step` (see its header). */
interface StepRow {
  facts: [
    elementId: string,
    labels: string[],
    id: string,
    date: string | null,
    ...Source,
    participants: [role: string, elementId: string][],
  ][];
  links: [type: string, start: string, end: string, ...Source][];
  nodes: [
    elementId: string,
    label: string,
    values: unknown[],
    communityId: number | null,
    networks: [networkId: string, role: string | null, organizerRank: number | null][],
    eventRecords: number,
    relations: number,
  ][];
  truncated: boolean;
}

/** One hop from `ids`; hubs among them are walked only when `walkHubs` (the seeds). */
export async function readStep(
  reader: Reader,
  memory: ExpansionMemory,
  ids: string[],
  params: StepParams & { walkHubs: boolean },
): Promise<Step> {
  const [row] = (await reader.run(
    cypherFile('queries/investigate-expand-step'),
    { ids, ...params, ...memory.sent() },
    { label: 'investigate:expand-step' },
  )) as unknown as StepRow[];
  return row ? memory.read(row) : { facts: [], links: [], truncated: false };
}

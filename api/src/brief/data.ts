import type { Executor } from '@arna/graph';
import { listPatterns, readLead, type PatternInfo, type PersistedLead } from '@arna/graph/detect';
import {
  networkGraph,
  timeline,
  type GraphNode,
  type GraphView,
  type Timeline,
} from '@arna/graph/investigate';
import type { BriefLang } from './messages/index.js';

/** Events read for the timeline and the assessment; the brief prints the first of them. */
const TIMELINE_LIMIT = 5000;

/** Everything the brief shows, read once. */
export interface BriefData {
  networkId: string;
  lead: PersistedLead;
  graph: GraphView;
  events: Timeline;
  patterns: Map<string, PatternInfo>;
}

/**
 * Reads a network for its brief: the lead as detection persisted it (score, organizers with
 * reasons in `lang`, pattern evidence), its members and links (`networkGraph`) and its
 * timeline. The graph is read first so an unknown network is a NOT_FOUND.
 */
export async function collectBrief(
  executor: Executor,
  networkId: string,
  lang: BriefLang,
): Promise<BriefData> {
  const graph = await networkGraph(executor, networkId);
  const [lead, events] = await Promise.all([
    readLead(executor, networkId, { lang }),
    timeline(executor, `network:${networkId}`, { limit: TIMELINE_LIMIT }),
  ]);
  return {
    networkId,
    lead,
    graph,
    events,
    patterns: new Map(listPatterns().map((p) => [p.id, p])),
  };
}

/** This network's role of a member node (the node may belong to other networks too). */
export function roleIn(
  node: GraphNode,
  networkId: string,
): { role: string; organizerRank: number | null } {
  const membership = node.networks.find((n) => n.networkId === networkId);
  return {
    role: membership?.role ?? 'associate',
    organizerRank: membership?.organizerRank ?? null,
  };
}

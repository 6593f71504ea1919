import { kindOfRef } from '@/lib/graph/refs';
import type { Source, SubGraph } from './types';

/** `GraphView` of api/src/modules/investigation (expand, paths). */
export interface WireGraphView {
  nodes: {
    ref: string;
    label: string;
    subtitle?: string | null;
    communityId?: string | null;
    networks: { networkId: string; role?: string | null; organizerRank?: number | null }[];
    organizer: boolean;
    records?: number | null;
    hub: boolean;
  }[];
  edges: {
    id: string;
    source: string;
    target: string;
    kind: string;
    count: number;
    firstDate?: string | null;
    lastDate?: string | null;
    facts: { source: { file?: string | null; line?: number | null; loadId?: string | null } }[];
  }[];
  truncated: boolean;
}

/**
 * Into the UI's sub-graph. A node's role and organizer rank are those in `networkId` when
 * the view is of one network, otherwise its first network's.
 */
export function reshapeGraphView(wire: WireGraphView, networkId?: string): SubGraph {
  return {
    nodes: wire.nodes.map((node) => {
      const membership =
        node.networks.find((network) => network.networkId === networkId) ??
        (networkId ? undefined : node.networks[0]);
      return {
        ref: node.ref,
        kind: kindOfRef(node.ref),
        label: node.label || node.ref,
        organizer: node.organizer,
        ...(node.hub ? { hub: true } : {}),
        ...(node.records != null ? { records: node.records } : {}),
        ...(node.subtitle ? { subtitle: node.subtitle } : {}),
        ...(membership?.role ? { role: membership.role } : {}),
        ...(membership?.organizerRank ? { organizerRank: membership.organizerRank } : {}),
        ...(node.communityId !== null && node.communityId !== undefined
          ? { community: String(node.communityId) }
          : {}),
      };
    }),
    edges: wire.edges.map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.kind,
      count: edge.count,
      facts: edge.facts.flatMap(({ source }) =>
        source.file && source.line
          ? [
              {
                file: source.file,
                line: source.line,
                ...(source.loadId ? { loadId: source.loadId } : {}),
              },
            ]
          : [],
      ) satisfies Source[],
      ...(edge.firstDate ? { firstDate: edge.firstDate } : {}),
      ...(edge.lastDate ? { lastDate: edge.lastDate } : {}),
    })),
    truncated: wire.truncated,
  };
}

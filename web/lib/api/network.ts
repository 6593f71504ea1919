import { gql } from './client';
import { graphViewFields } from './graph-view-fields';
import { reshapeGraphView, type WireGraphView } from './subgraph';
import type { Lead, SubGraph } from './types';

/**
 * The network view of a lead: its members and the records between them (investigation
 * `networkGraph`), with this network's roles and organizer ranks.
 */
export async function leadGraph(lead: Lead): Promise<SubGraph> {
  const data = await gql<{ networkGraph: WireGraphView }>(
    `query NetworkGraph($networkId: ID!) { networkGraph(networkId: $networkId) { ${graphViewFields} } }`,
    { networkId: lead.id },
  );
  const view = reshapeGraphView(data.networkGraph, lead.id);
  const organizerRank = new Map(
    lead.organizers.map((organizer, index) => [organizer.ref, index + 1]),
  );
  const roles = new Map(lead.members.map((member) => [member.ref, member.role]));
  return {
    ...view,
    nodes: view.nodes.map((node) => {
      const rank = organizerRank.get(node.ref) ?? node.organizerRank;
      const role = rank ? 'organizer' : (roles.get(node.ref) ?? node.role);
      return { ...node, ...(role ? { role } : {}), ...(rank ? { organizerRank: rank } : {}) };
    }),
  };
}

/** `file:line` keys named by pattern evidence lines (each line starts with its source). */
export function evidenceSources(evidence: string[]): Set<string> {
  const keys = new Set<string>();
  for (const line of evidence) {
    for (const match of line.matchAll(/([\w.-]+\.(?:csv|jsonl)):(\d+)/g))
      keys.add(`${match[1]}:${match[2]}`);
  }
  return keys;
}

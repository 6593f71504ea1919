import { expand } from './investigate';
import type { Lead, SubGraph } from './types';

/**
 * The network view of a lead: its members and the links among them and their immediate
 * context, from the investigation API; roles and organizer ranks are this network's.
 */
export async function leadGraph(lead: Lead, limit = 500): Promise<SubGraph> {
  const refs = [
    ...new Set([
      ...lead.organizers.map((organizer) => organizer.ref),
      ...lead.members.map((member) => member.ref),
    ]),
  ];
  const view = await expand(refs, { limit, networkId: lead.id });
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
